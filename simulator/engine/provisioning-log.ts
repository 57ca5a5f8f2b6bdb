import type { ProvisioningObjectSummary } from '@microsoft/microsoft-graph-types'
import { isoSeconds } from '../core/clock'
import { seededGuid } from '../core/ids'
import type { JobState, ServicePrincipalObj } from '../state/objects'
import type { SimulatorState } from '../state/simulator-state'
import type { TenantState } from '../state/tenant-state'
import { ENTRA_DIRECTORY } from '../tenant/sync-schema'

export type StepType = 'import' | 'scoping' | 'matching' | 'processing' | 'referenceResolution' | 'export'
export type StepStatus = 'success' | 'warning' | 'failure' | 'skipped'

export interface Step {
  name: string
  provisioningStepType: StepType
  status: StepStatus
  description: string
  details: Record<string, string>
}

export interface ErrorInfo {
  errorCode: string
  reason: string
  additionalDetails: string | null
  errorCategory: 'failure' | 'nonServiceFailure'
  recommendedAction: string | null
}

export interface LogInput {
  cycleId: string
  action: 'create' | 'update' | 'delete' | 'disable' | 'other'
  status: 'success' | 'failure' | 'skipped' | 'warning'
  source: { id: string; displayName: string; type: 'User' | 'Group'; details: Record<string, string> }
  target: { id: string; displayName: string; type: string }
  steps: Step[]
  modified: { displayName: string; oldValue: string | null; newValue: string | null }[]
  error: ErrorInfo | null
  durationMs: number
  initiatedBy?: { id: string; displayName: string; initiatorType: 'user' | 'application' | 'system' }
}

/** One provisioningObjectSummary, in the shape of the reference examples. */
export function writeLog(
  state: SimulatorState,
  tenant: TenantState,
  sp: ServicePrincipalObj,
  job: JobState,
  input: LogInput,
): ProvisioningObjectSummary {
  const prng = state.streams.engine
  const targetDirectory = job.schema.synchronizationRules?.[0]?.targetDirectoryName ?? sp.displayName
  const sourceDirectoryId = job.schema.directories?.find((d) => d.name === ENTRA_DIRECTORY)?.id ?? tenant.id
  const entry: ProvisioningObjectSummary = {
    id: seededGuid(prng),
    activityDateTime: isoSeconds(state.clock.now()),
    tenantId: tenant.id,
    jobId: job.id,
    cycleId: input.cycleId,
    changeId: seededGuid(prng),
    provisioningAction: input.action,
    durationInMilliseconds: Math.max(1, Math.round(input.durationMs)),
    initiatedBy: input.initiatedBy ?? {
      id: '',
      displayName: 'Azure AD Provisioning Service',
      initiatorType: 'system',
    },
    servicePrincipal: { id: sp.id, displayName: sp.displayName },
    sourceSystem: { id: sourceDirectoryId, displayName: ENTRA_DIRECTORY, details: {} },
    targetSystem: {
      id: job.schema.directories?.find((d) => d.name === targetDirectory)?.id ?? sp.id,
      displayName: targetDirectory,
      details: {
        ApplicationId: sp.appId,
        ServicePrincipalId: sp.id,
        ServicePrincipalDisplayName: sp.displayName,
      },
    },
    sourceIdentity: {
      id: input.source.id,
      displayName: input.source.displayName,
      identityType: input.source.type,
      details: input.source.details,
    },
    targetIdentity: {
      id: input.target.id,
      displayName: input.target.displayName,
      identityType: input.target.type,
      details: {},
    },
    provisioningStatusInfo: { status: input.status, errorInformation: input.error },
    provisioningSteps: input.steps,
    modifiedProperties: input.modified,
  }
  tenant.provisioningLogs.push(entry)
  return entry
}
