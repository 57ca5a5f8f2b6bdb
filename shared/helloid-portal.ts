/*
 * Where "Open HelloID" goes. A customer's HelloID portal is its own host, usually yourorganization.helloid.com
 * or a custom domain (https://docs.helloid.com/hc/en-us/articles/360017296940, "Log in from your computer").
 * HelloID's admin pages live under /admin on that host: its documentation gives
 * https://<customer id>.helloid.com/admin/settings/resetcustomcss as an admin link
 * (https://docs.helloid.com/en/settings/appearance-settings.html). HelloID documents no link to the
 * Directory › Azure AD page itself, so the assistant opens the admin dashboard and the steps say where to click.
 */

/**
 * The admin dashboard of a saved HelloID portal address: its host's /admin, or the address as saved when the
 * person gave a page on it (for example a custom domain's own path).
 */
export function helloIdAdminUrl(portal: string): string {
  const url = new URL(portal)
  return url.pathname === '/' || url.pathname === '' ? `${url.origin}/admin` : `${url.origin}${url.pathname}`
}

/** The portal address to suggest for a HelloID URL: its host, where HelloID's admin pages are too. */
export function suggestedHelloIdPortal(helloIdUrl: string | null | undefined): string {
  if (!helloIdUrl) return ''
  try {
    const url = new URL(helloIdUrl)
    return url.protocol === 'https:' ? url.origin : ''
  } catch {
    return ''
  }
}
