import type { SynchronizationJob, SynchronizationTemplate } from '@microsoft/microsoft-graph-types'

import { errorOf, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { graphDetails } from '../graph/graph-api'
import type { RunContext } from './run-context'
import { isNotFound, isTransient } from './tenant-reader'
import { waitUntil } from './waits'

/**
 * Rejections Entra gives while a new service principal is still replicating
 * (401/403/404/409/429/5xx), and calls that got no answer at all.
 */
export function isReplicationLag(result: Result<unknown>): boolean {
  if (result.ok) return false
  const status = graphDetails(result.error)?.status
  return status === 401 || status === 403 || status === 404 || status === 409 || isTransient(result)
}

/**
 * Steps 10–12: make sure the app has exactly one provisioning job. Reuses an existing job; otherwise
 * waits for the synchronization template to appear and creates the job. Whatever the create answered,
 * short of success, the job list decides before another POST: Entra allows one job per template, so a
 * repeat after an unseen success meets 409 and the list then shows the job.
 */
export async function ensureProvisioningJob(
  ctx: RunContext,
  spId: string,
): Promise<Result<{ jobId: string; created: boolean }>> {
  const existing = await waitUntil(() => ctx.reader.jobs(spId), {
    policy: ctx.timing.jobReady,
    retryable: isReplicationLag,
    sleep: ctx.sleep,
  })
  if (!existing.ok) return existing
  const current = existing.value[0]
  if (current?.id) {
    await ctx.journal.append({
      runId: ctx.runId,
      event: 'job-found',
      ids: { servicePrincipalId: spId, jobId: current.id },
    })
    return ok({ jobId: current.id, created: false })
  }

  const templates = await waitUntil<SynchronizationTemplate[]>(() => ctx.reader.syncTemplates(spId), {
    policy: ctx.timing.jobReady,
    done: (list) => list.length > 0,
    retryable: isReplicationLag,
    sleep: ctx.sleep,
  })
  if (!templates.ok) return templates
  const template = templates.value.find((t) => t.default) ?? templates.value[0]
  if (!template?.id) {
    return fail(errorOf('GRAPH_ERROR', msg('problems.apply.noTemplateYet')))
  }

  await ctx.boundary('before-job-create')
  const created = await waitUntil<SynchronizationJob>(
    async () => {
      const response = await ctx.graph.call<SynchronizationJob>({
        method: 'POST',
        path: `/servicePrincipals/${spId}/synchronization/jobs`,
        body: { templateId: template.id },
        noRetry: true,
      })
      if (response.ok) return ok(response.value.body)
      // Unclear whether the job exists: the list decides, never a blind second POST.
      const again = await ctx.reader.jobs(spId)
      return again.ok && again.value[0] ? ok(again.value[0]) : response
    },
    {
      policy: ctx.timing.jobReady,
      retryable: isReplicationLag,
      sleep: ctx.sleep,
    },
  )
  if (!created.ok) return created
  const jobId = created.value.id
  if (!jobId) return fail(errorOf('GRAPH_ERROR', msg('problems.apply.jobWithoutId')))
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'job-created',
    ids: { servicePrincipalId: spId, jobId },
  })
  await ctx.boundary('after-job-create')

  // The new job may 404 for a moment while it replicates.
  const readable = await waitUntil(() => ctx.reader.job(spId, jobId), {
    policy: ctx.timing.jobReady,
    retryable: (r) => isNotFound(r) || isTransient(r),
    sleep: ctx.sleep,
  })
  return readable.ok ? ok({ jobId, created: true }) : readable
}
