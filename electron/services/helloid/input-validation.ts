import type { Message } from '../../../shared/contract'
import { english, identifier, msg, type MessageKey } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'

/**
 * Validators for the two values HelloID hands out on Directory › Azure AD: the URL (Entra's Tenant URL,
 * secret key `BaseAddress`) and the Secret (Entra's Secret Token, key `SecretToken`).
 *
 * They run in main on untrusted IPC input, so they never throw, reject huge pastes before any parsing,
 * and every failure is `INVALID_INPUT` with `details.field` and a stable `details.reason` the UI can key
 * on, worded from the catalog (`words`; `message` is the same in English, for the log). Secret failures
 * never carry the secret or any slice of it.
 */

/** Longest URL accepted; HelloID URLs are far shorter, so anything longer is a mis-paste. */
export const MAX_URL_LENGTH = 2048
/** Shortest secret accepted; HelloID's generated secrets are much longer. */
export const MIN_SECRET_LENGTH = 16
/** Longest secret accepted (Entra Government caps all secrets together at 1 KB, so this is generous). */
export const MAX_SECRET_LENGTH = 4096

/** Why a HelloID URL was refused; stable for tests, UI highlighting and logs. */
export type UrlRejection =
  | 'not-text'
  | 'empty'
  | 'too-long'
  | 'whitespace'
  | 'invisible-character'
  | 'quoted'
  | 'looks-like-secret'
  | 'missing-scheme'
  | 'malformed'
  | 'not-https'
  | 'credentials'
  | 'fragment'
  | 'query'
  | 'dot-segments'
  | 'ip-address'
  | 'localhost'
  | 'not-a-hostname'

/** Why a HelloID secret was refused. */
export type SecretRejection =
  | 'not-text'
  | 'empty'
  | 'too-long'
  | 'too-short'
  | 'bearer-prefix'
  | 'looks-like-url'
  | 'quoted'
  | 'json'
  | 'whitespace'
  | 'invisible-character'
  | 'not-ascii'

/** A successfully validated URL in its normalised form, with hints that do not block saving. */
export interface ValidatedHelloIdUrl {
  url: string
  /** Catalog words for each hint. */
  warnings: Message[]
  /**
   * The host, when it is not a helloid.com address or uses look-alike (non-Latin) letters: nothing,
   * the secret least of all, may be sent there until the person confirmed this very host.
   */
  unrecognisedHost: string | null
}

/** A successfully validated secret (outer whitespace removed) with hints that do not block saving. */
export interface ValidatedHelloIdSecret {
  secret: string
  /** Catalog words for each hint. */
  warnings: Message[]
}

/** Options for {@link validateHelloIdUrl}. */
export interface HelloIdUrlOptions {
  /** Accept `localhost` and loopback IPs (tests and the local simulator only). */
  allowLoopback?: boolean
}

const HELLOID_SUFFIX = 'helloid.com'

/* ---------------------------------------------------------------------------------------------- */
/* Character scanning                                                                             */
/* ---------------------------------------------------------------------------------------------- */

type CharacterKind = 'whitespace' | 'zero-width' | 'bidi' | 'control'

interface UnsafeCharacter {
  kind: CharacterKind
  /** 1-based position counted in characters (code points), as a person would count. */
  position: number
  codePoint: number
}

// Spaces a person can paste from e-mail, Word or web pages. U+FEFF is deliberately not here: it is
// invisible, so it is refused as a zero-width character rather than silently trimmed.
const OUTER_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0])

function isWhitespace(cp: number): boolean {
  return (
    OUTER_WHITESPACE.has(cp) ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0x85
  )
}

function isBidi(cp: number): boolean {
  return (
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  )
}

// Zero-width and other invisible format characters (Unicode category Cf, minus bidi marks above).
const INVISIBLE_FORMAT = /\p{Cf}/u

function isControl(cp: number): boolean {
  // C0, DEL, C1 and lone surrogates (which no copy of a real URL or secret contains).
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff)
}

function kindOf(cp: number): CharacterKind | undefined {
  if (isWhitespace(cp)) return 'whitespace'
  if (isBidi(cp)) return 'bidi'
  if (isControl(cp)) return 'control'
  if (INVISIBLE_FORMAT.test(String.fromCodePoint(cp))) return 'zero-width'
  return undefined
}

