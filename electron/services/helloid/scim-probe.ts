import { randomUUID } from 'node:crypto'
import { request as httpsRequest } from 'node:https'
import { rootCertificates } from 'node:tls'

import type { ErrorCode } from '../../../shared/errors'
import { fail, ok, type AppError, type Result } from '../../../shared/result'

/**
 * A local rehearsal of Entra's "Test Connection" (validateCredentials): the provisioning service sends
 * `GET {BaseAddress}/Users?filter=userName eq "<random guid>"` with the secret as bearer token and wants
 * 200 with a SCIM ListResponse. Doing the same from this computer lets the assistant say *why* a URL or
 * Secret fails before anything is written to Entra.
 *
 * The secret only ever goes into the Authorization header. Failures carry fixed texts, numbers and
 * error codes, never a thrown error's message, so the secret cannot leak through them.
 */

/** What went wrong, in the categories the UI explains; shared with {@link classifyValidateCredentialsError}. */
export type ScimProbeKind =
  'unreachable' | 'tls' | 'unauthorized' | 'not-found' | 'not-scim' | 'server' | 'other'

/** Every kind, for exhaustive tests and schemas. */
export const scimProbeKinds = [
  'unreachable',
  'tls',
  'unauthorized',
  'not-found',
  'not-scim',
  'server',
  'other',
] as const satisfies readonly ScimProbeKind[]

/** The part of a fetch Response the probe reads; the global `Response` satisfies it. */
export interface ScimProbeResponse {
  status: number
  headers: { get(name: string): string | null }
  text(): Promise<string>
}

/** The request the probe makes; the global `fetch` accepts it. */
export interface ScimProbeRequestInit {
  method: 'GET'
  headers: Record<string, string>
  signal: AbortSignal
  redirect: 'manual'
}

/** A fetch-compatible function (the global `fetch`, or a test double). */
export type ScimProbeFetch = (url: string, init: ScimProbeRequestInit) => Promise<ScimProbeResponse>

/** Input of {@link probeHelloIdScim}. */
export interface ProbeHelloIdScimOptions {
  /** The validated HelloID URL (Entra's BaseAddress), without a trailing slash. */
  url: string
  /** The validated HelloID Secret (Entra's SecretToken). */
  secret: string
  /** Defaults to the global fetch (or a node:https client when `ca` is given). */
  fetch?: ScimProbeFetch
  /** Gives up after this long; default 15 s. */
  timeoutMs?: number
  /** Extra PEM certificate(s) to trust besides the system roots, e.g. the simulator's CA. */
  ca?: string | readonly string[]
}

/** A successful probe: HelloID answered like a SCIM server Entra can provision to. */
export interface ScimProbeSuccess {
  status: number
  totalResults: number
  latencyMs: number
}

/** Why the probe (or Entra's Test Connection) failed; always present on a failure's `details`. */
export interface ScimProbeFailureDetails {
  kind: ScimProbeKind
  /** What the person should do next, in plain words (also the message's last sentence). */
  fix: string
  /** The form field the fix is about, when there is one. */
  field?: 'url' | 'secret'
  /** A finer reason within the kind, e.g. `dns`, `refused`, `timeout`, `html`. */
  reason?: string
  status?: number
  latencyMs?: number
  /** Node / TLS error code of the underlying failure, e.g. `ECONNREFUSED`, `CERT_HAS_EXPIRED`. */
  causeCode?: string
  /** Where the error text came from: this computer's probe, or Entra's validateCredentials. */
  source: 'probe' | 'entra'
  /** The provisioning error code Entra named, when it did. */
  entraCode?: string
}

/** Default wait before the probe gives up. */
export const DEFAULT_PROBE_TIMEOUT_MS = 15_000

const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse'
const WHERE_TO_COPY = 'HelloID’s Directory › Azure AD page'

