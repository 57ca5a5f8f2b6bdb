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

/** Says in plain words what Graph's terse answers mean for the person running setup. */
export function plainFailure(error: AppError): AppError {
  const d = graphDetails(error)
  if (d?.status === 401 && d.graphCode === 'UnknownError') {
    return {
      ...error,
      message:
        'Entra refused the provisioning request without saying why (401 UnknownError). That happens when the signed-in account has no Application Administrator or Cloud Application Administrator role, or while Entra is still catching up with a new app. Check the role, then run the setup again in a few minutes.',
    }
  }
  if (d?.status === 403) {
    return {
      ...error,
      message: `Entra refused the change (403${d.graphCode ? ` ${d.graphCode}` : ''}). The signed-in account needs the Application Administrator or Cloud Application Administrator role, and the assistant needs admin consent.`,
    }
  }
  return error
}

/** Read-only: the signed-in account holds a directory role that can set up provisioning. */
async function checkCanSetUp(ctx: RunContext): Promise<Result<true>> {
  const roles = await ctx.reader.myDirectoryRoles()
  if (!roles.ok) return roles
  return holdsSetUpRole(roles.value)
    ? ok(true)
    : fail({
        code: 'NOT_AN_ADMIN',
        message:
          'Your account has no active role that can set up provisioning, so nothing was changed. Ask for Application Administrator or Cloud Application Administrator (activate it first if it is eligible in Privileged Identity Management), then sign in again.',
      })
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
  const step = async <T>(
    progress: Omit<SetupProgress, 'status' | 'message'> & { message: string },
    run: () => Promise<Result<T>>,
    done: (value: T) => string,
  ): Promise<Result<T>> => {
    ctx.emit({ ...progress, status: 'running' })
    const raw = await run()
    const result: Result<T> = raw.ok ? raw : { ok: false, error: plainFailure(raw.error) }
    ctx.emit(
      result.ok
        ? { ...progress, status: 'done', message: done(result.value) }
        : { ...progress, status: 'failed', message: result.error.message },
    )
    return result
  }
  await ctx.journal.append({ runId: ctx.runId, event: 'apply-started' })

  const allowed = await checkCanSetUp(ctx)
  if (!allowed.ok) return allowed
  const principals = await resolvePrincipals(ctx, choices.assignments)
  if (!principals.ok) return principals

  const app = await step(
    { step: 'azure-create-app', id: 'create-app', message: 'Creating the HelloID enterprise app…' },
    () =>
      ensureHelloIdApp(ctx, {
        templateId: input.templateId,
        displayName: choices.appDisplayName,
        ...(choices.reuseServicePrincipalId
          ? { reuseServicePrincipalId: choices.reuseServicePrincipalId }
          : {}),
      }),
    (v) => (v.created ? 'Created the HelloID enterprise app.' : 'Using the existing HelloID enterprise app.'),
  )
  if (!app.ok) return app
  await ctx.boundary('app-ready')
  const spId = app.value.servicePrincipalId

  const job = await step(
    { step: 'azure-mode-automatic', id: 'create-job', message: 'Setting Provisioning Mode to Automatic…' },
    () => ensureProvisioningJob(ctx, spId),
    (v) => (v.created ? 'Provisioning job created.' : 'Using the existing provisioning job.'),
  )
  if (!job.ok) return job
  await ctx.boundary('job-ready')
  const ids = { spId, jobId: job.value.jobId }

  const tested = await step(
    { step: 'azure-test-connection', id: 'test-connection', message: 'Testing the connection to HelloID…' },
    () => testConnection(ctx, ids, { url: choices.scimUrl, secret: choices.secret }, input.explainValidation),
    () => 'The supplied credentials are authorized to enable provisioning.',
  )
  if (!tested.ok) return tested
  await ctx.boundary('connection-tested')

  const secrets = await step(
    { step: 'azure-save-credentials', id: 'save-connection', message: 'Saving the connection…' },
    () =>
      ensureSecretsSaved(ctx, ids, {
        url: choices.scimUrl,
        secret: choices.secret,
        ...(choices.notificationEmail ? { notificationEmail: choices.notificationEmail } : {}),
      }),
    (v) => (v.changed ? 'Connection saved.' : 'Connection already saved with these values.'),
  )
  if (!secrets.ok) return secrets
  await ctx.boundary('secrets-ready')

  const mappings = await step(
    { step: 'azure-optional-mappings', id: 'mappings', message: 'Checking the optional mappings…' },
    () => ensureOptionalMappings(ctx, ids, choices.mappings),
    (v) => (v.added.length ? `Added ${v.added.join(', ')}.` : 'Mappings already as chosen.'),
  )
  if (!mappings.ok) return mappings
  await ctx.boundary('mappings-ready')

  // Assigning before start avoids an empty first cycle (reference step-map note).
  const assignments = await step(
    { step: 'azure-assign-users', id: 'assign', message: 'Assigning users and groups…' },
    () => ensureAssignments(ctx, spId, choices.assignments, principals.value),
    (v) => `${v.added} assignment(s) added, ${v.existing} already there.`,
  )
  if (!assignments.ok) return assignments
  await ctx.boundary('assignments-ready')

  const started = await step(
    { step: 'azure-provisioning-on', id: 'start', message: 'Turning provisioning on…' },
    () => ensureStarted(ctx, ids),
    (v) => (v.started ? 'Provisioning is on.' : 'Provisioning was already on.'),
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
