/* eslint-disable no-console -- command-line entry point: prints the soak's summary. */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import type { Result } from '../../shared/result'
import { createSimulatorCa } from '../../simulator/core/simulator-ca'
import { startSimulator, type KnobsPatch } from '../../simulator/index'
import { crashAt, engineBoundaries, Harness, InjectedCrash } from '../engine/harness'

/**
 * Fault soak: drives the setup engine through many seeded fault mixes against the simulator (latency,
 * throttling, 5xx, connection resets, replication lag, every instantiate mode, token expiry, and a crash
 * at a random step boundary followed by a rerun), then checks each run converged on one app, one job
 * and one assignment per principal, with provisioning on, and that no secret or token leaked.
 *
 *   npm run soak -- --runs 25 --seed 1 [--json] [--ca-cert ca.pem --ca-key ca-key.pem]
 *
 * With --json it prints exactly one line: {"runs","converged","duplicates","canaryHits"}. It exits
 * non-zero unless converged = runs, duplicates = 0 and canaryHits = 0.
 */

const usage = 'Usage: npm run soak -- --runs N --seed S [--json] [--ca-cert ca.pem --ca-key ca-key.pem]'

interface Options {
  runs: number
  seed: string
  json: boolean
  caCert?: string
  caKey?: string
}

function parse(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      runs: { type: 'string', default: '25' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      'ca-cert': { type: 'string' },
      'ca-key': { type: 'string' },
    },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1 || runs > 10_000)
    throw new Error(`--runs must be 1–10000. ${usage}`)
  if (Boolean(values['ca-cert']) !== Boolean(values['ca-key']))
    throw new Error(`--ca-cert and --ca-key go together. ${usage}`)
  return {
    runs,
    seed: values.seed,
    json: values.json,
    ...(values['ca-cert'] ? { caCert: values['ca-cert'] } : {}),
    ...(values['ca-key'] ? { caKey: values['ca-key'] } : {}),
  }
}

