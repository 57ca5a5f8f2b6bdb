/**
 * Checks what someone typed to name a tenant: a domain the tenant verified (contoso.onmicrosoft.com,
 * contoso.com) or the tenant id (a GUID). Returns what is wrong in words, or null when it is fine.
 */
export function tenantHintProblem(value: string): string | null {
  const text = value.trim()
  if (text === '') return 'It is empty.'
  if (text.length > 253) return 'It is longer than any domain name can be.'
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.includes('/'))
    return 'It is a web address: leave out https:// and any path.'
  if (text.includes('@')) return 'It is an account: keep only the part after the @.'
  if (/\s/.test(text)) return 'It contains a space.'
  if (/^[0-9a-f-]+$/i.test(text) && text.includes('-'))
    return GUID.test(text)
      ? null
      : 'It looks like a tenant id but is not a whole one (8-4-4-4-12 hex digits).'
  if (!text.includes('.')) return 'It has no dot, so it is not a full domain name.'
  if (!DOMAIN.test(text))
    return 'It is not a valid domain name (letters, digits and hyphens between dots, ending in a name such as .com).'
  return null
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
