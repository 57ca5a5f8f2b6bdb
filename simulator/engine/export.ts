import { isRecord } from '../core/json'
import type { JobState, ServicePrincipalObj } from '../state/objects'
import type { SimulatorState } from '../state/simulator-state'
import type { TenantState } from '../state/tenant-state'
import type { ObjectMappingJson } from '../tenant/sync-types'
import type { DirUser } from '../tenant/types'
import { CODE_FAILURE, CODE_UNAVAILABLE, failureMessage } from './credential-check'
import {
  createBody,
  diffOperations,
  getIn,
  groupSourceValues,
  isUpdateOnly,
  mapAttributes,
  scimPath,
  userSourceValues,
  type PatchOp,
  type ResolvedAttribute,
} from './mapping'
import { writeLog, type ErrorInfo, type LogInput, type Step } from './provisioning-log'
import type { ScimClient, ScimOutcome } from './scim-client'
import type { InScopeGroup, InScopeUser, SkippedObject } from './scope'

const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User'
const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group'
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp'

export interface ExportContext {
  state: SimulatorState
  tenant: TenantState
  sp: ServicePrincipalObj
  job: JobState
  client: ScimClient
  cycleId: string
  /** HelloID's connector holds employeeId/manager back on create. */
  holdBackOnCreate: boolean
  userMapping: ObjectMappingJson | undefined
  groupMapping: ObjectMappingJson | undefined
  targetDirectory: string
  initiatedBy?: LogInput['initiatedBy']
}

/** Connection-level trouble that aborts the cycle (and quarantines the job). */
export class FatalExportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export type ExportOutcome = 'created' | 'updated' | 'unchanged' | 'failed' | 'skipped' | 'disabled'

export interface ExportResult {
  outcome: ExportOutcome
  steps: Step[]
  log: ReturnType<typeof writeLog> | undefined
}

function fatalFrom(outcome: ScimOutcome): FatalExportError | undefined {
  if (outcome.kind === 'transport')
    return new FatalExportError(
      CODE_UNAVAILABLE,
      failureMessage(CODE_UNAVAILABLE, `We are not able to connect to your application. ${outcome.message}`),
    )
  if (outcome.status === 401 || outcome.status === 403) {
    return new FatalExportError(
      CODE_FAILURE,
      failureMessage(
        CODE_FAILURE,
        `An HTTP/${outcome.status} response was returned by the application: the saved Secret Token was rejected.`,
      ),
    )
  }
  if (outcome.status === 404 && !isRecord(outcome.body))
    return new FatalExportError(
      CODE_UNAVAILABLE,
      failureMessage(
        CODE_UNAVAILABLE,
        'An HTTP/404 Not Found response was returned rather than the expected HTTP/200 OK response.',
      ),
    )
  return undefined
}

function scimErrorInfo(outcome: ScimOutcome, what: string, target: string): ErrorInfo {
  const status = outcome.kind === 'response' ? outcome.status : 0
  const detail =
    outcome.kind === 'response' && isRecord(outcome.body) && typeof outcome.body.detail === 'string'
      ? outcome.body.detail
      : ''
  if (status === 409) {
    return {
      errorCode: 'SystemForCrossDomainIdentityManagementEntryConflict',
      reason:
        `Message: ${target} returned an error response with the HTTP status code 409. This response indicates that a user or a group already exisits with the same name. ${detail}`.trim(),
      additionalDetails: null,
      errorCategory: 'nonServiceFailure',
      recommendedAction: null,
    }
  }
  return {
    errorCode: 'SystemForCrossDomainIdentityManagementBadResponse',
    reason: `Failed to ${what} in ${target}. The application returned HTTP ${status}. ${detail}`.trim(),
    additionalDetails: null,
    errorCategory: status >= 500 ? 'failure' : 'nonServiceFailure',
    recommendedAction: null,
  }
}

function esc(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
}

async function lookup(
  ctx: ExportContext,
  collection: 'Users' | 'Groups',
  attribute: string,
  value: string,
): Promise<{ found: Record<string, unknown> | undefined; outcome: ScimOutcome }> {
  const outcome = await ctx.client.send(
    'GET',
    `/${collection}?filter=${encodeURIComponent(`${attribute} eq "${esc(value)}"`)}`,
  )
  const fatal = fatalFrom(outcome)
  if (fatal) throw fatal
  if (
    outcome.kind === 'response' &&
    outcome.status === 200 &&
    isRecord(outcome.body) &&
    Array.isArray(outcome.body.Resources)
  ) {
    const first: unknown = outcome.body.Resources[0]
    return { found: isRecord(first) ? first : undefined, outcome }
  }
  return { found: undefined, outcome }
}

