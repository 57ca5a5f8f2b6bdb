import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'

import { createEventBus } from '../../services/events'
import { silentLogger } from '../../services/log/logger'
import type { HandlerTable } from '../handler-table'
import { startWebHost, type WebHost } from './server'

// What a broken or hostile page can send must cost it its own socket, never the host: every later
// request still has to be served.

let host: WebHost
const events = createEventBus()
const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'))
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>')

beforeAll(async () => {
  host = await startWebHost({ rendererDir, table: {} as HandlerTable, events, log: silentLogger })
})
afterAll(() => host.stop())

function get(path: string): Promise<number> {
  const url = new URL(host.origin)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}

async function openEvents(): Promise<WebSocket> {
  const ws = new WebSocket(
    `${host.origin.replace('http', 'ws')}/events`,
    ['helloid-assistant.v1', `token.${host.token}`],
    { origin: host.origin },
  )
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  })
  return ws
}

function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code: number) => resolve(code)))
}

/** Proves the host still serves pages and still streams events to a fresh socket. */
async function expectStillServing(): Promise<void> {
  expect(await get('/')).toBe(200)
  const ws = await openEvents()
  const received = new Promise<string>((resolve) => ws.once('message', (d: Buffer) => resolve(d.toString())))
  events.publish('progressChanged', { currentStepId: 'x', completedStepIds: [] })
  expect(JSON.parse(await received)).toMatchObject({ event: 'progressChanged' })
  ws.close()
}

/** A raw WebSocket handshake on a TCP socket, so a test can then write any bytes as frames. */
async function rawUpgraded(): Promise<Socket> {
  const url = new URL(host.origin)
  const socket = connect({ host: url.hostname, port: Number(url.port) })
  socket.on('error', () => undefined)
  await new Promise((resolve) => socket.once('connect', resolve))
  socket.write(
    [
      'GET /events HTTP/1.1',
      `Host: ${url.host}`,
      `Origin: ${host.origin}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      `Sec-WebSocket-Protocol: helloid-assistant.v1, token.${host.token}`,
      '',
      '',
    ].join('\r\n'),
  )
  const head = await new Promise<string>((resolve) =>
    socket.once('data', (d: Buffer) => resolve(d.toString())),
  )
  expect(head).toMatch(/^HTTP\/1\.1 101/)
  return socket
}

describe('web host under malformed input', () => {
  it('closes only the socket that sends invalid UTF-8 in a text frame', async () => {
    const ws = await openEvents()
    const closed = closeCode(ws)
    ws.send(Buffer.from([0xc3, 0x28, 0xff, 0xfe]), { binary: false })
    expect(await closed).toBe(1007)
    await expectStillServing()
  })

  it('closes only the socket that sends a frame above the size limit', async () => {
    const ws = await openEvents()
    const closed = closeCode(ws)
    ws.send('x'.repeat(64 * 1024))
    expect(await closed).toBe(1009)
    await expectStillServing()
  })

  it('survives an unmasked frame, a reserved opcode and a connection cut mid-frame', async () => {
    for (const bytes of [
      Buffer.from([0x81, 0x02, 0x68, 0x69]), // unmasked text frame: clients must mask
      Buffer.from([0x83, 0x80, 1, 2, 3, 4]), // reserved opcode 3
      Buffer.from([0x81, 0xfe, 0xff]), // a length that never finishes
    ]) {
      const socket = await rawUpgraded()
      const ended = new Promise((resolve) => socket.once('close', resolve))
      socket.write(bytes)
      if (bytes.length === 3) socket.resetAndDestroy()
      await ended
      await expectStillServing()
    }
  })

  it('answers 400 to a malformed percent-escape and keeps serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/index.html%ZZ', '/%C0%AF']) {
      expect(await get(path)).toBe(400)
    }
    await expectStillServing()
  })
})
