import type { SynchronizationJob } from '@microsoft/microsoft-graph-types'

import type { JobViewData } from '../../../shared/contract'
import { isPlaceholderExecution, jobHealth, realTime } from './job-health'

/**
 * The job as a person needs to see it: Entra's facts and codes, no wording (the renderer and the CLI word
 * them). `initialCycleCompleted` is true only when the job is healthy (see job-health.ts).
 */
export type JobView = JobViewData

const timeOrNull = (value: string | null | undefined): string | null =>
  value && realTime(value) ? value : null

/** Turns a Graph job into the view the UI and CLI show. */
export function viewJob(job: SynchronizationJob): JobView {
  const status = job.status
  const last = status?.lastExecution
  const count = (key: string): number =>
    Number((status?.synchronizedEntryCountByType ?? []).find((e) => e.key === key)?.value ?? 0)
  const progress = status?.progress?.at(-1)
  const q = status?.quarantine
  const health = jobHealth(job)
  return {
    code: status?.code ?? 'Unknown',
    health: health.state,
    initialCycleCompleted: health.state === 'completed',
    scheduleState: job.schedule?.state ?? 'Unknown',
    progress: progress
      ? { completed: Number(progress.completedUnits ?? 0), total: Number(progress.totalUnits ?? 0) }
      : null,
    counts: { users: count('User'), groups: count('Group') },
    lastCycle:
      last && !isPlaceholderExecution(last)
        ? {
            state: last.state ?? 'Unknown',
            endedAt: timeOrNull(last.timeEnded),
            exported: Number(last.countExported ?? 0),
            escrowed: Number(last.countEscrowed ?? 0),
            errorCode: last.error?.code && last.error.code !== 'None' ? last.error.code : null,
          }
        : null,
    quarantine:
      health.state === 'quarantined'
        ? {
            reason: q?.reason || 'Unknown',
            errorCode: health.problem?.errorCode ?? null,
            message: health.problem?.message ?? '',
            since: timeOrNull(q?.seriesBegan),
            nextAttempt: timeOrNull(q?.nextAttempt),
            seriesCount: Number(q?.seriesCount ?? 0),
          }
        : null,
    problem: health.problem,
  }
}
