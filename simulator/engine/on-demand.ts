import { seededGuid } from '../core/ids'
import type { DirUser } from '../tenant/types'
import { exportContext, type JobRef } from './cycle'
import { exportGroup, exportUser, FatalExportError, logSkipped, type ExportResult } from './export'
import { computeScope } from './scope'
import type { SimulatorState } from '../state/simulator-state'

export interface OnDemandSubject {
  objectId: string
  objectTypeName: string
  memberIds: string[]
}

export type OnDemandResult =
  | { kind: 'ok'; key: string; value: string }
  | { kind: 'credentials-missing' }
  | { kind: 'not-found'; id: string }
  | { kind: 'fatal'; code: string; message: string }

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** The step report the portal renders, JSON-encoded in `value`. */
function report(
  state: SimulatorState,
  ref: JobRef,
  user: DirUser,
  result: ExportResult,
  started: number,
): Record<string, unknown> {
  const log = result.log
  const info = log?.provisioningStatusInfo
  const err = info?.errorInformation
  const status =
    result.outcome === 'failed'
      ? 'Failure'
      : result.outcome === 'skipped' || result.outcome === 'unchanged'
        ? 'Skipped'
        : 'Success'
  const action = result.outcome === 'created' ? 'Create' : result.outcome === 'updated' ? 'Update' : 'Other'
  const ts = new Date(state.clock.now()).toISOString()
  const steps = [...result.steps]
  if (result.outcome === 'unchanged') {
    steps.push({
      name: 'EntrySynchronizationSkip',
      provisioningStepType: 'export',
      status: 'skipped',
      description: `The state of the user in both the source and target systems already match. No change to the User '${user.userPrincipalName}' currently needs to be made.`,
      details: { SkipReason: 'RedundantExport' },
    })
  }
  const targetId = log?.targetIdentity?.id ?? ref.job.engine.exported.get(user.id)?.targetId ?? null
  // With nothing exported, the report still lists what was read from Entra (as the portal shows).
  const imported = result.steps.find((s) => s.provisioningStepType === 'import')?.details ?? {}
  const modifiedProperties =
    log?.modifiedProperties ??
    Object.entries(imported).map(([displayName, newValue]) => ({ displayName, oldValue: null, newValue }))
  return {
    action,
    changeId: log?.changeId ?? seededGuid(state.streams.engine),
    endTime: ts,
    modifiedProperties,
    provisioningSteps: steps.map((s) => ({
      name: s.name,
      type: cap(s.provisioningStepType),
      status: cap(s.status),
      description: s.description,
      timestamp: ts,
      details: s.details,
    })),
    reportableIdentifier: user.userPrincipalName,
    startTime: new Date(started).toISOString(),
    statusInfo: {
      status,
      errorCode: err?.errorCode ?? null,
      reason: err?.reason ?? null,
      additionalDetails: err?.additionalDetails ?? null,
      errorCategory: err?.errorCategory ?? null,
      recommendedAction: err?.recommendedAction ?? null,
    },
    sourceIdentity: { id: user.id, type: 'User', displayName: user.displayName, details: null },
    sourceSystem: { id: null, name: 'Azure Active Directory', details: null },
    targetIdentity: {
      id: targetId,
      type: ref.job.schema.synchronizationRules?.[0]?.objectMappings?.[0]?.targetObjectName ?? 'User',
      displayName: null,
      details: null,
    },
    targetSystem: {
      id: null,
      name: ref.job.schema.synchronizationRules?.[0]?.targetDirectoryName ?? ref.sp.displayName,
      details: null,
    },
  }
}

function keyFor(outcome: ExportResult['outcome'], result: ExportResult): string {
  if (outcome === 'unchanged')
    return JSON.stringify({
      result: 'Skipped',
      details: {
        errorCode: 'RedundantExport',
        errorMessage: 'The state of the user in both the source and target systems already match.',
      },
    })
  const err = result.log?.provisioningStatusInfo?.errorInformation
  if (outcome === 'failed' || outcome === 'skipped')
    return JSON.stringify({
      result: outcome === 'failed' ? 'Failure' : 'Skipped',
      details: { errorCode: err?.errorCode ?? 'Unknown', errorMessage: err?.reason ?? '' },
    })
  return JSON.stringify({ result: 'Success', details: {} })
}

/** provisionOnDemand: runs the normal export for one user (or a group and listed members) right now. */
export async function provisionOnDemand(
  state: SimulatorState,
  ref: JobRef,
  subject: OnDemandSubject,
  initiator: DirUser,
): Promise<OnDemandResult> {
  const ctx = exportContext(state, ref, seededGuid(state.streams.engine))
  if (!ctx) return { kind: 'credentials-missing' }
  ctx.initiatedBy = { id: initiator.id, displayName: initiator.displayName, initiatorType: 'user' }
  const started = state.clock.now()
  const scope = computeScope(ref.tenant, ref.sp, ref.job.engine.syncAllEffective)
  try {
    if (subject.objectTypeName.toLowerCase() === 'group') {
      const group = ref.tenant.groups.get(subject.objectId)
      if (!group) return { kind: 'not-found', id: subject.objectId }
      const scoped = scope.groups.find((g) => g.group.id === group.id)
      if (!scoped)
        return {
          kind: 'ok',
          key: JSON.stringify({
            result: 'Skipped',
            details: {
              errorCode: 'NotEffectivelyEntitled',
              errorMessage: `Group '${group.displayName}' is not assigned to the application with a role that grants provisioning.`,
            },
          }),
          value: '{}',
        }
      for (const memberId of subject.memberIds) {
        const member = scope.users.find((u) => u.user.id === memberId)
        if (member) await exportUser(ctx, member)
      }
      const result = await exportGroup(ctx, {
        ...scoped,
        userIds: scoped.userIds.filter(
          (id) => subject.memberIds.length === 0 || subject.memberIds.includes(id),
        ),
      })
      return {
        kind: 'ok',
        key: JSON.stringify({ result: result.outcome === 'failed' ? 'Failure' : 'Success', details: {} }),
        value: '{}',
      }
    }
    const user = ref.tenant.users.get(subject.objectId)
    if (!user) return { kind: 'not-found', id: subject.objectId }
    const scoped = scope.users.find((u) => u.user.id === user.id)
    let result: ExportResult
    if (scoped) result = await exportUser(ctx, scoped)
    else {
      // Not among the assignments at all: Entra says so, not that a role is missing.
      const skipped = scope.skipped.find((s) => s.id === user.id) ?? {
        kind: 'User' as const,
        id: user.id,
        displayName: user.displayName,
        reason: 'not-assigned' as const,
        roleName: '',
      }
      result = logSkipped(ctx, skipped)
    }
    return {
      kind: 'ok',
      key: keyFor(result.outcome, result),
      value: JSON.stringify(report(state, ref, user, result, started)),
    }
  } catch (error) {
    if (error instanceof FatalExportError) return { kind: 'fatal', code: error.code, message: error.message }
    throw error
  }
}
