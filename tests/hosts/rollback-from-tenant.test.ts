import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { composeServices } from '../../electron/hosts/compose'
import { createHandlerTable } from '../../electron/hosts/handler-table'
import { createCloudResolver } from '../../electron/services/auth/cloud-resolver'
import { silentLogger } from '../../electron/services/log/logger'
import { Redactor } from '../../electron/services/log/redact'
import type { SessionState } from '../../shared/contract'
import type { RunningSimulator } from '../../simulator/index'
import { playBrowser } from '../auth/support'
import { control, startTestSimulator } from '../simulator/helpers'
import { applyArgs, runCliCaptured } from '../support/cli'

// The desktop app's rollback question is fed from the tenant: on a computer that never ran the setup
// (and after "Sign out and forget" there), it still names the app the assistant made elsewhere, and
// rollback removes exactly that.

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'rollback-from-tenant' })
})
afterAll(() => sim.stop())

/** Sets HelloID up with the CLI from a data folder of its own (another computer). */
async function applyElsewhere(): Promise<{ applicationId: string; jobId: string }> {
  const helloId = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
  const run = await runCliCaptured(
    applyArgs(sim, mkdtempSync(join(tmpdir(), 'rollback-elsewhere-')), helloId.url),
    { HS: helloId.secret },
  )
  expect(run.code, run.stderr).toBe(0)
  return (run.json as { ids: { applicationId: string; jobId: string } }).ids
}

function host() {
  const services = composeServices({
    info: { version: '1.0.0', host: 'browser', practice: true },
    dataDir: mkdtempSync(join(tmpdir(), 'rollback-host-')),
    log: silentLogger,
    redactor: new Redactor(),
    cipher: null,
    clientIds: { deploymentFile: { kind: 'absent' } },
    cloudFor: createCloudResolver({ authorityHost: sim.urls.authority }),
    allowedCloudIds: ['simulated'],
    openBrowser: async (url) => void (await playBrowser(url, { account: 'appadmin' })),
    openExternal: async () => undefined,
    simulatedGraph: { graphBaseUrl: sim.urls.graph, scimCaPem: '' },
  })
  const table = createHandlerTable(services)
  const signIn = async (): Promise<void> => {
    const done = new Promise<SessionState>((resolve) =>
      services.events.subscribe((event) => {
        if (event.name === 'sessionChanged' && !(event.payload as SessionState).signingIn)
          resolve(event.payload as SessionState)
      }),
    )
    await table.signIn({ customerLabel: 'Contoso', cloudId: 'simulated', method: 'browser', scopeSet: 'all' })
    expect((await done).account?.username).toBe('appadmin@contoso.onmicrosoft.com')
  }
  return { table, signIn }
}

async function applications(): Promise<string[]> {
  const state = await control<{ tenants: { id: string; applications: { id: string }[] }[] }>(sim, '/state')
  return (state.tenants.find((t) => t.id === sim.tenantId)?.applications ?? []).map((a) => a.id)
}

describe('desktop rollback, fed from the tenant', () => {
  it('after "Sign out and forget", on a computer that never ran the setup, names and removes the assistant’s app', async () => {
    const made = await applyElsewhere()
    const h = host()
    await h.signIn()
    await h.table.signOut({})
    await h.signIn()

    const checked = await h.table.runPreflight({})
    if (!checked.ok) throw new Error(checked.error.message)
    expect(checked.value.created).toMatchObject({ appName: 'HelloID', applications: 1, jobs: 1, groups: 0 })
    expect(checked.value.created?.users).toBeTypeOf('number')

    const removed = await h.table.rollbackSetup({})
    if (!removed.ok) throw new Error(removed.error.message)
    expect(removed.value.rolledBack).toEqual({ apps: 1, jobs: 1 })
    expect(await applications()).not.toContain(made.applicationId)

    // Nothing of the assistant's is left: nothing is offered any more.
    const again = await h.table.runPreflight({})
    expect(again.ok && again.value.created).toBeNull()
  })
})
