import { param, type Router } from '../../core/router'
import { deepCopy, getString, isRecord } from '../../core/json'
import { testScimCredentials } from '../../engine/credential-check'
import { locateJob } from '../../engine/cycle'
import { afterSecretsSaved, createJob, deleteJob, pauseJob, restartJob, startJob } from '../../engine/jobs'
import { provisionOnDemand, type OnDemandSubject } from '../../engine/on-demand'
import { savedSecrets } from '../../engine/secrets'
import type { JobState, SecretPair, ServicePrincipalObj, SyncState } from '../../state/objects'
import { APP_ADMIN_ROLES } from '../../tenant/roles'
import { requireRole, requireScope } from '../auth'
import { bodyObject } from '../body'
import { graphRoot, noContent, ok, type GraphContext, type GraphHandler, type GraphResult } from '../context'
import { GraphError, graphErrors } from '../errors'
import { jobJson } from '../serializers'
import { findServicePrincipal } from './applications'
import { validateSchema } from './sync-schema-validation'

const READ = ['Synchronization.Read.All', 'Synchronization.ReadWrite.All']
const WRITE = ['Synchronization.ReadWrite.All']

/** Secret keys of the v1.0 enum; unknown keys are rejected. */
const SECRET_KEYS = new Set(
  'None UserName Password SecretToken AppKey BaseAddress ClientIdentifier ClientSecret SingleSignOnType Sandbox Url Domain ConsumerKey ConsumerSecret TokenKey TokenExpiration Oauth2AccessToken Oauth2AccessTokenCreationTime Oauth2RefreshToken SyncAll InstanceName Oauth2ClientId Oauth2ClientSecret CompanyId UpdateKeyOnSoftDelete SynchronizationSchedule SystemOfRecord SandboxName EnforceDomain SyncNotificationSettings SkipOutOfScopeDeletions Oauth2AuthorizationCode Oauth2RedirectUri ApplicationTemplateIdentifier Oauth2TokenExchangeUri Oauth2AuthorizationUri AuthenticationType Server PerformInboundEntitlementGrants HardDeletesEnabled SyncAgentCompatibilityKey SyncAgentADContainer ValidateDomain TestReferences ConnectionString'.split(
    ' ',
  ),
)
/** Every synchronization call: scope + app-admin role, else the observed 401 UnknownError. */
function guard(ctx: GraphContext, write: boolean): void {
  requireScope(ctx, write ? WRITE : READ, 'sync')
  requireRole(ctx, APP_ADMIN_ROLES, 'sync')
}

function syncOf(ctx: GraphContext, write: boolean): { sp: ServicePrincipalObj; sync: SyncState | null } {
  guard(ctx, write)
  const sp = findServicePrincipal(ctx, param(ctx.params, 'id'))
  return { sp, sync: sp.sync }
}

/** Sync writes can meet a 409 from the provisioning backend (terraform retries them). */
function maybeConflict(ctx: GraphContext): void {
  if (ctx.state.streams.faults.graph.chance(ctx.state.knobs.syncConflictRate)) throw graphErrors.conflict()
}

function jobOf(ctx: GraphContext, write: boolean): { sp: ServicePrincipalObj; job: JobState } {
  const { sp, sync } = syncOf(ctx, write)
  const id = param(ctx.params, 'jobId')
  const job = sync?.jobs.get(id)
  if (!job) throw graphErrors.notFound(id)
  return { sp, job }
}

function refOf(
  ctx: GraphContext,
  sp: ServicePrincipalObj,
  job: JobState,
): NonNullable<ReturnType<typeof locateJob>> {
  const ref = locateJob(ctx.state, ctx.principal.tenant.id, sp.id, job.id)
  if (!ref) throw graphErrors.notFound(job.id)
  return ref
}

function parsePairs(value: unknown, what: string): SecretPair[] {
  if (!Array.isArray(value))
    throw graphErrors.invalidRequest(`'${what}' must be an array of key/value pairs.`)
  return value.map((p) => {
    if (!isRecord(p) || typeof p.key !== 'string' || typeof p.value !== 'string')
      throw graphErrors.invalidRequest(`Each entry of '${what}' needs string 'key' and 'value'.`)
    if (!SECRET_KEYS.has(p.key)) throw graphErrors.invalidRequest(`The secret key '${p.key}' is not valid.`)
    return { key: p.key, value: p.value }
  })
}

