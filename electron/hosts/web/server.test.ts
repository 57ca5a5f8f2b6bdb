import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'

import { silentLogger } from '../../services/log/logger'
import { Redactor } from '../../services/log/redact'
import { composeServices } from '../compose'
import { createHandlerTable } from '../handler-table'
import { startWebHost, type WebHost } from './server'

let host: WebHost
const services = composeServices({
  info: { version: '1.0.0', host: 'browser', practice: false },
  dataDir: mkdtempSync(join(tmpdir(), 'data-')),
  log: silentLogger,
  redactor: new Redactor(),
  cipher: null,
  clientIds: { deploymentFile: { kind: 'absent' } },
  cloudFor: () => ({ authorityHost: 'https://login.invalid', scopePrefix: '' }),
  openBrowser: async () => undefined,
  openExternal: async () => undefined,
})
const events = services.events
const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'))
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>')
writeFileSync(join(tmpdir(), 'outside.txt'), 'outside the renderer folder')

beforeAll(async () => {
  host = await startWebHost({ rendererDir, table: createHandlerTable(services), events, log: silentLogger })
})
afterAll(() => host.stop())

interface RawResponse {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

/** A raw HTTP request, so tests control Host and Origin exactly as an attacker page could. */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(host.origin)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        setHost: !options.headers?.host,
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const apiHeaders = (overrides: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  origin: host.origin,
  'x-assistant-token': host.token,
  ...overrides,
})

describe('loopback web host', () => {
  it('answers an operation with the right token and origin', async () => {
    const res = await raw('/api/getAppInfo', { method: 'POST', headers: apiHeaders(), body: '{}' })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: { version: '1.0.0', host: 'browser', practice: false },
    })
  })

  it('refuses a request without its token, with a wrong token, or from another origin', async () => {
    const headers = apiHeaders()
    const { 'x-assistant-token': _dropped, ...noToken } = headers
    for (const h of [
      noToken,
      apiHeaders({ 'x-assistant-token': `${host.token}x` }),
      apiHeaders({ origin: 'https://evil.example' }),
    ]) {
      const res = await raw('/api/getProgress', { method: 'POST', headers: h, body: '{}' })
      expect(res.status).toBe(401)
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED_HOST_REQUEST' } })
    }
  })

  it('refuses a rebinding attack that names another host', async () => {
    const res = await raw('/api/getAppInfo', {
      method: 'POST',
      headers: apiHeaders({ host: 'attacker.example:80' }),
      body: '{}',
    })
    expect(res.status).toBe(421)
  })

  it('validates payloads and unknown operations', async () => {
    const bad = await raw('/api/saveProgress', {
      method: 'POST',
      headers: apiHeaders(),
      body: '{"currentStepId":"../../etc"}',
    })
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const unknown = await raw('/api/deleteEverything', { method: 'POST', headers: apiHeaders(), body: '{}' })
    expect(unknown.status).toBe(404)
    const huge = await raw('/api/getAppInfo', {
      method: 'POST',
      headers: apiHeaders(),
      body: `"${'x'.repeat(300_000)}"`,
    })
    expect(huge.status).toBe(413)
  })

  it('serves the renderer with a strict CSP and never files outside it', async () => {
    const page = await raw('/')
    expect(page.status).toBe(200)
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
    expect(String(page.headers['content-security-policy'])).not.toMatch(/script-src[^;]*unsafe/)
    expect((await raw('/../outside.txt')).status).not.toBe(200)
    expect((await raw('/%2e%2e/outside.txt')).status).not.toBe(200)
  })

  it('streams events only to a WebSocket that presents the token', async () => {
    const wsUrl = `${host.origin.replace('http', 'ws')}/events`
    const refused = new WebSocket(wsUrl, ['helloid-assistant.v1'], { origin: host.origin })
    await expect(new Promise((_, reject) => refused.on('error', reject))).rejects.toThrow(/401/)

    const socket = new WebSocket(wsUrl, ['helloid-assistant.v1', `token.${host.token}`], {
      origin: host.origin,
    })
    await new Promise((resolve, reject) => {
      socket.on('open', resolve)
      socket.on('error', reject)
    })
    const received = new Promise<string>((resolve) =>
      socket.on('message', (data: Buffer) => resolve(data.toString())),
    )
    await raw('/api/resetProgress', { method: 'POST', headers: apiHeaders(), body: '{}' })
    expect(JSON.parse(await received)).toMatchObject({
      event: 'progressChanged',
      payload: { completedStepIds: [] },
    })
    socket.close()
  })

  it('listens on loopback only', async () => {
    await expect(
      startWebHost({
        rendererDir,
        table: createHandlerTable({} as never),
        events,
        log: silentLogger,
        host: '0.0.0.0' as never,
      }),
    ).rejects.toThrow(/loopback/)
    const external = Object.values(networkInterfaces())
      .flat()
      .find((nic) => nic && nic.family === 'IPv4' && !nic.internal)
    const port = Number(new URL(host.origin).port)
    const target = external?.address ?? '127.0.0.2'
    // Any address other than 127.0.0.1 must refuse the connection.
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: target, port })
      socket.once('connect', () => {
        socket.destroy()
        resolve('connected')
      })
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
    })
    expect(outcome).toBe('ECONNREFUSED')
  })
})