/* ---------------------------------------------------------------------------------------------- */
/* Plain-words texts per kind                                                                     */
/* ---------------------------------------------------------------------------------------------- */

interface Explanation {
  what: string
  fix: string
  field?: 'url' | 'secret'
}

const TLS_WORDS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: 'its certificate is not valid yet (check this computer’s date and time)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate belongs to a different host name',
  HOSTNAME_MISMATCH: 'its certificate belongs to a different host name',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate was issued by an authority this computer does not trust',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate could not be checked against a trusted authority',
  UNABLE_TO_GET_ISSUER_CERT: 'its certificate could not be checked against a trusted authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'its certificate was issued by an authority this computer does not trust',
  CERT_REVOKED: 'its certificate has been revoked',
  CERT_UNTRUSTED: 'its certificate is not trusted',
  CERT_SIGNATURE_FAILURE: 'its certificate signature is invalid',
}

const TLS_FIX =
  'Check that the host name in the URL is exactly the one HelloID shows. If it is, a proxy or security product on this network may be inspecting secure connections: ask IT to exempt HelloID, then try again.'

function explain(
  kind: ScimProbeKind,
  reason: string | undefined,
  status?: number,
  timeoutMs?: number,
): Explanation {
  switch (kind) {
    case 'unreachable':
      return explainUnreachable(reason, timeoutMs)
    case 'tls':
      return {
        what: `The secure (HTTPS) connection to HelloID failed: ${(reason && TLS_WORDS[reason]) ?? 'its certificate was not accepted'}.`,
        fix: TLS_FIX,
        field: 'url',
      }
    case 'unauthorized':
      return {
        what:
          status === 403
            ? 'HelloID recognised the request but refused access with this Secret (HTTP 403).'
            : `HelloID refused the Secret${status === 401 ? ' (HTTP 401)' : ''}.`,
        fix: `Copy the Secret again from ${WHERE_TO_COPY}. If someone clicked “New Secret” there, copy the new URL and the new Secret together.`,
        field: 'secret',
      }
    case 'not-found':
      return {
        what: 'HelloID answered “not found” (HTTP 404): the path of the URL is wrong.',
        fix: `The URL must be copied whole from ${WHERE_TO_COPY}: don’t shorten it, and don’t add /Users or anything else to it.`,
        field: 'url',
      }
    case 'not-scim':
      return {
        what:
          reason === 'html'
            ? 'The URL answered with a web page instead of provisioning (SCIM) data.'
            : 'The URL answered, but not with the user list a provisioning (SCIM) endpoint gives.',
        fix: `The URL probably points at the HelloID portal rather than its provisioning endpoint. Copy the value of the URL field on ${WHERE_TO_COPY}, not your browser’s address bar.`,
        field: 'url',
      }
    case 'server':
      return {
        what: `HelloID had an internal error${status ? ` (HTTP ${status})` : ''}.`,
        fix: 'This is on HelloID’s side. Wait a few minutes and try again; if it keeps failing, contact HelloID support.',
      }
    case 'other':
      return explainOther(reason, status)
  }
}

function explainUnreachable(reason: string | undefined, timeoutMs: number | undefined): Explanation {
  const checkUrl = `Check the URL for typos (copy it whole from ${WHERE_TO_COPY})`
  switch (reason) {
    case 'dns':
      return {
        what: 'The host name in the URL could not be found.',
        fix: `${checkUrl} and check that this computer is online.`,
        field: 'url',
      }
    case 'refused':
      return {
        what: 'The server at this URL refused the connection.',
        fix: `${checkUrl}. If it is right, HelloID may be briefly unavailable: try again in a few minutes.`,
        field: 'url',
      }
    case 'reset':
      return {
        what: 'The connection to HelloID was cut off before it answered.',
        fix: 'Try again. If it keeps happening, a proxy or firewall on this network may be blocking HelloID.',
      }
    case 'timeout':
      return {
        what: `HelloID did not answer${timeoutMs ? ` within ${formatDuration(timeoutMs)}` : ' in time'}.`,
        fix: 'Check the network connection and any proxy, then try again.',
      }
    case 'unavailable':
      return {
        what: 'Microsoft could not connect to HelloID at this URL to check the Secret.',
        fix: `${checkUrl}, then test the connection again.`,
        field: 'url',
      }
    default:
      return {
        what: 'HelloID could not be reached from this computer.',
        fix: 'Check the network connection and the URL, then try again.',
      }
  }
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  const seconds = Math.round(ms / 1000)
  return seconds === 1 ? '1 second' : `${seconds} seconds`
}

