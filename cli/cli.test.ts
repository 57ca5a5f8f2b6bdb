import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../simulator/index'
import {
  CLIENT_ID,
  control,
  instantiateHelloId,
  signIn,
  startTestSimulator,
  str,
} from '../tests/simulator/helpers'
import { applyArgs, runCliCaptured, simulatorArgs } from '../tests/support/cli'

let sim: RunningSimulator
let helloId: { url: string; secret: string }

const cli = runCliCaptured

interface SimState {
  tenants: {
    id: string
    applications: { id: string }[]
    servicePrincipals: { jobs: unknown[] }[]
    assignments: unknown[]
  }[]
}

async function writesSince(mark: number): Promise<{ method: string; path: string }[]> {
  const log = await control<{ value: { method: string; path: string; listener: string }[] }>(
    sim,
    '/requests?listener=graph',
  )
  return (
    log.value
      .slice(mark)
      .filter((r) => r.method !== 'GET' && !r.path.startsWith('/_simulator') && !r.path.endsWith('/$batch'))
      // Test Connection changes nothing in the tenant; a rerun checks the connection again on purpose.
      .filter((r) => !r.path.endsWith('/validateCredentials'))
  )
}

async function requestCount(): Promise<number> {
  const log = await control<{ value: unknown[] }>(sim, '/requests?listener=graph')
  return log.value.length
}

let dataDir: string
const base = (): string[] => simulatorArgs(sim, dataDir)

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'cli' })
})
afterAll(() => sim.stop())
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cli-'))
  await control(sim, '/reset', {})
  helloId = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
})

