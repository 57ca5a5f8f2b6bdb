import { ok, type Result } from '../../../shared/result'
import { transientSync } from './ensure-connection'
import type { RunContext } from './run-context'
import { jobPath } from './tenant-reader'
import { waitUntil } from './waits'

/**
 * Steps 18–19: turn provisioning on. Reads the job before every start and only calls start when it is
 * not running: Microsoft warns that calling start on a running job can disrupt it. A start that met a
 * conflict, or whose answer was lost, is re-read before it is ever repeated.
 */
export async function ensureStarted(
  ctx: RunContext,
  ids: { spId: string; jobId: string },
): Promise<Result<{ started: boolean }>> {
  let sent = false
  const result = await waitUntil<{ started: boolean }>(
    async () => {
      const job = await ctx.reader.job(ids.spId, ids.jobId)
      if (!job.ok) return job
      const running =
        job.value.schedule?.state === 'Active' &&
        job.value.status?.code !== 'Paused' &&
        job.value.status?.code !== 'Quarantine'
      if (running) return ok({ started: sent })
      if (!sent) await ctx.boundary('before-start')
      sent = true
      const start = await ctx.graph.call({
        method: 'POST',
        path: `${jobPath(ids)}/start`,
      })
      return start.ok ? ok({ started: true }) : start
    },
    {
      policy: ctx.timing.jobReady,
      retryable: transientSync,
      sleep: ctx.sleep,
    },
  )
  if (!result.ok) return result
  if (result.value.started)
    await ctx.journal.append({
      runId: ctx.runId,
      event: 'job-started',
      ids: { servicePrincipalId: ids.spId, jobId: ids.jobId },
    })
  return result
}
