import { describe, expect, it } from 'vitest'

import {
  MAX_SECRET_LENGTH,
  MAX_URL_LENGTH,
  validateHelloIdSecret,
  validateHelloIdUrl,
  type SecretRejection,
  type UrlRejection,
} from './input-validation'
import { english } from '../../../shared/i18n/message'
import { CANARY_SECRET, expectNoSecret } from '../../../tests/support/canary'

// Every refusal must tell the person what to do, not only what is wrong.
const ACTION = /\b(copy|paste|remove|change|use|enter|clear|add|type|check)\b/i

function urlFailure(raw: string, options?: { allowLoopback?: boolean }) {
  const result = validateHelloIdUrl(raw, options)
  if (result.ok) throw new Error(`expected a refusal, got ${result.value.url}`)
  return result.error
}

function secretFailure(raw: string) {
  const result = validateHelloIdSecret(raw)
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

const PASSWORD_CANARY = 'Pw9vXq2LmZ'

describe('validateHelloIdUrl: bad-input classes', () => {
  const rows: [label: string, raw: string, reason: UrlRejection][] = [
    ['empty', '', 'empty'],
    ['only whitespace', '  \n\t ', 'empty'],
    ['1 MB paste', 'x'.repeat(1_000_000), 'too-long'],
    ['just over the limit', `https://acme.helloid.com/${'a'.repeat(MAX_URL_LENGTH)}`, 'too-long'],
    ['space inside', 'https://acme.helloid.com/sc im', 'whitespace'],
    ['two lines pasted', 'https://acme.helloid.com/scim\nhttps://acme.helloid.com/other', 'whitespace'],
    ['zero-width space U+200B', 'https://acme.helloid.com/\u200Bscim', 'invisible-character'],
    ['byte-order mark U+FEFF in front', '\uFEFFhttps://acme.helloid.com/scim', 'invisible-character'],
    ['right-to-left override U+202E', 'https://acme.helloid.com/\u202Escim', 'invisible-character'],
    ['control character', 'https://acme.helloid.com/\u0007scim', 'invisible-character'],
    ['quoted', '"https://acme.helloid.com/scim"', 'quoted'],
    ['smart quotes', '“https://acme.helloid.com/scim”', 'quoted'],
    ['the secret in the URL field', CANARY_SECRET, 'looks-like-secret'],
    ['a bearer header in the URL field', `Bearer ${CANARY_SECRET}`, 'looks-like-secret'],
    ['a JWT in the URL field', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', 'looks-like-secret'],
    ['missing scheme', 'acme.helloid.com/scim', 'missing-scheme'],
    ['missing scheme with port', 'acme.helloid.com:443/scim', 'missing-scheme'],
    ['not a URL at all', 'notaurl', 'malformed'],
    ['scheme only', 'https://', 'malformed'],
    ['broken host', 'https://exa[mple.com/scim', 'malformed'],
    ['http', 'http://acme.helloid.com/scim', 'not-https'],
    ['ftp', 'ftp://acme.helloid.com/scim', 'not-https'],
    ['javascript', 'javascript:alert(1)', 'not-https'],
    ['file', 'file:///etc/passwd', 'not-https'],
    ['data', 'data:text/html,hi', 'not-https'],
    ['credentials', `https://admin:${PASSWORD_CANARY}@acme.helloid.com/scim`, 'credentials'],
    ['user name only', 'https://admin@acme.helloid.com/scim', 'credentials'],
    ['fragment', 'https://acme.helloid.com/scim#top', 'fragment'],
    ['empty fragment', 'https://acme.helloid.com/scim#', 'fragment'],
    ['query', 'https://acme.helloid.com/scim?x=1', 'query'],
    ['empty query', 'https://acme.helloid.com/scim?', 'query'],
    ['path traversal', 'https://acme.helloid.com/scim/../admin', 'dot-segments'],
    ['encoded traversal', 'https://acme.helloid.com/scim/%2e%2e/admin', 'dot-segments'],
    ['IPv4 loopback', 'https://127.0.0.1/scim', 'ip-address'],
    ['private IPv4', 'https://10.0.0.5/scim', 'ip-address'],
    ['IPv6 loopback', 'https://[::1]/scim', 'ip-address'],
    ['integer IPv4', 'https://2130706433/scim', 'ip-address'],
    ['localhost', 'https://localhost:8443/scim', 'localhost'],
    ['single-label host', 'https://helloid/scim', 'not-a-hostname'],
  ]

  it.each(rows)('%s → %s', (_label, raw, reason) => {
    const error = urlFailure(raw)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.details).toMatchObject({ field: 'url', reason })
    expect(error.message).toMatch(ACTION)
    expect(error.message.length).toBeLessThan(400)
  })

  it('gives a distinct message for every reason', () => {
    const byReason = new Map<string, Set<string>>()
    for (const [, raw, reason] of rows) {
      const set = byReason.get(reason) ?? new Set<string>()
      set.add(urlFailure(raw).message)
      byReason.set(reason, set)
    }
    const owners = new Map<string, string>()
    for (const [reason, messages] of byReason) {
      for (const message of messages) {
        expect(owners.get(message) ?? reason).toBe(reason)
        owners.set(message, reason)
      }
    }
  })

  it('says "must start with https://" for every non-HTTPS scheme', () => {
    for (const raw of ['http://acme.helloid.com', 'ftp://acme.helloid.com', 'javascript:alert(1)']) {
      expect(urlFailure(raw).message).toContain('must start with https://')
    }
    expect(urlFailure('acme.helloid.com/scim').message).toContain('must start with https://')
  })

  it('names the kind and position of an invisible character', () => {
    const error = urlFailure('https://acme.helloid.com/\u200Bscim')
    expect(error.message).toContain('zero-width')
    expect(error.message).toContain('U+200B')
    expect(error.details).toMatchObject({ position: 26, characterKind: 'zero-width' })
    expect(urlFailure('https://a.helloid.com/\u202E').message).toContain('bidi')
    expect(urlFailure('https://a.helloid.com/\u0000').message).toContain('control character')
  })

  it('does not echo a huge paste or a password back', () => {
    const huge = urlFailure(`https://acme.helloid.com/${'q'.repeat(5000)}`)
    expect(JSON.stringify(huge)).not.toContain('qqqq')
    expect(JSON.stringify(urlFailure('z'.repeat(1_000_000)))).not.toContain('zzzz')
    expect(JSON.stringify(urlFailure(`https://admin:${PASSWORD_CANARY}@acme.helloid.com/`))).not.toContain(
      PASSWORD_CANARY,
    )
  })

  it('does not echo a secret pasted into the URL field', () => {
    expectNoSecret(validateHelloIdUrl(CANARY_SECRET))
    expectNoSecret(validateHelloIdUrl(`Bearer ${CANARY_SECRET}`))
    expectNoSecret(validateHelloIdUrl(`${CANARY_SECRET}\n`))
  })

  it('refuses a 1 MB paste quickly', () => {
    const started = performance.now()
    urlFailure(' '.repeat(500_000) + 'a'.repeat(500_000))
    urlFailure('a '.repeat(500_000))
    expect(performance.now() - started).toBeLessThan(50)
  })

  it('never throws on a non-string from IPC', () => {
    expect(validateHelloIdUrl(42 as unknown as string)).toMatchObject({
      ok: false,
      error: { details: { reason: 'not-text' } },
    })
  })
})

describe('validateHelloIdUrl: accepted input', () => {
  it.each([
    ['https://acme.helloid.com/scim', 'https://acme.helloid.com/scim'],
    [' https://ACME.HelloID.com.:443/scim/ \r\n', 'https://acme.helloid.com/scim'],
    ['https://acme.helloid.com', 'https://acme.helloid.com'],
    ['https://acme.helloid.com///', 'https://acme.helloid.com'],
    ['\u00A0https://acme.helloid.com/api/t2/scim//\t', 'https://acme.helloid.com/api/t2/scim'],
  ])('%j → %s', (raw, url) => {
    expect(validateHelloIdUrl(raw)).toEqual({
      ok: true,
      value: { url, warnings: [], unrecognisedHost: null },
    })
  })

  it('warns about a host outside helloid.com, including look-alikes', () => {
    for (const raw of [
      'https://acme.helloid.com.evil.com/scim',
      'https://evil.com/acme.helloid.com',
      'https://acme-helloid.com/scim',
    ]) {
      const result = validateHelloIdUrl(raw)
      expect(result.ok && result.value.warnings.map(english).join(' ')).toContain('not a helloid.com address')
    }
  })

  it('warns about look-alike letters, /Users and ports', () => {
    const idn = validateHelloIdUrl('https://acme.hellоid.com/scim') // Cyrillic "о"
    expect(idn.ok && idn.value.warnings.map(english).join(' ')).toContain('xn--')
    const users = validateHelloIdUrl('https://acme.helloid.com/scim/Users')
    expect(users.ok && users.value.warnings).toHaveLength(1)
    const port = validateHelloIdUrl('https://acme.helloid.com:8443/scim')
    expect(port.ok && port.value).toMatchObject({ url: 'https://acme.helloid.com:8443/scim' })
    expect(port.ok && port.value.warnings.map(english).join(' ')).toContain('port 8443')
  })

  it('accepts loopback hosts only with allowLoopback', () => {
    const options = { allowLoopback: true }
    expect(validateHelloIdUrl('https://127.0.0.1:8443/scim/', options)).toEqual({
      ok: true,
      value: { url: 'https://127.0.0.1:8443/scim', warnings: [], unrecognisedHost: null },
    })
    expect(validateHelloIdUrl('https://localhost:1234', options)).toMatchObject({
      ok: true,
      value: { url: 'https://localhost:1234' },
    })
    expect(validateHelloIdUrl('https://[::1]:1234/x', options)).toMatchObject({
      ok: true,
      value: { url: 'https://[::1]:1234/x' },
    })
    // Only loopback: other addresses stay refused.
    expect(urlFailure('https://10.0.0.5/scim', options).details).toMatchObject({ reason: 'ip-address' })
    expect(urlFailure('http://127.0.0.1/scim', options).details).toMatchObject({ reason: 'not-https' })
  })
})

describe('validateHelloIdSecret: bad-input classes', () => {
  const half = CANARY_SECRET.length / 2
  const rows: [label: string, raw: string, reason: SecretRejection][] = [
    ['empty', '', 'empty'],
    ['only whitespace', ' \r\n\t', 'empty'],
    ['1 MB paste', CANARY_SECRET.repeat(32_000), 'too-long'],
    ['just over the limit', 'A'.repeat(MAX_SECRET_LENGTH + 1), 'too-long'],
    ['too short', CANARY_SECRET.slice(0, 10), 'too-short'],
    ['Bearer prefix', `Bearer ${CANARY_SECRET}`, 'bearer-prefix'],
    ['lower-case bearer prefix', `bearer ${CANARY_SECRET}`, 'bearer-prefix'],
    ['swapped with the URL', 'https://acme.helloid.com/scim', 'looks-like-url'],
    ['URL without scheme', 'acme.helloid.com/scim/abcdefghijk', 'looks-like-url'],
    ['JSON wrapper', `{ "token": "${CANARY_SECRET}" }`, 'json'],
    ['quoted', `"${CANARY_SECRET}"`, 'quoted'],
    ['smart-quoted', `“${CANARY_SECRET}”`, 'quoted'],
    ['space inside', `${CANARY_SECRET.slice(0, half)} ${CANARY_SECRET.slice(half)}`, 'whitespace'],
    ['line break inside', `${CANARY_SECRET.slice(0, half)}\n${CANARY_SECRET.slice(half)}`, 'whitespace'],
    [
      'no-break space inside',
      `${CANARY_SECRET.slice(0, half)}\u00A0${CANARY_SECRET.slice(half)}`,
      'whitespace',
    ],
    ['zero-width space at the end', `${CANARY_SECRET}\u200B`, 'invisible-character'],
    ['byte-order mark at the start', `\uFEFF${CANARY_SECRET}`, 'invisible-character'],
    [
      'zero-width joiner inside',
      `${CANARY_SECRET.slice(0, half)}\u200D${CANARY_SECRET.slice(half)}`,
      'invisible-character',
    ],
    ['right-to-left override', `${CANARY_SECRET}\u202E`, 'invisible-character'],
    ['NUL', `${CANARY_SECRET}\u0000`, 'invisible-character'],
    ['accented letter', `${CANARY_SECRET}é`, 'not-ascii'],
    ['emoji', `${CANARY_SECRET}🔑`, 'not-ascii'],
  ]

  it.each(rows)('%s → %s, without the secret in the result', (_label, raw, reason) => {
    const result = validateHelloIdSecret(raw)
    expectNoSecret(result)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(result.error.details).toMatchObject({ field: 'secret', reason })
    expect(result.error.message).toMatch(ACTION)
  })

  it('gives a distinct message for every reason', () => {
    const owners = new Map<string, string>()
    for (const [, raw, reason] of rows) {
      const { message } = secretFailure(raw)
      expect(owners.get(message) ?? reason).toBe(reason)
      owners.set(message, reason)
    }
    expect(new Set(owners.values()).size).toBe(new Set(rows.map(([, , reason]) => reason)).size)
  })

  it('says where an invisible character is without showing any of the secret', () => {
    expect(secretFailure(`\u200B${CANARY_SECRET}`).details).toMatchObject({ where: 'start' })
    expect(secretFailure(`${CANARY_SECRET}\uFEFF`).details).toMatchObject({ where: 'end' })
    expect(
      secretFailure(`${CANARY_SECRET.slice(0, 4)}\u202E${CANARY_SECRET.slice(4)}`).details,
    ).toMatchObject({
      where: 'middle',
      characterKind: 'bidi',
    })
  })

  it('tells to paste only the secret when Bearer is included', () => {
    expect(secretFailure(`Bearer ${CANARY_SECRET}`).message).toMatch(/paste only the Secret/i)
  })

  it('refuses a 1 MB paste quickly', () => {
    const started = performance.now()
    secretFailure('\n'.repeat(1_000_000))
    secretFailure(`${'a'.repeat(1_000_000)}`)
    expect(performance.now() - started).toBeLessThan(50)
  })
})

describe('validateHelloIdSecret: accepted input', () => {
  it('returns the secret unchanged', () => {
    expect(validateHelloIdSecret(CANARY_SECRET)).toEqual({
      ok: true,
      value: { secret: CANARY_SECRET, warnings: [] },
    })
  })

  it('trims ordinary whitespace around it and says so', () => {
    for (const raw of [`  ${CANARY_SECRET}\r\n`, `\t${CANARY_SECRET}`, `\u00A0${CANARY_SECRET}\u00A0`]) {
      const result = validateHelloIdSecret(raw)
      expect(result.ok && result.value.secret).toBe(CANARY_SECRET)
      expect(result.ok && result.value.warnings).toEqual([{ code: 'helloIdInput.secret.trimmed' }])
      if (result.ok)
        expect(result.value.warnings.map(english).join(' ')).not.toContain(CANARY_SECRET.slice(0, 6))
    }
  })

  it('accepts base64 padding and warns about unusual punctuation', () => {
    expect(validateHelloIdSecret(`${CANARY_SECRET}==`)).toMatchObject({ ok: true, value: { warnings: [] } })
    const odd = validateHelloIdSecret(`${CANARY_SECRET}!#`)
    expect(odd.ok && odd.value.warnings).toHaveLength(1)
  })
})
