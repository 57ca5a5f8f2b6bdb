import type { GraphApi } from '../graph/graph-api'
import type { Logger } from '../log/logger'
import type { Journal } from './journal'
import type { TenantReader } from './tenant-reader'
import type { SetupProgress } from './types'
import type { Sleep, WaitPolicy } from './waits'

/** How long the engine waits for Entra to catch up; tests against a fast simulator shorten these. */
export interface Timing {
  replication: WaitPolicy
  jobReady: WaitPolicy
  ambiguousCreate: WaitPolicy
  /** How long to wait for instantiate's answer before treating it as ambiguous (default 60 s). */
  instantiateTimeoutMs?: number
}

export const defaultTiming: Timing = {
  replication: { attempts: 14, firstDelayMs: 2000, maxDelayMs: 15_000 },
  jobReady: { attempts: 12, firstDelayMs: 3000, maxDelayMs: 15_000 },
  ambiguousCreate: { attempts: 16, firstDelayMs: 5000, maxDelayMs: 20_000 },
}

/** Everything one apply, monitor or rollback run needs. */
export interface RunContext {
  runId: string
  graph: GraphApi
  reader: TenantReader
  journal: Journal
  log: Logger
  timing: Timing
  emit: (progress: SetupProgress) => void
  /**
   * Called at every step boundary. Tests throw here to simulate a crash; a rerun must converge.
   */
  boundary: (name: string) => void | Promise<void>
  /** Pauses between polls and retries (tests move a simulated clock instead of waiting). */
  sleep: Sleep
}
