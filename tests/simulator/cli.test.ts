import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { get } from 'node:https'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'

/** `npm run simulator` is `tsx simulator/cli.ts`: one JSON ready line, then serve until SIGTERM. */
describe('simulator CLI', () => {
  it('prints exactly one ready line with authority, graph, scim and caCert, serves, and exits on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'simulator/cli.ts', '--seed', 'cli', '--profile', 'fast'],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const lines = createInterface({ input: child.stdout })
    const first = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve)
      child.once('exit', (code) => reject(new Error(`exited early with ${String(code)}`)))
    })
    const ready = JSON.parse(first) as Record<string, unknown>
    expect(Object.keys(ready).sort()).toEqual(['authority', 'caCert', 'graph', 'ready', 'scim'])
    expect(ready.ready).toBe(true)
    for (const key of ['authority', 'graph', 'scim'])
      expect(String(ready[key])).toMatch(/^https:\/\/127\.0\.0\.1:\d+/)
    // The CLI made its own CA: trust exactly that file, as a client given --simulator would.
    const ca = readFileSync(String(ready.caCert), 'utf8')
    const metadata = await new Promise<string>((resolve, reject) => {
      get(`${String(ready.authority)}/organizations/v2.0/.well-known/openid-configuration`, { ca }, (res) => {
        let text = ''
        res.on('data', (c: Buffer) => (text += c.toString('utf8')))
        res.on('end', () => resolve(text))
      }).on('error', reject)
    })
    expect((JSON.parse(metadata) as Record<string, unknown>).msgraph_host).toBe(
      new URL(String(ready.graph)).host,
    )
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 30_000)
})
