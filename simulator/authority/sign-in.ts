import type { SimulatorState } from '../state/simulator-state'
import type { TenantState } from '../state/tenant-state'
import type { Account, DirUser } from '../tenant/types'
import { sts, type StsError } from './errors'

export type SignInTarget =
  { ok: true; tenant: TenantState; user: DirUser; account: Account } | { ok: false; error: StsError }

const MULTI_TENANT = new Set(['organizations', 'common'])

/**
 * Which directory a sign-in lands in. `organizations`/`common` → the account's home tenant; a
 * tenant id or domain pins that tenant (a guest gets their guest object there).
 */
export function resolveSignIn(
  state: SimulatorState,
  account: Account,
  tenantSegment: string,
  clientId: string,
): SignInTarget {
  const seg = tenantSegment.toLowerCase()
  if (seg === 'consumers') {
    return {
      ok: false,
      error: {
        error: 'invalid_request',
        code: 9002331,
        message: `Application '${clientId}' is configured for use by Azure Active Directory users only. Please do not use the /consumers endpoint to serve this request.`,
      },
    }
  }
  if (account.kind === 'personal') {
    if (MULTI_TENANT.has(seg)) return { ok: false, error: sts.personalAccount(account.username) }
    const pinned = state.tenantBySegment(seg)
    return {
      ok: false,
      error: sts.userNotInTenant(account.username, 'live.com', pinned?.displayName ?? seg, clientId),
    }
  }
  const tenant = MULTI_TENANT.has(seg)
    ? state.tenants.get(account.homeTenantId ?? '')
    : state.tenantBySegment(seg)
  if (!tenant) return { ok: false, error: sts.tenantNotFound(tenantSegment) }
  const user = tenant.userByAccount(account.name)
  if (!user) {
    return {
      ok: false,
      error: sts.userNotInTenant(
        account.username,
        `https://sts.windows.net/${account.homeTenantId ?? ''}/`,
        tenant.displayName,
        clientId,
      ),
    }
  }
  if (!user.accountEnabled)
    return {
      ok: false,
      error: { error: 'invalid_grant', code: 50057, message: 'The user account is disabled.' },
    }
  return { ok: true, tenant, user, account }
}

/** Tenant segments the authority answers for: organizations, common, consumers, a tenant id or domain. */
export function isKnownTenantSegment(state: SimulatorState, segment: string): boolean {
  const seg = segment.toLowerCase()
  return MULTI_TENANT.has(seg) || seg === 'consumers' || state.tenantBySegment(seg) !== undefined
}