async function validateCredentials(
  ctx: GraphContext,
  sp: ServicePrincipalObj,
  body: Record<string, unknown>,
): Promise<GraphResult> {
  let base: string | undefined
  let token: string | undefined
  if (body.useSavedCredentials === true) {
    const saved = savedSecrets(sp)
    base = saved.get('BaseAddress')
    token = saved.get('SecretToken')
  } else {
    const pairs = parsePairs(body.credentials ?? [], 'credentials')
    base = pairs.find((p) => p.key === 'BaseAddress')?.value
    token = pairs.find((p) => p.key === 'SecretToken')?.value
  }
  if (!base || !token) {
    throw new GraphError(
      400,
      'BadRequest',
      'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable: Tenant URL (BaseAddress) and Secret Token (SecretToken) are both required to validate the credentials.',
    )
  }
  const result = await testScimCredentials(base, token, ctx.state.ca.certPem)
  if (!result.ok) throw new GraphError(400, 'BadRequest', result.message)
  return noContent()
}

function onDemandSubject(body: Record<string, unknown>, job: JobState): OnDemandSubject {
  const params = body.parameters
  const first: unknown = Array.isArray(params) ? params[0] : undefined
  if (!isRecord(first))
    throw graphErrors.invalidRequest("'parameters' must contain one entry with 'ruleId' and 'subjects'.")
  const ruleId = getString(first, 'ruleId')
  if (!ruleId || !(job.schema.synchronizationRules ?? []).some((r) => r.id === ruleId))
    throw graphErrors.invalidRequest(
      `The ruleId '${ruleId ?? ''}' does not match a synchronization rule of this job.`,
    )
  const subjects = first.subjects
  const subject: unknown = Array.isArray(subjects) ? subjects[0] : undefined
  if (
    !isRecord(subject) ||
    typeof subject.objectId !== 'string' ||
    typeof subject.objectTypeName !== 'string'
  )
    throw graphErrors.invalidRequest("Each subject needs 'objectId' and 'objectTypeName'.")
  const links = isRecord(subject.links) ? subject.links : {}
  const members = Array.isArray(links.members)
    ? links.members.filter(isRecord).map((m) => String(m.objectId))
    : []
  return {
    objectId: subject.objectId.toLowerCase(),
    objectTypeName: subject.objectTypeName,
    memberIds: members,
  }
}