function explainOther(reason: string | undefined, status: number | undefined): Explanation {
  switch (reason) {
    case 'redirect':
      return {
        what: `The URL sent the request on to another address (HTTP ${status ?? 'redirect'}) instead of answering.`,
        fix: `Use the URL exactly as ${WHERE_TO_COPY} shows it; a redirect usually means the URL was shortened or is a portal address.`,
        field: 'url',
      }
    case 'throttled':
      return {
        what: 'HelloID asked to slow down (HTTP 429).',
        fix: 'Wait a minute, then try again.',
      }
    case 'status':
      return {
        what: `HelloID gave an unexpected answer (HTTP ${status ?? '?'}).`,
        fix: `Check that the URL was copied whole from ${WHERE_TO_COPY}, then try again. If it keeps failing, give HelloID support this HTTP status.`,
      }
    case 'invalid-url':
      return {
        what: 'The URL is not a valid https:// address, so no connection was tried.',
        fix: `Copy the URL from ${WHERE_TO_COPY}.`,
        field: 'url',
      }
    case 'invalid-secret':
      return {
        what: 'The Secret is empty or contains characters that cannot be sent, so no connection was tried.',
        fix: `Copy the Secret from ${WHERE_TO_COPY}.`,
        field: 'secret',
      }
    case 'entra':
      return {
        what: 'Microsoft could not confirm the HelloID URL and Secret.',
        fix: `Copy both values again from ${WHERE_TO_COPY} and test the connection again; Microsoft’s own message is shown with this one.`,
      }
    default:
      return {
        what: 'The connection check failed for an unexpected reason.',
        fix: 'Try again. If it keeps failing, the details are in the log.',
      }
  }
}

// Closest existing codes until dedicated ones exist: field problems are INVALID_INPUT, the rest NETWORK_ERROR.
const PROBE_CODES: Record<ScimProbeKind, ErrorCode> = {
  unreachable: 'NETWORK_ERROR',
  tls: 'NETWORK_ERROR',
  unauthorized: 'INVALID_INPUT',
  'not-found': 'INVALID_INPUT',
  'not-scim': 'INVALID_INPUT',
  server: 'NETWORK_ERROR',
  other: 'NETWORK_ERROR',
}

interface FailureFacts {
  kind: ScimProbeKind
  source: 'probe' | 'entra'
  reason?: string
  status?: number
  latencyMs?: number
  causeCode?: string
  entraCode?: string
  timeoutMs?: number
}

function buildError(facts: FailureFacts): AppError {
  const { what, fix, field } = explain(facts.kind, facts.reason, facts.status, facts.timeoutMs)
  const details: ScimProbeFailureDetails = { kind: facts.kind, fix, source: facts.source }
  if (field) details.field = field
  if (facts.reason !== undefined) details.reason = facts.reason
  if (facts.status !== undefined) details.status = facts.status
  if (facts.latencyMs !== undefined) details.latencyMs = facts.latencyMs
  if (facts.causeCode !== undefined) details.causeCode = facts.causeCode
  if (facts.entraCode !== undefined) details.entraCode = facts.entraCode
  const code: ErrorCode =
    facts.source === 'entra' && facts.kind === 'other' ? 'GRAPH_ERROR' : PROBE_CODES[facts.kind]
  return { code, message: `${what} ${fix}`, details: { ...details } }
}

