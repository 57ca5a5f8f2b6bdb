import type { TenantState } from '../state/tenant-state'
import { CONSENT_ADMIN_ROLES } from '../tenant/roles'
import { isAdminScope } from '../state/scopes'

/** Graph scopes a user holds for a client in a tenant: tenant-wide grants plus their own. */
export function grantedScopes(tenant: TenantState, clientId: string, userId: string): Set<string> {
  const out = new Set<string>(tenant.adminConsent.get(clientId) ?? [])
  for (const s of tenant.userConsent.get(`${userId}|${clientId}`) ?? []) out.add(s)
  return out
}

export type ConsentNeed = 'none' | 'user' | 'admin-can-grant' | 'admin-required'

export function consentNeed(
  tenant: TenantState,
  clientId: string,
  userId: string,
  requested: string[],
): { missing: string[]; need: ConsentNeed } {
  const granted = grantedScopes(tenant, clientId, userId)
  const missing = requested.filter((s) => !granted.has(s))
  if (missing.length === 0) return { missing, need: 'none' }
  if (!missing.some(isAdminScope)) return { missing, need: 'user' }
  return { missing, need: mayConsentForOrganization(tenant, userId) ? 'admin-can-grant' : 'admin-required' }
}

export function mayConsentForOrganization(tenant: TenantState, userId: string): boolean {
  return tenant.roleTemplatesOf(userId).some((r) => CONSENT_ADMIN_ROLES.includes(r))
}

export function grantConsent(
  tenant: TenantState,
  clientId: string,
  userId: string,
  scopes: string[],
  forOrganization: boolean,
): void {
  const map = forOrganization ? tenant.adminConsent : tenant.userConsent
  const key = forOrganization ? clientId : `${userId}|${clientId}`
  const set = map.get(key) ?? new Set<string>()
  for (const s of scopes) set.add(s)
  map.set(key, set)
}
