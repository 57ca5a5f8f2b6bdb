import { fail, ok, type Result } from '../../../shared/result'

/**
 * Validators for the two values HelloID hands out on Directory › Azure AD: the URL (Entra's Tenant URL,
 * secret key `BaseAddress`) and the Secret (Entra's Secret Token, key `SecretToken`).
 *
 * They run in main on untrusted IPC input, so they never throw, reject huge pastes before any parsing,
 * and every failure is `INVALID_INPUT` with `details.field` and a stable `details.reason` the UI can key
 * on. Secret failures never carry the secret or any slice of it.
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
  warnings: string[]
  /**
   * The host, when it is not a helloid.com address or uses look-alike (non-Latin) letters: nothing,
   * the secret least of all, may be sent there until the person confirmed this very host.
   */
  unrecognisedHost: string | null
}

/** A successfully validated secret (outer whitespace removed) with hints that do not block saving. */
export interface ValidatedHelloIdSecret {
  secret: string
  warnings: string[]
}

/** Options for {@link validateHelloIdUrl}. */
export interface HelloIdUrlOptions {
  /** Accept `localhost` and loopback IPs (tests and the local simulator only). */
  allowLoopback?: boolean
}

const HELLOID_SUFFIX = 'helloid.com'
const WHERE_TO_COPY = 'HelloID’s Directory › Azure AD page'

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

const KIND_WORDS: Record<Exclude<CharacterKind, 'whitespace'>, string> = {
  'zero-width': 'an invisible zero-width character',
  bidi: 'an invisible text-direction (bidi) control character',
  control: 'a control character',
}

const QUOTES = new Set(['"', "'", '`', '“', '”', '‘', '’', '„', '«', '»'])

function startsOrEndsWithQuote(text: string): boolean {
  return QUOTES.has(text.charAt(0)) || QUOTES.has(text.charAt(text.length - 1))
}

/* ---------------------------------------------------------------------------------------------- */
/* URL                                                                                            */
/* ---------------------------------------------------------------------------------------------- */

