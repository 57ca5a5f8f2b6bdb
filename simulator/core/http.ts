import { createServer, type Server } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import type { ServerCertificate } from './tls'

const MAX_BODY_BYTES = 4 * 1024 * 1024

export interface SimRequest {
  method: string
  url: URL
  /** Decoded pathname, e.g. "/v1.0/users". */
  path: string
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>
  rawBody: Buffer
  remoteAddress: string
}

export type SocketAction = { kind: 'reset' } | { kind: 'hold'; ms: number }

export interface SimResponse {
  status: number
  headers: Record<string, string>
  body?: string | Buffer
  /** Instead of answering: drop the connection, or keep it open and silent (client timeouts). */
  socketAction?: SocketAction
}

export type RequestHandler = (req: SimRequest) => Promise<SimResponse>

export interface Listener {
  server: Server
  port: number
  origin: string
  setCertificate(cert: ServerCertificate): void
  close(): Promise<void>
}

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  }
}

export function htmlResponse(
  status: number,
  html: string,
  headers: Record<string, string> = {},
): SimResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: html,
  }
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): SimResponse {
  return { status, headers }
}

export function isLoopback(address: string): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}

export function formBody(req: SimRequest): URLSearchParams {
  return new URLSearchParams(req.rawBody.toString('utf8'))
}

function collectHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buf.length
    if (size > MAX_BODY_BYTES) throw new Error('body too large')
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

/** HTTPS listener on 127.0.0.1 that hands a fully read request to `handler`. */
export async function startListener(options: {
  port: number
  certificate: ServerCertificate
  handler: RequestHandler
}): Promise<Listener> {
  const held = new Set<NodeJS.Timeout>()
  const sockets = new Set<Socket>()
  const server = createServer(
    { key: options.certificate.key, cert: options.certificate.cert },
    (req, res) => {
      void serve(req, res)
    },
  )
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  // TLS failures (an untrusted certificate, say) are the client's problem, not a crash.
  server.on('tlsClientError', () => undefined)

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let response: SimResponse
    try {
      const rawBody = await readBody(req)
      const url = new URL(req.url ?? '/', `https://${req.headers.host ?? '127.0.0.1'}`)
      let path = url.pathname
      try {
        path = decodeURIComponent(url.pathname)
      } catch {
        // keep the raw path; the router answers 404/400 for it
      }
      response = await options.handler({
        method: (req.method ?? 'GET').toUpperCase(),
        url,
        path,
        headers: collectHeaders(req),
        rawBody,
        remoteAddress: req.socket.remoteAddress ?? '',
      })
    } catch (error) {
      response = jsonResponse(500, { error: { code: 'InternalServerError', message: String(error) } })
    }
    const action = response.socketAction
    if (action?.kind === 'reset') {
      req.socket.destroy()
      return
    }
    if (action?.kind === 'hold') {
      const timer = setTimeout(() => {
        held.delete(timer)
        req.socket.destroy()
      }, action.ms)
      held.add(timer)
      return
    }
    res.writeHead(response.status, response.headers)
    res.end(response.body)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    origin: `https://127.0.0.1:${port}`,
    setCertificate(cert) {
      server.setSecureContext({ key: cert.key, cert: cert.cert })
      // Existing keep-alive connections keep the old certificate; drop them so the change is visible.
      for (const socket of sockets) socket.destroy()
    },
    async close() {
      for (const timer of held) clearTimeout(timer)
      held.clear()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
        for (const socket of sockets) socket.destroy()
      })
    },
  }
}
