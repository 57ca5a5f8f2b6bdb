import type { ProvisioningObjectSummary } from '@microsoft/microsoft-graph-types'
import type { SyncConnector } from '../tenant/gallery'
import type { SchemaJson, SyncTemplateJson } from '../tenant/sync-types'

/** Objects the wizard creates in a tenant. Shapes are internal; serializers build the Graph JSON. */
export interface AppRoleDef {
  id: string
  displayName: string
  description: string
  value: string | null
  isEnabled: boolean
  allowedMemberTypes: string[]
  origin: 'Application'
}

/** The sign-in side of an app registration created with POST /applications. */
export interface AppRegistration {
  signInAudience:
    'AzureADMyOrg' | 'AzureADMultipleOrgs' | 'AzureADandPersonalMicrosoftAccount' | 'PersonalMicrosoftAccount'
  isFallbackPublicClient: boolean
  publicClientRedirectUris: string[]
  requiredResourceAccess: {
    resourceAppId: string
    resourceAccess: { id: string; type: 'Scope' | 'Role' }[]
  }[]
}

export interface ApplicationObj {
  id: string
  appId: string
  displayName: string
  applicationTemplateId: string | null
  createdDateTime: string
  /** Simulated time from which reads see the object (replication lag). */
  visibleAt: number
  homePageUrl: string | null
  appRoles: AppRoleDef[]
  oauthScopeId: string
  /** Set for registrations created with POST /applications; gallery instances have none. */
  registration?: AppRegistration
  tags?: string[]
}

export interface SecretPair {
  key: string
  value: string
}

export type ScheduleState = 'Active' | 'Disabled' | 'Paused'
export type StatusCode = 'NotConfigured' | 'NotRun' | 'Active' | 'Paused' | 'Quarantine'

export interface TaskExecution {
  activityIdentifier: string | null
  countEntitled: number
  countEntitledForProvisioning: number
  countEscrowed: number
  countEscrowedRaw: number
  countExported: number
  countExports: number
  countImported: number
  countImportedDeltas: number
  countImportedReferenceDeltas: number
  state: 'Succeeded' | 'Failed' | 'EntryLevelErrors'
  timeBegan: string
  timeEnded: string
  error: { code: string; message: string; tenantActionable: boolean } | null
}

export interface Quarantine {
  currentBegan: string
  nextAttempt: string
  reason: string
  seriesBegan: string
  seriesCount: number
  error: { code: string; message: string; tenantActionable: boolean }
}

export interface JobStatus {
  code: StatusCode
  countSuccessiveCompleteFailures: number
  escrowsPruned: boolean
  lastExecution: TaskExecution | null
  lastSuccessfulExecution: TaskExecution | null
  lastSuccessfulExecutionWithExports: TaskExecution | null
  quarantine: Quarantine | null
  steadyStateFirstAchievedTime: string
  steadyStateLastAchievedTime: string
  troubleshootingUrl: string | null
  synchronizedEntryCountByType: { key: string; value: number }[]
}

/** What the engine remembers about an exported object (its "connector data store" entry). */
export interface ExportedEntry {
  kind: 'User' | 'Group'
  targetId: string
  displayName: string
  /** Group membership as exported (target ids). */
  members: string[]
}

export interface ActiveCycle {
  id: string
  began: number
  endsAt: number
  totalUnits: number
}

export interface JobEngineState {
  exported: Map<string, ExportedEntry>
  /** Users already logged as "not effectively entitled", so the log says it once. */
  skippedLogged: Set<string>
  cycleCount: number
  running: boolean
  activeCycle: ActiveCycle | null
  /** SyncAll as read at start/restart: changing the secret on a running job needs a restart (known issue). */
  syncAllEffective: boolean
}

export interface JobState {
  id: string
  templateId: string
  createdAt: number
  schedule: { state: ScheduleState; interval: string; expiration: string | null }
  status: JobStatus
  schema: SchemaJson
  settings: { name: string; value: string }[]
  engine: JobEngineState
}

export interface SyncState {
  connector: NonNullable<SyncConnector>
  templatesVisibleAt: number
  jobsAcceptAt: number
  templates: SyncTemplateJson[]
  jobs: Map<string, JobState>
  secrets: SecretPair[]
}

export interface ServicePrincipalObj {
  id: string
  appId: string
  displayName: string
  applicationTemplateId: string | null
  applicationObjectId: string | null
  appOwnerOrganizationId: string
  createdDateTime: string
  visibleAt: number
  appRoles: AppRoleDef[]
  appRoleAssignmentRequired: boolean
  tags: string[]
  homepage: string | null
  publisherName: string
  oauthScopeId: string | null
  sync: SyncState | null
}

export interface AssignmentObj {
  id: string
  appRoleId: string
  principalId: string
  principalType: 'User' | 'Group'
  principalDisplayName: string
  resourceId: string
  resourceDisplayName: string
  createdDateTime: string
}

export type ProvisioningLogEntry = ProvisioningObjectSummary

/**
 * An application or service principal in the tenant's deleted items: out of every list and read, and
 * restorable for 30 days, after which Entra deletes it for good
 * (https://learn.microsoft.com/graph/api/resources/directory?view=graph-rest-1.0).
 */
export type DeletedItem =
  | { kind: 'application'; obj: ApplicationObj; deletedAt: number }
  | { kind: 'servicePrincipal'; obj: ServicePrincipalObj; deletedAt: number }
