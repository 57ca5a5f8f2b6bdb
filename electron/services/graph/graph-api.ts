import { randomUUID } from 'node:crypto'

import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  ResponseType,
  TelemetryHandler,
  type AuthenticationProvider,
  type MiddlewareOptions,
} from '@microsoft/microsoft-graph-client'

import type { Message } from '../../../shared/contract'
import { errorOf, givenText, msg } from '../../../shared/i18n/message'
import { fail, ok, type AppError, type Result } from '../../../shared/result'
import { checkTokenTenant } from '../token-tenant'
import type { Logger } from '../log/logger'

/**
 * Gives a Graph token for the customer's tenant: read scopes for checks, write scopes for changes.
 * `forceRefresh` is asked for once after Graph rejected a token as expired or invalid; a source that
 * cannot refresh on demand may ignore it.
 */
export type TokenSource = (
  access: 'read' | 'write',
  options?: { forceRefresh?: boolean },
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
  /**
   * True when repeating the call cannot change anything twice (a `$batch` of GETs, a credentials test),
   * so timeouts, resets and 5xx are retried like a GET. Defaults to true for everything but POST.
   */
  idempotent?: boolean
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
  /** Retries after throttling (429), 503, and — for idempotent calls — network errors and other 5xx. */
  transientRetries?: number
  sleep?: (ms: number) => Promise<void>
  /** The clock Retry-After HTTP-dates are compared with. */
  now?: () => number
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Microsoft Graph through @microsoft/microsoft-graph-client and its middleware. Retries live here rather
 * than in the SDK's RetryHandler, so that every attempt gets its own timeout, a fresh token and a fresh
 * `client-request-id`, Retry-After (seconds, fractions or an HTTP-date) is honoured with an injectable
 * sleep, and a wait Graph asked for never counts against a request's timeout. Answers are `Result`s:
 * Graph errors become data with Graph's code and request ids.
 */
export class GraphApi {
  private readonly client: Client
  private readonly sleep: (ms: number) => Promise<void>
  private readonly now: () => number

  constructor(private readonly options: GraphApiOptions) {
    this.sleep = options.sleep ?? defaultSleep
    this.now = options.now ?? Date.now
    const placeholder: AuthenticationProvider = {
      // Every request passes its own provider through AuthenticationHandlerOptions.
      getAccessToken: async () => Promise.reject(new Error('no token for this request')),
    }
    const auth = new AuthenticationHandler(placeholder)
    const redirect = new RedirectHandler()
    const telemetry = new TelemetryHandler()
    const http = new HTTPMessageHandler()
    auth.setNext(redirect)
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
   * Sends up to 20 requests in one `$batch` and returns each answer by id. Inner requests that Graph
   * did not process — throttled (429) or unavailable (503), and any 5xx of a GET — are sent again in a
   * new batch after the largest Retry-After among them; a request that failed only because such a
   * dependency did (424) goes again with it.
   */
  async batch(
    items: BatchItem[],
    access: 'read' | 'write',
    maxRounds = 4,
  ): Promise<Result<Map<string, BatchAnswer>>> {
    // Graph refuses a JSON batch of more than 20 requests:
    // https://learn.microsoft.com/en-us/graph/json-batching ("Batch size limitations")
    if (items.length > 20)
      return fail(errorOf('INTERNAL', msg('problems.graph.batchLimit', { size: items.length })))
    const answers = new Map<string, BatchAnswer>()
    let pending = items
    for (let round = 0; round < maxRounds && pending.length > 0; round++) {
      const result = await this.call<{ responses: BatchAnswer[] }>({
        method: 'POST',
        path: '/$batch',
        body: { requests: pending },
        access,
        idempotent: pending.every((item) => item.method === 'GET'),
      })
      if (!result.ok) return result
      let waitMs = 0
      const again = new Set<string>()
      const byId = new Map(pending.map((item) => [item.id, item]))
      for (const answer of result.value.body.responses ?? []) {
        answers.set(answer.id, answer)
        const item = byId.get(answer.id)
        const unprocessed =
          answer.status === 429 ||
          answer.status === 503 ||
          (item?.method === 'GET' && [500, 502, 504].includes(answer.status))
        if (!unprocessed) continue
        again.add(answer.id)
        const header = headerOf(answer.headers, 'retry-after')
        waitMs = Math.max(waitMs, retryAfterMs(header, this.now()) ?? backoffMs(round))
      }
      pending = pending.filter(
        (item) =>
          again.has(item.id) ||
          (answers.get(item.id)?.status === 424 && (item.dependsOn ?? []).some((id) => again.has(id))),
      )
      if (pending.length > 0 && round + 1 < maxRounds) await this.sleep(Math.max(MIN_WAIT_MS, waitMs))
    }
    return ok(answers)
  }

  /**
   * Runs one call. Writes (anything but GET) use write scopes and are checked against the customer
   * tenant. Retries, each with a fresh token and `client-request-id`: a rejected token once at once
   * (Graph did not process the request); 429 (never processed) always and 503 unless `noRetry`, after
   * Retry-After or backoff with jitter; network errors, timeouts and other 5xx only for idempotent calls.
   */
  async call<T>(call: GraphCall): Promise<Result<GraphOk<T>>> {
    // Absolute paths come from Graph's `@odata.nextLink`: follow them only to the Graph host itself.
    if (/^[a-z]+:/i.test(call.path) && !isSameOrigin(call.path, this.options.graphBaseUrl)) {
      this.options.log.warn('refused a Graph link to another host', { method: call.method })
      return fail(errorOf('GRAPH_ERROR', msg('problems.graph.otherHost')))
    }
    const access = call.access ?? (call.method === 'GET' ? 'read' : 'write')
    const idempotent = call.idempotent ?? (call.method !== 'POST' && !call.noRetry)
    const retries = this.options.transientRetries ?? 6
    let refreshed = false
    let forceRefresh = false
    for (let retried = 0; ;) {
      const token = await this.options.tokens(access, forceRefresh ? { forceRefresh } : undefined)
      forceRefresh = false
      if (!token.ok) return token
      const tenant = this.options.customerTenantId()
      if (access === 'write' || tenant) {
        const guard = checkTokenTenant(token.value.accessToken, tenant ?? '')
        if (!guard.ok) {
          this.options.log.warn('refused a Graph call with a token for another tenant', {
            method: call.method,
          })
          return guard
        }
      }
      const last = await this.once<T>(call, token.value.accessToken)
      if (last.ok) return last
      const d = graphDetails(last.error)
      const status = d?.status ?? null
      if (status === 401 && d?.graphCode === 'InvalidAuthenticationToken' && !refreshed) {
        // The token expired (or was revoked) before Graph saw it, so nothing happened: one fresh try.
        refreshed = true
        forceRefresh = true
        continue
      }
      const unprocessed = status === 429 || (status === 503 && !call.noRetry)
      const transient =
        last.error.code === 'NETWORK_ERROR' || (status !== null && [500, 502, 504].includes(status))
      if (retried >= retries || !(unprocessed || (transient && idempotent))) return last
      const retryAfter = d?.retryAfterSeconds ?? null
      await this.sleep(retryAfter !== null ? Math.max(MIN_WAIT_MS, retryAfter * 1000) : backoffMs(retried))
      retried++
    }
  }

  private async once<T>(call: GraphCall, accessToken: string): Promise<Result<GraphOk<T>>> {
    const clientRequestId = randomUUID()
    const controller = new AbortController()
    const timeoutMs = call.timeoutMs ?? this.options.timeoutMs ?? 30_000
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    const middleware: MiddlewareOptions[] = [
      new AuthenticationHandlerOptions({ getAccessToken: async () => accessToken }),
    ]
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
      words: Message,
    ): Result<never> =>
      fail(
        errorOf(error, words, {
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
        } satisfies GraphFailureDetails),
      )
    let response: Response
    try {
      const body = call.body
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
          ? msg('problems.graph.timeout', { count: Math.round(timeoutMs / 1000) })
          : msg('problems.graph.unreachable', {
              text: givenText(error instanceof Error ? error.message : 'network error'),
            }),
      )
    } finally {
      clearTimeout(timer)
    }
    const requestId = response.headers.get('request-id')
    const text = await response.text().catch(() => '')
    const json = parseJson(text)
    if (response.ok) return ok({ status: response.status, body: json as T, requestId, clientRequestId })
    const graphError = readGraphError(json)
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), this.now())
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
        retryAfterSeconds: retryAfter === null ? null : retryAfter / 1000,
      },
      response.status === 429 ? 'GRAPH_THROTTLED' : 'GRAPH_ERROR',
      graphAnswerWords({
        status: response.status,
        graphCode: graphError.code,
        graphMessage: graphError.message,
      }),
    )
  }
}

