import { randomBytes, randomUUID } from 'node:crypto'
import type { Prng } from './prng'

/** RFC 4122 v4-shaped GUID from a seeded stream (object ids must replay with the seed). */
export function seededGuid(prng: Prng): string {
  const b = prng.bytes(16)
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** Correlation ids and other values that never show up in paths stay truly random. */
export function randomGuid(): string {
  return randomUUID()
}

export function randomToken(byteLength: number): string {
  return randomBytes(byteLength).toString('base64url')
}

/** GUID in the .NET byte order Entra uses when it embeds ids in opaque keys. */
export function guidToBytes(guid: string): Buffer {
  const hex = guid.replace(/-/g, '')
  const raw = Buffer.from(hex, 'hex')
  if (raw.length !== 16) throw new Error(`not a guid: ${guid}`)
  const out = Buffer.alloc(16)
  out[0] = raw[3] ?? 0
  out[1] = raw[2] ?? 0
  out[2] = raw[1] ?? 0
  out[3] = raw[0] ?? 0
  out[4] = raw[5] ?? 0
  out[5] = raw[4] ?? 0
  out[6] = raw[7] ?? 0
  out[7] = raw[6] ?? 0
  raw.copy(out, 8, 8)
  return out
}

/**
 * appRoleAssignment ids are base64url(principalId bytes + 16 more bytes) = 43 characters,
 * as in the published example, where the first 22 characters decode to the principal id.
 */
export function appRoleAssignmentId(principalId: string, prng: Prng): string {
  return Buffer.concat([guidToBytes(principalId), prng.bytes(16)]).toString('base64url')
}

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value)
}
