import { formBody, htmlResponse, jsonResponse, type SimRequest, type SimResponse } from '../core/http'
import { randomGuid, randomToken } from '../core/ids'
import type { SimulatorState } from '../state/simulator-state'
import { clientDisplayName } from '../state/built-ins'
import { stsErrorBody, sts, type StsError } from './errors'
import { answerConsent, completeDevice, decide, type Decision } from './interaction'
import {
  accountPickerPage,
  adminApprovalPage,
  consentPage,
  deviceCodeEntryPage,
  deviceDeclinedPage,
  deviceDonePage,
  stsErrorPage,
} from './pages'
import { parseScopes } from '../state/scopes'
import { isKnownTenantSegment } from './sign-in'
import type { DeviceRequest } from '../state/auth-store'

const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

function userCode(): string {
  const bytes = Buffer.from(randomToken(12), 'base64url')
  let out = ''
  for (let i = 0; i < 9; i++) out += USER_CODE_ALPHABET[(bytes[i] ?? 0) % USER_CODE_ALPHABET.length] ?? 'A'
  return out
}

function stsJson(
  state: SimulatorState,
  error: StsError,
  correlationId: string | undefined,
  status = 400,
): SimResponse {
  return jsonResponse(
    error.status ?? status,
    stsErrorBody(error, state.clock.now(), correlationId, state.urls.authority),
  )
}

/** POST /{tenant}/oauth2/v2.0/devicecode — msal derives this URL from the token endpoint. */
export function deviceCodeEndpoint(
  state: SimulatorState,
  tenantSegment: string,
  req: SimRequest,
): SimResponse {
  const form = formBody(req)
  const correlationId = req.headers['client-request-id'] ?? form.get('client-request-id') ?? undefined
  if (!isKnownTenantSegment(state, tenantSegment))
    return stsJson(state, sts.tenantNotFound(tenantSegment), correlationId)
  const clientId = form.get('client_id')
  if (!clientId) return stsJson(state, sts.missingParameter('client_id'), correlationId)
  if (!state.isKnownClient(clientId, tenantSegment))
    return stsJson(
      state,
      sts.unknownClient(clientId, state.tenantBySegment(tenantSegment)?.displayName ?? tenantSegment),
      correlationId,
    )
  const scopes = parseScopes(form.get('scope'))
  if (scopes.invalid.length > 0)
    return stsJson(state, sts.invalidScope(scopes.invalid.join(' ')), correlationId)
  const timing = state.profile.timing
  const request: DeviceRequest = {
    kind: 'device',
    id: randomGuid(),
    seq: state.auth.nextSeq(),
    createdAt: state.clock.now(),
    deviceCode: `DAQAB${randomToken(96)}`,
    userCode: userCode(),
    tenantSegment,
    clientId,
    scopes,
    expiresAt: state.clock.now() + timing.deviceCodeLifetimeSeconds * 1000,
    status: 'pending',
    result: null,
    error: null,
  }
  state.auth.devices.set(request.deviceCode, request)
  const verificationUri = `${state.urls.authority}/devicelogin`
  return jsonResponse(200, {
    user_code: request.userCode,
    device_code: request.deviceCode,
    verification_uri: verificationUri,
    expires_in: timing.deviceCodeLifetimeSeconds,
    interval: timing.deviceCodeIntervalSeconds,
    message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${request.userCode} to authenticate.`,
  })
}

export function deviceLoginPage(): SimResponse {
  return htmlResponse(200, deviceCodeEntryPage('/devicelogin'))
}

function pendingDevice(state: SimulatorState, otc: string | null): DeviceRequest | undefined {
  if (otc === null) return undefined
  const request = state.auth.deviceByUserCode(otc)
  if (!request || request.status !== 'pending' || request.expiresAt <= state.clock.now()) return undefined
  return request
}

function picker(state: SimulatorState, request: DeviceRequest, error?: string): SimResponse {
  return htmlResponse(
    200,
    accountPickerPage({
      action: '/devicelogin/continue',
      hidden: { otc: request.userCode },
      appName: clientDisplayName(request.clientId),
      accounts: state.accounts,
      scopes: request.scopes.graph,
      ...(error !== undefined ? { error } : {}),
    }),
  )
}

/** POST /devicelogin — the person typed the code shown by the app. */
export function deviceLoginSubmit(state: SimulatorState, req: SimRequest): SimResponse {
  const request = pendingDevice(state, formBody(req).get('otc'))
  if (!request)
    return htmlResponse(
      200,
      deviceCodeEntryPage('/devicelogin', "That code didn't work. Check the code and try again."),
    )
  return picker(state, request)
}

function finish(state: SimulatorState, request: DeviceRequest, decision: Decision): SimResponse {
  if (decision.kind === 'consent') {
    const hidden = { otc: request.userCode, account: decision.account.name }
    const appName = clientDisplayName(request.clientId)
    if (decision.adminOnly && !decision.canGrantForOrganization)
      return htmlResponse(
        200,
        adminApprovalPage({ action: '/devicelogin/consent', hidden, appName, missing: decision.missing }),
      )
    return htmlResponse(
      200,
      consentPage({
        action: '/devicelogin/consent',
        hidden,
        appName,
        username: decision.account.username,
        missing: decision.missing,
        offerOrganizationConsent: decision.canGrantForOrganization,
      }),
    )
  }
  completeDevice(request, decision)
  if (decision.kind === 'success')
    return htmlResponse(200, deviceDonePage(clientDisplayName(request.clientId)))
  if (request.status === 'declined') return htmlResponse(200, deviceDeclinedPage())
  return htmlResponse(
    200,
    stsErrorPage(stsErrorBody(decision.error, state.clock.now(), undefined, state.urls.authority)),
  )
}

export function deviceLoginContinue(state: SimulatorState, req: SimRequest): SimResponse {
  const form = formBody(req)
  const request = pendingDevice(state, form.get('otc'))
  if (!request)
    return htmlResponse(
      200,
      deviceCodeEntryPage(
        '/devicelogin',
        'The code has expired or was already used. Start again from the app.',
      ),
    )
  if (form.get('action') === 'cancel')
    return finish(state, request, { kind: 'error', error: sts.userCancelled() })
  const login = form.get('account') ?? form.get('login') ?? ''
  if (login.trim() === '')
    return picker(state, request, 'Enter a valid email address, phone number, or Skype name.')
  return finish(state, request, decide(state, request, login))
}

export function deviceLoginConsent(state: SimulatorState, req: SimRequest): SimResponse {
  const form = formBody(req)
  const request = pendingDevice(state, form.get('otc'))
  if (!request)
    return htmlResponse(
      200,
      deviceCodeEntryPage(
        '/devicelogin',
        'The code has expired or was already used. Start again from the app.',
      ),
    )
  const decision = decide(state, request, form.get('account') ?? '')
  if (decision.kind !== 'consent') return finish(state, request, decision)
  const action = form.get('action')
  const needsAdmin = decision.adminOnly && !decision.canGrantForOrganization
  const accept = action === 'accept' || (action === 'return' && needsAdmin)
  return finish(state, request, answerConsent(request, decision, accept, form.get('consent_org') === 'on'))
}
