import { randomUUID } from 'node:crypto'
import { request as httpsRequest } from 'node:https'
import { rootCertificates } from 'node:tls'

import type { Message } from '../../../shared/contract'
import type { ErrorCode } from '../../../shared/errors'
import { english, msg, type MessageKey } from '../../../shared/i18n/message'
import { fail, ok, type AppError, type Result } from '../../../shared/result'

/**
 * A local rehearsal of Entra's "Test Connection" (validateCredentials): the provisioning service sends
 * `GET {BaseAddress}/Users?filter=userName eq "<random guid>"` with the secret as bearer token and wants
 * 200 with a SCIM ListResponse. Doing the same from this computer lets the assistant say *why* a URL or
 * Secret fails before anything is written to Entra.
 *
 * The secret only ever goes into the Authorization header. Failures carry catalog words, numbers and
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
  /** What the person should do next, in English (also the message's last sentence), for the log and the CLI. */
  fix: string
  /** The same next step as catalog words, for the screens (the error's `words` say what went wrong). */
  fixWords: Message
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

/* ---------------------------------------------------------------------------------------------- */
/* Plain-words texts per kind                                                                     */
/* ---------------------------------------------------------------------------------------------- */

interface Explanation {
  what: Message
  fix: Message
  field?: 'url' | 'secret'
}

/** What was wrong with HelloID's certificate, by Node's TLS error code. */
const TLS_WORDS: Record<string, MessageKey> = {
  CERT_HAS_EXPIRED: 'probe.tls.expired',
  CERT_NOT_YET_VALID: 'probe.tls.notYetValid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'probe.tls.otherHost',
  HOSTNAME_MISMATCH: 'probe.tls.otherHost',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'probe.tls.selfSigned',
  SELF_SIGNED_CERT_IN_CHAIN: 'probe.tls.untrustedIssuer',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'probe.tls.unverifiable',
  UNABLE_TO_GET_ISSUER_CERT: 'probe.tls.unverifiable',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'probe.tls.untrustedIssuer',
  CERT_REVOKED: 'probe.tls.revoked',
  CERT_UNTRUSTED: 'probe.tls.untrusted',
  CERT_SIGNATURE_FAILURE: 'probe.tls.badSignature',
}

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
        what: msg((reason ? TLS_WORDS[reason] : undefined) ?? 'probe.tls.notAccepted'),
        fix: msg('probe.fix.tls'),
        field: 'url',
      }
    case 'unauthorized':
      return {
        what:
          status === 403
            ? msg('probe.what.forbidden')
            : status === 401
              ? msg('probe.what.unauthorized401')
              : msg('probe.what.unauthorized'),
        fix: msg('probe.fix.copySecret'),
        field: 'secret',
      }
    case 'not-found':
      return { what: msg('probe.what.notFound'), fix: msg('probe.fix.wholeUrl'), field: 'url' }
    case 'not-scim':
      return {
        what: reason === 'html' ? msg('probe.what.webPage') : msg('probe.what.notScim'),
        fix: msg('probe.fix.portalUrl'),
        field: 'url',
      }
    case 'server':
      return {
        what: status ? msg('probe.what.serverStatus', { status }) : msg('probe.what.server'),
        fix: msg('probe.fix.helloIdSide'),
      }
    case 'other':
      return explainOther(reason, status)
  }
}

function explainUnreachable(reason: string | undefined, timeoutMs: number | undefined): Explanation {
  switch (reason) {
    case 'dns':
      return { what: msg('probe.what.dns'), fix: msg('probe.fix.dns'), field: 'url' }
    case 'refused':
      return { what: msg('probe.what.refused'), fix: msg('probe.fix.refused'), field: 'url' }
    case 'reset':
      return { what: msg('probe.what.reset'), fix: msg('probe.fix.reset') }
    case 'timeout':
      return {
        what: !timeoutMs
          ? msg('probe.what.timeout')
          : timeoutMs < 1000
            ? msg('probe.what.timeoutMs', { ms: timeoutMs })
            : msg('probe.what.timeoutSeconds', { count: Math.round(timeoutMs / 1000) }),
        fix: msg('probe.fix.network'),
      }
    case 'unavailable':
      return { what: msg('probe.what.entraUnreachable'), fix: msg('probe.fix.checkUrl'), field: 'url' }
    default:
      return { what: msg('probe.what.unreachable'), fix: msg('probe.fix.networkAndUrl') }
  }
}

function explainOther(reason: string | undefined, status: number | undefined): Explanation {
  switch (reason) {
    case 'redirect':
      return {
        what: status ? msg('probe.what.redirectStatus', { status }) : msg('probe.what.redirect'),
        fix: msg('probe.fix.redirect'),
        field: 'url',
      }
    case 'throttled':
      return { what: msg('probe.what.throttled'), fix: msg('probe.fix.wait') }
    case 'status':
      return {
        what: status ? msg('probe.what.unexpectedStatus', { status }) : msg('probe.what.unexpected'),
        fix: msg('probe.fix.status'),
      }
    case 'invalid-url':
      return { what: msg('probe.what.invalidUrl'), fix: msg('probe.fix.copyUrl'), field: 'url' }
    case 'invalid-secret':
      return { what: msg('probe.what.invalidSecret'), fix: msg('probe.fix.copySecretOnly'), field: 'secret' }
    case 'entra':
      return { what: msg('probe.what.entra'), fix: msg('probe.fix.entra') }
    default:
      return { what: msg('probe.what.other'), fix: msg('probe.fix.other') }
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
  const details: ScimProbeFailureDetails = {
    kind: facts.kind,
    fix: english(fix),
    fixWords: fix,
    source: facts.source,
  }
  if (field) details.field = field
  if (facts.reason !== undefined) details.reason = facts.reason
  if (facts.status !== undefined) details.status = facts.status
  if (facts.latencyMs !== undefined) details.latencyMs = facts.latencyMs
  if (facts.causeCode !== undefined) details.causeCode = facts.causeCode
  if (facts.entraCode !== undefined) details.entraCode = facts.entraCode
  const code: ErrorCode =
    facts.source === 'entra' && facts.kind === 'other' ? 'GRAPH_ERROR' : PROBE_CODES[facts.kind]
  return { code, message: `${english(what)} ${english(fix)}`, words: what, details: { ...details } }
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