/** Finds the first character that must not be inside a URL or secret (linear, no regex backtracking). */
function findUnsafeCharacter(text: string): UnsafeCharacter | undefined {
  let position = 0
  for (const char of text) {
    position += 1
    const cp = char.codePointAt(0) ?? 0
    const kind = kindOf(cp)
    if (kind) return { kind, position, codePoint: cp }
  }
  return undefined
}

/** Removes ordinary whitespace at both ends with a plain loop (regex trims can go quadratic on pastes). */
function trimOuterWhitespace(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && OUTER_WHITESPACE.has(text.charCodeAt(start))) start += 1
  while (end > start && OUTER_WHITESPACE.has(text.charCodeAt(end - 1))) end -= 1
  return text.slice(start, end)
}

function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The URL's refusal for each kind of hidden character. */
const URL_CHARACTER_WORDS: Record<Exclude<CharacterKind, 'whitespace'>, MessageKey> = {
  'zero-width': 'helloIdInput.url.zeroWidth',
  bidi: 'helloIdInput.url.bidi',
  control: 'helloIdInput.url.control',
}

/** The Secret's refusal for each kind of hidden character and where it sits. */
const SECRET_CHARACTER_WORDS: Record<
  Exclude<CharacterKind, 'whitespace'>,
  Record<'start' | 'end' | 'middle', MessageKey>
> = {
  'zero-width': {
    start: 'helloIdInput.secret.zeroWidth.start',
    end: 'helloIdInput.secret.zeroWidth.end',
    middle: 'helloIdInput.secret.zeroWidth.middle',
  },
  bidi: {
    start: 'helloIdInput.secret.bidi.start',
    end: 'helloIdInput.secret.bidi.end',
    middle: 'helloIdInput.secret.bidi.middle',
  },
  control: {
    start: 'helloIdInput.secret.control.start',
    end: 'helloIdInput.secret.control.end',
    middle: 'helloIdInput.secret.control.middle',
  },
}

const QUOTES = new Set(['"', "'", '`', '“', '”', '‘', '’', '„', '«', '»'])

function startsOrEndsWithQuote(text: string): boolean {
  return QUOTES.has(text.charAt(0)) || QUOTES.has(text.charAt(text.length - 1))
}

/* ---------------------------------------------------------------------------------------------- */
/* URL                                                                                            */
/* ---------------------------------------------------------------------------------------------- */

function urlError(reason: UrlRejection, words: Message, extra: Record<string, unknown> = {}) {
  return fail<ValidatedHelloIdUrl>({
    code: 'INVALID_INPUT',
    message: english(words),
    words,
    details: { field: 'url', reason, ...extra },
  })
}

// Characters of an RFC 6750 bearer token; a long run of them without dots or slashes is a secret.
const TOKEN_SHAPE = /^[A-Za-z0-9\-._~+/]+=*$/
const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

function looksLikeSecret(text: string): boolean {
  if (/^bearer\s/i.test(text)) return true
  if (JWT_SHAPE.test(text)) return true
  return text.length >= MIN_SECRET_LENGTH && TOKEN_SHAPE.test(text) && !/[./]/.test(text)
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true
  if (hostname === '[::1]') return true
  return IPV4.test(hostname) && hostname.startsWith('127.')
}

/**
 * Validates and normalises the HelloID URL that becomes Entra's Tenant URL.
 *
 * Normal form: `https://host[:port]/path` with a lower-case host, no trailing dot, no default port and
 * no trailing slash (Entra appends `/Users?filter=…` itself).
 */
