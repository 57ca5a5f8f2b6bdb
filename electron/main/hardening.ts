import type { Session, WebContents } from 'electron'

import { isAllowedExternalUrl } from '../services/external-links'
import type { Logger } from '../services/log/logger'

/**
 * Denies every permission request (camera, notifications, geolocation, clipboard reads, …) and check but
 * clipboard writes: Electron approves them all by default.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowedPermissions.has(permission)),
  )
  session.setPermissionCheckHandler((_contents, permission) => allowedPermissions.has(permission))
}

/** Writing to the clipboard lets the person copy a device code; nothing else is ever granted. */
const allowedPermissions = new Set<string>(['clipboard-sanitized-write'])

/**
 * Keeps a web contents on our page: navigation and webview attachment are refused, and new windows are
 * denied; a link to an allowed Microsoft/HelloID page opens in the system browser instead.
 */
export function hardenWebContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
  log: Logger,
): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    log.warn('blocked navigation', { url: safeOrigin(url) })
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      openExternal(url).catch((error: unknown) => log.warn('could not open link', { error: String(error) }))
    } else {
      log.warn('blocked new window', { url: safeOrigin(url) })
    }
    return { action: 'deny' }
  })
}

/**
 * Logs only where a URL points, never its path or query (which may carry codes or ids). Custom schemes
 * such as `app:` have an opaque origin ("null"), so scheme and host are logged instead.
 */
function safeOrigin(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin
  } catch {
    return 'invalid-url'
  }
}
