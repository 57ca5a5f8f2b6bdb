import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import { preparePractice, wantsPractice } from './practice'

describe('practice start-up', () => {
  it('writes a CA, exports it for the relaunched process, and relaunches once', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'practice-'))
    const app = { getPath: () => userData, relaunch: vi.fn(), exit: vi.fn() }
    const env: NodeJS.ProcessEnv = {}
    const createCa = vi.fn(async (dir: string) => ({
      certPath: join(dir, 'ca.pem'),
      keyPath: join(dir, 'ca-key.pem'),
    }))

    const first = await preparePractice(app, env, createCa)
    expect(first).toEqual({ relaunching: true })
    expect(createCa).toHaveBeenCalledWith(join(userData, 'practice'))
    expect(env.NODE_EXTRA_CA_CERTS).toBe(join(userData, 'practice', 'ca.pem'))
    expect(app.relaunch).toHaveBeenCalledTimes(1)
    expect(app.exit).toHaveBeenCalledWith(0)

    const second = await preparePractice(app, env, createCa)
    expect(second).toEqual({
      relaunching: false,
      ca: { certPath: env.HELLOID_PRACTICE_CA, keyPath: env.HELLOID_PRACTICE_CA_KEY },
    })
    expect(app.relaunch).toHaveBeenCalledTimes(1)
  })

  it('is off unless asked for', () => {
    expect(wantsPractice(['electron', '.'])).toBe(false)
    expect(wantsPractice(['electron', '.', '--practice'])).toBe(true)
  })
})
