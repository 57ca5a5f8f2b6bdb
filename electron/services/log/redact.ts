/**
 * Removes secrets from text and structured log fields before they are written anywhere.
 *
 * Two layers: known secret values registered at runtime (the HelloID secret the person pasted, tokens
 * MSAL handed out) are replaced wherever they appear, and shape-based rules catch bearer headers, JWTs
 * and secret-like field names even when the value was never registered.
 */
export class Redactor {
  private readonly known = new Set<string>()

  /** Registers a value that must never be written out (ignored when too short to be meaningful). */
  register(secret: string | undefined | null): void {
    if (secret && secret.length >= 8) this.known.add(secret)
  }

  /** Forgets a value, e.g. after sign-out. */
  forget(secret: string): void {
    this.known.delete(secret)
  }

  /** Returns the text with every registered secret and secret-shaped token masked. */
  text(input: string): string {
    let out = input
    for (const secret of this.known) out = out.split(secret).join('[redacted]')
    return out
      .replace(/\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]')
      .replace(/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '[redacted-jwt]')
  }

  /** Returns a deep copy of the value with secret-named fields and registered secrets masked. */
  value(input: unknown, depth = 0): unknown {
    if (depth > 8) return '[truncated]'
    if (typeof input === 'string') return this.text(input)
    if (Array.isArray(input)) return input.map((item) => this.value(item, depth + 1))
    if (input && typeof input === 'object') {
      const out: Record<string, unknown> = {}
      for (const [key, val] of Object.entries(input)) {
        out[key] = SECRET_FIELD.test(key) ? '[redacted]' : this.value(val, depth + 1)
      }
      return out
    }
    return input
  }
}

const SECRET_FIELD = /(secret|token|password|authorization|assertion|code_verifier|refresh|cookie)/i
