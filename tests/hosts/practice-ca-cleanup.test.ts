import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { startTestSimulator } from '../simulator/helpers'

// The embedded simulator's CA private key is written to the temp folder; it must go when the process
// that made it ends, however it ends.

/** CA folders the CLI left in `dir`. */
const leftovers = (dir: string): string[] =>
  readdirSync(dir).filter((name) => name.startsWith('helloid-cli-'))

function startCli(tmp: string): { exited: Promise<number | string>; kill: (s: NodeJS.Signals) => void } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'cli/index.ts', 'preflight', '--simulate', '--json', '--data-dir', join(tmp, 'data')],
    { env: { ...process.env, TMPDIR: tmp, NODE_EXTRA_CA_CERTS: '' }, stdio: 'ignore' },
  )
  return {
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1))),
    kill: (signal) => child.kill(signal),
  }
}

async function untilKeyWritten(tmp: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (leftovers(tmp).some((d) => existsSync(join(tmp, d, 'ca-key.pem')))) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('the CLI never wrote its CA')
}

describe('practice CA files in the temp folder', () => {
  it('are removed after a normal run', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ca-cleanup-'))
    const cli = startCli(tmp)
    await untilKeyWritten(tmp)
    expect(await cli.exited).toBe(0)
    expect(leftovers(tmp)).toEqual([])
  }, 180_000)

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'are removed when the run is stopped with %s',
    async (signal) => {
      const tmp = mkdtempSync(join(tmpdir(), 'ca-cleanup-'))
      const cli = startCli(tmp)
      await untilKeyWritten(tmp)
      cli.kill(signal)
      await cli.exited
      expect(leftovers(tmp)).toEqual([])
    },
    180_000,
  )
})

describe('--simulator-ca', () => {
  it('makes a fresh process trust a running simulator it was not started with', async () => {
    const sim = await startTestSimulator({ seed: 'simulator-ca' })
    try {
      const tmp = mkdtempSync(join(tmpdir(), 'simulator-ca-'))
      const run = (extra: string[]): Promise<number> =>
        new Promise((resolve) => {
          const child = spawn(
            process.execPath,
            [
              '--import',
              'tsx',
              'cli/index.ts',
              'preflight',
              '--simulator',
              sim.urls.graph,
              '--json',
              '--data-dir',
              tmp,
              ...extra,
            ],
            { env: { ...process.env, NODE_EXTRA_CA_CERTS: '' }, stdio: 'ignore' },
          )
          child.on('exit', (code) => resolve(code ?? -1))
        })
      expect(await run([])).not.toBe(0)
      expect(await run(['--simulator-ca', sim.caCert])).toBe(0)
    } finally {
      await sim.stop()
    }
  }, 180_000)
})