/* ---------------------------------------------------------------------------------------------- */
/* Thrown-error classification                                                                    */
/* ---------------------------------------------------------------------------------------------- */

const UNREACHABLE_CODES: Record<string, string> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  EHOSTUNREACH: 'network',
  ENETUNREACH: 'network',
  ENETDOWN: 'network',
  EADDRNOTAVAIL: 'network',
}

function isTlsCode(code: string): boolean {
  return code in TLS_WORDS || /^ERR_(TLS|SSL)_/.test(code) || /CERT/.test(code)
}

/** Error codes along the `cause` chain (undici wraps the socket error in "fetch failed"). */
function causeCodes(error: unknown): string[] {
  const codes: string[] = []
  const queue: unknown[] = [error]
  for (let seen = 0; queue.length > 0 && seen < 12; seen += 1) {
    const current = queue.shift()
    if (!current || typeof current !== 'object') continue
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown }
    if (typeof code === 'string') codes.push(code)
    if (cause !== undefined) queue.push(cause)
    // Happy-eyeballs connects throw an AggregateError with one error per address.
    if (Array.isArray(errors)) queue.push(...(errors as unknown[]))
  }
  return codes
}

function classifyThrown(error: unknown, timedOut: boolean, timeoutMs: number): FailureFacts {
  if (timedOut) return { kind: 'unreachable', reason: 'timeout', source: 'probe', timeoutMs }
  const codes = causeCodes(error)
  const tls = codes.find(isTlsCode)
  if (tls) return { kind: 'tls', reason: tls, causeCode: tls, source: 'probe' }
  for (const code of codes) {
    const reason = UNREACHABLE_CODES[code]
    if (reason) return { kind: 'unreachable', reason, causeCode: code, source: 'probe', timeoutMs }
  }
  const first = codes[0]
  return first === undefined
    ? { kind: 'other', reason: 'exception', source: 'probe' }
    : { kind: 'other', reason: 'exception', causeCode: first, source: 'probe' }
}

/* ---------------------------------------------------------------------------------------------- */
/* The probe                                                                                      */
/* ---------------------------------------------------------------------------------------------- */

function buildProbeUrl(base: string): string {
  // Same shape Entra uses; encodeURIComponent gives %20 for spaces and %22 for quotes.
  const filter = encodeURIComponent(`userName eq "${randomUUID()}"`)
  return `${base.replace(/\/+$/, '')}/Users?filter=${filter}`
}

function checkInputs(url: string, secret: string): FailureFacts | undefined {
  let parsed: URL | undefined
  try {
    parsed = typeof url === 'string' ? new URL(url) : undefined
  } catch {
    parsed = undefined
  }
  if (
    !parsed ||
    parsed.protocol !== 'https:' ||
    parsed.search !== '' ||
    parsed.hash !== '' ||
    /[?#]/.test(url)
  ) {
    return { kind: 'other', reason: 'invalid-url', source: 'probe' }
  }
  // A header value with CR/LF or non-ASCII makes fetch throw a TypeError that quotes the value.
  if (typeof secret !== 'string' || !/^[\x21-\x7e]+$/.test(secret)) {
    return { kind: 'other', reason: 'invalid-secret', source: 'probe' }
  }
  return undefined
}

/**
 * Calls HelloID the way Entra's Test Connection does and explains the outcome. Never throws.
 */
export async function probeHelloIdScim(options: ProbeHelloIdScimOptions): Promise<Result<ScimProbeSuccess>> {
  const { url, secret } = options
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS
  const invalid = checkInputs(url, secret)
  if (invalid) {
    const error = buildError(invalid)
    return fail({ ...error, code: 'INVALID_INPUT' })
  }
  const doFetch = options.fetch ?? (options.ca !== undefined ? createHttpsFetch(options.ca) : defaultFetch)

  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)

  try {
    const response = await doFetch(buildProbeUrl(url), {
      method: 'GET',
      headers: {
        Authorization: `Bearer ${secret}`,
        Accept: 'application/scim+json, application/json',
      },
      signal: controller.signal,
      redirect: 'manual',
    })
    const body = await response.text()
    return classifyResponse(response, body, elapsed())
  } catch (error) {
    return fail(buildError({ ...classifyThrown(error, timedOut, timeoutMs), latencyMs: elapsed() }))
  } finally {
    clearTimeout(timer)
  }
}

