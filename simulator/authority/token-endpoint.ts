import { createHash, timingSafeEqual } from 'node:crypto'
import { formBody, jsonResponse, type SimRequest, type SimResponse } from '../core/http'
import type { SimulatorState } from '../state/simulator-state'
import { clientDisplayName } from '../state/built-ins'
import { consentNeed } from './consent'
import { stsErrorBody, sts, type StsError } from './errors'
import { parseScopes, type ParsedScopes } from '../state/scopes'
import { isKnownTenantSegment, resolveSignIn } from './sign-in'
import { issueTokens } from './tokens'

function fail(state: SimulatorState, error: StsError, correlationId: string | undefined): SimResponse {
  const status = error.status ?? (error.error === 'invalid_client' ? 401 : 400)
  return jsonResponse(status, stsErrorBody(error, state.clock.now(), correlationId, state.urls.authority), {
    'cache-control': 'no-store',
  })
}

function ok(body: unknown): SimResponse {
  return jsonResponse(200, body, { 'cache-control': 'no-store', pragma: 'no-cache' })
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function pkceMatches(verifier: string, challenge: string, method: 'S256' | 'plain' | null): boolean {
  const computed = method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier
  return safeEqual(computed, challenge)
}

const MULTI = new Set(['organizations', 'common'])

/** POST /{tenant}/oauth2/v2.0/token — authorization_code (PKCE), refresh_token and device_code grants. */
export function tokenEndpoint(state: SimulatorState, tenantSegment: string, req: SimRequest): SimResponse {
  const form = formBody(req)
  const correlationId = req.headers['client-request-id'] ?? form.get('client-request-id') ?? undefined
  if (!isKnownTenantSegment(state, tenantSegment))
    return fail(state, sts.tenantNotFound(tenantSegment), correlationId)
  const clientId = form.get('client_id')
  if (!clientId) return fail(state, sts.missingParameter('client_id'), correlationId)
  if (!state.isKnownClient(clientId, tenantSegment))
    return fail(
      state,
      sts.unknownClient(clientId, state.tenantBySegment(tenantSegment)?.displayName ?? tenantSegment),
      correlationId,
    )
  const grantType = form.get('grant_type')
  if (!grantType) return fail(state, sts.missingParameter('grant_type'), correlationId)
  const clientInfo = form.get('client_info') === '1'
  const now = state.clock.now()

  if (grantType === 'authorization_code') {
    const code = form.get('code')
    if (!code) return fail(state, sts.missingParameter('code'), correlationId)
    const grant = state.auth.codes.get(code)
    if (!grant) return fail(state, sts.invalidGrant(), correlationId)
    if (grant.redeemed) return fail(state, sts.codeRedeemed(), correlationId)
    if (grant.expiresAt <= now) return fail(state, sts.codeExpired(), correlationId)
    if (grant.clientId !== clientId) return fail(state, sts.clientMismatch(), correlationId)
    if (form.get('redirect_uri') !== grant.redirectUri)
      return fail(state, sts.redirectMismatch(), correlationId)
    if (grant.codeChallenge !== null) {
      const verifier = form.get('code_verifier')
      if (!verifier) return fail(state, sts.pkceMissing(), correlationId)
      if (!pkceMatches(verifier, grant.codeChallenge, grant.codeChallengeMethod))
        return fail(state, sts.pkceMismatch(), correlationId)
    }
    grant.redeemed = true
    const tenant = state.tenants.get(grant.tenantId)
    const account = state.account(grant.accountName)
    const user = tenant?.users.get(grant.userId)
    if (!tenant || !account || !user) return fail(state, sts.invalidGrant(), correlationId)
    return ok(
      issueTokens(state, {
        tenant,
        user,
        account,
        clientId,
        scopes: grant.scopes,
        nonce: grant.nonce,
        clientInfo,
      }),
    )
  }

  if (grantType === 'refresh_token') {
    const token = form.get('refresh_token')
    if (!token) return fail(state, sts.missingParameter('refresh_token'), correlationId)
    const grant = state.auth.refreshTokens.get(token)
    if (!grant) return fail(state, sts.invalidGrant(), correlationId)
    if (grant.expiresAt <= now) return fail(state, sts.refreshExpired(), correlationId)
    if (grant.clientId !== clientId) return fail(state, sts.clientMismatch(), correlationId)
    const account = state.account(grant.accountName)
    if (!account) return fail(state, sts.invalidGrant(), correlationId)
    // A refresh token works across the user's tenants: a pinned authority picks the tenant.
    const target = resolveSignIn(
      state,
      account,
      MULTI.has(tenantSegment.toLowerCase()) ? grant.tenantId : tenantSegment,
      clientId,
    )
    if (!target.ok) return fail(state, { ...target.error, error: 'invalid_grant' }, correlationId)
    const requested: ParsedScopes = form.get('scope') !== null ? parseScopes(form.get('scope')) : grant.scopes
    if (requested.invalid.length > 0)
      return fail(state, sts.invalidScope(requested.invalid.join(' ')), correlationId)
    const { need } = consentNeed(target.tenant, clientId, target.user.id, requested.graph)
    if (need !== 'none')
      return fail(state, sts.consentRequired(clientId, clientDisplayName(clientId)), correlationId)
    return ok(
      issueTokens(state, {
        tenant: target.tenant,
        user: target.user,
        account,
        clientId,
        scopes: requested,
        nonce: null,
        clientInfo,
      }),
    )
  }

  if (grantType === 'device_code' || grantType === 'urn:ietf:params:oauth:grant-type:device_code') {
    const deviceCode = form.get('device_code') ?? form.get('code')
    if (!deviceCode) return fail(state, sts.missingParameter('device_code'), correlationId)
    const request = state.auth.devices.get(deviceCode)
    if (!request) return fail(state, sts.invalidGrant(), correlationId)
    if (request.clientId !== clientId) return fail(state, sts.clientMismatch(), correlationId)
    if (request.status === 'redeemed') return fail(state, sts.codeRedeemed(), correlationId)
    if (request.status === 'pending') {
      if (request.expiresAt <= now) return fail(state, sts.deviceCodeExpired(), correlationId)
      return fail(state, sts.authorizationPending(), correlationId)
    }
    if (request.status === 'declined') return fail(state, sts.deviceDeclined(), correlationId)
    if (request.status === 'failed') return fail(state, request.error ?? sts.invalidGrant(), correlationId)
    if (state.knobs.deviceCodeBlocked) {
      request.status = 'failed'
      request.error = sts.conditionalAccessBlocked()
      return fail(state, request.error, correlationId)
    }
    const result = request.result
    const tenant = result ? state.tenants.get(result.tenantId) : undefined
    const user = result ? tenant?.users.get(result.userId) : undefined
    const account = result ? state.account(result.accountName) : undefined
    if (!tenant || !user || !account) return fail(state, sts.invalidGrant(), correlationId)
    request.status = 'redeemed'
    return ok(
      issueTokens(state, {
        tenant,
        user,
        account,
        clientId,
        scopes: request.scopes,
        nonce: null,
        clientInfo,
      }),
    )
  }

  return fail(state, sts.unsupportedGrant(grantType), correlationId)
}
