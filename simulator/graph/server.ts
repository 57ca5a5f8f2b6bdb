import { graphDate } from '../core/clock'
import { isLoopback, jsonResponse, type SimRequest, type SimResponse } from '../core/http'
import { randomGuid } from '../core/ids'
import { parseJson } from '../core/json'
import { bodyKeysOf, queryForLog } from '../core/request-log'
import { applyLatency, decideFault } from '../state/faults'
import type { SimulatorState } from '../state/simulator-state'
import { authenticate } from './auth'
import type { GraphRequest, GraphResult, Principal } from './context'
import { GraphError, graphErrorBody, graphErrors } from './errors'
import { graphRouter } from './routes'

export const ODATA_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8'

const AGS_DIAGNOSTIC = JSON.stringify({
  ServerInfo: {
    DataCenter: 'West Europe',
    Slice: 'E',
    Ring: '5',
    ScaleUnit: '002',
    RoleInstance: 'AM2PEPF0000SIM',
  },
})

/** Rewrites `servicePrincipals(appId='…')` / `applications(appId='…')` key segments to object ids. */
function resolveAlternateKeys(path: string, principal: Principal): string {
  return path.replace(
    /\/(servicePrincipals|applications)\(appId='([^']*)'\)/gi,
    (_m, kind: string, appId: string) => {
      const collection =
        kind.toLowerCase() === 'serviceprincipals'
          ? principal.tenant.servicePrincipals
          : principal.tenant.applications
      for (const obj of collection.values())
        if (obj.appId.toLowerCase() === appId.toLowerCase()) return `/${kind}/${obj.id}`
      throw graphErrors.notFound(appId)
    },
  )
}

function errorResult(state: SimulatorState, req: GraphRequest, err: GraphError): GraphResult {
  return {
    status: err.status,
    headers: err.headers,
    body: graphErrorBody(
      err.code,
      err.message,
      graphDate(state.clock.now()),
      req.requestId,
      req.clientRequestId,
    ),
  }
}

/** Routing, authentication and handler for one Graph request (outer or inside $batch). */
export async function dispatchGraph(state: SimulatorState, req: GraphRequest): Promise<GraphResult> {
  try {
    if (req.inBatch) {
      // Each batch item is throttled on its own: inner 429/503 inside an outer 200.
      const fault = decideFault(state, 'graph', req.method, `/v1.0${req.path}`)
      if (fault.kind === 'throttle') throw graphErrors.throttled(fault.retryAfter)
      if (fault.kind === 'server-error') {
        throw new GraphError(
          fault.status,
          fault.status === 503 ? 'serviceNotAvailable' : 'GatewayTimeout',
          'The service is temporarily unavailable.',
          fault.retryAfter !== null ? { 'retry-after': fault.retryAfter } : {},
        )
      }
    }
    let principal: Principal | undefined
    let path = req.path
    if (/\((appId)=/i.test(path)) {
      principal = authenticate(state, req)
      path = resolveAlternateKeys(path, principal)
    }
    const match = graphRouter.match(req.method, path)
    if (match.kind === 'not-found') {
      const segment =
        path
          .split('/')
          .filter((s) => s.length > 0)
          .pop() ?? ''
      throw graphErrors.segmentNotFound(segment)
    }
    if (match.kind === 'method-not-allowed') throw graphErrors.methodNotAllowed()
    principal ??= authenticate(state, req)
    return await match.handler({
      state,
      req: { ...req, path },
      params: match.params,
      principal,
      dispatch: (inner) => dispatchGraph(state, inner),
    })
  } catch (error) {
    if (error instanceof GraphError) return errorResult(state, req, error)
    throw error
  }
}

function toResponse(result: GraphResult, req: GraphRequest): SimResponse {
  const headers: Record<string, string> = {
    'cache-control': 'no-cache',
    'request-id': req.requestId,
    'client-request-id': req.clientRequestId,
    'x-ms-ags-diagnostic': AGS_DIAGNOSTIC,
    'x-ms-resource-unit': '1',
    'strict-transport-security': 'max-age=31536000',
    ...result.headers,
  }
  if (result.socketAction) return { status: result.status, headers, socketAction: result.socketAction }
  if (result.body === undefined || result.status === 204) return { status: result.status, headers }
  headers['content-type'] = ODATA_JSON
  if (result.status < 400) headers['odata-version'] = '4.0'
  return { status: result.status, headers, body: JSON.stringify(result.body) }
}

export type ControlHandler = (req: SimRequest) => Promise<SimResponse>

/** The graph.microsoft.com stand-in; `/_simulator/*` on the same listener goes to the control plane. */
export function createGraphHandler(
  state: SimulatorState,
  control: ControlHandler,
): (req: SimRequest) => Promise<SimResponse> {
  return async (req) => {
    if (req.path.startsWith('/_simulator')) {
      if (!isLoopback(req.remoteAddress))
        return jsonResponse(403, { error: 'control endpoints are loopback only' })
      return control(req)
    }
    const requestId = randomGuid()
    const clientRequestId = req.headers['client-request-id'] ?? requestId
    const base: GraphRequest = {
      method: req.method,
      path: '/',
      query: req.url.searchParams,
      headers: req.headers,
      body: undefined,
      requestId,
      clientRequestId,
      inBatch: false,
    }
    const latencyMs = await applyLatency(state, 'graph')
    const result = await handleOuter(state, req, base)
    state.log.add({
      time: state.clock.nowIso(),
      listener: 'graph',
      method: req.method,
      path: req.path,
      query: queryForLog(req.url.search),
      status: result.socketAction ? 0 : result.status,
      bodyKeys: bodyKeysOf(req.rawBody, req.headers['content-type']),
      ...(latencyMs > 0 ? { latencyMs } : {}),
    })
    return toResponse(result, base)
  }
}

async function handleOuter(state: SimulatorState, req: SimRequest, base: GraphRequest): Promise<GraphResult> {
  const fault = decideFault(state, 'graph', req.method, req.path)
  if (fault.kind === 'reset') return { status: 0, socketAction: { kind: 'reset' } }
  const fail = (err: GraphError): GraphResult => errorResult(state, base, err)
  if (fault.kind === 'server-error') {
    return fail(
      new GraphError(
        fault.status,
        fault.status === 503 ? 'serviceNotAvailable' : 'GatewayTimeout',
        'The service is temporarily unavailable. Please retry later.',
        fault.retryAfter !== null ? { 'retry-after': fault.retryAfter } : {},
      ),
    )
  }
  if (fault.kind === 'throttle') return fail(graphErrors.throttled(fault.retryAfter))

  const versioned = /^\/(v1\.0)(\/.*)?$/i.exec(req.path)
  if (!versioned) {
    const version = req.path.split('/')[1] ?? ''
    return fail(graphErrors.invalidRequest(`Invalid version: ${version}`))
  }
  let body: unknown
  if (req.rawBody.length > 0) {
    const contentType = req.headers['content-type'] ?? ''
    if (!contentType.toLowerCase().includes('json')) {
      return {
        ...fail(
          new GraphError(
            415,
            'BadRequest',
            `Content-Type '${contentType}' is not supported. Send application/json.`,
          ),
        ),
        status: 415,
      }
    }
    const parsed = parseJson(req.rawBody.toString('utf8'))
    if (!parsed.ok)
      return fail(
        graphErrors.invalidRequest(
          'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
        ),
      )
    body = parsed.value
  }
  return dispatchGraph(state, { ...base, path: versioned[2] ?? '/', body })
}
