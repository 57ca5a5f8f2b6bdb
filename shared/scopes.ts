/**
 * Every delegated Microsoft Graph permission the assistant asks for, the directory role that must go with
 * it, and why. Read scopes are requested for the pre-flight check; write
 * scopes only when the person moves on to apply changes (incremental consent).
 */
export const scopeTable = [
  {
    scope: 'User.Read',
    access: 'read',
    adminConsent: false,
    role: 'Any signed-in user',
    why: 'Shows who is signed in.',
  },
  {
    scope: 'Directory.Read.All',
    access: 'read',
    adminConsent: true,
    role: 'Application Administrator or Cloud Application Administrator',
    why: 'Checks your roles and licences, finds the HelloID gallery app and existing HelloID apps, and lists users and groups to assign.',
  },
  {
    scope: 'Synchronization.Read.All',
    access: 'read',
    adminConsent: true,
    role: 'Application Administrator or Cloud Application Administrator',
    why: 'Reads the state of an existing provisioning job.',
  },
  {
    scope: 'AuditLog.Read.All',
    access: 'read',
    adminConsent: true,
    role: 'Reports Reader, Security Reader or an application administrator role',
    why: 'Reads provisioning logs when one user does not sync.',
  },
  {
    scope: 'Application.ReadWrite.All',
    access: 'write',
    adminConsent: true,
    role: 'Application Administrator or Cloud Application Administrator',
    why: 'Creates the HelloID enterprise application (and removes it on rollback).',
  },
  {
    scope: 'Synchronization.ReadWrite.All',
    access: 'write',
    adminConsent: true,
    role: 'Application Administrator or Cloud Application Administrator',
    why: 'Creates the provisioning job, tests and saves the HelloID connection, and starts provisioning.',
  },
  {
    scope: 'AppRoleAssignment.ReadWrite.All',
    access: 'write',
    adminConsent: true,
    role: 'Application Administrator or Cloud Application Administrator',
    why: 'Assigns users and groups to HelloID.',
  },
] as const

/** Which scopes to request: read-only for the pre-flight check, or everything at once. */
export type ScopeSet = 'read' | 'all'

/** The scope names for a scope set. */
export function scopesFor(set: ScopeSet): string[] {
  return scopeTable.filter((s) => set === 'all' || s.access === 'read').map((s) => s.scope)
}

/** The write scopes, requested when the person moves from checking to changing. */
export function writeScopes(): string[] {
  return scopeTable.filter((s) => s.access === 'write').map((s) => s.scope)
}

/** The scopes of a Graph token for checks (`read`) or for changes (`write`). */
export function scopesForAccess(access: 'read' | 'write'): string[] {
  return access === 'write' ? writeScopes() : scopesFor('read')
}

/**
 * Directory role template ids (stable in every tenant) and what they allow here. Matched on
 * roleTemplateId, never on the per-tenant role object id.
 */
export const directoryRoles = {
  '62e90394-69f5-4237-9190-012177145e10': { name: 'Global Administrator', canSetUp: true },
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3': { name: 'Application Administrator', canSetUp: true },
  '158c047a-c907-4556-b7ef-446551a6b5f7': { name: 'Cloud Application Administrator', canSetUp: true },
  'e8611ab8-c189-46e8-94e1-60213ab1f814': { name: 'Privileged Role Administrator', canSetUp: false },
  '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2': { name: 'Hybrid Identity Administrator', canSetUp: false },
  '4a5d8f65-41da-4de4-8968-e035b65339cf': { name: 'Reports Reader', canSetUp: false },
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451': { name: 'Global Reader', canSetUp: false },
  '5d6b6bb7-de71-4623-b4af-96380a352509': { name: 'Security Reader', canSetUp: false },
  '194ae4cb-b126-40b2-bd5b-6091b380977d': { name: 'Security Administrator', canSetUp: false },
} as const satisfies Record<string, { name: string; canSetUp: boolean }>

/** True when one of these roles (matched on roleTemplateId) may create apps and set up provisioning. */
export function holdsSetUpRole(roles: readonly { roleTemplateId?: string | null }[]): boolean {
  return roles.some(
    (r) => directoryRoles[(r.roleTemplateId ?? '') as keyof typeof directoryRoles]?.canSetUp === true,
  )
}
