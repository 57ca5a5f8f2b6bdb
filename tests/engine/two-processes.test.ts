import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../../simulator/index'
import { control, startTestSimulator } from '../simulator/helpers'
import { applyArgs, runCliInChild } from '../support/cli'

// Two processes on one data folder (two windows, or a window and the CLI) apply for the same customer
// at the same moment. The customer's lock makes the second wait for the first and then find what it
// made: one app, one job, one assignment.

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'two-processes' })
})
afterAll(() => sim.stop())

describe('two processes on one data folder', () => {
  it('apply at once, and the tenant ends with one app, one job and one assignment', async () => {
    const helloId = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
    // A new app shows up in lists only after a few seconds, as in Entra: without coordination, both
    // runs would look, see none, and each create one.
    await control(sim, '/faults', { replicationLagSeconds: 4, latencyMs: { min: 50, max: 50 } })
    const dataDir = mkdtempSync(join(tmpdir(), 'two-processes-'))
    const args = applyArgs(sim, dataDir, helloId.url)
    const env = { ...process.env, HS: helloId.secret }
    const [a, b] = await Promise.all([runCliInChild(args, env), runCliInChild(args, env)])
    expect(a.code, a.output).toBe(0)
    expect(b.code, b.output).toBe(0)
    const state = await control<{
      tenants: {
        id: string
        applications: unknown[]
        servicePrincipals: { jobs: unknown[] }[]
        assignments: unknown[]
      }[]
    }>(sim, '/state')
    const contoso = state.tenants.find((t) => t.id === sim.tenantId)
    expect(contoso?.applications).toHaveLength(1)
    expect(contoso?.servicePrincipals.flatMap((sp) => sp.jobs)).toHaveLength(1)
    expect(contoso?.assignments).toHaveLength(1)
    // One run after the other: the journal holds two unbroken blocks of lines, one per run.
    const journal = readFileSync(join(dataDir, 'customers', 'default', 'journal.jsonl'), 'utf8')
    const runIds = journal
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { runId: string }).runId)
    const blocks = runIds.filter((id, i) => i === 0 || runIds[i - 1] !== id)
    expect(new Set(runIds).size).toBe(2)
    expect(blocks).toHaveLength(2)
  }, 240_000)
})
