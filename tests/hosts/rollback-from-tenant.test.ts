import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../../simulator/index'
import { control, startTestSimulator } from '../simulator/helpers'
import { applyArgs, runCliCaptured } from '../support/cli'
import { simulatedHost } from '../support/simulated-host'

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
  const h = simulatedHost(sim, 'rollback-host-')
  const signIn = async (): Promise<void> => {
    expect((await h.signIn()).account?.username).toBe('appadmin@contoso.onmicrosoft.com')
  }
  return { table: h.table, signIn }
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

  it('an action while a check runs by itself waits for it instead of answering "busy"', async () => {
    const made = await applyElsewhere()
    const h = host()
    await h.signIn()
    expect((await h.table.runPreflight({})).ok).toBe(true)
    // Keeping the HelloID connection starts a check in the background; the person acts at once.
    const background = h.table.runPreflight({})
    const asked = h.table.runPreflight({})
    const removed = await h.table.rollbackSetup({})
    expect(removed).toMatchObject({ ok: true, value: { rolledBack: { apps: 1, jobs: 1 } } })
    // A check asked for while one runs shares its answer.
    expect(await asked).toEqual(await background)
    expect(await applications()).not.toContain(made.applicationId)
  })
})
