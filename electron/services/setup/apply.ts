import type { Message } from '../../../shared/contract'
import { errorOf, errorSummary, msg } from '../../../shared/i18n/message'
import { fail, ok, type AppError, type Result } from '../../../shared/result'
import { holdsSetUpRole } from '../../../shared/scopes'
import { graphDetails } from '../graph/graph-api'
import { ensureHelloIdApp, type HelloIdApp } from './ensure-app'
import { ensureAssignments, resolvePrincipals } from './ensure-assignments'
import { ensureSecretsSaved, testConnection, type ExplainValidation } from './ensure-connection'
import { ensureProvisioningJob } from './ensure-job'
import { ensureOptionalMappings } from './ensure-mappings'
import { ensureStarted } from './ensure-started'
import type { RunContext } from './run-context'
import type { SetupChoices, SetupProgress } from './types'

/** What a finished apply touched, for the report, the CLI's JSON and a later rollback. */
export interface ApplyOutcome {
  app: HelloIdApp
  jobId: string
  jobCreated: boolean
  secretsChanged: boolean
  mappingsAdded: string[]
  assignmentsAdded: number
  started: boolean
}

/** Says in plain words (catalog words) what Graph's terse answers mean for the person running setup. */
export function plainFailure(error: AppError): AppError {
  const d = graphDetails(error)
  const reworded = (words: Message): AppError => ({
    ...errorOf(error.code, words),
    ...(error.details ? { details: error.details } : {}),
  })
  if (d?.status === 401 && d.graphCode === 'UnknownError')
    return reworded(msg('problems.apply.unexplained401'))
  if (d?.status === 403)
    return reworded(msg('problems.apply.forbidden', { code: d.graphCode ? ` ${d.graphCode}` : '' }))
  return error
}

/** Read-only: the signed-in account holds a directory role that can set up provisioning. */
async function checkCanSetUp(ctx: RunContext): Promise<Result<true>> {
  const roles = await ctx.reader.myDirectoryRoles()
  if (!roles.ok) return roles
  return holdsSetUpRole(roles.value)
    ? ok(true)
    : fail(errorOf('NOT_AN_ADMIN', msg('problems.apply.noSetUpRole')))
}

/**
 * Steps 9–20 as ensures, in order: each reads the tenant first and changes only what differs, so a
 * retry, crash or rerun converges on one app, one job and one assignment per principal. Before the
 * first write it checks, read-only, that the account may set up provisioning and that every principal
 * to assign exists. Stops at the first failure, saying which step failed and why.
 */
export async function applySetup(
  ctx: RunContext,
  input: { templateId: string; choices: SetupChoices; explainValidation: ExplainValidation },
): Promise<Result<ApplyOutcome>> {
  const { choices } = input
  // Each step reports by its id: under way, then what was done, or what stopped it (the error's words).
  const step = async <T>(
    progress: Pick<SetupProgress, 'step' | 'id'> & { message: Message },
    run: () => Promise<Result<T>>,
    done: (value: T) => Message,
  ): Promise<Result<T>> => {
    ctx.emit({ ...progress, status: 'running' })
    const raw = await run()
    const result: Result<T> = raw.ok ? raw : { ok: false, error: plainFailure(raw.error) }
    ctx.emit(
      result.ok
        ? { ...progress, status: 'done', message: done(result.value) }
        : { ...progress, status: 'failed', message: errorSummary(result.error) },
    )
    return result
  }
  await ctx.journal.append({ runId: ctx.runId, event: 'apply-started' })

  const allowed = await checkCanSetUp(ctx)
  if (!allowed.ok) return allowed
  const principals = await resolvePrincipals(ctx, choices.assignments)
  if (!principals.ok) return principals

  const app = await step(
    { step: 'azure-create-app', id: 'create-app', message: msg('progress.create-app.running') },
    () =>
      ensureHelloIdApp(ctx, {
        templateId: input.templateId,
        displayName: choices.appDisplayName,
        ...(choices.reuseServicePrincipalId
          ? { reuseServicePrincipalId: choices.reuseServicePrincipalId }
          : {}),
      }),
    (v) => msg(v.created ? 'progress.create-app.created' : 'progress.create-app.existing'),
  )
  if (!app.ok) return app
  await ctx.boundary('app-ready')
  const spId = app.value.servicePrincipalId

  const job = await step(
    { step: 'azure-mode-automatic', id: 'create-job', message: msg('progress.create-job.running') },
    () => ensureProvisioningJob(ctx, spId),
    (v) => msg(v.created ? 'progress.create-job.created' : 'progress.create-job.existing'),
  )
  if (!job.ok) return job
  await ctx.boundary('job-ready')
  const ids = { spId, jobId: job.value.jobId }

  const tested = await step(
    {
      step: 'azure-test-connection',
      id: 'test-connection',
      message: msg('progress.test-connection.running'),
    },
    () => testConnection(ctx, ids, { url: choices.scimUrl, secret: choices.secret }, input.explainValidation),
    () => msg('progress.test-connection.done'),
  )
  if (!tested.ok) return tested
  await ctx.boundary('connection-tested')

  const secrets = await step(
    {
      step: 'azure-save-credentials',
      id: 'save-connection',
      message: msg('progress.save-connection.running'),
    },
    () =>
      ensureSecretsSaved(ctx, ids, {
        url: choices.scimUrl,
        secret: choices.secret,
        ...(choices.notificationEmail ? { notificationEmail: choices.notificationEmail } : {}),
      }),
    (v) => msg(v.changed ? 'progress.save-connection.saved' : 'progress.save-connection.unchanged'),
  )
  if (!secrets.ok) return secrets
  await ctx.boundary('secrets-ready')

  const mappings = await step(
    { step: 'azure-optional-mappings', id: 'mappings', message: msg('progress.mappings.running') },
    () => ensureOptionalMappings(ctx, ids, choices.mappings),
    (v) =>
      v.added.length
        ? msg('progress.mappings.added', { mappings: v.added.join(', ') })
        : msg('progress.mappings.unchanged'),
  )
  if (!mappings.ok) return mappings
  await ctx.boundary('mappings-ready')

  // Assigning before start avoids an empty first cycle (reference step-map note).
  const assignments = await step(
    { step: 'azure-assign-users', id: 'assign', message: msg('progress.assign.running') },
    () => ensureAssignments(ctx, spId, choices.assignments, principals.value),
    (v) => msg('progress.assign.done', { added: v.added, existing: v.existing }),
  )
  if (!assignments.ok) return assignments
  await ctx.boundary('assignments-ready')

  const started = await step(
    { step: 'azure-provisioning-on', id: 'start', message: msg('progress.start.running') },
    () => ensureStarted(ctx, ids),
    (v) => msg(v.started ? 'progress.start.started' : 'progress.start.alreadyOn'),
  )
  if (!started.ok) return started
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'apply-finished',
    ids: { servicePrincipalId: spId, jobId: ids.jobId },
  })
  return ok({
    app: app.value,
    jobId: ids.jobId,
    jobCreated: job.value.created,
    secretsChanged: secrets.value.changed,
    mappingsAdded: mappings.value.added,
    assignmentsAdded: assignments.value.added,
    started: started.value.started,
  })
}
