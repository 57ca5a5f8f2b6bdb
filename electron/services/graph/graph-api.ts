import { randomUUID } from 'node:crypto'

import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  ResponseType,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type AuthenticationProvider,
  type MiddlewareOptions,
} from '@microsoft/microsoft-graph-client'

import { fail, ok, type AppError, type Result } from '../../../shared/result'
import { checkTokenTenant } from '../auth/auth-service'
import type { Logger } from '../log/logger'

/** Gives a Graph token for the customer's tenant: read scopes for checks, write scopes for changes. */
export type TokenSource = (
  access: 'read' | 'write',
) => Promise<Result<{ accessToken: string; tenantId: string }>>

export type GraphMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** One Graph call. `path` is relative to `/v1.0` (query included) or an absolute `@odata.nextLink`. */
export interface GraphCall {
  method: GraphMethod
  path: string
  body?: unknown
  headers?: Record<string, string>
  /**
   * Creating calls whose blind repeat would create a second object (instantiate, job create) must not
   * be retried by the middleware; the engine looks for what the first attempt created instead.
   */
  noRetry?: boolean
  timeoutMs?: number
  /** Which token to use; defaults to read for GET and write for everything else. */
  access?: 'read' | 'write'
}

/** One request inside a `$batch` (urls relative to the version root, e.g. `/me`). */
export interface BatchItem {
  id: string
  method: GraphMethod
  url: string
  body?: unknown
  headers?: Record<string, string>
  dependsOn?: string[]
}

/** One answer inside a `$batch` response. */
export interface BatchAnswer {
  id: string
  status: number
  headers?: Record<string, string>
  body?: unknown
}

/** A successful answer, with the ids support needs to trace it. */
export interface GraphOk<T> {
  status: number
  body: T
  requestId: string | null
  clientRequestId: string
}

/** Details of a Graph failure (kept in `AppError.details`). */
export interface GraphFailureDetails {
  status: number | null
  graphCode: string | null
  graphMessage: string | null
  requestId: string | null
  clientRequestId: string
  timedOut: boolean
  retryAfterSeconds: number | null
  method: GraphMethod
  path: string
}

export interface GraphApiOptions {
  /** The Graph root of the cloud (https://graph.microsoft.com) or of a simulated tenant. */
  graphBaseUrl: string
  tokens: TokenSource
  /** The customer's tenant; every write is refused unless the token belongs to it. */
  customerTenantId: () => string | null
  log: Logger
  timeoutMs?: number
  /** Retries of idempotent calls after network errors and 5xx the middleware does not retry. */
  transientRetries?: number
  sleep?: (ms: number) => Promise<void>
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Microsoft Graph through @microsoft/microsoft-graph-client and its middleware: the RetryHandler honours
 * Retry-After on 429/503/504, every call carries a fresh `client-request-id`, and every call has a
 * timeout. Answers are `Result`s: Graph errors become data with Graph's code and request ids.
 */
export class GraphApi {
  private readonly client: Client
  private readonly sleep: (ms: number) => Promise<void>

  constructor(private readonly options: GraphApiOptions) {
    this.sleep = options.sleep ?? defaultSleep
    const placeholder: AuthenticationProvider = {
      // Every request passes its own provider through AuthenticationHandlerOptions.
      getAccessToken: async () => Promise.reject(new Error('no token for this request')),
    }
    const auth = new AuthenticationHandler(placeholder)
    const retry = new RetryHandler(new RetryHandlerOptions(1, 3))
    const redirect = new RedirectHandler()
    const telemetry = new TelemetryHandler()
    const http = new HTTPMessageHandler()
    auth.setNext(retry)
    retry.setNext(redirect)
    redirect.setNext(telemetry)
    telemetry.setNext(http)
    const base = new URL(options.graphBaseUrl)
    this.client = Client.initWithMiddleware({
      middleware: auth,
      baseUrl: `${base.origin}/`,
      defaultVersion: 'v1.0',
      customHosts: new Set([base.hostname]),
    })
  }

  get<T>(path: string, headers?: Record<string, string>): Promise<Result<GraphOk<T>>> {
    return this.call<T>({ method: 'GET', path, ...(headers ? { headers } : {}) })
  }

  /**
   * Sends up to 20 requests in one `$batch` and returns each answer by id. Throttled inner requests
   * (429, which the middleware cannot see) are sent again after their Retry-After, in a new batch.
   */
  async batch(
    items: BatchItem[],
    access: 'read' | 'write',
    maxRounds = 4,
  ): Promise<Result<Map<string, BatchAnswer>>> {
    if (items.length > 20) return fail({ code: 'INTERNAL', message: 'A $batch holds at most 20 requests.' })
    const answers = new Map<string, BatchAnswer>()
    let pending = items
    for (let round = 0; round < maxRounds && pending.length > 0; round++) {
      const result = await this.call<{ responses: BatchAnswer[] }>({
        method: 'POST',
        path: '/$batch',
        body: { requests: pending },
        access,
      })
      if (!result.ok) return result
      let wait = 0
      for (const answer of result.value.body.responses ?? []) {
        answers.set(answer.id, answer)
        if (answer.status === 429)
          wait = Math.max(
            wait,
            Number(answer.headers?.['Retry-After'] ?? answer.headers?.['retry-after'] ?? 2),
          )
      }
      const throttled = new Set(
        pending.filter((item) => answers.get(item.id)?.status === 429).map((item) => item.id),
      )
      // A request that failed only because its throttled dependency did (424) goes again with it.
      pending = pending.filter(
        (item) =>
          throttled.has(item.id) ||
          (answers.get(item.id)?.status === 424 && (item.dependsOn ?? []).some((id) => throttled.has(id))),
      )
      if (pending.length > 0) await this.sleep(Math.min(60, Math.max(1, wait)) * 1000)
    }
    return ok(answers)
  }

