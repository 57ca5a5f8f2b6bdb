import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { CustomerProfileStore } from '../electron/services/customers/customer-profiles'
import { en } from '../shared/i18n/en'
import { nl } from '../shared/i18n/nl'
import type { RunningSimulator } from '../simulator/index'
import { expectNoSecret } from '../tests/support/canary'
import { control, startTestSimulator } from '../tests/simulator/helpers'
import { runCli } from './index'

let sim: RunningSimulator
/** Every bearer token the CLI sent to Graph, captured in this process: none may reach a report. */
const bearerTokens = new Set<string>()
const realFetch = globalThis.fetch

async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')))
  try {
    const code = await runCli(args, { ...process.env, ...env })
    return { code, stdout: out.join('\n'), stderr: err.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

/** The arguments every call here starts with: a command on this file's simulator, a data folder and a customer. */
function forCustomer(command: string, dataDir: string, customer: string): string[] {
  return [command, '--simulator', sim.urls.graph, '--data-dir', dataDir, '--customer', customer]
}

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'cli-customers' })
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined))
    const bearer = /^Bearer (.+)$/.exec(headers.get('authorization') ?? '')?.[1]
    if (bearer) bearerTokens.add(bearer)
    return realFetch(input, init)
  })
})
afterAll(async () => {
  vi.restoreAllMocks()
  await sim.stop()
})

describe('the CLI keeps customers in the same profile store as the app', () => {
  it('--customer adds a profile with its tenant, portal and last run; `customers` lists them apart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-customers-'))
    const helloId = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
    const empty = await cli(['customers', '--data-dir', dataDir])
    expect(empty.code).toBe(0)
    expect(empty.stdout).toContain('No customers yet')

    const reportFile = join(dataDir, 'handover.html')
    const applied = await cli(
      [
        ...forCustomer('apply', dataDir, 'Contoso Ltd'),
        '--tenant',
        'contoso.onmicrosoft.com',
        '--helloid-portal',
        'https://contoso.helloid.com',
        '--scim-url',
        helloId.url,
        '--secret-env',
        'HS',
        '--assign',
        'user@contoso.onmicrosoft.com',
        '--yes',
        '--wait',
        '--json',
        '--report',
        reportFile,
      ],
      { HS: helloId.secret },
    )
    expect(applied.code, applied.stderr).toBe(0)
    expect(applied.stderr).toContain(`Handover report: ${reportFile}`)
    const appliedJson = JSON.parse(applied.stdout) as {
      ids: { servicePrincipalId: string; appId: string; applicationId: string; jobId: string }
      job: { counts: { users: number; groups: number } }
    }
    const html = readFileSync(reportFile, 'utf8')
    for (const id of Object.values(appliedJson.ids)) expect(html).toContain(id)
    expect(html).toContain(`<span data-count="users">${appliedJson.job.counts.users}</span>`)
    expect(html).toContain(`<span data-count="groups">${appliedJson.job.counts.groups}</span>`)
    expect(html).toContain('Initial cycle completed')
    expect(html).toContain('data-test-connection="passed"')
    expect(html).toContain('https://contoso.helloid.com/')
    expectNoSecret(html, helloId.secret)
    expect(bearerTokens.size).toBeGreaterThan(0)
    for (const token of bearerTokens) expect(html).not.toContain(token)

    // `status --report` makes the same report from the tenant as it stands, here in Dutch from the catalog.
    const statusReport = join(dataDir, 'status.html')
    const status = await cli([
      ...forCustomer('status', dataDir, 'Contoso Ltd'),
      '--report',
      statusReport,
      '--language',
      'nl',
    ])
    expect(status.code, status.stderr).toBe(0)
    const again = readFileSync(statusReport, 'utf8')
    expect(again).toContain('<html lang="nl">')
    expect(again).toContain(`<h1>${nl.report.title}</h1>`)
    expect(again).toContain(nl.report.cycleCompleted)
    expect(again).not.toContain(en.report.cycleCompleted)
    for (const id of Object.values(appliedJson.ids)) expect(again).toContain(id)
    expect(again).toContain(`<span data-count="users">${appliedJson.job.counts.users}</span>`)
    expect(again).toContain(`<span data-count="groups">${appliedJson.job.counts.groups}</span>`)
    expectNoSecret(again, helloId.secret)
    for (const token of bearerTokens) expect(again).not.toContain(token)

    // A second customer, in the simulator's other tenant, signed in as that tenant's admin.
    const other = await cli([
      ...forCustomer('status', dataDir, 'Fabrikam'),
      '--simulator-account',
      'fabrikamadmin',
      '--tenant',
      'fabrikam.onmicrosoft.com',
    ])
    // Nothing set up there yet: status says so, and the profile exists without a run.
    expect(other.code).toBe(1)

    const listed = await cli(['customers', '--data-dir', dataDir, '--json'])
    expect(listed.code).toBe(0)
    const doc = JSON.parse(listed.stdout) as {
      customers: {
        name: string
        tenant: string
        tenantId: string
        helloIdPortal: string | null
        lastRun: { state: string; at: string } | null
      }[]
    }
    expect(doc.customers.map((c) => c.name)).toEqual(['Contoso Ltd', 'Fabrikam'])
    expect(doc.customers[0]).toMatchObject({
      tenant: 'contoso.onmicrosoft.com',
      tenantId: sim.tenantId,
      helloIdPortal: 'https://contoso.helloid.com/',
      lastRun: { state: 'completed' },
    })
    expect(doc.customers[1]).toMatchObject({ tenantId: sim.fabrikamTenantId, lastRun: null })

    const text = await cli(['customers', '--data-dir', dataDir])
    expect(text.stdout).toMatch(/Contoso Ltd .*tenant contoso\.onmicrosoft\.com.*first cycle completed/i)

    // The journal lives in the profile's folder; the profile keeps the URL, never the secret.
    const store = new CustomerProfileStore({ dataDir })
    const [contoso] = await store.list()
    if (!contoso) throw new Error('no profile')
    expect(contoso.helloIdUrl).toBe(helloId.url.replace(/\/+$/, ''))
    expect(existsSync(join(store.folder(contoso.id), 'journal.jsonl'))).toBe(true)
    const onDisk = readFileSync(join(store.folder(contoso.id), 'profile.json'), 'utf8')
    expect(onDisk).not.toContain(helloId.secret)
  })

  it('refuses a bad portal address with a clear message', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-customers-'))
    const r = await cli([
      ...forCustomer('status', dataDir, 'Contoso'),
      '--helloid-portal',
      'http://contoso.helloid.com',
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--helloid-portal: The URL must start with https:\/\//)
    expect(await new CustomerProfileStore({ dataDir }).list()).toEqual([])
  })
})
