import type { JobViewData } from './contract'

/** How a first provisioning cycle ended, as far as the person needs to hear about it. */
export type FirstCycleOutcome = 'completed' | 'quarantined' | 'failed'

/** The outcome a job reading shows, or null while the cycle runs (or nothing is known). */
export function firstCycleOutcome(job: JobViewData | null | undefined): FirstCycleOutcome | null {
  if (!job) return null
  if (job.health === 'completed' && job.initialCycleCompleted) return 'completed'
  if (job.health === 'quarantined') return 'quarantined'
  if (job.health === 'failed' || job.health === 'entry-errors') return 'failed'
  return null
}

/**
 * The outcome to announce when a reading follows another: only when it changed from "running" (or from
 * another outcome), so a refresh of an already completed job announces nothing.
 */
export function newFirstCycleOutcome(
  before: JobViewData | null | undefined,
  after: JobViewData | null | undefined,
): FirstCycleOutcome | null {
  const next = firstCycleOutcome(after)
  if (next === null || !before) return null
  return firstCycleOutcome(before) === next ? null : next
}
