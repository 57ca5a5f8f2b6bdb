import { performance } from 'node:perf_hooks'

import { resolvePrincipals, ensureAssignments } from '../../electron/services/setup/ensure-assignments'
import { defaultTiming, type RunContext } from '../../electron/services/setup/run-context'
import { TenantReader } from '../../electron/services/setup/tenant-reader'
import type { AssignmentTarget, OptionalMapping } from '../../electron/services/setup/types'
import type { Harness } from '../engine/harness'
import { criticalPath, roundTrips, type LoggedRequest, type ReplicationLag } from './critical-path'
import { runScriptedPeer } from './peer'

/** The product's own waits (not the tests' shortened ones). */
const productTiming = { ...defaultTiming, instantiateTimeoutMs: 60_000 }

export interface AutomatedPhase {
  wallS: number
  calls: number
  boundS: number
  boundCalls: number
  ratio: number
  peerWallS: number
  peerCalls: number
}

export interface ScaleRow {
  principals: number
  calls: number
  wallS: number
}

export interface Monitoring {
  /** Simulated seconds from the cycle's end to the engine seeing it, plus the page's last leg. */
  delayS: number
  engineDelayS: number
  callsPerMin: number
  waitedMinutes: number
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits

/** The simulator's clock, kept in step with every advance the benchmark makes. */
class SimulatedClock {
  private offsetMs = 0
  constructor(private readonly h: Harness) {}

  async sync(): Promise<void> {
    const clock = await this.h.control<{ offsetSeconds: number }>('/clock')
    this.offsetMs = clock.offsetSeconds * 1000
  }

  now = (): number => Date.now() + this.offsetMs

  /**
   * Sleeps in simulated time, one second at a time, so a cycle that falls due inside the sleep runs
   * (and ends) at its own time rather than at the end of the sleep.
   */
  stepSleep = async (ms: number): Promise<void> => {
    for (let left = ms; left > 0; left -= 1000) {
      const clock = await this.h.control<{ offsetSeconds: number }>('/clock', {
        advanceSeconds: Math.min(1000, left) / 1000,
      })
      this.offsetMs = clock.offsetSeconds * 1000
    }
  }
}

async function graphLogSince(h: Harness, since: number): Promise<LoggedRequest[]> {
  return (await h.requests()).filter((r) => r.seq > since)
}

/** Runs `work`, timing it as the person would live it: real time plus every simulated sleep. */
async function timed(
  h: Harness,
  work: () => Promise<void>,
): Promise<{ wallS: number; log: LoggedRequest[] }> {
  const since = await h.lastSeq()
  const slept = h.slept
  const started = performance.now()
  await work()
  const wallMs = performance.now() - started + (h.slept - slept)
  return { wallS: wallMs / 1000, log: await graphLogSince(h, since) }
}

/** Apply from "Make these changes" to "job started", timed inside the engine, and its bound. */
export async function measureAutomatedPhase(
  h: Harness,
  choices: { assignments: AssignmentTarget[]; mappings: OptionalMapping[] },
): Promise<{ phase: Omit<AutomatedPhase, 'peerWallS' | 'peerCalls'>; ids: { spId: string; jobId: string } }> {
  let ids = { spId: '', jobId: '' }
  const run = await timed(h, async () => {
    const result = await h.engine({ timing: productTiming }).apply(h.templateId, h.choices(choices))
    if (!result.ok) throw new Error(`apply failed: ${result.error.message}`)
    ids = { spId: result.value.app.servicePrincipalId, jobId: result.value.jobId }
  })
  const lag = await h.control<ReplicationLag>('/faults')
  const bound = criticalPath(run.log, lag, {
    principals: choices.assignments.length,
    mappings: choices.mappings.length > 0,
  })
  const calls = roundTrips(run.log).length
  return {
    phase: {
      wallS: round(run.wallS),
      calls,
      boundS: round(bound.boundS),
      boundCalls: bound.boundCalls,
      ratio: round(run.wallS / bound.boundS),
    },
    ids,
  }
}

/** The scripted peer on the same (reset) tenant. */
export async function measurePeer(
  h: Harness,
  choices: { assignments: AssignmentTarget[]; mappings: OptionalMapping[] },
): Promise<{ peerWallS: number; peerCalls: number }> {
  const tokens = h.tokenSource()
  const run = await timed(h, () =>
    runScriptedPeer({
      graphBaseUrl: h.sim.urls.graph,
      token: async () => {
        const token = await tokens('write')
        if (!token.ok) throw new Error(token.error.message)
        return token.value.accessToken
      },
      sleep: h.sleep,
      scimUrl: h.helloId.url,
      secret: h.helloId.secret,
      ...choices,
    }),
  )
  return { peerWallS: round(run.wallS), peerCalls: roundTrips(run.log).length }
}

/**
 * Follows the started job with the product's polling, in simulated time, until the first cycle
 * completed or `maxMinutes` passed. Counts the status reads and, when the cycle completed, how long
 * after its end the engine saw it.
 */
export async function measureMonitoring(
  h: Harness,
  ids: { spId: string; jobId: string },
  maxMinutes: number,
): Promise<{ engineDelayS: number | null; statusCalls: number; waitedMinutes: number }> {
  const clock = new SimulatedClock(h)
  await clock.sync()
  const since = await h.lastSeq()
  const started = clock.now()
  const watched = await h.engine({ timing: productTiming }).monitor(ids, {
    maxWaitMs: maxMinutes * 60_000,
    now: clock.now,
    sleep: clock.stepSleep,
  })
  if (!watched.ok) throw new Error(`monitor failed: ${watched.error.message}`)
  const seenAt = clock.now()
  const endedAt = watched.value.lastCycle?.endedAt ? Date.parse(watched.value.lastCycle.endedAt) : null
  const statusCalls = roundTrips(await graphLogSince(h, since)).filter(
    (r) => r.method === 'GET' && r.path.endsWith(`/jobs/${encodeURIComponent(ids.jobId)}`),
  ).length
  return {
    engineDelayS: watched.value.initialCycleCompleted && endedAt !== null ? (seenAt - endedAt) / 1000 : null,
    statusCalls,
    waitedMinutes: (seenAt - started) / 60_000,
  }
}

/** A RunContext like the engine's own, for timing one part of apply (the assignments) alone. */
function assignmentContext(h: Harness): RunContext {
  const graph = h.engine({ timing: productTiming }).graph
  return {
    runId: `bench-${Date.now()}`,
    graph,
    reader: new TenantReader(graph),
    journal: h.journal,
    log: h.log,
    timing: productTiming,
    emit: () => undefined,
    boundary: () => undefined,
    sleep: h.sleep,
  }
}

/** Assigns `count` principals not assigned yet (resolving them first, as apply does). */
export async function measureAssignments(
  h: Harness,
  spId: string,
  targets: AssignmentTarget[],
): Promise<ScaleRow> {
  const run = await timed(h, async () => {
    const ctx = assignmentContext(h)
    const principals = await resolvePrincipals(ctx, targets)
    if (!principals.ok) throw new Error(`resolve failed: ${principals.error.message}`)
    const assigned = await ensureAssignments(ctx, spId, targets, principals.value)
    if (!assigned.ok) throw new Error(`assign failed: ${assigned.error.message}`)
    if (assigned.value.added !== targets.length)
      throw new Error(`assigned ${assigned.value.added} of ${targets.length}`)
  })
  return { principals: targets.length, calls: roundTrips(run.log).length, wallS: round(run.wallS) }
}

export { round }