function importDetails(user: DirUser, roleValue: string): Record<string, string> {
  return {
    objectId: user.id,
    accountEnabled: user.accountEnabled ? 'True' : 'False',
    department: user.department ?? '',
    displayName: user.displayName,
    mailNickname: user.mailNickname,
    userPrincipalName: user.userPrincipalName,
    netId: user.id.replace(/-/g, '').slice(0, 16).toUpperCase(),
    showInAddressList: '',
    alternativeSecurityIds: 'None',
    IsSoftDeleted: 'False',
    appRoleAssignments: roleValue,
  }
}

function scopingStep(entitled: boolean, roleName: string, assigned = true): Step {
  return {
    name: 'EntrySynchronizationScoping',
    provisioningStepType: 'scoping',
    status: entitled ? 'success' : 'skipped',
    description: 'Determine if User in scope by evaluating against each scoping filter',
    details: {
      'Active in the source system': 'True',
      'Assigned to the application': assigned ? 'True' : 'False',
      'User has the required role': entitled ? 'True' : 'False',
      IsEffectivelyEntitledForProvisioning: entitled ? 'True' : 'False',
      'Scoping filter evaluation passed': 'True',
      ScopeEvaluationResult: '{}',
      ...(assigned ? { AppRole: roleName } : {}),
      ...(entitled ? {} : { SkipReason: 'NotEffectivelyEntitled' }),
    },
  }
}

/**
 * Entra's words for an object skipped as not effectively entitled (SkipReason NotEffectivelyEntitled):
 * one numbered reason per cause, as the provisioning logs show them; see "The user is not effectively
 * entitled" in https://learn.microsoft.com/entra/identity/app-provisioning/application-provisioning-config-problem-no-users-provisioned
 * and the skip text quoted in https://learn.microsoft.com/answers/questions/1023522/user-provisioning-noteffectivelyentitled
 */
export function notEntitledReason(kind: 'User' | 'Group', name: string, assigned: boolean): string {
  const cause = assigned
    ? "1) This object does not have required entitlement for provisioning. If you did not expect the object to be skipped, update the provisioning scope to 'Sync all users and groups' or assign the object to the application with entitlement of provisioning category"
    : '1) This object is not assigned to the application. If you did not expect the object to be skipped, assign the object to the application or change your scoping filter to allow all users and groups to be in scope for provisioning.'
  return `The ${kind} '${name}' will be skipped due to the following reasons: ${cause}`
}