export function registerSynchronizationRoutes(router: Router<GraphHandler>): void {
  const jobs = '/servicePrincipals/:id/synchronization/jobs'
  router
    .add('GET', '/servicePrincipals/:id/synchronization/templates', (ctx) => {
      const { sync } = syncOf(ctx, false)
      const visible = sync && ctx.state.clock.now() >= sync.templatesVisibleAt ? sync.templates : []
      return ok({
        '@odata.context': `${graphRoot(ctx.state)}/$metadata#servicePrincipals('${param(ctx.params, 'id')}')/synchronization/templates`,
        value: deepCopy(visible),
      })
    })
    .add('GET', '/servicePrincipals/:id/synchronization/templates/:templateId', (ctx) => {
      const { sync } = syncOf(ctx, false)
      const id = param(ctx.params, 'templateId')
      const t =
        sync && ctx.state.clock.now() >= sync.templatesVisibleAt
          ? sync.templates.find((x) => x.id === id)
          : undefined
      if (!t) throw graphErrors.notFound(id)
      return ok(deepCopy(t))
    })
    .add('GET', '/servicePrincipals/:id/synchronization/templates/:templateId/schema', (ctx) => {
      const { sync } = syncOf(ctx, false)
      const id = param(ctx.params, 'templateId')
      const t =
        sync && ctx.state.clock.now() >= sync.templatesVisibleAt
          ? sync.templates.find((x) => x.id === id)
          : undefined
      if (!t?.schema) throw graphErrors.notFound(id)
      return ok(deepCopy(t.schema))
    })
    .add('GET', jobs, (ctx) => {
      const { sp, sync } = syncOf(ctx, false)
      return ok({
        '@odata.context': `${graphRoot(ctx.state)}/$metadata#servicePrincipals('${sp.id}')/synchronization/jobs`,
        value: [...(sync?.jobs.values() ?? [])].map((j) => jobJson(ctx.state, j)),
      })
    })
    .add('POST', jobs, (ctx) => {
      const { sp, sync } = syncOf(ctx, true)
      const now = ctx.state.clock.now()
      if (sync && now < sync.jobsAcceptAt) {
        // The provisioning backend has not heard of the new service principal yet.
        const status = ctx.state.knobs.jobCreateLagStatus
        if (status === 401) throw graphErrors.syncUnknown()
        if (status === 404) throw graphErrors.notFound(sp.id)
        throw graphErrors.conflict()
      }
      maybeConflict(ctx)
      const templateId = getString(bodyObject(ctx.req.body), 'templateId')
      if (!templateId) throw graphErrors.invalidRequest("Property 'templateId' is required.")
      const template =
        sync && now >= sync.templatesVisibleAt ? sync.templates.find((t) => t.id === templateId) : undefined
      if (!sync || !template?.schema)
        throw graphErrors.invalidRequest(
          `The synchronization template '${templateId}' does not exist for this service principal.`,
        )
      if ([...sync.jobs.values()].some((j) => j.templateId === templateId)) {
        throw new GraphError(
          409,
          'Request_MultipleObjectsWithSameKeyValue',
          'A conflicting object with one or more of the specified property values is present in the directory.',
        )
      }
      const job = createJob(ctx.state, ctx.principal.tenant, sp, templateId, template.schema)
      return ok(
        {
          '@odata.context': `${graphRoot(ctx.state)}/$metadata#servicePrincipals('${sp.id}')/synchronization/jobs/$entity`,
          ...jobJson(ctx.state, job),
        },
        201,
      )
    })
    .add('POST', `${jobs}/validateCredentials`, async (ctx) => {
      const { sp, sync } = syncOf(ctx, true)
      const body = bodyObject(ctx.req.body)
      const templateId = getString(body, 'templateId')
      if (!templateId || !sync?.templates.some((t) => t.id === templateId))
        throw graphErrors.invalidRequest(
          `The synchronization template '${templateId ?? ''}' does not exist for this service principal.`,
        )
      return validateCredentials(ctx, sp, body)
    })
    .add('GET', `${jobs}/:jobId`, (ctx) => {
      const { sp, job } = jobOf(ctx, false)
      return ok({
        '@odata.context': `${graphRoot(ctx.state)}/$metadata#servicePrincipals('${sp.id}')/synchronization/jobs/$entity`,
        ...jobJson(ctx.state, job),
      })
    })
    .add('DELETE', `${jobs}/:jobId`, (ctx) => {
      const { sp, job } = jobOf(ctx, true)
      maybeConflict(ctx)
      deleteJob(ctx.state, refOf(ctx, sp, job))
      return noContent()
    })
    .add('POST', `${jobs}/:jobId/start`, (ctx) => {
      const { sp, job } = jobOf(ctx, true)
      maybeConflict(ctx)
      startJob(ctx.state, refOf(ctx, sp, job))
      return noContent()
    })
    .add('POST', `${jobs}/:jobId/pause`, (ctx) => {
      const { sp, job } = jobOf(ctx, true)
      maybeConflict(ctx)
      pauseJob(ctx.state, refOf(ctx, sp, job))
      return noContent()
    })
    .add('POST', `${jobs}/:jobId/restart`, (ctx) => {
      const { sp, job } = jobOf(ctx, true)
      maybeConflict(ctx)
      const body = ctx.req.body === undefined ? {} : bodyObject(ctx.req.body)
      const criteria = isRecord(body.criteria) ? body.criteria : {}
      const resetScope = typeof criteria.resetScope === 'string' ? criteria.resetScope : ''
      const allowed = [
        'none',
        'connectordatastore',
        'escrows',
        'watermark',
        'quarantinestate',
        'full',
        'forcedeletes',
      ]
      const bad = resetScope
        .split(',')
        .map((s) => s.trim())
        .find((s) => s.length > 0 && !allowed.includes(s.toLowerCase()))
      if (bad !== undefined)
        throw graphErrors.invalidRequest(`The value '${bad}' is not valid for resetScope.`)
      restartJob(ctx.state, refOf(ctx, sp, job), resetScope)
      return noContent()
    })
    .add('POST', `${jobs}/:jobId/validateCredentials`, async (ctx) => {
      const { sp } = jobOf(ctx, true)
      return validateCredentials(ctx, sp, ctx.req.body === undefined ? {} : bodyObject(ctx.req.body))
    })
    .add('POST', `${jobs}/:jobId/provisionOnDemand`, async (ctx) => {
      const { sp, job } = jobOf(ctx, true)
      const wait = ctx.state.limits.provisionOnDemand.take(
        `${ctx.principal.tenant.id}|${ctx.principal.appId}`,
      )
      if (wait !== undefined) throw graphErrors.throttled(String(wait))
      const subject = onDemandSubject(bodyObject(ctx.req.body), job)
      const result = await provisionOnDemand(ctx.state, refOf(ctx, sp, job), subject, ctx.principal.user)
      if (result.kind === 'credentials-missing')
        throw new GraphError(
          400,
          'BadRequest',
          'CredentialsMissing: Please configure provisioning by providing your admin credentials then retry the provisioning on-demand.',
        )
      if (result.kind === 'not-found') throw graphErrors.notFound(result.id)
      if (result.kind === 'fatal') throw new GraphError(400, 'BadRequest', result.message)
      return ok({
        '@odata.context': `${graphRoot(ctx.state)}/$metadata#microsoft.graph.stringKeyStringValuePair`,
        key: result.key,
        value: result.value,
      })
    })
    .add('GET', `${jobs}/:jobId/schema`, (ctx) => {
      const { sp, job } = jobOf(ctx, false)
      return ok({
        '@odata.context': `${graphRoot(ctx.state)}/$metadata#servicePrincipals('${sp.id}')/synchronization/jobs('${job.id}')/schema/$entity`,
        ...deepCopy(job.schema),
      })
    })
    .add('PUT', `${jobs}/:jobId/schema`, (ctx) => {
      const { job } = jobOf(ctx, true)
      maybeConflict(ctx)
      job.schema = deepCopy(validateSchema(bodyObject(ctx.req.body)))
      // A changed schema makes the next cycle re-evaluate everyone.
      job.engine.skippedLogged.clear()
      return noContent()
    })
    .add('DELETE', `${jobs}/:jobId/schema`, (ctx) => {
      const { sp, job } = jobOf(ctx, true)
      const template = sp.sync?.templates.find((t) => t.id === job.templateId)
      if (template?.schema) job.schema = deepCopy(template.schema)
      return noContent()
    })
    // Microsoft documents only the PUT of synchronization secrets, so a read is refused (405): the
    // assistant must never depend on reading them back.
    // https://learn.microsoft.com/graph/api/synchronization-serviceprincipal-put-synchronization?view=graph-rest-1.0
    .add('PUT', '/servicePrincipals/:id/synchronization/secrets', (ctx) => {
      const { sp, sync } = syncOf(ctx, true)
      if (!sync) throw graphErrors.invalidRequest('This service principal is not enabled for provisioning.')
      maybeConflict(ctx)
      const pairs = parsePairs(bodyObject(ctx.req.body).value, 'value')
      const settings = pairs.find((p) => p.key === 'SyncNotificationSettings')
      if (settings && settings.value !== '') {
        let parsed: unknown
        try {
          parsed = JSON.parse(settings.value)
        } catch {
          parsed = undefined
        }
        if (!isRecord(parsed))
          throw graphErrors.invalidRequest(
            "'SyncNotificationSettings' must be a JSON object encoded as a string.",
          )
      }
      sync.secrets = pairs
      afterSecretsSaved(sp)
      return noContent()
    })
}
