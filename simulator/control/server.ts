import { jsonResponse, type SimRequest, type SimResponse } from '../core/http'
import { randomToken, seededGuid } from '../core/ids'
import { isRecord, parseJson } from '../core/json'
import { Router } from '../core/router'
import { knobsPatchSchema } from '../config/knobs'
import { bringFirstCyclesForward } from '../engine/jobs'
import type { SimulatorState } from '../state/simulator-state'
import { signInSchema, simulatedSignIn } from './sign-in'
import { stateView } from './state-view'

type Handler = (state: SimulatorState, body: unknown, req: SimRequest) => Promise<SimResponse> | SimResponse

function invalid(issues: unknown): SimResponse {
  return jsonResponse(400, { error: 'invalid_request', issues })
}

const router = new Router<Handler>()
  .add('GET', '/_simulator/state', (state) => jsonResponse(200, stateView(state)))
  .add('GET', '/_simulator/requests', (state, _body, req) => {
    const listener = req.url.searchParams.get('listener')
    return jsonResponse(200, {
      value: state.log.list().filter((e) => listener === null || e.listener === listener),
    })
  })
  .add('POST', '/_simulator/reset', (state) => {
    state.reset()
    return jsonResponse(200, { reset: true, tenantId: state.contoso.id })
  })
  .add('GET', '/_simulator/faults', (state) => jsonResponse(200, state.knobs))
  .add('POST', '/_simulator/faults', (state, body) => {
    const parsed = knobsPatchSchema.safeParse(body ?? {})
    if (!parsed.success) return invalid(parsed.error.issues)
    return jsonResponse(200, state.patchKnobs(parsed.data))
  })
  .add('POST', '/_simulator/profile', (state, body) => {
    const name = isRecord(body) ? body.name : undefined
    if (name !== 'fast' && name !== 'realistic')
      return invalid([{ path: ['name'], message: "name must be 'fast' or 'realistic'" }])
    state.setProfile(name)
    bringFirstCyclesForward(state)
    return jsonResponse(200, { profile: name })
  })
  .add('GET', '/_simulator/clock', (state) =>
    jsonResponse(200, { now: state.clock.nowIso(), offsetSeconds: state.clock.offsetSeconds() }),
  )
  .add('POST', '/_simulator/clock', async (state, body) => {
    const seconds = isRecord(body) ? body.advanceSeconds : undefined
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0)
      return invalid([{ path: ['advanceSeconds'], message: 'advanceSeconds must be a number >= 0' }])
    state.clock.advance(seconds)
    // Whatever became due (cycles, finalizations) runs before we answer, so callers can assert at once.
    if (!(isRecord(body) && body.settle === false)) await state.scheduler.settle()
    return jsonResponse(200, { now: state.clock.nowIso(), offsetSeconds: state.clock.offsetSeconds() })
  })
  .add('POST', '/_simulator/signin', async (state, body) => {
    const parsed = signInSchema.safeParse(body ?? {})
    if (!parsed.success) return invalid(parsed.error.issues)
    return simulatedSignIn(state, parsed.data)
  })
  .add('POST', '/_simulator/helloid/new-secret', (state, body) => {
    // HelloID's "New Secret" button: the old secret stops working at once.
    if (isRecord(body) && body.rotateUrl === true) {
      state.scim.connectionId = seededGuid(state.streams.scimIds)
      state.urls.scim = `${new URL(state.urls.scim).origin}${state.scim.basePath()}`
    }
    state.scim.secret = randomToken(48)
    return jsonResponse(200, { url: state.urls.scim, secret: state.scim.secret })
  })
  .add('GET', '/_simulator/info', (state) =>
    jsonResponse(200, {
      ...state.urls,
      caCert: state.ca.certPath,
      clientIds: state.clientIds,
      tenants: [...state.tenants.values()].map((t) => ({
        id: t.id,
        displayName: t.displayName,
        domain: t.domain,
      })),
      accounts: state.accounts.map((a) => ({ name: a.name, username: a.username })),
    }),
  )

/** `/_simulator/*` on the Graph listener (the caller already checked loopback). */
export function createControlHandler(state: SimulatorState): (req: SimRequest) => Promise<SimResponse> {
  return async (req) => {
    let body: unknown
    if (req.rawBody.length > 0) {
      const parsed = parseJson(req.rawBody.toString('utf8'))
      if (!parsed.ok) return invalid([{ message: 'body is not valid JSON' }])
      body = parsed.value
    }
    const match = router.match(req.method, req.path)
    if (match.kind === 'match') return match.handler(state, body, req)
    return jsonResponse(match.kind === 'method-not-allowed' ? 405 : 404, {
      error: 'not_found',
      path: req.path,
    })
  }
}