function urlError(reason: UrlRejection, message: string, extra: Record<string, unknown> = {}) {
  return fail<ValidatedHelloIdUrl>({
    code: 'INVALID_INPUT',
    message,
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
    return urlError('not-text', `The URL must be text. Copy the URL from ${WHERE_TO_COPY} and paste it here.`)
  }
  // Bound the work before trimming or scanning: a 1 MB paste is refused in constant time.
  if (raw.length > MAX_URL_LENGTH * 4) return tooLongUrl()
  const text = trimOuterWhitespace(raw)
  if (text.length === 0) {
    return urlError('empty', `Enter the HelloID URL. Copy it from the URL field on ${WHERE_TO_COPY}.`)
  }
  if (text.length > MAX_URL_LENGTH) return tooLongUrl()

  const unsafe = findUnsafeCharacter(text)
  if (unsafe?.kind === 'whitespace') {
    if (looksLikeSecret(text)) return secretInUrlField()
    return urlError(
      'whitespace',
      `The URL contains a space or line break at character ${unsafe.position}. A URL has no spaces: copy only the URL from ${WHERE_TO_COPY}, without any text around it.`,
      { position: unsafe.position },
    )
  }
  if (unsafe) {
    return urlError(
      'invisible-character',
      `The URL contains ${KIND_WORDS[unsafe.kind]} (${codePointLabel(unsafe.codePoint)}) at character ${unsafe.position}. Such characters are often picked up when copying from chat or documents. Clear the field and type or copy the URL again from ${WHERE_TO_COPY}.`,
      { position: unsafe.position, characterKind: unsafe.kind, codePoint: codePointLabel(unsafe.codePoint) },
    )
  }
  // A trailing apostrophe can be a legal path character, so only that one is let through.
  if (startsOrEndsWithQuote(text) && !(text.endsWith("'") && !QUOTES.has(text.charAt(0)))) {
    return urlError('quoted', 'Remove the quotation marks around the URL; paste only the URL itself.')
  }
  if (looksLikeSecret(text)) return secretInUrlField()

  const schemeMatch = /^([a-z][a-z0-9+.-]*):/i.exec(text)
  const hasAuthority = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
  if (!schemeMatch || (!hasAuthority && /^[^/:]+\.[^/:]+(:\d+)?(\/|$)/.test(text))) {
    // "acme.helloid.com/scim" or "acme.helloid.com:443/…" (the latter parses with scheme "acme.helloid.com").
    if (/^[^\s/:?#]+\.[^\s/:?#]+/.test(text)) {
      return urlError(
        'missing-scheme',
        'The URL must start with https:// — add https:// in front, or copy the whole URL from HelloID again.',
      )
    }
    return urlError(
      'malformed',
      `This is not a web address. Copy the URL from ${WHERE_TO_COPY}; it starts with https://.`,
    )
  }
  const scheme = (schemeMatch[1] ?? '').toLowerCase()
  if (scheme !== 'https') {
    const hint =
      scheme === 'http'
        ? 'Change http:// to https:// — HelloID only accepts secure connections.'
        : `“${scheme}:” addresses cannot be used for provisioning: copy the https:// URL from ${WHERE_TO_COPY}.`
    return urlError('not-https', `The URL must start with https://. ${hint}`, { scheme })
  }

  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    return urlError(
      'malformed',
      `The URL could not be read as a web address. Copy it again from ${WHERE_TO_COPY} and paste it unchanged.`,
    )
  }

  if (parsed.username !== '' || parsed.password !== '') {
    // Never echo the URL back: the part before "@" may be a password.
    return urlError(
      'credentials',
      'The URL contains a user name or password (the part before “@”). Remove it: HelloID’s URL has none, and the Secret goes in its own field.',
    )
  }
  if (text.includes('#')) {
    return urlError(
      'fragment',
      'The URL contains “#” and text after it. Remove the “#” part; HelloID’s URL has none.',
    )
  }
  if (text.includes('?')) {
    return urlError(
      'query',
      'The URL contains “?” and text after it. Remove the “?” part: HelloID’s URL has none, and Microsoft adds its own query when it calls HelloID.',
    )
  }
  if (hasDotSegments(text)) {
    return urlError(
      'dot-segments',
      `The URL contains “/./” or “/../” path parts. Copy the URL from ${WHERE_TO_COPY} without editing it.`,
    )
  }

  const hostname = parsed.hostname.replace(/\.$/, '')
  const isIp = IPV4.test(hostname) || hostname.startsWith('[')
  const loopback = isLoopbackHost(hostname)
  if (loopback && options.allowLoopback !== true) {
    return hostname === 'localhost' || hostname.endsWith('.localhost')
      ? urlError(
          'localhost',
          'The URL points to “localhost”, this computer. Microsoft’s cloud cannot reach it: use the HelloID URL from your HelloID portal.',
        )
      : urlError(
          'ip-address',
          'The URL uses an IP address instead of a host name. Use the HelloID URL with its host name (such as yourcompany.helloid.com).',
        )
  }
  if (isIp && !loopback) {
    return urlError(
      'ip-address',
      'The URL uses an IP address instead of a host name. Use the HelloID URL with its host name (such as yourcompany.helloid.com).',
    )
  }
  if (!loopback && !hostname.includes('.')) {
    return urlError(
      'not-a-hostname',
      `“${hostname}” is not a full host name. Use the complete HelloID URL, such as https://yourcompany.helloid.com/…`,
    )
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
    `The URL is longer than ${MAX_URL_LENGTH.toLocaleString('en-US')} characters, so more than the URL was pasted. Clear the field and copy only the URL from ${WHERE_TO_COPY}.`,
    { max: MAX_URL_LENGTH },
  )
}

function secretInUrlField() {
  // The person pasted the secret into the URL field: say so without echoing it.
  return urlError(
    'looks-like-secret',
    'This looks like the Secret, not the URL. Paste the Secret into the Secret field, and copy the URL (it starts with https://) into this one.',
  )
}

function hasDotSegments(text: string): boolean {
  const afterAuthority = text.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
  return /(^|\/)(\.|%2e){1,2}(\/|$)/i.test(afterAuthority)
}

function urlWarnings(hostname: string, path: string, port: string, loopback: boolean): string[] {
  const warnings: string[] = []
  if (!loopback && hostname !== HELLOID_SUFFIX && !hostname.endsWith(`.${HELLOID_SUFFIX}`)) {
    warnings.push(
      `The host “${hostname}” is not a helloid.com address. Check that you copied the URL from ${WHERE_TO_COPY} and not from somewhere else.`,
    )
  }
  if (hostname.split('.').some((label) => label.startsWith('xn--'))) {
    warnings.push(
      'The host name contains non-Latin letters (shown as “xn--…”). Look-alike letters are a known trick: compare the URL carefully with the one HelloID shows.',
    )
  }
  if (/\/(users|groups)$/i.test(path)) {
    warnings.push(
      'The URL ends with /Users or /Groups. Microsoft adds that itself; use the URL exactly as HelloID shows it.',
    )
  }
  if (port !== '' && !loopback) {
    warnings.push(
      `The URL names port ${port}. HelloID URLs normally have no port; check that it is the right URL.`,
    )
  }
  return warnings
}

/* ---------------------------------------------------------------------------------------------- */
/* Secret                                                                                         */
/* ---------------------------------------------------------------------------------------------- */

function secretError(reason: SecretRejection, message: string, extra: Record<string, unknown> = {}) {
  // Only fixed texts and numbers go in here; never the secret or a piece of it.
  return fail<ValidatedHelloIdSecret>({
    code: 'INVALID_INPUT',
    message,
    details: { field: 'secret', reason, ...extra },
  })
}

function whereInSecret(position: number, length: number): string {
  if (position === 1) return 'at the start'
  if (position === length) return 'at the end'
  return 'in the middle'
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
    return secretError('not-text', `The Secret must be text. Copy the Secret from ${WHERE_TO_COPY}.`)
  }
  if (raw.length > MAX_SECRET_LENGTH * 4) return tooLongSecret()
  const secret = trimOuterWhitespace(raw)
  if (secret.length === 0) {
    return secretError(
      'empty',
      `Enter the HelloID Secret. Copy it from the Secret field on ${WHERE_TO_COPY}.`,
    )
  }
  if (secret.length > MAX_SECRET_LENGTH) return tooLongSecret()

  if (/^bearer(\s|:)/i.test(secret)) {
    return secretError(
      'bearer-prefix',
      'Remove the word “Bearer” at the start. Paste only the Secret itself; Microsoft adds “Bearer” when it calls HelloID.',
    )
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(secret) || /(^|\.)helloid\.com(\/|:|$)/i.test(secret)) {
    return secretError(
      'looks-like-url',
      'This looks like the URL, not the Secret. Paste it into the URL field, and copy HelloID’s Secret into this one.',
    )
  }
  if (secret.startsWith('{') || secret.startsWith('[')) {
    return secretError(
      'json',
      'This looks like a block of JSON or code. Paste only the Secret value, without braces, names or quotation marks.',
    )
  }
  if (startsOrEndsWithQuote(secret)) {
    return secretError(
      'quoted',
      'Remove the quotation marks around the Secret; paste only the Secret itself.',
    )
  }

  const unsafe = findUnsafeCharacter(secret)
  if (unsafe?.kind === 'whitespace') {
    return secretError(
      'whitespace',
      `The Secret contains a space or line break in the middle. A Secret is one unbroken piece of text: clear the field and copy the Secret again from ${WHERE_TO_COPY}.`,
    )
  }
  if (unsafe) {
    const length = Array.from(secret).length
    const where = whereInSecret(unsafe.position, length)
    return secretError(
      'invisible-character',
      `The Secret contains ${KIND_WORDS[unsafe.kind]} ${where}. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from ${WHERE_TO_COPY}.`,
      { characterKind: unsafe.kind, where: where.replace(/^(at|in) the /, '') },
    )
  }
  if (!/^[\x21-\x7e]+$/.test(secret)) {
    return secretError(
      'not-ascii',
      `The Secret contains letters or symbols that HelloID never uses in a Secret (such as accented letters or typographic quotes). Copy it again from ${WHERE_TO_COPY} instead of typing it.`,
    )
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return secretError(
      'too-short',
      `The Secret is shorter than ${MIN_SECRET_LENGTH} characters, so only part of it was copied. Copy the whole Secret from ${WHERE_TO_COPY}.`,
      { min: MIN_SECRET_LENGTH },
    )
  }

  const warnings: string[] = []
  if (secret.length !== raw.length) {
    warnings.push('Spaces or line breaks before or after the Secret were removed.')
  }
  if (!TOKEN_SHAPE.test(secret)) {
    warnings.push(
      'The Secret contains punctuation that is unusual in a secret. Check that you copied only the Secret and nothing around it.',
    )
  }
  return ok({ secret, warnings })
}

function tooLongSecret() {
  return secretError(
    'too-long',
    `The Secret is longer than ${MAX_SECRET_LENGTH.toLocaleString('en-US')} characters, so more than the Secret was pasted. Clear the field and copy only the Secret from ${WHERE_TO_COPY}.`,
    { max: MAX_SECRET_LENGTH },
  )
}