function defaultFetch(url: string, init: ScimProbeRequestInit): Promise<ScimProbeResponse> {
  return fetch(url, init)
}

function classifyResponse(
  response: ScimProbeResponse,
  body: string,
  latencyMs: number,
): Result<ScimProbeSuccess> {
  const status = response.status
  const failWith = (kind: ScimProbeKind, reason?: string) =>
    fail<ScimProbeSuccess>(
      buildError(
        reason === undefined
          ? { kind, status, latencyMs, source: 'probe' }
          : { kind, reason, status, latencyMs, source: 'probe' },
      ),
    )

  if (status === 401 || status === 403) return failWith('unauthorized')
  if (status === 404) return failWith('not-found')
  if (status >= 500) return failWith('server')
  if (status === 429) return failWith('other', 'throttled')
  if (status >= 300 && status < 400) return failWith('other', 'redirect')
  if (status !== 200) return failWith(status > 200 && status < 300 ? 'not-scim' : 'other', 'status')

  const contentType = (response.headers.get('content-type') ?? '').toLowerCase()
  const trimmed = body.trimStart()
  if (contentType.includes('html') || trimmed.startsWith('<')) return failWith('not-scim', 'html')
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return failWith('not-scim', 'not-json')
  }
  const totalResults = listResponseTotal(parsed)
  if (totalResults === undefined) return failWith('not-scim', 'not-list-response')
  return ok({ status, totalResults, latencyMs })
}

/** `totalResults` of a SCIM ListResponse, or undefined when the body is not one. */
function listResponseTotal(body: unknown): number | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined
  const { schemas, totalResults, Resources } = body as {
    schemas?: unknown
    totalResults?: unknown
    Resources?: unknown
  }
  const declared = Array.isArray(schemas) && schemas.includes(LIST_RESPONSE_SCHEMA)
  if (!declared && typeof totalResults !== 'number') return undefined
  if (typeof totalResults === 'number' && Number.isFinite(totalResults)) return totalResults
  return Array.isArray(Resources) ? Resources.length : 0
}

/**
 * A fetch-compatible client on node:https that trusts the system roots plus `ca`. Global fetch cannot
 * take a CA per request without undici's Agent, which this project does not depend on.
 */
export function createHttpsFetch(ca: string | readonly string[]): ScimProbeFetch {
  const trusted = [...rootCertificates, ...(typeof ca === 'string' ? [ca] : ca)]
  return (url, init) =>
    new Promise<ScimProbeResponse>((resolve, reject) => {
      const req = httpsRequest(
        url,
        { method: init.method, headers: init.headers, signal: init.signal, ca: trusted, agent: false },
        (res) => {
          const chunks: Buffer[] = []
          const bodyDone = new Promise<string>((resolveBody, rejectBody) => {
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
            res.on('error', rejectBody)
            res.on('close', () => {
              if (!res.complete) rejectBody(new Error('response closed before it was complete'))
            })
          })
          // Unobserved until text() is called; keep an early failure from being an unhandled rejection.
          bodyDone.catch(() => undefined)
          resolve({
            status: res.statusCode ?? 0,
            headers: {
              get: (name) => {
                const value = res.headers[name.toLowerCase()]
                return Array.isArray(value) ? value.join(', ') : (value ?? null)
              },
            },
            text: () => bodyDone,
          })
        },
      )
      // Same shape as undici's "fetch failed" so one classifier handles both clients.
      req.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })))
      req.end()
    })
}

