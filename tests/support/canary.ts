import { expect } from 'vitest'

/** A secret that looks like a real one and is unmistakable when it leaks into output. */
export const CANARY_SECRET = 'Qz7xK9pLw3Rv8TnY2mB5hJ4dF6gS1aC0'

/**
 * Fails when `value`, serialised whole, holds the secret in any common encoding or any 6-character
 * slice of it (a partial echo is a leak too).
 */
export function expectNoSecret(value: unknown, secret: string = CANARY_SECRET): void {
  if (secret === '') return
  const text = JSON.stringify(value) ?? ''
  const forms = [
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64'),
    JSON.stringify(secret).slice(1, -1),
  ]
  for (const form of forms) expect(text).not.toContain(form)
  for (let i = 0; i + 6 <= secret.length; i += 1) expect(text).not.toContain(secret.slice(i, i + 6))
}