export function validateHelloIdUrl(
  raw: string,
  options: HelloIdUrlOptions = {},
): Result<ValidatedHelloIdUrl> {
  if (typeof raw !== 'string') {
    return urlError('not-text', msg('helloIdInput.url.notText'))
  }
  // Bound the work before trimming or scanning: a 1 MB paste is refused in constant time.
  if (raw.length > MAX_URL_LENGTH * 4) return tooLongUrl()
  const text = trimOuterWhitespace(raw)
  if (text.length === 0) {
    return urlError('empty', msg('helloIdInput.url.empty'))
  }
  if (text.length > MAX_URL_LENGTH) return tooLongUrl()

  const unsafe = findUnsafeCharacter(text)
  if (unsafe?.kind === 'whitespace') {
    if (looksLikeSecret(text)) return secretInUrlField()
    return urlError('whitespace', msg('helloIdInput.url.whitespace', { position: unsafe.position }), {
      position: unsafe.position,
    })
  }
  if (unsafe) {
    const codePoint = codePointLabel(unsafe.codePoint)
    return urlError(
      'invisible-character',
      msg(URL_CHARACTER_WORDS[unsafe.kind], { codePoint, position: unsafe.position }),
      { position: unsafe.position, characterKind: unsafe.kind, codePoint },
    )
  }
  // A trailing apostrophe can be a legal path character, so only that one is let through.
  if (startsOrEndsWithQuote(text) && !(text.endsWith("'") && !QUOTES.has(text.charAt(0)))) {
    return urlError('quoted', msg('helloIdInput.url.quoted'))
  }
  if (looksLikeSecret(text)) return secretInUrlField()

  const schemeMatch = /^([a-z][a-z0-9+.-]*):/i.exec(text)
  const hasAuthority = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
  if (!schemeMatch || (!hasAuthority && /^[^/:]+\.[^/:]+(:\d+)?(\/|$)/.test(text))) {
    // "acme.helloid.com/scim" or "acme.helloid.com:443/…" (the latter parses with scheme "acme.helloid.com").
    if (/^[^\s/:?#]+\.[^\s/:?#]+/.test(text)) {
      return urlError('missing-scheme', msg('helloIdInput.url.missingScheme'))
    }
    return urlError('malformed', msg('helloIdInput.url.notAddress'))
  }
  const scheme = (schemeMatch[1] ?? '').toLowerCase()
  if (scheme !== 'https') {
    return urlError(
      'not-https',
      scheme === 'http'
        ? msg('helloIdInput.url.http')
        : msg('helloIdInput.url.otherScheme', { scheme: scheme.slice(0, 40) }),
      { scheme },
    )
  }

  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    return urlError('malformed', msg('helloIdInput.url.unreadable'))
  }

  if (parsed.username !== '' || parsed.password !== '') {
    // Never echo the URL back: the part before "@" may be a password.
    return urlError('credentials', msg('helloIdInput.url.credentials'))
  }
  if (text.includes('#')) {
    return urlError('fragment', msg('helloIdInput.url.fragment'))
  }
  if (text.includes('?')) {
    return urlError('query', msg('helloIdInput.url.query'))
  }
  if (hasDotSegments(text)) {
    return urlError('dot-segments', msg('helloIdInput.url.dotSegments'))
  }

  const hostname = parsed.hostname.replace(/\.$/, '')
  const isIp = IPV4.test(hostname) || hostname.startsWith('[')
  const loopback = isLoopbackHost(hostname)
  if (loopback && options.allowLoopback !== true) {
    return hostname === 'localhost' || hostname.endsWith('.localhost')
      ? urlError('localhost', msg('helloIdInput.url.localhost'))
      : urlError('ip-address', msg('helloIdInput.url.ipAddress'))
  }
  if (isIp && !loopback) {
    return urlError('ip-address', msg('helloIdInput.url.ipAddress'))
  }
  if (!loopback && !hostname.includes('.')) {
    return urlError('not-a-hostname', msg('helloIdInput.url.notHostname', { host: identifier(hostname) }))
  }

  const path = parsed.pathname.replace(/\/+$/, '')
  const url = `https://${hostname}${parsed.port ? `:${parsed.port}` : ''}${path}`
  const unrecognised =
    !loopback &&
    ((hostname !== HELLOID_SUFFIX && !hostname.endsWith(`.${HELLOID_SUFFIX}`)) ||
      hostname.split('.').some((label) => label.startsWith('xn--')))
  return ok({
    url,
    warnings: urlWarnings(hostname, path, parsed.port, loopback),
    unrecognisedHost: unrecognised ? hostname : null,
  })
}

function tooLongUrl() {
  return urlError(
    'too-long',
    msg('helloIdInput.url.tooLong', { max: MAX_URL_LENGTH.toLocaleString('en-US') }),
    {
      max: MAX_URL_LENGTH,
    },
  )
}

function secretInUrlField() {
  // The person pasted the secret into the URL field: say so without echoing it.
  return urlError('looks-like-secret', msg('helloIdInput.url.looksLikeSecret'))
}

