import type { Check, PlannedChange, SetupProgress } from '../../../shared/contract'
import type { AppFacts } from './tenant-apps'

// The contract's types (inferred once from its schemas), as the engine uses them.
export type { Check, PlannedChange, SetupProgress }

/** A principal to assign: a user by UPN or id, or a group by display name or id. */
export type AssignmentTarget = { kind: 'user'; ref: string } | { kind: 'group'; ref: string }

/** Optional attribute mappings HelloID documents. */
export type OptionalMapping = 'employeeId' | 'manager'

/** What the person chose; the secret lives only here, in memory, for the duration of a run. */
export interface SetupChoices {
  scimUrl: string
  secret: string
  notificationEmail?: string
  appDisplayName: string
  assignments: AssignmentTarget[]
  mappings: OptionalMapping[]
  /** Use this existing HelloID app (its service principal, application or app id): the person's choice. */
  reuseServicePrincipalId?: string
  /** A host that is not a helloid.com address, which the person confirmed is their HelloID. */
  trustedHost?: string
}

/** A HelloID app that already exists in the tenant, with what the find/adopt decision needs. */
export interface ExistingApp extends AppFacts {
  jobs: { id: string; statusCode: string }[]
}

/** What pre-flight learned about the tenant. */
export interface TenantFacts {
  me: { id: string; displayName: string; userPrincipalName: string; userType: string }
  roles: { roleTemplateId: string; displayName: string }[]
  canSetUp: boolean
  /** Null when Entra refused to show the tenant's subscriptions: the licence is unknown. */
  premium: { p1: boolean | null; p2: boolean | null }
  template: { id: string; displayName: string } | null
  existingApps: ExistingApp[]
}
