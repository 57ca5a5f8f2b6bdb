import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, normalize, sep } from 'node:path'

import { WebSocketServer, type WebSocket } from 'ws'

import { errorTable } from '../../../shared/errors'
import { errorOf, msg } from '../../../shared/i18n/message'
import { fail } from '../../../shared/result'
import type { EventBus } from '../../services/events'
import type { Logger } from '../../services/log/logger'
import { dispatchOperation, isOperationName } from '../dispatch'
import type { HandlerTable } from '../handler-table'
import { contentSecurityPolicy } from './csp'
import { StaticFiles } from './static-files'

/** Options of the loopback web host. */
export interface WebHostOptions {
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string
  table: HandlerTable
  events: EventBus
  log: Logger
  /** Loopback address only; anything else is refused. */
  host?: '127.0.0.1' | '::1' | 'localhost'
  port?: number
  /** Fixed token for tests; by default a fresh random one per run. */
  token?: string
}

/** A running web host. `url` carries the token in its fragment, which browsers never send to servers. */
export interface WebHost {
  origin: string
  url: string
  token: string
  stop(): Promise<void>
}

const MAX_BODY_BYTES = 256 * 1024
/** The page never sends frames; anything larger than this is closed at once (1009). */
const MAX_FRAME_BYTES = 1024
const TOKEN_HEADER = 'x-assistant-token'
const WS_PROTOCOL = 'helloid-assistant.v1'
const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost'])
/**
 * Serves the built renderer and binds the handler table over HTTP (`POST /api/<operation>`) and a
 * WebSocket (`/events`), for the browser preview and end-to-end tests.
 *
 * Every API call needs the per-run token, an Origin equal to our own, and a Host header naming our
 * loopback address (which defeats DNS rebinding). The server listens on loopback only.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1'
  if (!loopbackHosts.has(host))
    throw new Error(`The web host only listens on loopback, not on ${String(host)}.`)
  const token = options.token ?? randomBytes(32).toString('base64url')
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const hostForUrl = host === '::1' ? '[::1]' : host
  const origin = `http://${hostForUrl}:${port}`
  const allowedHostHeaders = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
  const tokenMatches = (candidate: string | undefined): boolean => {
    if (!candidate) return false
    const a = Buffer.from(candidate)
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }
  const sameOrigin = (req: IncomingMessage): boolean => {
    const requestOrigin = req.headers.origin
    return (
      requestOrigin === origin ||
      requestOrigin === `http://localhost:${port}` ||
      requestOrigin === `http://127.0.0.1:${port}`
    )
  }

  server.on('request', (req, res) => {
    void handleRequest(req, res).catch((error: unknown) => {
      options.log.error('web host request failed', {
        error: error instanceof Error ? error.message : String(error),
      })
      if (!res.headersSent) sendJson(res, 500, fail({ code: 'INTERNAL', message: errorTable.INTERNAL }))
    })
  })

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHostHeaders.has(req.headers.host ?? '')) {
      res.writeHead(421).end()
      return
    }
    const path = pathOf(req.url)
    if (path === null) {
      res.writeHead(400).end()
      return
    }
    if (path.startsWith('/api/')) {
      await handleApi(req, res, path.slice('/api/'.length))
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    await serveStatic(req, res, path)
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end()
      return
    }
    const headerToken = req.headers[TOKEN_HEADER]
    if (!sameOrigin(req) || !tokenMatches(typeof headerToken === 'string' ? headerToken : undefined)) {
      sendJson(
        res,
        401,
        fail({ code: 'UNAUTHORIZED_HOST_REQUEST', message: errorTable.UNAUTHORIZED_HOST_REQUEST }),
      )
      return
    }
    if (!isOperationName(name)) {
      sendJson(
        res,
        404,
        fail(errorOf('NOT_FOUND', msg('problems.host.unknownOperation', { operation: name.slice(0, 64) }))),
      )
      return
    }
    const body = await readBody(req)
    if (body === null) {
      sendJson(res, 413, fail(errorOf('INVALID_INPUT', msg('problems.host.tooLarge'))))
      return
    }
    let payload: unknown
    try {
      payload = body.length ? JSON.parse(body) : {}
    } catch {
      sendJson(res, 400, fail(errorOf('INVALID_INPUT', msg('problems.host.notJson'))))
      return
    }
    sendJson(res, 200, await dispatchOperation(options.table, name, payload, options.log))
  }

  const staticFiles = new StaticFiles()

  async function serveStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/favicon.ico') {
      res.writeHead(204).end()
      return
    }
    const decoded = decodePath(path === '/' ? '/index.html' : path)
    if (decoded === null) {
      res.writeHead(400).end()
      return
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '')
    const root = normalize(options.rendererDir + sep)
    const file = join(root, relative)
    if (!file.startsWith(root)) {
      res.writeHead(403).end()
      return
    }
    await staticFiles.send(req, res, file, {
      headers: {
        'content-security-policy': contentSecurityPolicy([`ws://${hostForUrl}:${port}`]),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      },
      // Vite names what it emits under assets/ by content hash, so those never change.
      immutable: relative.startsWith(`assets${sep}`),
    })
  }

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    handleProtocols: (protocols) => (protocols.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
  })
  const clients = new Set<WebSocket>()
  server.on('upgrade', (req, socket, head) => {
    // A reset or broken connection must end this socket only; an unheard 'error' would end the host.
    socket.on('error', () => socket.destroy())
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim())
    const path = pathOf(req.url)
    const authorised =
      path === '/events' &&
      allowedHostHeaders.has(req.headers.host ?? '') &&
      sameOrigin(req) &&
      offered.includes(WS_PROTOCOL) &&
      offered.some((p) => tokenMatches(p.startsWith('token.') ? p.slice('token.'.length) : undefined))
    if (!authorised) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n')
      socket.destroy()
      return
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      clients.add(ws)
      ws.on('close', () => clients.delete(ws))
      // Invalid UTF-8, an oversized or malformed frame: ws closes this socket with the matching code
      // (1007, 1009, 1002) and reports it here.
      ws.on('error', (error) => {
        options.log.warn('web host closed a WebSocket after a bad frame', { error: error.message })
        clients.delete(ws)
      })
      // The channel is one-way: the page never sends commands over it.
      ws.on('message', () => ws.close(1008, 'read-only channel'))
    })
  })
  const unsubscribe = options.events.subscribe((event) => {
    const frame = JSON.stringify({ event: event.name, payload: event.payload })
    for (const ws of clients) if (ws.readyState === ws.OPEN) ws.send(frame)
  })

  return {
    origin,
    url: `${origin}/#token=${token}`,
    token,
    async stop() {
      unsubscribe()
      for (const ws of clients) ws.terminate()
      sockets.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** The path of a request target, or null when it is not a URL path at all. */
function pathOf(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://loopback').pathname
  } catch {
    return null
  }
}

/** Decodes percent-escapes; null for a malformed escape (answered with 400, not a server error). */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}
