import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../simulator/index'
import { control, startTestSimulator } from '../tests/simulator/helpers'
import { applyArgs, runCliCaptured, simulatorArgs } from '../tests/support/cli'
import { englishIn } from '../tests/support/dutch'

/**
 * The command line with `--language nl`: what it prints for people (not `--json`) is worded from the Dutch
 * catalog, and no English catalog wording shows through: refused input and a failed connection test, a
 * troubleshoot run with a skipped user and its provisioning log lines, and a rollback with its list.
 */
let sim: RunningSimulator
let dataDir: string
let helloId: { url: string; secret: string }

/** The simulator's arguments without `--json`, so the CLI prints for people. */
const human = (): string[] => simulatorArgs(sim, dataDir).filter((a) => a !== '--json')

/** Everything a run printed, with any English catalog wording in it. */
async function dutchRun(args: string[], env: Record<string, string> = {}) {
  const run = await runCliCaptured([...args, '--language', 'nl'], env)
  const printed = `${run.stdout}\n${run.stderr}`
  return { ...run, printed, english: englishIn(printed) }
}

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'cli-dutch' })
})
afterAll(() => sim.stop())
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cli-nl-'))
  await control(sim, '/reset', {})
  helloId = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
})

describe('the command line in Dutch (--language nl)', () => {
  it('refused input: the HelloID URL and Secret checks, in Dutch only', async () => {
    const run = await dutchRun(
      ['apply', ...human(), '--scim-url', 'http://example.helloid.com/scim', '--secret-env', 'HS', '--yes'],
      { HS: `Bearer ${helloId.secret}` },
    )
    expect(run.code).toBe(1)
    expect(run.printed).toContain('[stap ')
    expect(run.printed).toContain('De controle vooraf vond problemen')
    expect(run.english).toEqual([])
  })

  it('a connection test HelloID refuses: what went wrong and the next step, in Dutch only', async () => {
    const run = await dutchRun(['preflight', ...human(), '--scim-url', helloId.url, '--secret-env', 'HS'], {
      HS: 'x'.repeat(40),
    })
    expect(run.code).toBe(1)
    expect(run.printed).toMatch(/✖ \[stap \d+\]/)
    expect(run.english).toEqual([])
  })

  it('troubleshoot and rollback: Entra’s values, the log lines and what was removed, in Dutch only', async () => {
    const applied = await runCliCaptured(applyArgs(sim, dataDir, helloId.url), { HS: helloId.secret })
    expect(applied.code, applied.stderr).toBe(0)
    const ids = applied.json?.ids as { jobId: string; applicationId: string }

    // An account that is not assigned: Entra skips it.
    const skipped = await dutchRun(['test-user', ...human(), '--user', `appadmin@contoso.onmicrosoft.com`])
    expect(skipped.code, skipped.printed).toBe(0)
    expect(skipped.printed).toContain('Megan Bowen: Overgeslagen.')
    expect(skipped.printed).toContain('De gebruiker is niet aan HelloID toegewezen')
    expect(skipped.printed).toMatch(/\d+ inrichtingslogboekvermelding(en)? voor deze gebruiker\./)
    expect(skipped.printed).not.toMatch(/\b(Skipped|Success|Failure)\b/)
    expect(skipped.english).toEqual([])

    const assigned = await dutchRun(['test-user', ...human(), '--user', 'user@contoso.onmicrosoft.com'])
    expect(assigned.code, assigned.printed).toBe(0)
    // The log lines: what Entra did and how it went, in Dutch words.
    expect(assigned.printed).toMatch(/ — (Maken|Bijwerken|Overig): (Gelukt|Overgeslagen|Mislukt)/)
    expect(assigned.english).toEqual([])

    const removed = await dutchRun(['rollback', ...human(), '--yes'])
    expect(removed.code, removed.printed).toBe(0)
    expect(removed.printed).toContain('De rollback verwijdert:')
    expect(removed.printed).toContain(
      `Verwijderd: inrichtingstaak ${ids.jobId}, applicatie ${ids.applicationId}.`,
    )
    expect(removed.english).toEqual([])
  })
})
