/**
 * The only places the assistant opens in the system browser: Microsoft's portals, sign-in and docs,
 * and HelloID. Anything else (other hosts, http, embedded credentials, odd ports) is refused.
 */
const allowedHosts: readonly (string | RegExp)[] = [
  'portal.azure.com',
  'entra.microsoft.com',
  'portal.azure.us',
  'portal.azure.cn',
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
  'learn.microsoft.com',
  'docs.microsoft.com',
  'aka.ms',
  'docs.helloid.com',
  /^[a-z0-9-]+\.helloid\.com$/,
]

/** True when the URL may be opened in the system browser. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false
  const host = url.hostname.toLowerCase()
  return allowedHosts.some((rule) => (typeof rule === 'string' ? rule === host : rule.test(host)))
}