  /** Runs one call. Writes (anything but GET) use write scopes and are checked against the customer tenant. */
  async call<T>(call: GraphCall): Promise<Result<GraphOk<T>>> {
    const access = call.access ?? (call.method === 'GET' ? 'read' : 'write')
    const token = await this.options.tokens(access)
    if (!token.ok) return token
    const tenant = this.options.customerTenantId()
    if (access === 'write' || tenant) {
      const guard = checkTokenTenant(token.value.accessToken, tenant ?? '')
      if (!guard.ok) {
        this.options.log.warn('refused a Graph call with a token for another tenant', { method: call.method })
        return guard
      }
    }
    const idempotent = call.method !== 'POST' && !call.noRetry
    const attempts = idempotent ? 1 + (this.options.transientRetries ?? 2) : 1
    let last: Result<GraphOk<T>> | null = null
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await this.sleep(Math.min(8000, 500 * 2 ** attempt))
      last = await this.once<T>(call, token.value.accessToken)
      if (last.ok || !isTransient(last.error)) return last
    }
    return last ?? fail({ code: 'INTERNAL', message: 'No Graph attempt was made.' })
  }

  private async once<T>(call: GraphCall, accessToken: string): Promise<Result<GraphOk<T>>> {
    const clientRequestId = randomUUID()
    const controller = new AbortController()
    const timeoutMs = call.timeoutMs ?? this.options.timeoutMs ?? 30_000
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    const middleware: MiddlewareOptions[] = [
      new AuthenticationHandlerOptions({ getAccessToken: async () => accessToken }),
    ]
    if (call.noRetry) middleware.push(new RetryHandlerOptions(0, 0))
    const path = call.path.startsWith('https://') ? call.path : call.path.replace(/^\/?(v1\.0\/)?/, '/')
    let request = this.client
      .api(path)
      .responseType(ResponseType.RAW)
      .header('client-request-id', clientRequestId)
      .middlewareOptions(middleware)
      .option('signal', controller.signal)
    for (const [name, value] of Object.entries(call.headers ?? {})) request = request.header(name, value)
    const failure = (
      details: Partial<GraphFailureDetails>,
      error: AppError['code'],
      message: string,
    ): Result<never> =>
      fail({
        code: error,
        message,
        details: {
          status: null,
          graphCode: null,
          graphMessage: null,
          requestId: null,
          retryAfterSeconds: null,
          timedOut: false,
          ...details,
          clientRequestId,
          method: call.method,
          path: redactPath(call.path),
        } satisfies GraphFailureDetails,
      })
    let response: Response
    try {
      const body = call.body === undefined ? undefined : call.body
      response = (await (call.method === 'GET'
        ? request.get()
        : call.method === 'POST'
          ? request.post(body ?? {})
          : call.method === 'PUT'
            ? request.put(body ?? {})
            : call.method === 'PATCH'
              ? request.patch(body ?? {})
              : request.delete())) as Response
    } catch (error) {
      const timedOut = controller.signal.aborted
      this.options.log.warn('Graph call failed before an answer', {
        method: call.method,
        path: redactPath(call.path),
        timedOut,
      })
      return failure(
        { timedOut },
        'NETWORK_ERROR',
        timedOut
          ? `Microsoft Graph did not answer within ${Math.round(timeoutMs / 1000)} s.`
          : `Could not reach Microsoft Graph (${error instanceof Error ? error.message : 'network error'}).`,
      )
    } finally {
      clearTimeout(timer)
    }
    const requestId = response.headers.get('request-id')
    const text = await response.text().catch(() => '')
    const json = parseJson(text)
    if (response.ok) return ok({ status: response.status, body: json as T, requestId, clientRequestId })
    const graphError = readGraphError(json)
    const retryAfter = Number(response.headers.get('retry-after'))
    this.options.log.info('Graph call answered with an error', {
      method: call.method,
      path: redactPath(call.path),
      status: response.status,
      graphCode: graphError.code,
      requestId,
      clientRequestId,
    })
    return failure(
      {
        status: response.status,
        graphCode: graphError.code,
        graphMessage: graphError.message,
        requestId,
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      },
      response.status === 429 ? 'GRAPH_THROTTLED' : 'GRAPH_ERROR',
      graphError.message ||
        `Microsoft Graph answered ${response.status}${graphError.code ? ` (${graphError.code})` : ''}.`,
    )
  }
}

/** The Graph details of a failed call, or null when the failure did not come from Graph. */
export function graphDetails(error: AppError): GraphFailureDetails | null {
  const d = error.details as Partial<GraphFailureDetails> | undefined
  return d && typeof d.clientRequestId === 'string' ? (d as GraphFailureDetails) : null
}

function isTransient(error: AppError): boolean {
  const d = graphDetails(error)
  if (!d) return false
  return error.code === 'NETWORK_ERROR' || (d.status !== null && [500, 502, 503, 504].includes(d.status))
}

function parseJson(text: string): unknown {
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function readGraphError(json: unknown): { code: string | null; message: string | null } {
  if (json && typeof json === 'object' && 'error' in json) {
    const error = (json as { error: { code?: unknown; message?: unknown } }).error
    return {
      code: typeof error.code === 'string' ? error.code : null,
      message: typeof error.message === 'string' ? error.message : null,
    }
  }
  return { code: null, message: null }
}

/** Keeps the shape of a path for logs but drops query values (they can hold names and ids). */
function redactPath(path: string): string {
  const [base] = path.split('?')
  return base ?? path
}
