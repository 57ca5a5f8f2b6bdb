import type { SynchronizationJob } from '@microsoft/microsoft-graph-types'

import { ok, type Result } from '../../../shared/result'
import { graphDetails } from '../graph/graph-api'
import { plainFailure } from './apply'
import { transientSync } from './ensure-connection'
import type { RunContext } from './run-context'
import { findHelloIdApps } from './tenant-apps'
import { jobPath } from './tenant-reader'
import { waitUntil } from './waits'

/** One HelloID app a rollback would remove, as read from the tenant, with what goes with it. */
export interface RollbackTarget {
  applicationId: string
  appId: string
  servicePrincipalId: string | null
  displayName: string
  /** How it is known to be the assistant's: its tag (any machine), or this data folder's journal. */
  madeBy: 'tag' | 'journal'
  /** Its provisioning jobs, with how many users and groups each keeps in sync. */
  jobs: { id: string; users: number; groups: number }[]
  /** Its user and group assignments; they go with the app. */
  assignments: { users: number; groups: number }
}

const syncedCount = (job: SynchronizationJob, key: string): number =>
  Number((job.status?.synchronizedEntryCountByType ?? []).find((e) => e.key === key)?.value ?? 0)

/**
 * What a rollback would remove, read from the tenant, not from a local file: every app made from the
 * HelloID gallery entry that carries the assistant's tag (so it is found after "Sign out and forget"
 * and from any computer), or that this data folder's journal says it created (a run that stopped before
 * tagging). An app the assistant did not create is never listed, even when the assistant set it up.
 */
export async function findRollbackTargets(ctx: RunContext): Promise<Result<RollbackTarget[]>> {
  const template = await ctx.reader.helloIdTemplate()
  if (!template.ok) return template
  if (!template.value?.id) return ok([])
  const apps = await findHelloIdApps(ctx.reader, template.value.id)
  if (!apps.ok) return apps
  const journal = await ctx.journal.entries()
  const createdHere = new Set(
    journal.filter((e) => e.event === 'app-created').map((e) => e.ids?.applicationId),
  )
  const targets: RollbackTarget[] = []
  for (const app of apps.value) {
    if (!app.madeByAssistant && !createdHere.has(app.applicationId)) continue
    const spId = app.servicePrincipalId
    const [jobs, assigned] = spId
      ? await Promise.all([ctx.reader.jobs(spId), ctx.reader.assignments(spId)])
      : [ok<SynchronizationJob[]>([]), ok([])]
    if (!jobs.ok) return jobs
    if (!assigned.ok) return assigned
    targets.push({
      applicationId: app.applicationId,
      appId: app.appId,
      servicePrincipalId: spId,
      displayName: app.displayName,
      madeBy: app.madeByAssistant ? 'tag' : 'journal',
      jobs: jobs.value
        .filter((j): j is SynchronizationJob & { id: string } => Boolean(j.id))
        .map((j) => ({ id: j.id, users: syncedCount(j, 'User'), groups: syncedCount(j, 'Group') })),
      assignments: {
        users: assigned.value.filter((a) => a.principalType === 'User').length,
        groups: assigned.value.filter((a) => a.principalType === 'Group').length,
      },
    })
  }
  return ok(targets)
}

/** One object a rollback removed: the screens and the CLI word it (`rollback.cli.removedJob` / `removedApp`). */
export interface RemovedObject {
  kind: 'job' | 'application'
  id: string
}

/**
 * Removes the assistant's own HelloID apps, read again from the tenant now; with `only`, just those
 * the person was shown and confirmed (by application object id). Each app's jobs go first (provisioning
 * stops at once), then the application object: Entra deletes its service principal, and with it the
 * assignments, along with it, and keeps both in deleted items for 30 days
 * (https://learn.microsoft.com/graph/api/application-delete,
 * https://learn.microsoft.com/entra/identity/enterprise-apps/delete-recover-faq). Nothing left to
 * remove is not an error: a second rollback sends no request that changes anything.
 */
export async function rollbackSetup(
  ctx: RunContext,
  only?: readonly string[],
): Promise<Result<{ removed: RemovedObject[] }>> {
  const found = await findRollbackTargets(ctx)
  if (!found.ok) return found
  const targets = only ? found.value.filter((t) => only.includes(t.applicationId)) : found.value
  const status = (r: Result<unknown>): number | null =>
    r.ok ? null : (graphDetails(r.error)?.status ?? null)
  const removed: RemovedObject[] = []
  for (const target of targets) {
    const spId = target.servicePrincipalId
    for (const job of spId ? target.jobs : []) {
      // A busy provisioning backend answers 409 for a moment; the delete is safe to repeat.
      const gone = await waitUntil(
        () => ctx.graph.call({ method: 'DELETE', path: jobPath({ spId: spId ?? '', jobId: job.id }) }),
        {
          policy: ctx.timing.jobReady,
          retryable: (r) => transientSync(r) && status(r) !== 404,
          sleep: ctx.sleep,
        },
      )
      if (!gone.ok && status(gone) !== 404) return { ok: false, error: plainFailure(gone.error) }
      await ctx.journal.append({
        runId: ctx.runId,
        event: 'job-deleted',
        ids: { servicePrincipalId: spId ?? '', jobId: job.id },
      })
      if (gone.ok) removed.push({ kind: 'job', id: job.id })
    }
    const applicationId = target.applicationId
    const gone = await ctx.graph.call({ method: 'DELETE', path: `/applications/${applicationId}` })
    if (!gone.ok && status(gone) !== 404) return { ok: false, error: plainFailure(gone.error) }
    await ctx.journal.append({
      runId: ctx.runId,
      event: 'app-deleted',
      ids: { applicationId, appId: target.appId },
      data: { madeBy: target.madeBy },
    })
    if (gone.ok) removed.push({ kind: 'application', id: applicationId })
  }
  return ok({ removed })
}
