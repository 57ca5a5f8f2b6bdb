import { createHash } from 'node:crypto'
import { randomGuid, randomToken } from '../core/ids'
import type { SimulatorState } from '../state/simulator-state'
import type { TenantState } from '../state/tenant-state'
import { clientDisplayName } from '../state/built-ins'
import type { Account, DirUser } from '../tenant/types'
import { grantedScopes } from './consent'
import { GRAPH_RESOURCE, responseScope, type ParsedScopes } from '../state/scopes'

export interface TokenResponse {
  token_type: 'Bearer'
  scope: string
  expires_in: number
  ext_expires_in: number
  access_token: string
  refresh_token?: string
  id_token?: string
  client_info?: string
}

export interface IssueInput {
  tenant: TenantState
  user: DirUser
  account: Account
  clientId: string
  scopes: ParsedScopes
  nonce: string | null
  clientInfo: boolean
}

const REFRESH_LIFETIME_MS = 90 * 24 * 3600 * 1000

export function clientInfoFor(account: Account): string {
  return Buffer.from(
    JSON.stringify({ uid: account.homeObjectId, utid: account.homeTenantId ?? '' }),
  ).toString('base64url')
}

/** Mints access/id/refresh tokens. `scp` lists every Graph scope consented for this client and user. */
export function issueTokens(state: SimulatorState, input: IssueInput): TokenResponse {
  const { tenant, user, account, clientId } = input
  const nowSec = Math.floor(state.clock.now() / 1000)
  const lifetime = state.knobs.tokenLifetimeSeconds
  const granted = [...grantedScopes(tenant, clientId, user.id)]
  const guest = user.userType === 'Guest'
  const authority = state.urls.authority
  const names = { given_name: user.givenName ?? undefined, family_name: user.surname ?? undefined }
  const accessToken = state.signer.sign({
    aud: GRAPH_RESOURCE,
    iss: `${authority}/${tenant.id}/`,
    iat: nowSec,
    nbf: nowSec,
    exp: nowSec + lifetime,
    acct: guest ? 1 : 0,
    acr: '1',
    amr: ['pwd', 'mfa'],
    app_displayname: clientDisplayName(clientId),
    appid: clientId,
    appidacr: '0',
    ...names,
    idtyp: 'user',
    ...(guest
      ? { idp: `https://sts.windows.net/${account.homeTenantId ?? ''}/` }
      : { upn: user.userPrincipalName }),
    ipaddr: '127.0.0.1',
    name: user.displayName,
    oid: user.id,
    platf: '3',
    rh: randomToken(12),
    scp: granted.join(' '),
    sub: pairwiseSub(user.id, clientId),
    tenant_region_scope: 'EU',
    tid: tenant.id,
    unique_name: guest ? account.username : user.userPrincipalName,
    uti: randomToken(16),
    ver: '1.0',
    wids: tenant.widsOf(user.id),
  })
  const response: TokenResponse = {
    token_type: 'Bearer',
    scope: responseScope(granted, input.scopes),
    expires_in: lifetime,
    ext_expires_in: lifetime,
    access_token: accessToken,
  }
  if (input.scopes.oidc.includes('openid')) {
    response.id_token = state.signer.sign({
      aud: clientId,
      iss: `${authority}/${tenant.id}/v2.0`,
      iat: nowSec,
      nbf: nowSec,
      exp: nowSec + 3600,
      name: user.displayName,
      oid: user.id,
      preferred_username: account.username,
      rh: randomToken(12),
      sub: pairwiseSub(user.id, clientId),
      tid: tenant.id,
      uti: randomToken(16),
      ver: '2.0',
      ...(input.nonce !== null ? { nonce: input.nonce } : {}),
    })
  }
  if (input.scopes.oidc.includes('offline_access')) {
    const token = `1.A${randomToken(48)}`
    state.auth.refreshTokens.set(token, {
      token,
      clientId,
      accountName: account.name,
      tenantId: tenant.id,
      scopes: input.scopes,
      expiresAt: state.clock.now() + REFRESH_LIFETIME_MS,
    })
    response.refresh_token = token
  }
  if (input.clientInfo) response.client_info = clientInfoFor(account)
  return response
}

function pairwiseSub(objectId: string, clientId: string): string {
  return createHash('sha256').update(`${objectId}|${clientId}`).digest('base64url').slice(0, 43)
}

export function newSessionState(): string {
  return randomGuid()
}
