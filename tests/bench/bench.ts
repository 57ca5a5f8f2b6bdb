/* eslint-disable no-console -- benchmark entry point: prints its measurements. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

import { createSimulatorCa } from '../../simulator/core/simulator-ca'
import type { AssignmentTarget, OptionalMapping } from '../../electron/services/setup/types'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import { launchChromium } from '../e2e/browser'
import { runShortestJourney } from '../e2e/journey'
import { Harness } from '../engine/harness'
import {
  measureAssignments,
  measureAutomatedPhase,
  measureMonitoring,
  measurePeer,
  round,
  type AutomatedPhase,
  type Monitoring,
  type ScaleRow,
} from './engine-phases'
import { DOCUMENT_ACTIONS, renderTable, targetsFor, type BenchResults } from './report'
import { measureStartup } from './startup'

/**
 * `npm run bench [-- --smoke] [--out bench/results.json]`: every speed figure from one run on one
 * simulated tenant (realistic profile), printed as a table and written as JSON. Speed is measured
 * here, never asserted in tests. `--smoke` runs the same harness with small numbers (CI checks that
 * the harness works, not the figures).
 */
const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.json' },
    seed: { type: 'string', default: 'bench' },
  },
})

const smoke = values.smoke ?? false
const sizes = smoke ? [1, 21] : [1, 100, 1000]
const loads = smoke ? 2 : 10
const waitMinutes = smoke ? 5 : 30

const choices: { assignments: AssignmentTarget[]; mappings: OptionalMapping[] } = {
  assignments: [
    { kind: 'user', ref: 'user@contoso.onmicrosoft.com' },
    { kind: 'group', ref: 'HelloID Users' },
  ],
  mappings: ['employeeId', 'manager'],
}

const loadUser = (n: number): AssignmentTarget => ({
  kind: 'user',
  ref: `loadtest.user.${String(n).padStart(4, '0')}@contoso.onmicrosoft.com`,
})

async function engineFigures(sim: RunningSimulator): Promise<{
  automatedPhase: AutomatedPhase
  monitoring: Omit<Monitoring, 'delayS'>
  scale: ScaleRow[]
}> {
  const h = await Harness.start({ simulator: sim })
  try {
    console.error('bench: automated phase (apply → job started)…')
    const automated = await measureAutomatedPhase(h, choices)
    console.error('bench: first cycle (simulated clock)…')
    const firstCycle = await measureMonitoring(h, automated.ids, 60)
    if (firstCycle.engineDelayS === null)
      throw new Error('the first cycle did not complete within 60 minutes')

    console.error('bench: scripted peer…')
    await h.reset()
    const peer = await measurePeer(h, choices)

    console.error('bench: scale…')
    await h.reset()
    const base = await h.engine().apply(h.templateId, h.choices({ assignments: [], mappings: [] }))
    if (!base.ok) throw new Error(`apply failed: ${base.error.message}`)
    const scale: ScaleRow[] = []
    let next = 1
    for (const size of sizes) {
      const targets = Array.from({ length: size }, (_, i) => loadUser(next + i))
      next += size
      scale.push(await measureAssignments(h, base.value.app.servicePrincipalId, targets))
    }

    console.error(`bench: ${waitMinutes}-minute wait on a large first cycle (simulated clock)…`)
    // A fresh setup for the largest group, so its first cycle is still ahead (the scale runs above
    // take real minutes, long enough for the earlier job's first cycle to have run).
    await h.reset()
    const largest = Math.max(...sizes)
    const large = await h
      .engine()
      .apply(
        h.templateId,
        h.choices({ assignments: Array.from({ length: largest }, (_, i) => loadUser(i + 1)), mappings: [] }),
      )
    if (!large.ok) throw new Error(`apply failed: ${large.error.message}`)
    // The SCIM stand-in's per-request latency would make a thousand-user cycle take minutes of real
    // time; the wait counts status calls, so latency is switched off for it.
    await h.faults({ latencyMs: { min: 0, max: 0 } })
    const wait = await measureMonitoring(
      h,
      { spId: large.value.app.servicePrincipalId, jobId: large.value.jobId },
      waitMinutes,
    )
    return {
      automatedPhase: { ...automated.phase, ...peer },
      monitoring: {
        engineDelayS: round(firstCycle.engineDelayS, 1),
        callsPerMin: round(wait.statusCalls / Math.max(wait.waitedMinutes, 1 / 60)),
        waitedMinutes: round(wait.waitedMinutes, 1),
      },
      scale,
    }
  } finally {
    await h.stop()
  }
}

async function main(): Promise<void> {
  const caCert = process.env.NODE_EXTRA_CA_CERTS
  const caKey = process.env.HELLOID_BENCH_CA_KEY
  if (!caCert || !caKey) {
    // Node trusts the simulator's CA only when told at start: make one and run again.
    const ca = await createSimulatorCa(mkdtempSync(join(tmpdir(), 'helloid-bench-')))
    const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: ca.certPath, HELLOID_BENCH_CA_KEY: ca.keyPath },
    })
    process.exit(child.status ?? 1)
  }
  const ca = { certPath: caCert, keyPath: caKey }
  const started = Date.now()
  const browser = await launchChromium()
  try {
    console.error(`bench: startup (${loads} cold loads)…`)
    const startup = await measureStartup(browser, resolve('out/renderer'), loads)

    console.error('bench: human actions (browser journey)…')
    const journeySim = await startSimulator({ profile: 'fast', seed: values.seed, ca })
    const journey = await runShortestJourney({ browser, sim: journeySim }).finally(() => journeySim.stop())

    const sim = await startSimulator({
      profile: 'realistic',
      seed: values.seed,
      ca,
      extraUsers: sizes.reduce((a, b) => a + b, 0),
    })
    const engine = await engineFigures(sim).finally(() => sim.stop())

    const uiLegS = (journey.uiLegMs ?? 0) / 1000
    const partial = {
      automatedPhase: engine.automatedPhase,
      humanActions: { ours: journey.actions.length, document: DOCUMENT_ACTIONS, actions: journey.actions },
      startup,
      monitoring: { ...engine.monitoring, delayS: round(engine.monitoring.engineDelayS + uiLegS, 1) },
      scale: engine.scale,
    }
    const results: BenchResults = {
      mode: smoke ? 'smoke' : 'full',
      when: new Date().toISOString(),
      ...partial,
      targets: targetsFor(partial),
    }
    const out = resolve(values.out ?? 'bench/results.json')
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
    console.log(renderTable(results))
    console.log(`\nwritten to ${out} in ${Math.round((Date.now() - started) / 1000)} s`)
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
