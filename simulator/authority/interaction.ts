import { formPostPage } from '../core/html'
import { htmlResponse, type SimResponse } from '../core/http'
import { randomToken } from '../core/ids'
import type { SimulatorState } from '../state/simulator-state'
import type { TenantState } from '../state/tenant-state'
import { clientDisplayName } from '../state/built-ins'
import type { Account, DirUser } from '../tenant/types'
import { consentNeed, grantConsent } from './consent'
import { stsErrorBody, sts, type StsError } from './errors'
import { resolveSignIn } from './sign-in'
import type { AuthorizeRequest, DeviceRequest } from '../state/auth-store'
import { clientInfoFor, newSessionState } from './tokens'

const CODE_LIFETIME_MS = 10 * 60 * 1000

export type Decision =
  | { kind: 'success'; tenant: TenantState; user: DirUser; account: Account }
  | {
      kind: 'consent'
      tenant: TenantState
      user: DirUser
      account: Account
      missing: string[]
      adminOnly: boolean
      canGrantForOrganization: boolean
    }
  | { kind: 'error'; error: StsError }

/** What happens when a person picks `login` for a pending sign-in (page and control share this). */
export function decide(
  state: SimulatorState,
  request: AuthorizeRequest | DeviceRequest,
  login: string,
): Decision {
  const account = state.account(login)
  if (!account) return { kind: 'error', error: sts.unknownUser(login) }
  const target = resolveSignIn(state, account, request.tenantSegment, request.clientId)
  if (!target.ok) return { kind: 'error', error: target.error }
  const { missing, need } = consentNeed(target.tenant, request.clientId, target.user.id, request.scopes.graph)
  if (need === 'none') return { kind: 'success', tenant: target.tenant, user: target.user, account }
  return {
    kind: 'consent',
    tenant: target.tenant,
    user: target.user,
    account,
    missing,
    adminOnly: need === 'admin-required' || need === 'admin-can-grant',
    canGrantForOrganization: need === 'admin-can-grant',
  }
}

/** Applies the person's consent answer; returns the final decision. */
export function answerConsent(
  request: AuthorizeRequest | DeviceRequest,
  decision: Extract<Decision, { kind: 'consent' }>,
  accept: boolean,
  forOrganization: boolean,
): Decision {
  if (!accept) return { kind: 'error', error: sts.userDeclined() }
  if (decision.adminOnly && !decision.canGrantForOrganization) {
    return {
      kind: 'error',
      error: sts.consentRequiredAtAuthorize(request.clientId, clientDisplayName(request.clientId)),
    }
  }
  // An admin who unticks "on behalf of your organization" consents for themselves only.
  grantConsent(
    decision.tenant,
    request.clientId,
    decision.user.id,
    decision.missing,
    decision.canGrantForOrganization && forOrganization,
  )
  return { kind: 'success', tenant: decision.tenant, user: decision.user, account: decision.account }
}

export interface AuthorizeCompletion {
  redirectUri: string
  responseMode: 'form_post' | 'query'
  fields: Record<string, string>
  response: SimResponse
}

/** Finishes an authorize transaction: a code (or an error) posted back to the redirect URI. */
export function completeAuthorize(
  state: SimulatorState,
  request: AuthorizeRequest,
  outcome: Decision,
): AuthorizeCompletion {
  request.completed = true
  let fields: Record<string, string>
  if (outcome.kind === 'success') {
    const code = `1.A${randomToken(64)}`
    state.auth.codes.set(code, {
      code,
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      codeChallengeMethod: request.codeChallengeMethod,
      tenantId: outcome.tenant.id,
      userId: outcome.user.id,
      accountName: outcome.account.name,
      scopes: request.scopes,
      nonce: request.nonce,
      expiresAt: state.clock.now() + CODE_LIFETIME_MS,
      redeemed: false,
    })
    fields = { code }
    if (request.clientInfo) fields.client_info = clientInfoFor(outcome.account)
    if (request.state !== null) fields.state = request.state
    fields.session_state = newSessionState()
  } else {
    const error = outcome.kind === 'error' ? outcome.error : sts.userDeclined()
    const body = stsErrorBody(error, state.clock.now(), request.correlationId, state.urls.authority)
    fields = { error: body.error, error_description: body.error_description, error_uri: body.error_uri }
    if (body.suberror !== undefined) fields.error_subcode = body.suberror
    if (request.state !== null) fields.state = request.state
    fields.correlation_id = body.correlation_id
    fields.trace_id = body.trace_id
  }
  const response =
    request.responseMode === 'form_post'
      ? htmlResponse(200, formPostPage(request.redirectUri, fields))
      : {
          status: 302,
          headers: {
            location: `${request.redirectUri}${request.redirectUri.includes('?') ? '&' : '?'}${new URLSearchParams(fields).toString()}`,
          },
        }
  return { redirectUri: request.redirectUri, responseMode: request.responseMode, fields, response }
}

/** Records the person's answer for a device-code request; the client learns it on its next poll. */
export function completeDevice(request: DeviceRequest, outcome: Decision): void {
  if (outcome.kind === 'success') {
    request.status = 'approved'
    request.result = {
      tenantId: outcome.tenant.id,
      userId: outcome.user.id,
      accountName: outcome.account.name,
    }
    return
  }
  const raw = outcome.kind === 'error' ? outcome.error : sts.userDeclined()
  // The poll is a token-endpoint call, where missing consent reads invalid_grant + consent_required.
  const error =
    raw.code === 65001 ? sts.consentRequired(request.clientId, clientDisplayName(request.clientId)) : raw
  request.status = error.error === 'access_denied' ? 'declined' : 'failed'
  request.error = error
}
