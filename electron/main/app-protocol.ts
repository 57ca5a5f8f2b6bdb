import { readFile, realpath } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * The renderer is served from `app://assistant/…` instead of `file://`: a file page could read any other
 * local file it can name, while this scheme answers only for files inside the renderer output folder.
 * https://www.electronjs.org/docs/latest/api/protocol and
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export const appScheme = 'app'
export const appHost = 'assistant'
export const appPageUrl = `${appScheme}://${appHost}/index.html`

/** The parts of Electron's `protocol` module the assistant uses (tests pass a fake). */
export interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void
}

/**
 * Must run before the app is ready. `standard` gives the scheme real origins and relative URLs, `secure`
 * makes it a secure context like https; no other privilege (no CSP bypass, no service workers).
 */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Binds the `app:` handler that serves files from `rootDir` (the renderer build output). */
export function handleAppScheme(protocol: ProtocolLike, rootDir: string): void {
  protocol.handle(appScheme, (request) => serveAppRequest(rootDir, request))
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

/** Answers one `app:` request: the file's bytes, or 404/405 without saying why. */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 })
  const file = await resolveAppFile(rootDir, request.url)
  const type = file ? contentTypes[extname(file).toLowerCase()] : undefined
  if (!file || !type) return new Response(null, { status: 404 })
  try {
    const body = await readFile(file)
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { 'content-type': type, 'x-content-type-options': 'nosniff' },
    })
  } catch {
    return new Response(null, { status: 404 })
  }
}

/**
 * Maps an `app://assistant/<path>` URL to a real file inside `rootDir`, or null. Refuses other hosts,
 * malformed escapes, encoded separators that climb out (`..%2f`), NUL bytes, and symbolic links that
 * point outside the folder (the real path is checked, as Signal's protocol filter does).
 */
export async function resolveAppFile(rootDir: string, requestUrl: string): Promise<string | null> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  if (path === '/' || path === '') path = '/index.html'
  const root = resolve(rootDir)
  const candidate = resolve(root, `.${path.replaceAll('\\', '/')}`)
  if (!isInside(root, candidate)) return null
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)])
    return isInside(realRoot, realFile) ? realFile : null
  } catch {
    return null
  }
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}