function hasDotSegments(text: string): boolean {
  const afterAuthority = text.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
  return /(^|\/)(\.|%2e){1,2}(\/|$)/i.test(afterAuthority)
}

function urlWarnings(hostname: string, path: string, port: string, loopback: boolean): Message[] {
  const warnings: Message[] = []
  if (!loopback && hostname !== HELLOID_SUFFIX && !hostname.endsWith(`.${HELLOID_SUFFIX}`))
    warnings.push(msg('helloIdInput.url.notHelloIdHost', { host: identifier(hostname) }))
  if (hostname.split('.').some((label) => label.startsWith('xn--')))
    warnings.push(msg('helloIdInput.url.punycode'))
  if (/\/(users|groups)$/i.test(path)) warnings.push(msg('helloIdInput.url.usersPath'))
  if (port !== '' && !loopback) warnings.push(msg('helloIdInput.url.port', { port }))
  return warnings
}

/* ---------------------------------------------------------------------------------------------- */
/* Secret                                                                                         */
/* ---------------------------------------------------------------------------------------------- */

function secretError(reason: SecretRejection, words: Message, extra: Record<string, unknown> = {}) {
  // Only catalog words and numbers go in here; never the secret or a piece of it.
  return fail<ValidatedHelloIdSecret>({
    code: 'INVALID_INPUT',
    message: english(words),
    words,
    details: { field: 'secret', reason, ...extra },
  })
}

function whereInSecret(position: number, length: number): 'start' | 'end' | 'middle' {
  if (position === 1) return 'start'
  if (position === length) return 'end'
  return 'middle'
}

/**
 * Validates the HelloID Secret (Entra's Secret Token).
 *
 * Ordinary whitespace around the value is removed (copying often adds a newline, which would otherwise
 * break Entra's `Authorization` header in silence); everything else that is wrong is refused, never
 * silently repaired.
 */
export function validateHelloIdSecret(raw: string): Result<ValidatedHelloIdSecret> {
  if (typeof raw !== 'string') {
    return secretError('not-text', msg('helloIdInput.secret.notText'))
  }
  if (raw.length > MAX_SECRET_LENGTH * 4) return tooLongSecret()
  const secret = trimOuterWhitespace(raw)
  if (secret.length === 0) {
    return secretError('empty', msg('helloIdInput.secret.empty'))
  }
  if (secret.length > MAX_SECRET_LENGTH) return tooLongSecret()

  if (/^bearer(\s|:)/i.test(secret)) {
    return secretError('bearer-prefix', msg('helloIdInput.secret.bearer'))
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(secret) || /(^|\.)helloid\.com(\/|:|$)/i.test(secret)) {
    return secretError('looks-like-url', msg('helloIdInput.secret.looksLikeUrl'))
  }
  if (secret.startsWith('{') || secret.startsWith('[')) {
    return secretError('json', msg('helloIdInput.secret.json'))
  }
  if (startsOrEndsWithQuote(secret)) {
    return secretError('quoted', msg('helloIdInput.secret.quoted'))
  }

  const unsafe = findUnsafeCharacter(secret)
  if (unsafe?.kind === 'whitespace') {
    return secretError('whitespace', msg('helloIdInput.secret.whitespace'))
  }
  if (unsafe) {
    const length = Array.from(secret).length
    const where = whereInSecret(unsafe.position, length)
    return secretError('invisible-character', msg(SECRET_CHARACTER_WORDS[unsafe.kind][where]), {
      characterKind: unsafe.kind,
      where,
    })
  }
  if (!/^[\x21-\x7e]+$/.test(secret)) {
    return secretError('not-ascii', msg('helloIdInput.secret.notAscii'))
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return secretError('too-short', msg('helloIdInput.secret.tooShort', { min: MIN_SECRET_LENGTH }), {
      min: MIN_SECRET_LENGTH,
    })
  }

  const warnings: Message[] = []
  if (secret.length !== raw.length) warnings.push(msg('helloIdInput.secret.trimmed'))
  if (!TOKEN_SHAPE.test(secret)) warnings.push(msg('helloIdInput.secret.punctuation'))
  return ok({ secret, warnings })
}

function tooLongSecret() {
  return secretError(
    'too-long',
    msg('helloIdInput.secret.tooLong', { max: MAX_SECRET_LENGTH.toLocaleString('en-US') }),
    { max: MAX_SECRET_LENGTH },
  )
}
