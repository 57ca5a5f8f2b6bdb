import type { Timing } from '../setup/run-context'

/** Waits for a simulated tenant, which replicates in seconds rather than minutes. */
export const simulatedTiming: Timing = {
  replication: { attempts: 20, firstDelayMs: 250, maxDelayMs: 2000 },
  jobReady: { attempts: 20, firstDelayMs: 250, maxDelayMs: 2000 },
  ambiguousCreate: { attempts: 20, firstDelayMs: 250, maxDelayMs: 2000 },
}
