import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createEventBus } from '../../services/events'
import { silentLogger } from '../../services/log/logger'
import type { HandlerTable } from '../handler-table'
import { startWebHost, type WebHost } from './server'
import { chooseEncoding } from './static-files'

const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-static-'))
mkdirSync(join(rendererDir, 'assets'))
const script = `export const words = ${JSON.stringify('the same words again and again '.repeat(400))}\n`
writeFileSync(
  join(rendererDir, 'index.html'),
  `<!doctype html><title>ok</title>${'<p>shell</p>'.repeat(200)}`,
)
writeFileSync(join(rendererDir, 'assets', 'index-abc123.js'), script)
writeFileSync(join(rendererDir, 'assets', 'tiny-def456.js'), 'export {}\n')

let host: WebHost
beforeAll(async () => {
  host = await startWebHost({
    rendererDir,
    table: {} as HandlerTable,
    events: createEventBus(),
    log: silentLogger,
  })
})
afterAll(() => host.stop())

function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(host.origin)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('static files from the web host', () => {
  it('sends Brotli or gzip as the browser accepts, and the same bytes once decoded', async () => {
    const br = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.body.length).toBeLessThan(script.length / 5)
    expect(brotliDecompressSync(br.body).toString()).toBe(script)

    const gz = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(script)

    const plain = await get('/assets/index-abc123.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)
    for (const answer of [br, gz, plain]) {
      expect(answer.headers.vary).toBe('Accept-Encoding')
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8')
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    }
  })

  it('lets content-hashed assets be cached for good and revalidates index.html', async () => {
    const asset = await get('/assets/index-abc123.js')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const page = await get('/')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")

    const again = await get('/', { 'if-none-match': String(page.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers['content-security-policy']).toContain("default-src 'none'")
  })

  it('serves a rebuilt file afresh, not the copy it kept', async () => {
    const before = await get('/assets/tiny-def456.js')
    writeFileSync(join(rendererDir, 'assets', 'tiny-def456.js'), 'export const rebuilt = true\n')
    utimesSync(join(rendererDir, 'assets', 'tiny-def456.js'), new Date(), new Date(Date.now() + 5000))
    const after = await get('/assets/tiny-def456.js')
    expect(after.body.toString()).toBe('export const rebuilt = true\n')
    expect(after.headers.etag).not.toBe(before.headers.etag)
    // Too small to be worth compressing.
    expect(after.headers['content-encoding']).toBeUndefined()
  })

  it('answers HEAD with the headers only, and 404 for a missing file', async () => {
    const head = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect((await get('/assets/missing.js')).status).toBe(404)
  })

  it('never picks an encoding the browser refused', () => {
    expect(chooseEncoding('gzip, br;q=0')).toBe('gzip')
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity')
    expect(chooseEncoding('*')).toBe('br')
    expect(chooseEncoding(undefined)).toBe('identity')
  })
})
