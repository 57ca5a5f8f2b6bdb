import { htmlResponse, isLoopback, jsonResponse, type SimRequest, type SimResponse } from '../core/http'
import { page } from '../core/html'
import { bodyKeysOf } from '../core/request-log'
import { Router, param, type Params } from '../core/router'
import { applyLatency, decideFault } from '../state/faults'
import type { SimulatorState } from '../state/simulator-state'
import { adminConsentAnswer, adminConsentContinue, adminConsentPage } from './admin-consent'
import { authorizeConsent, authorizeContinue, authorizePage } from './authorize'
import {
  deviceCodeEndpoint,
  deviceLoginConsent,
  deviceLoginContinue,
  deviceLoginPage,
  deviceLoginSubmit,
} from './device'
import { stsErrorBody, sts } from './errors'
import { instanceDiscovery, openIdConfiguration } from './metadata'
import { isKnownTenantSegment } from './sign-in'
import { tokenEndpoint } from './token-endpoint'

type Handler = (state: SimulatorState, req: SimRequest, params: Params) => SimResponse

function tenantGuard(
  handler: (state: SimulatorState, tenant: string, req: SimRequest) => SimResponse,
): Handler {
  return (state, req, params) => handler(state, param(params, 'tenant'), req)
}

const router = new Router<Handler>()
  .add('GET', '/common/discovery/instance', (state) => jsonResponse(200, instanceDiscovery(state)))
  .add('GET', '/:tenant/v2.0/.well-known/openid-configuration', (state, _req, params) => {
    const tenant = param(params, 'tenant')
    if (!isKnownTenantSegment(state, tenant))
      return jsonResponse(
        400,
        stsErrorBody(sts.tenantNotFound(tenant), state.clock.now(), undefined, state.urls.authority),
      )
    return jsonResponse(200, openIdConfiguration(state, tenant))
  })
  .add('GET', '/:tenant/discovery/v2.0/keys', (state) =>
    jsonResponse(200, state.signer.jwks(`${state.urls.authority}/{tenantid}/v2.0`)),
  )
  .add('GET', '/:tenant/discovery/keys', (state) =>
    jsonResponse(200, state.signer.jwks(`${state.urls.authority}/{tenantid}/`)),
  )
  .add('GET', '/:tenant/oauth2/v2.0/authorize', tenantGuard(authorizePage))
  .add('POST', '/:tenant/oauth2/v2.0/authorize/continue', (state, req) => authorizeContinue(state, req))
  .add('POST', '/:tenant/oauth2/v2.0/authorize/consent', (state, req) => authorizeConsent(state, req))
  .add('POST', '/:tenant/oauth2/v2.0/token', tenantGuard(tokenEndpoint))
  .add('GET', '/:tenant/v2.0/adminconsent', tenantGuard(adminConsentPage))
  .add('POST', '/:tenant/v2.0/adminconsent/continue', (state, req) => adminConsentContinue(state, req))
  .add('POST', '/:tenant/v2.0/adminconsent/consent', (state, req) => adminConsentAnswer(state, req))
  .add('POST', '/:tenant/oauth2/v2.0/devicecode', tenantGuard(deviceCodeEndpoint))
  .add('GET', '/:tenant/oauth2/v2.0/logout', () =>
    htmlResponse(200, page('Signed out', '<h1>You signed out of your account</h1>')),
  )
  .add('GET', '/devicelogin', () => deviceLoginPage())
  .add('POST', '/devicelogin', (state, req) => deviceLoginSubmit(state, req))
  .add('POST', '/devicelogin/continue', (state, req) => deviceLoginContinue(state, req))
  .add('POST', '/devicelogin/consent', (state, req) => deviceLoginConsent(state, req))
  .add('GET', '/error', (_state, req) =>
    htmlResponse(
      200,
      page('Error lookup', `<h1>AADSTS${Number(req.url.searchParams.get('code') ?? 0)}</h1>`),
    ),
  )
  .add('GET', '/_simulator/info', (state, req) => {
    if (!isLoopback(req.remoteAddress)) return jsonResponse(403, { error: 'loopback only' })
    return jsonResponse(200, {
      ...state.urls,
      caCert: state.ca.certPath,
      tenants: [...state.tenants.values()].map((t) => ({
        id: t.id,
        displayName: t.displayName,
        domain: t.domain,
      })),
    })
  })

/** The login.microsoftonline.com stand-in. */
export function createAuthorityHandler(state: SimulatorState): (req: SimRequest) => Promise<SimResponse> {
  return async (req) => {
    const response = await handle(state, req)
    if (!req.path.startsWith('/_simulator')) {
      state.log.add({
        time: state.clock.nowIso(),
        listener: 'authority',
        method: req.method,
        path: req.path,
        status: response.socketAction ? 0 : response.status,
        bodyKeys: bodyKeysOf(req.rawBody, req.headers['content-type']),
      })
    }
    return response
  }
}

async function handle(state: SimulatorState, req: SimRequest): Promise<SimResponse> {
  if (!req.path.startsWith('/_simulator')) {
    await applyLatency(state, 'authority')
    const fault = decideFault(state, 'authority', req.method, req.path)
    if (fault.kind === 'reset') return { status: 0, headers: {}, socketAction: { kind: 'reset' } }
    if (fault.kind === 'server-error') {
      return jsonResponse(
        fault.status,
        {
          error: 'temporarily_unavailable',
          error_description: 'AADSTS90033: A transient error has occurred. Please try again.',
          error_codes: [90033],
        },
        fault.retryAfter !== null ? { 'retry-after': fault.retryAfter } : {},
      )
    }
    if (fault.kind === 'throttle') {
      return jsonResponse(
        429,
        {
          error: 'temporarily_unavailable',
          error_description:
            'AADSTS50196: The server terminated an operation because it encountered a client request loop.',
          error_codes: [50196],
        },
        { 'retry-after': fault.retryAfter },
      )
    }
  }
  const match = router.match(req.method, req.path)
  if (match.kind === 'match') return match.handler(state, req, match.params)
  if (match.kind === 'method-not-allowed')
    return jsonResponse(405, {
      error: 'invalid_request',
      error_description: 'AADSTS90056: This endpoint only accepts POST, OPTIONS requests.',
    })
  return htmlResponse(404, page('Not found', '<h1>404 - Not found</h1>'))
}
