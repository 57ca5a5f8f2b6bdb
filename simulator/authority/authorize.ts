import { formBody, htmlResponse, type SimRequest, type SimResponse } from '../core/http'
import { randomGuid, randomToken } from '../core/ids'
import type { SimulatorState } from '../state/simulator-state'
import { clientDisplayName } from '../state/built-ins'
import { stsErrorBody, sts, type StsError } from './errors'
import { answerConsent, completeAuthorize, decide, type Decision } from './interaction'
import { accountPickerPage, adminApprovalPage, consentPage, stsErrorPage } from './pages'
import { parseScopes } from '../state/scopes'
import { isKnownTenantSegment } from './sign-in'
import type { AuthorizeRequest } from '../state/auth-store'

/** Public clients may only use loopback redirect URIs (any port) or the native-client URI. */
export function isAllowedRedirect(uri: string): boolean {
  let url: URL
  try {
    url = new URL(uri)
  } catch {
    return false
  }
  if (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')) return true
  return uri === 'https://login.microsoftonline.com/common/oauth2/nativeclient'
}

function errorPage(state: SimulatorState, error: StsError, correlationId: string | undefined): SimResponse {
  return htmlResponse(
    400,
    stsErrorPage(stsErrorBody(error, state.clock.now(), correlationId, state.urls.authority)),
  )
}

function hidden(request: AuthorizeRequest): Record<string, string> {
  return { txn: request.id }
}

/** GET /{tenant}/oauth2/v2.0/authorize — validates the request and shows the account picker. */
export function authorizePage(state: SimulatorState, tenantSegment: string, req: SimRequest): SimResponse {
  const q = req.url.searchParams
  const correlationId = q.get('client-request-id') ?? undefined
  if (!isKnownTenantSegment(state, tenantSegment))
    return errorPage(state, sts.tenantNotFound(tenantSegment), correlationId)
  const clientId = q.get('client_id')
  if (!clientId) return errorPage(state, sts.missingParameter('client_id'), correlationId)
  if (!state.isKnownClient(clientId, tenantSegment)) {
    return errorPage(
      state,
      sts.unknownClient(clientId, state.tenantBySegment(tenantSegment)?.displayName ?? tenantSegment),
      correlationId,
    )
  }
  const redirectUri = q.get('redirect_uri')
  if (!redirectUri) return errorPage(state, sts.missingParameter('redirect_uri'), correlationId)
  if (!isAllowedRedirect(redirectUri))
    return errorPage(state, sts.badRedirect(redirectUri, clientId), correlationId)

  const mode = q.get('response_mode') ?? 'query'
  const request: AuthorizeRequest = {
    kind: 'authorize',
    id: randomToken(18),
    seq: state.auth.nextSeq(),
    createdAt: state.clock.now(),
    tenantSegment,
    clientId,
    redirectUri,
    responseMode: mode === 'form_post' ? 'form_post' : 'query',
    state: q.get('state'),
    scopes: parseScopes(q.get('scope')),
    codeChallenge: q.get('code_challenge'),
    codeChallengeMethod: null,
    clientInfo: q.get('client_info') === '1',
    nonce: q.get('nonce'),
    loginHint: q.get('login_hint'),
    correlationId: correlationId ?? randomGuid(),
    completed: false,
  }
  // From here on errors go back to the (validated) redirect URI, as Entra does.
  const fail = (error: StsError): SimResponse =>
    completeAuthorize(state, request, { kind: 'error', error }).response
  if (q.get('response_type') !== 'code') return fail(sts.unsupportedResponseType())
  const method = q.get('code_challenge_method')
  if (request.codeChallenge !== null) {
    if (method !== null && method !== 'S256' && method !== 'plain')
      return fail({
        error: 'invalid_request',
        code: 501491,
        message: `Invalid code_challenge_method '${method}'.`,
      })
    request.codeChallengeMethod = method === 'S256' ? 'S256' : 'plain'
  }
  if (request.scopes.invalid.length > 0) return fail(sts.invalidScope(request.scopes.invalid.join(' ')))
  if (
    request.scopes.graph.length === 0 &&
    !request.scopes.defaultScope &&
    !request.scopes.oidc.includes('openid')
  ) {
    return fail(sts.invalidScope(q.get('scope') ?? ''))
  }
  state.auth.authorizations.set(request.id, request)
  return htmlResponse(
    200,
    accountPickerPage({
      action: `/${tenantSegment}/oauth2/v2.0/authorize/continue`,
      hidden: hidden(request),
      appName: clientDisplayName(clientId),
      accounts: state.accounts,
      scopes: request.scopes.graph,
    }),
  )
}

function pending(state: SimulatorState, txn: string | null): AuthorizeRequest | undefined {
  const request = txn === null ? undefined : state.auth.authorizations.get(txn)
  return request && !request.completed ? request : undefined
}

function expiredSession(state: SimulatorState): SimResponse {
  return errorPage(
    state,
    {
      error: 'invalid_request',
      code: 90015,
      message:
        'The sign-in session has expired or was already completed. Start the sign-in again from the application.',
    },
    undefined,
  )
}

/** Renders the page a decision leads to (consent / admin approval) or finishes the transaction. */
function respond(state: SimulatorState, request: AuthorizeRequest, decision: Decision): SimResponse {
  if (decision.kind !== 'consent') return completeAuthorize(state, request, decision).response
  const h = { ...hidden(request), account: decision.account.name }
  const action = `/${request.tenantSegment}/oauth2/v2.0/authorize/consent`
  const appName = clientDisplayName(request.clientId)
  if (decision.adminOnly && !decision.canGrantForOrganization)
    return htmlResponse(200, adminApprovalPage({ action, hidden: h, appName, missing: decision.missing }))
  return htmlResponse(
    200,
    consentPage({
      action,
      hidden: h,
      appName,
      username: decision.account.username,
      missing: decision.missing,
      offerOrganizationConsent: decision.canGrantForOrganization,
    }),
  )
}

/** POST …/authorize/continue — the person picked an account, typed a username, or cancelled. */
export function authorizeContinue(state: SimulatorState, req: SimRequest): SimResponse {
  const form = formBody(req)
  const request = pending(state, form.get('txn'))
  if (!request) return expiredSession(state)
  if (form.get('action') === 'cancel')
    return completeAuthorize(state, request, { kind: 'error', error: sts.userCancelled() }).response
  const login = form.get('account') ?? form.get('login') ?? ''
  if (login.trim() === '') {
    return htmlResponse(
      200,
      accountPickerPage({
        action: `/${request.tenantSegment}/oauth2/v2.0/authorize/continue`,
        hidden: hidden(request),
        appName: clientDisplayName(request.clientId),
        accounts: state.accounts,
        scopes: request.scopes.graph,
        error: 'Enter a valid email address, phone number, or Skype name.',
      }),
    )
  }
  return respond(state, request, decide(state, request, login))
}

/** POST …/authorize/consent — Accept / Cancel on the consent page, or "return" from admin approval. */
export function authorizeConsent(state: SimulatorState, req: SimRequest): SimResponse {
  const form = formBody(req)
  const request = pending(state, form.get('txn'))
  if (!request) return expiredSession(state)
  const decision = decide(state, request, form.get('account') ?? '')
  if (decision.kind !== 'consent') return respond(state, request, decision)
  const action = form.get('action')
  // "Return to the application" from the admin-approval page ends in consent_required, not a decline.
  const needsAdmin = decision.adminOnly && !decision.canGrantForOrganization
  const accept = action === 'accept' || (action === 'return' && needsAdmin)
  return completeAuthorize(
    state,
    request,
    answerConsent(request, decision, accept, form.get('consent_org') === 'on'),
  ).response
}