/** A small seeded PRNG (mulberry32) so the same seed gives the same fault mixes. */
function prng(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Mix {
  faults: KnobsPatch
  crash: string | null
  label: string
}

/** One seeded fault mix: each kind of fault is on or off, with random strength. */
export function faultMix(seed: string, run: number): Mix {
  const r = prng(`${seed}:${run}`)
  const chance = (p: number): boolean => r() < p
  const between = (min: number, max: number): number => min + r() * (max - min)
  const int = (min: number, max: number): number => Math.floor(between(min, max + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)] as T
  const faults: KnobsPatch = {}
  const label: string[] = []
  if (chance(0.3)) {
    faults.latencyMs = { min: 0, max: int(1, 15) }
    label.push('latency')
  }
  if (chance(0.5)) {
    const form = pick(['seconds', 'http-date'] as const)
    faults.throttle = { rate: between(0.02, 0.15), retryAfterSeconds: int(0, 5), retryAfterForm: form }
    label.push(`429/${form}`)
  }
  if (chance(0.4)) {
    const status = pick([503, 504] as const)
    faults.serverError = { rate: between(0.02, 0.1), status, retryAfterSeconds: pick([null, 1, 3]) }
    label.push(String(status))
  }
  if (chance(0.4)) {
    faults.connectionReset = { rate: between(0.02, 0.08) }
    label.push('resets')
  }
  if (chance(0.6)) {
    faults.replicationLagSeconds = int(0, 30)
    faults.syncTemplatesLagSeconds = int(0, 45)
    faults.jobCreateLagSeconds = int(0, 60)
    faults.jobCreateLagStatus = pick([401, 404, 409] as const)
    label.push('replication-lag')
  }
  if (chance(0.3)) {
    faults.syncConflictRate = between(0.05, 0.3)
    label.push('409')
  }
  const mode = pick(['normal', 'normal', 'not-found', 'hang', 'gateway-timeout'] as const)
  const shape = pick(['v1', 'v1', 'legacy-objectId'] as const)
  faults.instantiate = { mode, remaining: int(1, 2), holdSeconds: 2, shape }
  if (mode !== 'normal') label.push(`instantiate-${mode}`)
  if (shape !== 'v1') label.push('legacy-shape')
  if (chance(0.3)) {
    faults.tokenLifetimeSeconds = int(20, 120)
    label.push('short-tokens')
  }
  const crash = chance(0.6) ? pick(engineBoundaries) : null
  if (crash) label.push(`crash@${crash}`)
  return { faults, crash, label: label.join(' ') || 'no faults' }
}

interface RunOutcome {
  run: number
  mix: Mix
  converged: boolean
  duplicates: number
  canaryHits: number
  problems: string[]
  ms: number
}

async function soak(options: Options, caCert: string, caKey: string): Promise<RunOutcome[]> {
  const sim = await startSimulator({
    profile: 'fast',
    seed: options.seed,
    ca: { certPath: caCert, keyPath: caKey },
  })
  const outcomes: RunOutcome[] = []
  let h: Harness | null = null
  try {
    h = await Harness.start({ simulator: sim })
    const principals = await h.principalIds()
    // Short instantiate timeout: a held socket costs half a second, not a minute.
    const timing = { instantiateTimeoutMs: 500 }
    for (let run = 1; run <= options.runs; run++) {
      const started = Date.now()
      const mix = faultMix(options.seed, run)
      const problems: string[] = []
      await h.reset()
      await h.faults(mix.faults)
      const failedSteps: string[] = []
      const apply = (boundary: string | null): Promise<Result<unknown> | Error> =>
        h!
          .engine({
            boundary: crashAt(boundary),
            timing,
            onProgress: (p) => void (p.status === 'failed' && failedSteps.push(`step ${p.step} ${p.id}`)),
          })
          .apply(h!.templateId, h!.choices())
          .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
      let result = h.record(await apply(mix.crash))
      if (result instanceof InjectedCrash) result = h.record(await apply(null))
      if (result instanceof Error) problems.push(`apply threw: ${result.message}`)
      else if (!result.ok)
        problems.push(`apply failed (${failedSteps.join(', ') || 'before step 9'}): ${result.error.message}`)
      const convergence = await h.convergence(principals)
      problems.push(...convergence.problems)
      const hits = await h.canaryHits()
      problems.push(...hits.map((hit) => `canary: ${hit}`))
      outcomes.push({
        run,
        mix,
        converged: problems.length === 0,
        duplicates: convergence.duplicates,
        canaryHits: hits.length,
        problems,
        ms: Date.now() - started,
      })
    }
  } finally {
    await h?.stop()
    await sim.stop()
  }
  return outcomes
}

async function main(): Promise<number> {
  let options: Options
  try {
    options = parse(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }

  // Node reads NODE_EXTRA_CA_CERTS only at start: make (or take) the CA, then restart trusting it.
  const caCert = process.env.HELLOID_SOAK_CA_CERT
  const caKey = process.env.HELLOID_SOAK_CA_KEY
  if (!caCert || !caKey) {
    const dir = options.caCert ? null : mkdtempSync(join(tmpdir(), 'helloid-soak-'))
    const ca =
      options.caCert && options.caKey
        ? { certPath: options.caCert, keyPath: options.caKey }
        : await createSimulatorCa(dir ?? '')
    const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: ca.certPath,
        HELLOID_SOAK_CA_CERT: ca.certPath,
        HELLOID_SOAK_CA_KEY: ca.keyPath,
      },
    })
    if (dir) rmSync(dir, { recursive: true, force: true })
    return child.status ?? 1
  }

  const started = Date.now()
  const outcomes = await soak(options, caCert, caKey)
  const summary = {
    runs: outcomes.length,
    converged: outcomes.filter((o) => o.converged).length,
    duplicates: outcomes.reduce((sum, o) => sum + o.duplicates, 0),
    canaryHits: outcomes.reduce((sum, o) => sum + o.canaryHits, 0),
  }
  if (options.json) console.log(JSON.stringify(summary))
  else {
    for (const o of outcomes) {
      console.log(`${o.converged ? 'ok  ' : 'FAIL'} run ${o.run} (${o.ms} ms): ${o.mix.label}`)
      for (const problem of o.problems) console.log(`       ${problem}`)
    }
    console.log(
      `\n${summary.converged}/${summary.runs} runs converged, ${summary.duplicates} duplicate(s), ${summary.canaryHits} canary hit(s), seed ${options.seed}, ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    )
  }
  return summary.converged === summary.runs && summary.duplicates === 0 && summary.canaryHits === 0 ? 0 : 1
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  },
)
