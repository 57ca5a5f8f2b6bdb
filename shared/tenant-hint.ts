import type { MessageKey } from './i18n/message'

/**
 * Checks what someone typed to name a tenant: a domain the tenant verified (contoso.onmicrosoft.com,
 * contoso.com) or the tenant id (a GUID). Returns what is wrong as catalog words, or null when it is fine.
 */
export function tenantHintProblem(value: string): MessageKey | null {
  const text = value.trim()
  if (text === '') return 'problems.tenantHint.empty'
  if (text.length > 253) return 'problems.tenantHint.tooLong'
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.includes('/')) return 'problems.tenantHint.webAddress'
  if (text.includes('@')) return 'problems.tenantHint.account'
  if (/\s/.test(text)) return 'problems.tenantHint.space'
  if (/^[0-9a-f-]+$/i.test(text) && text.includes('-'))
    return GUID.test(text) ? null : 'problems.tenantHint.partialId'
  if (!text.includes('.')) return 'problems.tenantHint.noDot'
  if (!DOMAIN.test(text)) return 'problems.tenantHint.notDomain'
  return null
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
