import type { Message } from '../../../shared/contract'
import { msg } from '../../../shared/i18n/message'
import { ok, type Result } from '../../../shared/result'
import { graphDetails } from '../graph/graph-api'
import { viewJob, type JobView } from './job-status'
import { PollCadence } from './poll-cadence'
import type { RunContext } from './run-context'

export interface MonitorOptions {
  /** Stop when the initial cycle completed (default) or after this long. */
  maxWaitMs: number
  /** Multiplies the poll intervals (tests against the fast simulator use a small scale). */
  pollScale?: number
  signal?: AbortSignal
  now?: () => number
  /** Defaults to the engine's sleep. */
  sleep?: (ms: number) => Promise<void>
  onUpdate?: (view: JobView) => void
}

/** The first cycle may still finish on its own: keep following the job. */
function stillWaiting(view: JobView): boolean {
  return view.health === 'waiting' || view.health === 'not-started'
}

/**
 * Step 21: follows the job until "Initial cycle completed", until it needs a person (quarantine, a failed
 * or paused first run, failing users), or until the time limit, polling
 * adaptively and honouring throttling. Returns the last view.
 */
export async function monitorUntilInitialCycle(
  ctx: RunContext,
  ids: { spId: string; jobId: string },
  options: MonitorOptions,
): Promise<Result<JobView & { timedOut: boolean }>> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ctx.sleep
  const started = now()
  const cadence = new PollCadence(options.pollScale ?? 1)
  let last: JobView | null = null
  for (;;) {
    const job = await ctx.reader.job(ids.spId, ids.jobId)
    let retryAfter: number | null = null
    if (job.ok) {
      last = viewJob(job.value)
      cadence.observe(last.progress, now())
      options.onUpdate?.(last)
      ctx.emit({
        step: 'azure-initial-cycle',
        id: 'initial-cycle',
        status: last.initialCycleCompleted ? 'done' : stillWaiting(last) ? 'waiting' : 'failed',
        message: describe(last),
      })
      if (!stillWaiting(last)) return ok({ ...last, timedOut: false })
    } else {
      retryAfter = graphDetails(job.error)?.retryAfterSeconds ?? null
      if (!job.error.code.startsWith('GRAPH') && job.error.code !== 'NETWORK_ERROR') return job
    }
    const elapsed = now() - started
    if (elapsed >= options.maxWaitMs || options.signal?.aborted) {
      return last
        ? ok({ ...last, timedOut: true })
        : job.ok
          ? ok({ ...viewJob(job.value), timedOut: true })
          : job
    }
    await sleep(cadence.nextDelayMs(elapsed, retryAfter))
  }
}

/** Where the job is, as catalog words for the run's last line (the screens and the CLI word the job fully). */
export function describe(view: JobView): Message {
  switch (view.health) {
    case 'completed':
      return msg('job.completed', { users: view.counts.users, groups: view.counts.groups })
    case 'waiting':
      return view.progress && view.progress.total > 0
        ? msg('progress.initial-cycle.sending', {
            completed: view.progress.completed,
            total: view.progress.total,
          })
        : msg('job.waiting')
    case 'entry-errors':
      return msg('job.health.entry-errors', { count: view.lastCycle?.escrowed ?? 0 })
    default:
      return msg(`job.health.${view.health}`)
  }
}
