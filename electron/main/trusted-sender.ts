/**
 * Builds the IPC sender check: only our own page, loaded from the packaged renderer file (or the dev
 * server in development), may call the assistant's operations.
 */
export function createTrustedUrlCheck(pageUrl: string): (url: string) => boolean {
  const expected = new URL(pageUrl)
  return (candidate) => {
    let url: URL
    try {
      url = new URL(candidate)
    } catch {
      return false
    }
    if (expected.protocol === 'file:') return url.protocol === 'file:' && url.pathname === expected.pathname
    return url.origin === expected.origin
  }
}
