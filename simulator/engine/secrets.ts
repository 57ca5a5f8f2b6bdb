import type { ServicePrincipalObj } from '../state/objects'

/** The saved secrets of a service principal as a map (last PUT wins; empty values count as unset). */
export function savedSecrets(sp: ServicePrincipalObj): Map<string, string> {
  const out = new Map<string, string>()
  for (const s of sp.sync?.secrets ?? []) if (s.value !== '') out.set(s.key, s.value)
  return out
}

export function hasCredentials(sp: ServicePrincipalObj): boolean {
  const s = savedSecrets(sp)
  return s.has('BaseAddress') && s.has('SecretToken')
}

export function syncAllSecret(sp: ServicePrincipalObj): boolean {
  return savedSecrets(sp).get('SyncAll')?.toLowerCase() === 'true'
}
