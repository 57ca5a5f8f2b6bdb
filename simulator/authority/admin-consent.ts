import { formBody, htmlResponse, type SimRequest, type SimResponse } from '../core/http'
import { randomToken } from '../core/ids'
import { ensureClientServicePrincipal } from '../state/app-registrations'
import { clientDisplayName } from '../state/built-ins'
import type { SimulatorState } from '../state/simulator-state'
import type { AdminConsentRequest } from '../state/auth-store'
import { isAllowedRedirect } from './authorize'
import { grantConsent, mayConsentForOrganization } from './consent'
import { stsErrorBody, sts, type StsError } from './errors'
import { accountPickerPage, adminApprovalPage, consentPage, stsErrorPage } from './pages'
import { parseScopes } from '../state/scopes'
import { isKnownTenantSegment, resolveSignIn } from './sign-in'

/**
 * The v2.0 admin-consent endpoint: `GET /{tenant}/v2.0/adminconsent?client_id&scope&redirect_uri&state`.
 * An administrator signs in and approves the listed (dynamic) scopes for the whole tenant; the answer
 * goes to the redirect URI as `admin_consent=True&tenant&scope&state`, or `error&error_description&state`.
 * https://learn.microsoft.com/en-us/entra/identity-platform/v2-admin-consent
 */

function errorPage(state: SimulatorState, error: StsError): SimResponse {
  return htmlResponse(
    400,
    stsErrorPage(stsErrorBody(error, state.clock.now(), undefined, state.urls.authority)),
  )
}

function redirect(request: AdminConsentRequest, fields: Record<string, string>): SimResponse {
  request.completed = true
  const query = new URLSearchParams({
    ...fields,
    ...(request.state !== null ? { state: request.state } : {}),
  })
  const sep = request.redirectUri.includes('?') ? '&' : '?'
  return { status: 302, headers: { location: `${request.redirectUri}${sep}${query.toString()}` } }
}

function pending(state: SimulatorState, txn: string | null): AdminConsentRequest | undefined {
  const request = txn === null ? undefined : state.auth.adminConsents.get(txn)
  return request && !request.completed ? request : undefined
}

/** GET /{tenant}/v2.0/adminconsent — checks the request, then asks who signs in. */
export function adminConsentPage(state: SimulatorState, tenantSegment: string, req: SimRequest): SimResponse {
  const q = req.url.searchParams
  if (!isKnownTenantSegment(state, tenantSegment)) return errorPage(state, sts.tenantNotFound(tenantSegment))
  const clientId = q.get('client_id')
  if (!clientId) return errorPage(state, sts.missingParameter('client_id'))
  if (!state.isKnownClient(clientId, tenantSegment)) {
    const tenantName = state.tenantBySegment(tenantSegment)?.displayName ?? tenantSegment
    return errorPage(state, sts.unknownClient(clientId, tenantName))
  }
  const redirectUri = q.get('redirect_uri')
  if (!redirectUri) return errorPage(state, sts.missingParameter('redirect_uri'))
  if (!isAllowedRedirect(redirectUri)) return errorPage(state, sts.badRedirect(redirectUri, clientId))
  // The v2.0 endpoint takes the scopes to approve from the request (required); without them there is
  // nothing to consent to (the v1 endpoint read the app's static permissions instead).
  const rawScope = q.get('scope')
  if (rawScope === null || rawScope.trim() === '') return errorPage(state, sts.missingParameter('scope'))
  const parsed = parseScopes(rawScope)
  if (parsed.invalid.length > 0) return errorPage(state, sts.invalidScope(parsed.invalid.join(' ')))
  const scopes = [...parsed.graph, ...(parsed.defaultScope ? state.staticScopesOf(clientId) : [])]
  if (scopes.length === 0) return errorPage(state, sts.invalidScope(rawScope))
  const request: AdminConsentRequest = {
    id: randomToken(18),
    tenantSegment,
    clientId,
    redirectUri,
    state: q.get('state'),
    rawScope,
    scopes: [...new Set(scopes)],
    completed: false,
  }
  state.auth.adminConsents.set(request.id, request)
  return htmlResponse(
    200,
    accountPickerPage({
      action: `/${tenantSegment}/v2.0/adminconsent/continue`,
      hidden: { txn: request.id },
      appName: clientDisplayName(clientId),
      accounts: state.accounts,
      scopes: request.scopes,
      heading: 'Sign in as an administrator',
    }),
  )
}

/** POST …/adminconsent/continue — an account was picked: an admin sees the permissions, others cannot approve. */
export function adminConsentContinue(state: SimulatorState, req: SimRequest): SimResponse {
  const form = formBody(req)
  const request = pending(state, form.get('txn'))
  if (!request) return errorPage(state, sts.missingParameter('txn'))
  if (form.get('action') === 'cancel') return cancelled(request)
  const account = state.account(form.get('account') ?? form.get('login') ?? '')
  if (!account) return errorPage(state, sts.unknownUser(form.get('login') ?? ''))
  const target = resolveSignIn(state, account, request.tenantSegment, request.clientId)
  if (!target.ok) return redirect(request, errorFields(state, target.error))
  const hidden = { txn: request.id, account: account.name }
  const action = `/${request.tenantSegment}/v2.0/adminconsent/consent`
  const appName = clientDisplayName(request.clientId)
  if (!mayConsentForOrganization(target.tenant, target.user.id))
    return htmlResponse(200, adminApprovalPage({ action, hidden, appName, missing: request.scopes }))
  return htmlResponse(
    200,
    consentPage({
      action,
      hidden,
      appName,
      username: account.username,
      missing: request.scopes,
      offerOrganizationConsent: false,
    }),
  )
}

/** POST …/adminconsent/consent — Accept grants the scopes tenant-wide; anything else grants nothing. */
export function adminConsentAnswer(state: SimulatorState, req: SimRequest): SimResponse {
  const form = formBody(req)
  const request = pending(state, form.get('txn'))
  if (!request) return errorPage(state, sts.missingParameter('txn'))
  const account = state.account(form.get('account') ?? '')
  const target = account ? resolveSignIn(state, account, request.tenantSegment, request.clientId) : null
  if (!target?.ok) return redirect(request, errorFields(state, sts.unknownUser(form.get('account') ?? '')))
  if (!mayConsentForOrganization(target.tenant, target.user.id)) {
    return redirect(request, {
      error: 'access_denied',
      error_description: `AADSTS90094: The grant requires admin permission.`,
    })
  }
  if (form.get('action') !== 'accept') return cancelled(request)
  // Consent creates the client's service principal in the tenant when it has none yet.
  ensureClientServicePrincipal(state, target.tenant, request.clientId)
  grantConsent(target.tenant, request.clientId, target.user.id, request.scopes, true)
  return redirect(request, { admin_consent: 'True', tenant: target.tenant.id, scope: request.rawScope })
}

function cancelled(request: AdminConsentRequest): SimResponse {
  return redirect(request, { error: 'access_denied', error_description: 'The admin canceled the request' })
}

function errorFields(state: SimulatorState, error: StsError): Record<string, string> {
  const body = stsErrorBody(error, state.clock.now(), undefined, state.urls.authority)
  return { error: body.error, error_description: body.error_description }
}