/* ---------------------------------------------------------------------------------------------- */
/* Entra's validateCredentials error text                                                         */
/* ---------------------------------------------------------------------------------------------- */

const ENTRA_UNAVAILABLE = 'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable'
const ENTRA_FAILURE = 'SystemForCrossDomainIdentityManagementCredentialValidationFailure'

/** The first HTTP status in the text other than the "expected HTTP/200" Entra quotes alongside it. */
function statusIn(text: string): number | undefined {
  const found = [...text.matchAll(/HTTP\/?\s?(\d{3})\b/gi)].map((m) => Number(m[1]))
  const named =
    /\b(401|403|404|5\d\d)\s+(Unauthorized|Forbidden|Not Found|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b/i.exec(
      text,
    )
  if (named) found.push(Number(named[1]))
  return found.find((status) => status !== 200) ?? found[0]
}

const TLS_TEXT = /certificate|\bssl\b|\btls\b|trust relationship|secure channel/i
const UNREACHABLE_TEXT =
  /not able to connect|unable to connect|could not connect|cannot connect|could not be resolved|no such host|name or service not known|timed? ?out|actively refused|connection (was )?(closed|refused|reset)/i
const NOT_SCIM_TEXT =
  /ListResponse|not a valid scim|could not be parsed|text\/html|invalid json|unexpected (content|format|response body)/i

/**
 * Explains the error text of a failed `validateCredentials` (Entra's Test Connection) in the same words
 * and kinds as {@link probeHelloIdScim}. Entra's failure body is undocumented, so this matches substrings
 * of the known provisioning error codes, quoted HTTP statuses and certificate wording. The text itself is
 * not copied into the result; the caller shows it verbatim next to the explanation.
 */
export function classifyValidateCredentialsError(message: string): AppError {
  const text = typeof message === 'string' ? message.slice(0, 20_000) : ''
  const entraCode = text.includes(ENTRA_FAILURE)
    ? ENTRA_FAILURE
    : text.includes(ENTRA_UNAVAILABLE)
      ? ENTRA_UNAVAILABLE
      : undefined
  const base =
    entraCode === undefined ? { source: 'entra' as const } : { source: 'entra' as const, entraCode }
  const status = statusIn(text)
  const withStatus = status === undefined ? base : { ...base, status }

  if (TLS_TEXT.test(text)) return buildError({ ...withStatus, kind: 'tls' })
  if (status === 401 || status === 403) return buildError({ ...withStatus, kind: 'unauthorized' })
  if (status === 404) return buildError({ ...withStatus, kind: 'not-found' })
  if (status !== undefined && status >= 500) return buildError({ ...withStatus, kind: 'server' })
  if (status === 429) return buildError({ ...withStatus, kind: 'other', reason: 'throttled' })
  if (UNREACHABLE_TEXT.test(text)) {
    const reason = /timed? ?out/i.test(text)
      ? 'timeout'
      : /resolved|no such host|name or service/i.test(text)
        ? 'dns'
        : 'unavailable'
    return buildError({ ...withStatus, kind: 'unreachable', reason })
  }
  if (NOT_SCIM_TEXT.test(text) || status === 200) return buildError({ ...withStatus, kind: 'not-scim' })
  if (entraCode === ENTRA_FAILURE) return buildError({ ...withStatus, kind: 'unauthorized' })
  if (entraCode === ENTRA_UNAVAILABLE)
    return buildError({ ...withStatus, kind: 'unreachable', reason: 'unavailable' })
  if (/unauthori[sz]ed|forbidden/i.test(text)) return buildError({ ...withStatus, kind: 'unauthorized' })
  if (status !== undefined) return buildError({ ...withStatus, kind: 'other', reason: 'status' })
  return buildError({ ...withStatus, kind: 'other', reason: 'entra' })
}
