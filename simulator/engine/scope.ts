import type { AppRoleDef, ServicePrincipalObj } from '../state/objects'
import type { TenantState } from '../state/tenant-state'
import { hasPremium } from '../tenant/skus'
import type { DirGroup, DirUser } from '../tenant/types'

export const DEFAULT_ACCESS_ROLE = '00000000-0000-0000-0000-000000000000'

export interface InScopeUser {
  user: DirUser
  role: AppRoleDef
}

export interface InScopeGroup {
  group: DirGroup
  role: AppRoleDef
  /** Direct user members only: nested groups are not expanded. */
  userIds: string[]
}

export interface SkippedObject {
  kind: 'User' | 'Group'
  id: string
  displayName: string
  /** `not-assigned` is only met on demand: a cycle never looks at users outside the assignments. */
  reason: 'default-access' | 'group-needs-premium' | 'not-assigned'
  roleName: string
}

export interface Scope {
  users: InScopeUser[]
  groups: InScopeGroup[]
  skipped: SkippedObject[]
}

/** Default Access (msiam_access or the zero id) does not entitle anyone to be provisioned. */
export function entitlingRole(sp: ServicePrincipalObj, appRoleId: string): AppRoleDef | undefined {
  if (appRoleId === DEFAULT_ACCESS_ROLE) return undefined
  const role = sp.appRoles.find((r) => r.id === appRoleId)
  if (!role || !role.isEnabled || role.displayName === 'msiam_access') return undefined
  return role
}

function roleName(sp: ServicePrincipalObj, appRoleId: string): string {
  return appRoleId === DEFAULT_ACCESS_ROLE
    ? 'Default Access'
    : (sp.appRoles.find((r) => r.id === appRoleId)?.displayName ?? appRoleId)
}

/**
 * Who the job provisions. "Sync only assigned": users assigned with an entitling role, plus the
 * direct user members of assigned groups — groups only count in P1/P2 tenants. "Sync all": everyone.
 */
export function computeScope(tenant: TenantState, sp: ServicePrincipalObj, syncAll: boolean): Scope {
  const users = new Map<string, InScopeUser>()
  const groups: InScopeGroup[] = []
  const skipped: SkippedObject[] = []
  const allUsersRole: AppRoleDef = {
    id: DEFAULT_ACCESS_ROLE,
    displayName: 'Sync all',
    description: '',
    value: null,
    isEnabled: true,
    allowedMemberTypes: ['User'],
    origin: 'Application',
  }

  if (syncAll) {
    for (const u of tenant.users.values())
      if (u.accountEnabled) users.set(u.id, { user: u, role: allUsersRole })
    for (const g of tenant.groups.values())
      groups.push({ group: g, role: allUsersRole, userIds: g.memberIds.filter((id) => tenant.users.has(id)) })
    return { users: [...users.values()], groups, skipped }
  }

  const assignments = [...tenant.assignments.values()]
    .filter((a) => a.resourceId === sp.id)
    .sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime) || a.id.localeCompare(b.id))
  const premium = hasPremium(tenant.license)
  for (const a of assignments) {
    const role = entitlingRole(sp, a.appRoleId)
    if (a.principalType === 'User') {
      const user = tenant.users.get(a.principalId)
      if (!user || !user.accountEnabled) continue
      if (role) users.set(user.id, { user, role })
      else
        skipped.push({
          kind: 'User',
          id: user.id,
          displayName: user.displayName,
          reason: 'default-access',
          roleName: roleName(sp, a.appRoleId),
        })
      continue
    }
    const group = tenant.groups.get(a.principalId)
    if (!group) continue
    if (!premium) {
      skipped.push({
        kind: 'Group',
        id: group.id,
        displayName: group.displayName,
        reason: 'group-needs-premium',
        roleName: roleName(sp, a.appRoleId),
      })
      continue
    }
    if (!role) {
      skipped.push({
        kind: 'Group',
        id: group.id,
        displayName: group.displayName,
        reason: 'default-access',
        roleName: roleName(sp, a.appRoleId),
      })
      continue
    }
    const userIds = group.memberIds.filter((id) => tenant.users.get(id)?.accountEnabled === true)
    groups.push({ group, role, userIds })
    for (const id of userIds) {
      const user = tenant.users.get(id)
      if (user && !users.has(id)) users.set(id, { user, role })
    }
  }
  // A user skipped for Default Access but entitled through a group is in scope after all.
  return {
    users: [...users.values()],
    groups,
    skipped: skipped.filter((s) => s.kind === 'Group' || !users.has(s.id)),
  }
}
