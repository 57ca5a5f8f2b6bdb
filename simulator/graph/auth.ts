import type { SimulatorState } from '../state/simulator-state'
import { GRAPH_AUDIENCES } from '../state/scopes'
import type { GraphContext, GraphRequest, Principal } from './context'
import { graphErrors, type GraphError } from './errors'

/** Scope implications: a broader grant satisfies the narrower requirement. */
const IMPLIED: Record<string, string[]> = {
  'Directory.ReadWrite.All': ['Directory.Read.All'],
  'Directory.Read.All': [
    'User.Read.All',
    'User.ReadBasic.All',
    'Group.Read.All',
    'GroupMember.Read.All',
    'Application.Read.All',
    'Organization.Read.All',
    'RoleManagement.Read.Directory',
  ],
  'Application.ReadWrite.All': ['Application.Read.All'],
  'Synchronization.ReadWrite.All': ['Synchronization.Read.All'],
  'User.Read.All': ['User.ReadBasic.All'],
  'Group.Read.All': ['GroupMember.Read.All'],
}

function expand(scopes: string[]): Set<string> {
  const out = new Set<string>()
  const visit = (s: string): void => {
    if (out.has(s)) return
    out.add(s)
    for (const implied of IMPLIED[s] ?? []) visit(implied)
  }
  scopes.forEach(visit)
  return out
}

/** Verifies the bearer token: signature, audience, lifetime, issuer, tenant and user. */
export function authenticate(state: SimulatorState, req: GraphRequest): Principal {
  const header = req.headers.authorization
  if (!header || header.trim() === '') throw graphErrors.invalidToken('Access token is empty.')
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
  if (!match?.[1]) throw graphErrors.invalidToken('IDX14100: JWT is not well formed, there are no dots (.).')
  const verified = state.signer.verify(match[1])
  if (!verified.ok) {
    throw graphErrors.invalidToken(
      verified.reason === 'malformed'
        ? 'IDX14100: JWT is not well formed.'
        : 'Access token validation failure. Invalid signature.',
    )
  }
  const p = verified.payload
  if (typeof p.aud !== 'string' || !GRAPH_AUDIENCES.includes(p.aud))
    throw graphErrors.invalidToken('Access token validation failure. Invalid audience.')
  const nowSec = state.clock.now() / 1000
  if (typeof p.exp !== 'number' || typeof p.nbf !== 'number' || p.exp <= nowSec || p.nbf > nowSec) {
    throw graphErrors.invalidToken('Access token has expired or is not yet valid.')
  }
  const tenant = typeof p.tid === 'string' ? state.tenants.get(p.tid) : undefined
  if (!tenant || p.iss !== `${state.urls.authority}/${tenant.id}/`)
    throw graphErrors.invalidToken('Access token validation failure. Invalid issuer.')
  const user = typeof p.oid === 'string' ? tenant.users.get(p.oid) : undefined
  if (!user || !user.accountEnabled)
    throw graphErrors.invalidToken(
      'Access token validation failure. The user or the tenant of the token is unknown.',
    )
  const scp = typeof p.scp === 'string' ? p.scp.split(' ').filter((s) => s.length > 0) : []
  return {
    tenant,
    user,
    scopes: expand(scp),
    appId: typeof p.appid === 'string' ? p.appid : '',
    roles: tenant.roleTemplatesOf(user.id),
  }
}

export type Surface = 'directory' | 'sync'

function deny(surface: Surface): GraphError {
  return surface === 'sync' ? graphErrors.syncUnknown() : graphErrors.forbidden()
}

/** Any one of `anyOf` must be granted; sync endpoints deny with 401 UnknownError, others with 403. */
export function requireScope(ctx: GraphContext, anyOf: string[], surface: Surface): void {
  if (!anyOf.some((s) => ctx.principal.scopes.has(s))) throw deny(surface)
}

export function requireRole(ctx: GraphContext, anyOf: readonly string[], surface: Surface): void {
  if (!ctx.principal.roles.some((r) => anyOf.includes(r))) throw deny(surface)
}