/** The Graph details of a failed call, or null when the failure did not come from Graph. */
export function graphDetails(error: AppError): GraphFailureDetails | null {
  const d = error.details as Partial<GraphFailureDetails> | undefined
  return d && typeof d.clientRequestId === 'string' ? (d as GraphFailureDetails) : null
}

/**
 * What Graph answered, in catalog words: the status and Graph's code, and Graph's own message as given text
 * (masked on a shared screen), so every sentence around Graph's words comes from the catalog.
 */
export function graphAnswerWords(
  d: Pick<GraphFailureDetails, 'status' | 'graphCode' | 'graphMessage'> | null,
  otherwise: 'problems.graph.answered' | 'problems.graph.lookup' = 'problems.graph.answered',
): Message {
  if (d?.status === null || d?.status === undefined) return msg('problems.graph.noAnswer')
  const answer = `${d.status}${d.graphCode ? ` ${d.graphCode}` : ''}`
  return d.graphMessage
    ? msg('problems.graph.answeredWith', { answer, text: givenText(d.graphMessage) })
    : msg(otherwise, { answer })
}

/** Longest wait the client accepts from one Retry-After (the SDK caps at 180 s). */
const MAX_RETRY_AFTER_MS = 180_000
/** Never retry at once, even after `Retry-After: 0` or a date in the past. */
const MIN_WAIT_MS = 250

/**
 * Reads Retry-After as delay-seconds (fractions allowed, e.g. `2.128`) or as an HTTP-date compared
 * with `now`. Returns milliseconds, capped; null when absent or unreadable.
 */
export function retryAfterMs(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined) return null
  const text = value.trim()
  if (text === '') return null
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(MAX_RETRY_AFTER_MS, Math.round(Number(text) * 1000))
  const date = Date.parse(text)
  if (Number.isNaN(date)) return null
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - now))
}

/** Exponential backoff with jitter when Graph gave no Retry-After: about 0.5 s, 1 s, 2 s … up to 30 s. */
function backoffMs(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** attempt)
  return Math.round(base / 2 + (Math.random() * base) / 2)
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | null {
  if (!headers) return null
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value
  return null
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

/** True when `url` is on the same scheme, host and port as `base`. */
function isSameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin
  } catch {
    return false
  }
}