function userSourceIdentity(user: DirUser): LogInput['source'] {
  return {
    id: user.id,
    displayName: user.displayName,
    type: 'User',
    details: {
      id: user.id,
      odatatype: 'User',
      DisplayName: user.displayName,
      UserPrincipalName: user.userPrincipalName,
    },
  }
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function modified(
  attrs: ResolvedAttribute[],
  existing: Record<string, unknown> | undefined,
): LogInput['modified'] {
  return attrs.map((a) => {
    const old = existing ? getIn(existing, a.path) : undefined
    return {
      displayName: a.path,
      oldValue: old === undefined ? null : asText(old),
      newValue: asText(a.value),
    }
  })
}

/** Resolves mapped attributes to SCIM paths; references (manager) need the referenced user exported. */
function resolveUserAttributes(
  ctx: ExportContext,
  user: DirUser,
  roleValue: string,
  steps: Step[],
): ResolvedAttribute[] {
  if (!ctx.userMapping) return []
  const out: ResolvedAttribute[] = []
  for (const a of mapAttributes(ctx.userMapping, userSourceValues(user, roleValue))) {
    const path = ctx.holdBackOnCreate ? scimPath(a.target) : a.target
    let value = a.value
    if (a.reference) {
      const ref = ctx.job.engine.exported.get(String(a.value))
      if (!ref) {
        steps.push({
          name: 'EntryReferenceResolution',
          provisioningStepType: 'referenceResolution',
          status: 'warning',
          description: `The manager of User '${user.userPrincipalName}' is not provisioned to ${ctx.targetDirectory} yet; the reference will be retried in a later cycle.`,
          details: { ReferencedObjectId: String(a.value) },
        })
        continue
      }
      value = ref.targetId
    }
    out.push({ path, value, updateOnly: ctx.holdBackOnCreate && isUpdateOnly(a.target) })
  }
  return out
}

/** Provisions one in-scope user: look up by the matching attribute, then create or patch. */
export async function exportUser(ctx: ExportContext, scoped: InScopeUser): Promise<ExportResult> {
  const started = Date.now()
  const { user, role } = scoped
  const roleValue = role.value ?? role.displayName
  const steps: Step[] = [
    {
      name: 'EntryImport',
      provisioningStepType: 'import',
      status: 'success',
      description: `Received User '${user.userPrincipalName}' change of type (Add) from Azure Active Directory`,
      details: importDetails(user, roleValue),
    },
    scopingStep(true, role.displayName),
  ]
  const attrs = resolveUserAttributes(ctx, user, roleValue, steps)
  const matching = attrs.find((a) => a.path === 'userName') ?? {
    path: 'userName',
    value: user.userPrincipalName,
    updateOnly: false,
  }
  const { found, outcome: lookupOutcome } = await lookup(ctx, 'Users', matching.path, String(matching.value))
  const base = {
    cycleId: ctx.cycleId,
    source: userSourceIdentity(user),
    ...(ctx.initiatedBy ? { initiatedBy: ctx.initiatedBy } : {}),
  }
  const finish = (
    result: ExportResult['outcome'],
    input: Omit<LogInput, 'cycleId' | 'source' | 'durationMs' | 'steps'>,
  ): ExportResult => ({
    outcome: result,
    steps,
    log: writeLog(ctx.state, ctx.tenant, ctx.sp, ctx.job, {
      ...base,
      ...input,
      steps,
      durationMs: Date.now() - started,
    }),
  })
  if (lookupOutcome.kind === 'response' && lookupOutcome.status !== 200) {
    steps.push({
      name: 'EntryImportObjectLookup',
      provisioningStepType: 'matching',
      status: 'failure',
      description: `Failed to look up User '${user.userPrincipalName}' in ${ctx.targetDirectory}`,
      details: {},
    })
    return finish('failed', {
      action: 'other',
      status: 'failure',
      target: { id: '', displayName: '', type: ctx.userMapping?.targetObjectName ?? 'User' },
      modified: [],
      error: scimErrorInfo(lookupOutcome, `look up User '${user.userPrincipalName}'`, ctx.targetDirectory),
    })
  }
  const targetType = ctx.userMapping?.targetObjectName ?? 'User'

  if (!found) {
    steps.push({
      name: 'EntrySynchronizationAdd',
      provisioningStepType: 'matching',
      status: 'success',
      description: `User '${user.userPrincipalName}' will be created in ${ctx.targetDirectory} (User is active and assigned in Azure Active Directory, but no matching User was found in ${ctx.targetDirectory})`,
      details: {},
    })
    const body = createBody(attrs, [CORE_USER])
    const outcome = await ctx.client.send('POST', '/Users', body)
    const fatal = fatalFrom(outcome)
    if (fatal) throw fatal
    if (
      outcome.kind === 'response' &&
      (outcome.status === 201 || outcome.status === 200) &&
      isRecord(outcome.body) &&
      typeof outcome.body.id === 'string'
    ) {
      const targetId = outcome.body.id
      ctx.job.engine.exported.set(user.id, {
        kind: 'User',
        targetId,
        displayName: user.displayName,
        members: [],
      })
      steps.push({
        name: 'EntryExportAdd',
        provisioningStepType: 'export',
        status: 'success',
        description: `User '${user.userPrincipalName}' was created in ${ctx.targetDirectory}`,
        details: { ReportableIdentifier: user.userPrincipalName },
      })
      return finish('created', {
        action: 'create',
        status: 'success',
        target: { id: targetId, displayName: user.displayName, type: targetType },
        modified: modified(
          attrs.filter((a) => !a.updateOnly),
          undefined,
        ),
        error: null,
      })
    }
    steps.push({
      name: 'EntryExportAdd',
      provisioningStepType: 'export',
      status: 'failure',
      description: `Failed to create User '${user.userPrincipalName}' in ${ctx.targetDirectory}`,
      details: { ReportableIdentifier: user.userPrincipalName },
    })
    return finish('failed', {
      action: 'create',
      status: 'failure',
      target: { id: '', displayName: '', type: targetType },
      modified: modified(
        attrs.filter((a) => !a.updateOnly),
        undefined,
      ),
      error: scimErrorInfo(outcome, `create User '${user.userPrincipalName}'`, ctx.targetDirectory),
    })
  }

  const targetId = String(found.id)
  ctx.job.engine.exported.set(user.id, { kind: 'User', targetId, displayName: user.displayName, members: [] })
  const desired =
    found.active === false
      ? [...attrs.filter((a) => a.path !== 'active'), { path: 'active', value: true, updateOnly: false }]
      : attrs
  const ops = diffOperations(found, desired)
  if (ops.length === 0) return { outcome: 'unchanged', steps, log: undefined }
  steps.push({
    name: 'EntrySynchronizationUpdate',
    provisioningStepType: 'matching',
    status: 'success',
    description: `User '${user.userPrincipalName}' will be updated in ${ctx.targetDirectory}`,
    details: {},
  })
  const outcome = await ctx.client.send('PATCH', `/Users/${encodeURIComponent(targetId)}`, {
    schemas: [PATCH_OP],
    Operations: ops,
  })
  const fatal = fatalFrom(outcome)
  if (fatal) throw fatal
  const changed = desired.filter((a) => ops.some((o) => o.path === a.path))
  if (outcome.kind === 'response' && (outcome.status === 200 || outcome.status === 204)) {
    steps.push({
      name: 'EntryExportUpdate',
      provisioningStepType: 'export',
      status: 'success',
      description: `User '${user.userPrincipalName}' was updated in ${ctx.targetDirectory}`,
      details: { ReportableIdentifier: user.userPrincipalName },
    })
    return finish('updated', {
      action: 'update',
      status: 'success',
      target: { id: targetId, displayName: user.displayName, type: targetType },
      modified: modified(changed, found),
      error: null,
    })
  }
  steps.push({
    name: 'EntryExportUpdate',
    provisioningStepType: 'export',
    status: 'failure',
    description: `Failed to update User '${user.userPrincipalName}' in ${ctx.targetDirectory}`,
    details: { ReportableIdentifier: user.userPrincipalName },
  })
  return finish('failed', {
    action: 'update',
    status: 'failure',
    target: { id: targetId, displayName: user.displayName, type: targetType },
    modified: modified(changed, found),
    error: scimErrorInfo(outcome, `update User '${user.userPrincipalName}'`, ctx.targetDirectory),
  })
}

/** Logs why an assigned object is not provisioned (Default Access, or a group without P1/P2). */
export function logSkipped(ctx: ExportContext, skipped: SkippedObject): ExportResult {
  const user = skipped.kind === 'User' ? ctx.tenant.users.get(skipped.id) : undefined
  const steps: Step[] = []
  let error: ErrorInfo
  if (skipped.reason === 'default-access' || skipped.reason === 'not-assigned') {
    const assigned = skipped.reason === 'default-access'
    if (user)
      steps.push({
        name: 'EntryImport',
        provisioningStepType: 'import',
        status: 'success',
        description: `Received User '${user.userPrincipalName}' change of type (Add) from Azure Active Directory`,
        details: importDetails(user, assigned ? skipped.roleName : ''),
      })
    steps.push(scopingStep(false, skipped.roleName, assigned))
    error = {
      errorCode: 'NotEffectivelyEntitled',
      reason: notEntitledReason(skipped.kind, user?.userPrincipalName ?? skipped.displayName, assigned),
      additionalDetails: null,
      errorCategory: 'nonServiceFailure',
      recommendedAction: null,
    }
  } else {
    steps.push({
      name: 'EntrySynchronizationScoping',
      provisioningStepType: 'scoping',
      status: 'skipped',
      description:
        'Group-based assignment requires Microsoft Entra ID P1 or P2; the group and its members are not in scope.',
      details: { 'Assigned to the application': 'True', IsEffectivelyEntitledForProvisioning: 'False' },
    })
    error = {
      errorCode: 'GroupAssignmentRequiresPremiumLicense',
      reason: `The Group '${skipped.displayName}' was skipped: group-based assignment requires a Microsoft Entra ID P1 or P2 licence in the tenant.`,
      additionalDetails: null,
      errorCategory: 'nonServiceFailure',
      recommendedAction: 'Assign users directly, or license the tenant for Microsoft Entra ID P1 or P2.',
    }
  }
  const source: LogInput['source'] = user
    ? userSourceIdentity(user)
    : { id: skipped.id, displayName: skipped.displayName, type: skipped.kind, details: {} }
  const log = writeLog(ctx.state, ctx.tenant, ctx.sp, ctx.job, {
    cycleId: ctx.cycleId,
    action: 'other',
    status: 'skipped',
    source,
    target: {
      id: '',
      displayName: '',
      type:
        skipped.kind === 'User'
          ? (ctx.userMapping?.targetObjectName ?? 'User')
          : (ctx.groupMapping?.targetObjectName ?? 'Group'),
    },
    steps,
    modified: [],
    error,
    durationMs: 1,
    ...(ctx.initiatedBy ? { initiatedBy: ctx.initiatedBy } : {}),
  })
  return { outcome: 'skipped', steps, log }
}

/** A user who left scope is disabled (active=false), Entra's default for out-of-scope users. */
export async function disableUser(
  ctx: ExportContext,
  sourceId: string,
  targetId: string,
  displayName: string,
): Promise<ExportResult> {
  const started = Date.now()
  const outcome = await ctx.client.send('PATCH', `/Users/${encodeURIComponent(targetId)}`, {
    schemas: [PATCH_OP],
    Operations: [{ op: 'Replace', path: 'active', value: false }],
  })
  const fatal = fatalFrom(outcome)
  if (fatal) throw fatal
  const okStatus =
    outcome.kind === 'response' &&
    (outcome.status === 200 || outcome.status === 204 || outcome.status === 404)
  if (okStatus) ctx.job.engine.exported.delete(sourceId)
  const steps: Step[] = [
    {
      name: 'EntrySynchronizationScoping',
      provisioningStepType: 'scoping',
      status: 'success',
      description: `User '${displayName}' is no longer in scope (unassigned) and will be disabled in ${ctx.targetDirectory}`,
      details: { 'Assigned to the application': 'False' },
    },
    {
      name: 'EntryExportUpdateSoftDelete',
      provisioningStepType: 'export',
      status: okStatus ? 'success' : 'failure',
      description: `User '${displayName}' was ${okStatus ? '' : 'not '}disabled in ${ctx.targetDirectory}`,
      details: {},
    },
  ]
  const log = writeLog(ctx.state, ctx.tenant, ctx.sp, ctx.job, {
    cycleId: ctx.cycleId,
    action: 'disable',
    status: okStatus ? 'success' : 'failure',
    source: { id: sourceId, displayName, type: 'User', details: {} },
    target: { id: targetId, displayName, type: ctx.userMapping?.targetObjectName ?? 'User' },
    steps,
    modified: [{ displayName: 'active', oldValue: 'True', newValue: 'False' }],
    error: okStatus ? null : scimErrorInfo(outcome, `disable User '${displayName}'`, ctx.targetDirectory),
    durationMs: Date.now() - started,
  })
  return { outcome: okStatus ? 'disabled' : 'failed', steps, log }
}

/** Provisions an assigned group and keeps its membership equal to the provisioned direct members. */
export async function exportGroup(ctx: ExportContext, scoped: InScopeGroup): Promise<ExportResult> {
  const started = Date.now()
  const { group } = scoped
  const mapping = ctx.groupMapping
  const steps: Step[] = [
    {
      name: 'EntryImportAdd',
      provisioningStepType: 'import',
      status: 'success',
      description: `Received Group '${group.displayName}' change of type (Add) from Azure Active Directory`,
      details: {},
    },
  ]
  if (!mapping) return { outcome: 'skipped', steps, log: undefined }
  const all = mapAttributes(mapping, groupSourceValues(group))
  const attrs: ResolvedAttribute[] = all
    .filter((a) => a.target !== 'members')
    .map((a) => ({ path: a.target, value: a.value, updateOnly: false }))
  const syncMembers = all.some((a) => a.target === 'members')
  const memberTargets = syncMembers
    ? scoped.userIds
        .map((id) => ctx.job.engine.exported.get(id)?.targetId)
        .filter((x): x is string => x !== undefined)
    : []
  const source: LogInput['source'] = {
    id: group.id,
    displayName: group.displayName,
    type: 'Group',
    details: {},
  }
  const targetType = mapping.targetObjectName ?? 'Group'
  const done = (
    outcome: ExportResult['outcome'],
    input: Omit<LogInput, 'cycleId' | 'source' | 'durationMs' | 'steps'>,
  ): ExportResult => ({
    outcome,
    steps,
    log: writeLog(ctx.state, ctx.tenant, ctx.sp, ctx.job, {
      cycleId: ctx.cycleId,
      source,
      steps,
      durationMs: Date.now() - started,
      ...input,
      ...(ctx.initiatedBy ? { initiatedBy: ctx.initiatedBy } : {}),
    }),
  })
  const { found } = await lookup(ctx, 'Groups', 'displayName', group.displayName)
  let targetId: string
  let created = false
  let existingMembers: string[] = []
  if (!found) {
    steps.push({
      name: 'EntrySynchronizationAdd',
      provisioningStepType: 'matching',
      status: 'success',
      description: `Group '${group.displayName}' will be created in ${ctx.targetDirectory} (Group is active and assigned in Azure Active Directory, but no matching Group was found in ${ctx.targetDirectory})`,
      details: {},
    })
    const outcome = await ctx.client.send('POST', '/Groups', createBody(attrs, [CORE_GROUP]))
    const fatal = fatalFrom(outcome)
    if (fatal) throw fatal
    if (!(
      outcome.kind === 'response' &&
      (outcome.status === 201 || outcome.status === 200) &&
      isRecord(outcome.body) &&
      typeof outcome.body.id === 'string'
    )) {
      steps.push({
        name: 'EntryExportAdd',
        provisioningStepType: 'export',
        status: 'failure',
        description: `Failed to create Group '${group.displayName}' in ${ctx.targetDirectory}`,
        details: { ReportableIdentifier: group.displayName },
      })
      return done('failed', {
        action: 'create',
        status: 'failure',
        target: { id: '', displayName: '', type: targetType },
        modified: modified(attrs, undefined),
        error: scimErrorInfo(outcome, `create Group '${group.displayName}'`, ctx.targetDirectory),
      })
    }
    targetId = outcome.body.id
    created = true
  } else {
    targetId = String(found.id)
    existingMembers = Array.isArray(found.members)
      ? found.members.filter(isRecord).map((m) => String(m.value))
      : []
  }
  const ops: PatchOp[] = created ? [] : diffOperations(found ?? {}, attrs)
  const toAdd = memberTargets.filter((m) => !existingMembers.includes(m))
  const toRemove = syncMembers ? existingMembers.filter((m) => !memberTargets.includes(m)) : []
  if (toAdd.length > 0) ops.push({ op: 'Add', path: 'members', value: toAdd.map((value) => ({ value })) })
  for (const m of toRemove) ops.push({ op: 'Remove', path: `members[value eq "${m}"]` })
  ctx.job.engine.exported.set(group.id, {
    kind: 'Group',
    targetId,
    displayName: group.displayName,
    members: memberTargets,
  })
  if (ops.length > 0) {
    const outcome = await ctx.client.send('PATCH', `/Groups/${encodeURIComponent(targetId)}`, {
      schemas: [PATCH_OP],
      Operations: ops,
    })
    const fatal = fatalFrom(outcome)
    if (fatal) throw fatal
    if (!(outcome.kind === 'response' && (outcome.status === 200 || outcome.status === 204))) {
      steps.push({
        name: 'EntryExportUpdate',
        provisioningStepType: 'export',
        status: 'failure',
        description: `Failed to update Group '${group.displayName}' in ${ctx.targetDirectory}`,
        details: { ReportableIdentifier: group.displayName },
      })
      return done('failed', {
        action: created ? 'create' : 'update',
        status: 'failure',
        target: { id: targetId, displayName: group.displayName, type: targetType },
        modified: [],
        error: scimErrorInfo(outcome, `update Group '${group.displayName}'`, ctx.targetDirectory),
      })
    }
  }
  if (!created && ops.length === 0) return { outcome: 'unchanged', steps, log: undefined }
  steps.push({
    name: created ? 'EntryExportAdd' : 'EntryExportUpdate',
    provisioningStepType: 'export',
    status: 'success',
    description: `Group '${group.displayName}' was ${created ? 'created' : 'updated'} in ${ctx.targetDirectory}`,
    details: { ReportableIdentifier: group.displayName },
  })
  const props = [
    ...attrs.map((a) => ({ displayName: a.path, oldValue: null, newValue: String(a.value) })),
    ...(toAdd.length > 0 ? [{ displayName: 'members', oldValue: null, newValue: toAdd.join(',') }] : []),
  ]
  return done(created ? 'created' : 'updated', {
    action: created ? 'create' : 'update',
    status: 'success',
    target: { id: targetId, displayName: group.displayName, type: targetType },
    modified: props,
    error: null,
  })
}
