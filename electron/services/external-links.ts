/**
 * The only places the assistant opens in the system browser: Microsoft's portals, sign-in and docs,
 * and HelloID. Anything else (other hosts, http, embedded credentials, odd ports) is refused, except a
 * host the person confirmed as their customer's HelloID.
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
]

/**
 * HelloID's own hosts, as the HelloID URL check accepts them without asking: helloid.com and any
 * subdomain, but no label in punycode (`xn--`), which could spell a look-alike.
 */
export function isHelloIdHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return (
    (host === 'helloid.com' || host.endsWith('.helloid.com')) &&
    host.split('.').every((label) => label !== '' && !label.startsWith('xn--'))
  )
}

/**
 * True when the URL may be opened in the system browser. `confirmedHosts` are hosts (not helloid.com)
 * that the person confirmed as their customer's HelloID, after the product asked.
 */
export function isAllowedExternalUrl(raw: string, confirmedHosts: readonly string[] = []): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false
  const host = url.hostname.toLowerCase()
  return (
    allowedHosts.some((rule) => (typeof rule === 'string' ? rule === host : rule.test(host))) ||
    isHelloIdHost(host) ||
    confirmedHosts.some((confirmed) => confirmed.toLowerCase() === host)
  )
}
