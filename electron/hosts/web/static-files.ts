import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}
/** Text formats worth compressing (PNG and WOFF2 are compressed already). */
const compressible = new Set(['.html', '.js', '.css', '.svg', '.json'])
/** Below this, compressing saves less than the headers it costs. */
const MIN_COMPRESS_BYTES = 1024

/** One file as served: its bytes, its validator and its compressed forms. */
interface Entry {
  mtimeMs: number
  size: number
  etag: string
  raw: Buffer
  gzip: Promise<Buffer> | null
  br: Promise<Buffer> | null
}

type Encoding = 'br' | 'gzip' | 'identity'

/**
 * The encoding to send for an Accept-Encoding header: Brotli, then gzip, else none; a coding the
 * client refused with `q=0` is never chosen.
 */
export function chooseEncoding(header: string | undefined): Encoding {
  const accepted = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    accepted.set(name, q === undefined ? 1 : Number(q))
  }
  const allowed = (name: string): boolean => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (allowed('br')) return 'br'
  if (allowed('gzip')) return 'gzip'
  return 'identity'
}

/**
 * Serves the built renderer's files from memory, compressed and cacheable: Brotli or gzip as the
 * browser accepts (compressed once, then kept), an ETag for revalidation (304), and a year-long
 * immutable cache for Vite's content-hashed `assets/` files while index.html is revalidated every
 * time. A file changed on disk (a rebuild) is read again.
 */
export class StaticFiles {
  private readonly entries = new Map<string, Promise<Entry>>()

  /**
   * Sends `file` (already checked to lie inside the renderer folder), or 404. `headers` are the
   * host's own (CSP and the like); `immutable` marks content-hashed files.
   */
  async send(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    options: { headers: Record<string, string>; immutable: boolean },
  ): Promise<void> {
    const entry = await this.load(file)
    if (!entry) {
      res.writeHead(404).end()
      return
    }
    const type = extname(file)
    const headers: Record<string, string> = {
      ...options.headers,
      'content-type': contentTypes[type] ?? 'application/octet-stream',
      'cache-control': options.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: entry.etag,
      vary: 'Accept-Encoding',
    }
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers).end()
      return
    }
    const encoding = entry.gzip ? chooseEncoding(req.headers['accept-encoding']) : 'identity'
    const body =
      encoding === 'br' && entry.br
        ? await entry.br
        : encoding === 'gzip' && entry.gzip
          ? await entry.gzip
          : entry.raw
    if (encoding !== 'identity') headers['content-encoding'] = encoding
    headers['content-length'] = String(body.length)
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  private async load(file: string): Promise<Entry | null> {
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return null
    const cached = this.entries.get(file)
    if (cached) {
      const entry = await cached.catch(() => null)
      if (entry && entry.mtimeMs === info.mtimeMs && entry.size === info.size) return entry
    }
    const loading = readFile(file).then((raw): Entry => {
      const compress = compressible.has(extname(file)) && raw.length >= MIN_COMPRESS_BYTES
      return {
        mtimeMs: info.mtimeMs,
        size: info.size,
        etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
        raw,
        gzip: compress ? gzipAsync(raw, { level: 9 }) : null,
        br: compress
          ? brotliAsync(raw, {
              params: {
                [zlib.BROTLI_PARAM_QUALITY]: 9,
                [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            })
          : null,
      }
    })
    this.entries.set(file, loading)
    return loading.catch(() => {
      this.entries.delete(file)
      return null
    })
  }
}
