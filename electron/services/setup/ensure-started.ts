import { ok, type Result } from '../../../shared/result'
import type { RunContext } from './run-context'

/**
 * Steps 18–19: turn provisioning on. Reads the job first and only calls start when it is not running:
 * Microsoft warns that calling start on a running job can disrupt it.
 */
export async function ensureStarted(
  ctx: RunContext,
  ids: { spId: string; jobId: string },
): Promise<Result<{ started: boolean }>> {
  const job = await ctx.reader.job(ids.spId, ids.jobId)
  if (!job.ok) return job
  const running =
    job.value.schedule?.state === 'Active' &&
    job.value.status?.code !== 'Paused' &&
    job.value.status?.code !== 'Quarantine'
  if (running) return ok({ started: false })
  await ctx.boundary('before-start')
  const start = await ctx.graph.call({
    method: 'POST',
    path: `/servicePrincipals/${ids.spId}/synchronization/jobs/${encodeURIComponent(ids.jobId)}/start`,
  })
  if (!start.ok) return start
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'job-started',
    ids: { servicePrincipalId: ids.spId, jobId: ids.jobId },
  })
  return ok({ started: true })
}
