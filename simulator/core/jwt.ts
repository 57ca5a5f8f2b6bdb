import { createHash, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import { isRecord } from './json'

export type JwtPayload = Record<string, unknown>

export type VerifyResult =
  | { ok: true; header: Record<string, unknown>; payload: JwtPayload }
  | { ok: false; reason: 'malformed' | 'signature' }

/** RS256 signer with its own key pair; the JWKS endpoint publishes the public half. */
export class TokenSigner {
  private readonly privateKey: KeyObject
  private readonly publicKey: KeyObject
  readonly kid: string

  constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    this.privateKey = pair.privateKey
    this.publicKey = pair.publicKey
    const der = this.publicKey.export({ type: 'spki', format: 'der' })
    this.kid = createHash('sha256').update(der).digest('base64url').slice(0, 27)
  }

  sign(payload: JwtPayload): string {
    const header = { typ: 'JWT', alg: 'RS256', kid: this.kid, x5t: this.kid }
    const input = `${b64json(header)}.${b64json(payload)}`
    const signature = sign('RSA-SHA256', Buffer.from(input), this.privateKey).toString('base64url')
    return `${input}.${signature}`
  }

  verify(token: string): VerifyResult {
    const parts = token.split('.')
    if (parts.length !== 3) return { ok: false, reason: 'malformed' }
    const [h, p, s] = parts as [string, string, string]
    const header = decodeJson(h)
    const payload = decodeJson(p)
    if (!header || !payload) return { ok: false, reason: 'malformed' }
    if (header.alg !== 'RS256') return { ok: false, reason: 'signature' }
    const valid = verify('RSA-SHA256', Buffer.from(`${h}.${p}`), this.publicKey, Buffer.from(s, 'base64url'))
    return valid ? { ok: true, header, payload } : { ok: false, reason: 'signature' }
  }

  jwks(issuer: string): { keys: Record<string, unknown>[] } {
    const jwk = this.publicKey.export({ format: 'jwk' })
    return { keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, x5t: this.kid, n: jwk.n, e: jwk.e, issuer }] }
  }
}

function b64json(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** Decodes a JWT segment without verifying; also used by tests and by the control view. */
export function decodeJson(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
    return isRecord(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function decodeJwtPayload(token: string): JwtPayload | undefined {
  const part = token.split('.')[1]
  return part === undefined ? undefined : decodeJson(part)
}
