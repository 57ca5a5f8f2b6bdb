import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  MAX_SECRET_LENGTH,
  MIN_SECRET_LENGTH,
  validateHelloIdSecret,
  validateHelloIdUrl,
} from './input-validation'

const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
]
const OUTER_WHITESPACE = [' ', '\t', '\n', '\r', '\u00A0']
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/'.split('')

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }))
const invisible = fc.constantFrom(...INVISIBLE)
const outerWhitespace = fc.string({ unit: fc.constantFrom(...OUTER_WHITESPACE), maxLength: 8 })
const validSecret = fc
  .string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: MIN_SECRET_LENGTH, maxLength: 200 })
  .filter((s) => !/helloid\.com/i.test(s))
const httpsUrl = fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true })
// Without query or fragment most generated URLs are acceptable, so the "accepted ⇒ …" properties bite.
const plainHttpsUrl = fc.webUrl({ validSchemes: ['https'] })
const urlLike = fc.oneof(plainHttpsUrl, httpsUrl, fc.webUrl(), anyText)

function insertAt(text: string, index: number, extra: string): string {
  const at = index % (text.length + 1)
  return text.slice(0, at) + extra + text.slice(at)
}

describe('input validation properties', () => {
  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(urlLike, fc.boolean(), (raw, allowLoopback) => {
        validateHelloIdUrl(raw, { allowLoopback })
        validateHelloIdSecret(raw)
      }),
      { numRuns: 500 },
    )
  })

  it('refuses any value that contains a zero-width or bidi character', () => {
    fc.assert(
      fc.property(fc.oneof(urlLike, validSecret), fc.nat(), invisible, (text, index, char) => {
        const raw = insertAt(text, index, char)
        expect(validateHelloIdUrl(raw, { allowLoopback: true }).ok).toBe(false)
        expect(validateHelloIdSecret(raw).ok).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  it('normalises a valid secret with any outer whitespace to itself', () => {
    fc.assert(
      fc.property(outerWhitespace, validSecret, outerWhitespace, (before, secret, after) => {
        const result = validateHelloIdSecret(before + secret + after)
        expect(result.ok && result.value.secret).toBe(secret)
      }),
      { numRuns: 500 },
    )
  })

  it('accepts only printable-ASCII secrets within the length limits', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const result = validateHelloIdSecret(raw)
        if (!result.ok) return
        expect(result.value.secret).toMatch(/^[\x21-\x7e]+$/)
        expect(result.value.secret.length).toBeGreaterThanOrEqual(MIN_SECRET_LENGTH)
        expect(result.value.secret.length).toBeLessThanOrEqual(MAX_SECRET_LENGTH)
      }),
      { numRuns: 500 },
    )
  })

  it('accepts only credential-free https URLs, and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(urlLike, (raw) => {
        const result = validateHelloIdUrl(raw)
        if (!result.ok) return
        const parsed = new URL(result.value.url)
        expect(parsed.protocol).toBe('https:')
        expect(parsed.username + parsed.password).toBe('')
        expect(result.value.url).not.toMatch(/[?#\s]|\/$/)
        expect(validateHelloIdUrl(result.value.url)).toEqual(result)
      }),
      { numRuns: 500 },
    )
  })

  // Speed is the benchmark's business; what matters here is that an oversized paste is refused by its
  // length alone, before any pattern runs over it.
  it('refuses anything longer than the limits as too long', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_SECRET_LENGTH + 1, max: 1_000_000 }), fc.string(), (length, seed) => {
        const raw = (seed || 'x').repeat(Math.ceil(length / Math.max(seed.length, 1))).slice(0, length)
        if (raw.trim().length <= MAX_SECRET_LENGTH) return
        for (const result of [validateHelloIdUrl(raw), validateHelloIdSecret(raw)]) {
          expect(result.ok).toBe(false)
          if (!result.ok) expect(result.error.details).toMatchObject({ reason: 'too-long' })
        }
      }),
      { numRuns: 30 },
    )
  })
})
