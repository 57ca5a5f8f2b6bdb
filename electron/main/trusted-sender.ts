/**
 * Builds the IPC sender check: only our own page, served from `app://assistant` (or the dev server in
 * development), may call the assistant's operations. `app:` is not a special scheme in the URL
 * standard, so its `origin` is the opaque "null" for every host; the check compares scheme and host.
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
    if (url.protocol !== expected.protocol || url.host !== expected.host) return false
    return expected.origin === 'null' || url.origin === expected.origin
  }
}