describe('command line', () => {
  it('refuses a secret on the command line, unknown options and missing commands', async () => {
    for (const args of [
      ['apply', '--secret', 'x'],
      ['apply', '--secret=x'],
      ['apply', '--token', 'x'],
    ]) {
      const r = await cli(args)
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('--secret-env')
      expect(r.stderr).not.toContain(' x')
    }
    expect((await cli([])).code).toBe(2)
    expect((await cli(['launch'])).code).toBe(2)
    expect((await cli(['preflight', '--colour'])).code).toBe(2)
    expect((await cli(['apply', '--secret-env', 'not a name'])).code).toBe(2)
    expect((await cli(['apply', '--assign', 'nobody'])).stderr).toContain('group:Name')
  })

  it('says which variable is missing', async () => {
    const r = await cli([
      'plan',
      '--scim-url',
      'https://x.helloid.com/scim',
      '--secret-env',
      'HELLOID_SECRET_NOT_SET',
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('HELLOID_SECRET_NOT_SET')
  })

  it('runs pre-flight read-only and prints one JSON object', async () => {
    const mark = await requestCount()
    const r = await cli(['preflight', ...base(), '--scim-url', helloId.url, '--secret-env', 'HS'], {
      HS: helloId.secret,
    })
    expect(r.code).toBe(0)
    expect(r.json).toMatchObject({ command: 'preflight', outcome: 'ok' })
    const checks = (r.json?.checks ?? []) as { id: string; status: string }[]
    expect(checks.map((c) => c.id)).toEqual(
      expect.arrayContaining(['admin-role', 'licence', 'gallery-app', 'helloid-probe']),
    )
    expect(await writesSince(mark)).toEqual([])
    expect(r.stdout + r.stderr).not.toContain(helloId.secret)
  })

  it('applies, then converges on a rerun without creating anything twice', async () => {
    const args = applyArgs(sim, dataDir, helloId.url)
    const first = await cli(args, { HS: helloId.secret })
    expect(first.code, first.stderr).toBe(0)
    expect(first.json).toMatchObject({ command: 'apply', outcome: 'ok' })
    const ids = first.json?.ids as { servicePrincipalId: string; jobId: string; applicationId: string }
    expect(ids.jobId).toContain('.')

    const mark = await requestCount()
    const second = await cli(args, { HS: helloId.secret })
    expect(second.code).toBe(0)
    expect(second.json?.ids).toEqual(ids)
    expect((await writesSince(mark)).map((w) => `${w.method} ${w.path}`)).toEqual([])

    const state = await control<SimState>(sim, '/state')
    const contoso = state.tenants.find((t) => t.id === sim.tenantId)
    expect(contoso?.applications).toHaveLength(1)
    expect(contoso?.servicePrincipals.flatMap((sp) => sp.jobs)).toHaveLength(1)
    expect(contoso?.assignments).toHaveLength(1)

    // The first cycle runs shortly after start; until it has, status says "not yet" (5).
    await control(sim, '/clock', { advanceSeconds: 60 })
    const status = await cli(['status', ...base()])
    expect(status.code, status.stdout).toBe(0)
    expect(status.json).toMatchObject({
      command: 'status',
      outcome: 'ok',
      job: { health: 'completed', initialCycleCompleted: true },
      ids: { spId: ids.servicePrincipalId, jobId: ids.jobId },
    })

    const journal = readFileSync(join(dataDir, 'customers', 'default', 'journal.jsonl'), 'utf8')
    expect(journal).toContain(ids.applicationId)
    expect(journal).not.toContain(helloId.secret)
  })

  it('plan prints a fingerprint; apply --plan-fingerprint changes nothing once the tenant no longer gives that plan', async () => {
    const options = [
      ...base(),
      '--scim-url',
      helloId.url,
      '--secret-env',
      'HS',
      '--assign',
      'group:HelloID Users',
    ]
    const planned = await cli(['plan', ...options], { HS: helloId.secret })
    expect(planned.code, planned.stderr).toBe(0)
    const fingerprint = String(planned.json?.planFingerprint)
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/)

    // Someone makes a HelloID app by hand after the plan was reviewed.
    const token = (await signIn(sim, { account: 'appadmin' })).access_token
    expect((await instantiateHelloId(sim, token)).status).toBe(201)
    await control(sim, '/clock', { advanceSeconds: 120 })
    const mark = await requestCount()
    const refused = await cli(['apply', ...options, '--plan-fingerprint', fingerprint, '--yes'], {
      HS: helloId.secret,
    })
    expect(refused.code).toBe(1)
    expect(refused.json).toMatchObject({ outcome: 'failed', error: { code: 'PLAN_CHANGED' } })
    expect(await writesSince(mark)).toEqual([])

    // Planned again (the tenant now asks which app), then applied with that plan's fingerprint.
    const again = await cli(['plan', ...options], { HS: helloId.secret })
    expect(again.json?.planFingerprint).not.toBe(fingerprint)
    expect(
      (await cli(['apply', ...options, '--plan-fingerprint', 'not-hex'], { HS: helloId.secret })).code,
    ).toBe(2)
  })

  it('another data folder finds the app in the tenant; an app made by hand is asked about and chosen with --reuse', async () => {
    const apply = (dir: string, extra: string[] = []) =>
      cli(applyArgs(sim, dir, helloId.url, extra), { HS: helloId.secret })
    const first = await apply(dataDir)
    expect(first.code, first.stderr).toBe(0)
    const ids = first.json?.ids as { servicePrincipalId: string; jobId: string }

    // Another computer (its own data folder): same app and job, nothing written.
    const mark = await requestCount()
    const elsewhere = await apply(mkdtempSync(join(tmpdir(), 'cli-other-')))
    expect(elsewhere.code, elsewhere.stderr).toBe(0)
    expect(elsewhere.json?.ids).toMatchObject(ids)
    // Only the connection is saved again (Graph never returns saved secrets to compare); no creates.
    expect((await writesSince(mark)).filter((w) => w.method === 'POST' || w.method === 'DELETE')).toEqual([])
    const status = await cli([
      'status',
      '--simulator',
      sim.urls.graph,
      '--data-dir',
      mkdtempSync(join(tmpdir(), 'cli-none-')),
      '--json',
    ])
    expect(status.json).toMatchObject({ ids: { spId: ids.servicePrincipalId, jobId: ids.jobId } })

    // Someone makes a second HelloID app by hand: the plan asks which one, and apply changes nothing.
    const token = (await signIn(sim, { account: 'appadmin' })).access_token
    const byHand = await instantiateHelloId(sim, token)
    const handSp = str(byHand.body, 'servicePrincipal.id')
    await control(sim, '/clock', { advanceSeconds: 120 })
    const mark2 = await requestCount()
    const asked = await apply(dataDir.replace(/$/, '-x'))
    expect(asked.code).toBe(1)
    expect(asked.json).toMatchObject({ outcome: 'choice-needed' })
    expect(JSON.stringify(asked.json?.existingApps)).toContain(handSp)
    expect(await writesSince(mark2)).toEqual([])

    const chosen = await apply(dataDir, ['--reuse', handSp])
    expect(chosen.code, chosen.stderr).toBe(0)
    expect(chosen.json?.ids).toMatchObject({ servicePrincipalId: handSp })
  })

  it('rollback from another data folder names the assistant’s app from the tenant, needs --yes, and a rerun removes nothing', async () => {
    const applied = await cli(applyArgs(sim, dataDir, helloId.url), { HS: helloId.secret })
    expect(applied.code, applied.stderr).toBe(0)
    const ids = applied.json?.ids as { servicePrincipalId: string; jobId: string; applicationId: string }
    const elsewhere = simulatorArgs(sim, mkdtempSync(join(tmpdir(), 'cli-rb-')))

    // Without --yes it lists what it would remove, read from the tenant, and removes nothing.
    const mark = await requestCount()
    const asked = await cli(['rollback', ...elsewhere])
    expect(asked.code).toBe(4)
    expect(asked.json).toMatchObject({
      outcome: 'not-confirmed',
      toRemove: [{ applicationId: ids.applicationId, jobs: [{ id: ids.jobId }] }],
    })
    expect(asked.stderr).toContain(`application ${ids.applicationId}`)
    expect(asked.stderr).toContain(`provisioning job ${ids.jobId}`)
    expect(await writesSince(mark)).toEqual([])

    const removed = await cli(['rollback', ...elsewhere, '--yes'])
    expect(removed.code, removed.stderr).toBe(0)
    expect(removed.json).toMatchObject({
      outcome: 'ok',
      removed: [
        { kind: 'job', id: ids.jobId },
        { kind: 'application', id: ids.applicationId },
      ],
    })
    const state = await control<SimState>(sim, '/state')
    expect(state.tenants.find((t) => t.id === sim.tenantId)?.applications).toEqual([])

    // The folder that applied does not know, and finds nothing left to remove.
    const mark2 = await requestCount()
    const again = await cli(['rollback', ...base(), '--yes'])
    expect(again.code, again.stderr).toBe(0)
    expect(again.json).toMatchObject({ outcome: 'ok', removed: [] })
    expect(await writesSince(mark2)).toEqual([])
  })

  it('reports a quarantine after HelloID’s secret is replaced, exits 6 until fixed, then completes', async () => {
    const apply = (secret: string) =>
      cli(
        [
          'apply',
          ...base(),
          '--scim-url',
          helloId.url,
          '--secret-env',
          'HS',
          '--assign',
          'user@contoso.onmicrosoft.com',
          '--yes',
        ],
        { HS: secret },
      )
    const applied = await apply(helloId.secret)
    expect(applied.code, applied.stderr).toBe(0)

    // Someone presses New Secret in HelloID: the secret saved in Entra stops working. Cycles run.
    const rotated = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
    await control(sim, '/clock', { advanceSeconds: 41 * 60 })

    const human = await cli(['status', '--simulator', sim.urls.graph, '--data-dir', dataDir])
    expect(human.code).toBe(6)
    expect(human.stdout).toMatch(/in quarantine/)
    expect(human.stdout).toMatch(/New Secret/)
    expect(human.stdout).toMatch(/Run apply again/)
    expect(human.stdout).not.toMatch(/Initial cycle completed/)

    const quarantined = await cli(['status', ...base()])
    expect(quarantined.code).toBe(6)
    expect(quarantined.json).toMatchObject({
      outcome: 'unhealthy',
      job: {
        code: 'Quarantine',
        health: 'quarantined',
        initialCycleCompleted: false,
        quarantine: {
          reason: 'EncounteredQuarantineException',
          errorCode: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
        },
        problem: { fix: 'new-secret' },
      },
    })
    expect((quarantined.json?.words as { fix?: string } | undefined)?.fix).toMatch(/New Secret/)
    expect(quarantined.stdout).not.toMatch(/Initial cycle completed/)

    // A restart alone does not fix it: the next cycle meets the same stale secret.
    const tooSoon = await cli(['restart', ...base(), '--yes', '--wait', '--wait-minutes', '90'])
    expect(tooSoon.code).toBe(6)
    expect(tooSoon.json).toMatchObject({ job: { health: 'quarantined', initialCycleCompleted: false } })

    // The fix: save the new secret in Entra (apply converges, changing only the secret; its start lifts
    // the quarantine), then restart and follow the next cycle.
    const resaved = await apply(rotated.secret)
    expect(resaved.code, resaved.stderr).toBe(0)
    expect((await cli(['status', ...base()])).code).not.toBe(6)
    const restarted = await cli(['restart', ...base(), '--yes', '--wait', '--wait-minutes', '90'])
    expect(restarted.code, restarted.stderr).toBe(0)
    expect(restarted.json).toMatchObject({
      command: 'restart',
      outcome: 'ok',
      job: { code: 'Active', health: 'completed', initialCycleCompleted: true, quarantine: null },
    })
    expect((await cli(['status', ...base()])).code).toBe(0)
    expect(JSON.stringify(restarted.json)).not.toContain(rotated.secret)
  })

  it('prints the exit codes with --help', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^ {2}6 {2}the provisioning job needs attention/m)
    expect(help.stdout).toMatch(/^ {2}5 {2}the initial cycle has not completed yet/m)
  })

  it('changes nothing without confirmation and exits 4', async () => {
    const mark = await requestCount()
    const r = await cli(['apply', ...base(), '--scim-url', helloId.url, '--secret-env', 'HS'], {
      HS: helloId.secret,
    })
    expect(r.code).toBe(4)
    expect(r.json).toMatchObject({ outcome: 'not-confirmed' })
    expect(await writesSince(mark)).toEqual([])
  })

  it('refuses bad HelloID input with exit 1 and zero writes', async () => {
    const mark = await requestCount()
    const r = await cli(
      ['apply', ...base(), '--scim-url', 'http://example.helloid.com/scim', '--secret-env', 'HS', '--yes'],
      {
        HS: `Bearer ${helloId.secret}`,
      },
    )
    expect(r.code).toBe(1)
    const failed = ((r.json?.checks ?? []) as { id: string; status: string }[])
      .filter((c) => c.status === 'fail')
      .map((c) => c.id)
    expect(failed).toEqual(expect.arrayContaining(['helloid-url', 'helloid-secret']))
    expect(r.stdout + r.stderr).not.toContain(helloId.secret)
    expect(await writesSince(mark)).toEqual([])
  })

  it('reports a sign-in failure with exit 3', async () => {
    const r = await cli(['preflight', ...base(), '--simulator-account', 'personal'])
    expect(r.code).toBe(3)
    expect(r.json).toMatchObject({ outcome: 'sign-in-failed', error: { code: 'PERSONAL_ACCOUNT' } })
  })

  it('--client-id beats HELLOID_SETUP_CLIENT_ID; an unknown one is AADSTS700016 pointing to the app registration', async () => {
    const bad = await cli(['preflight', ...base(), '--client-id', 'contoso-app'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--client-id')
    const invented = '7f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f'
    const unknown = await cli(['preflight', ...base(), '--device-code', '--client-id', invented], {
      HELLOID_SETUP_CLIENT_ID: CLIENT_ID,
    })
    expect(unknown.code).toBe(3)
    expect(unknown.json).toMatchObject({
      outcome: 'sign-in-failed',
      error: { code: 'APP_REGISTRATION_NOT_FOUND' },
    })
    const viaEnv = await cli(['preflight', ...base()], { HELLOID_SETUP_CLIENT_ID: CLIENT_ID })
    expect(viaEnv.code, viaEnv.stderr).toBe(0)
  })

  it('app-registration: shows the design, creates only with confirmation, and a rerun creates nothing', async () => {
    const mark = await requestCount()
    const unconfirmed = await cli(['app-registration', ...base()])
    expect(unconfirmed.code).toBe(4)
    expect(await writesSince(mark)).toEqual([])
    const made = await cli(['app-registration', ...base(), '--yes'])
    expect(made.code, made.stderr).toBe(0)
    expect(made.json).toMatchObject({ outcome: 'ok', action: 'create', consentGranted: false })
    expect(String(made.json?.adminConsentUrl)).toContain(
      `/v2.0/adminconsent?client_id=${String(made.json?.appId)}`,
    )
    const again = await cli(['app-registration', ...base(), '--yes'])
    expect(again.json).toMatchObject({ outcome: 'ok', action: 'none', appId: made.json?.appId })
    expect((await writesSince(mark)).map((w) => `${w.method} ${w.path}`)).toEqual(['POST /v1.0/applications'])
  })

  it('fails pre-flight for an account without an admin role', async () => {
    const r = await cli(['preflight', ...base(), '--simulator-account', 'user'])
    expect(r.code, r.stderr).toBe(1)
    expect(
      ((r.json?.checks ?? []) as { id: string; status: string }[]).find((c) => c.id === 'admin-role')?.status,
    ).toBe('fail')
  })
})
