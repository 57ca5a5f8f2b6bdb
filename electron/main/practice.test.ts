import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { beforeEach, describe, expect, it, vi } from 'vitest'

import { silentLogger } from '../services/log/logger'
import { preparePractice, wantsPractice } from './practice'
import { safeStorageCipher } from './safe-storage'

// Electron's safeStorage, faked: "sealing" is reversible only through the fake, and the backend can be
// switched to Linux's plain-text one (which safeStorageCipher refuses).
const storage = vi.hoisted(() => ({ backend: 'gnome_libsecret', available: true }))
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => storage.available,
    getSelectedStorageBackend: () => storage.backend,
    encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain).toString('base64')}`),
    decryptString: (sealed: Buffer) =>
      Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'base64').toString(),
  },
}))

const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQ-not-a-real-key\n-----END PRIVATE KEY-----\n'
const CERT = '-----BEGIN CERTIFICATE-----\nMIIC-not-a-real-cert\n-----END CERTIFICATE-----\n'

/** Every file under the practice folder with its text, to look for a private key left behind. */
function filesIn(userData: string): Record<string, string> {
  const dir = join(userData, 'practice')
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'latin1')]))
}

function start() {
  const userData = mkdtempSync(join(tmpdir(), 'practice-'))
  const app = { getPath: () => userData, relaunch: vi.fn(), exit: vi.fn() }
  const env: NodeJS.ProcessEnv = {}
  const createCa = vi.fn(async () => ({ cert: CERT, key: KEY }))
  return { userData, app, env, createCa }
}

describe('practice start-up', () => {
  beforeEach(() => {
    storage.backend = 'gnome_libsecret'
    storage.available = true
  })

  it('relaunches once trusting the CA; the key waits sealed by the OS and is gone once the relaunch took it', async () => {
    const { userData, app, env, createCa } = start()
    const cipher = safeStorageCipher(silentLogger)
    expect(cipher).not.toBeNull()

    expect(await preparePractice(app, env, createCa, cipher)).toEqual({ relaunching: true })
    const certPath = join(userData, 'practice', 'ca.pem')
    expect(env.NODE_EXTRA_CA_CERTS).toBe(certPath)
    expect(readFileSync(certPath, 'utf8')).toBe(CERT)
    expect(app.relaunch).toHaveBeenCalledTimes(1)
    expect(app.exit).toHaveBeenCalledWith(0)
    // While it waits for the relaunch, the key is on disk only sealed.
    expect(Object.values(filesIn(userData)).join('')).not.toContain('PRIVATE KEY')
    expect(Object.keys(filesIn(userData)).sort()).toEqual(['ca-key.sealed', 'ca.pem'])

    // The relaunched process: the key in memory, no key on disk, no second relaunch.
    const second = await preparePractice(app, env, createCa, cipher)
    expect(second).toEqual({ relaunching: false, ca: { certPath, keyPem: KEY } })
    expect(Object.keys(filesIn(userData))).toEqual(['ca.pem'])
    expect(app.relaunch).toHaveBeenCalledTimes(1)
    expect(createCa).toHaveBeenCalledTimes(1)
  })

  it('without OS encryption the waiting key is readable by the user only, and also gone after the relaunch', async () => {
    storage.backend = 'basic_text'
    const { userData, app, env, createCa } = start()
    const cipher = safeStorageCipher(silentLogger)
    expect(cipher).toBeNull()

    await preparePractice(app, env, createCa, cipher)
    const keyFile = join(userData, 'practice', 'ca-key.pem')
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600)

    const second = await preparePractice(app, env, createCa, cipher)
    expect(second).toMatchObject({ relaunching: false, ca: { keyPem: KEY } })
    expect(Object.values(filesIn(userData)).join('')).not.toContain('PRIVATE KEY')
  })

  it('a key left by an interrupted start is removed, and each start makes a new CA', async () => {
    const { userData, app, env, createCa } = start()
    const cipher = safeStorageCipher(silentLogger)
    await preparePractice(app, env, createCa, null)
    // The relaunch never happened; the next practice start comes from a fresh process.
    await preparePractice(app, {}, createCa, cipher)
    expect(createCa).toHaveBeenCalledTimes(2)
    expect(Object.keys(filesIn(userData)).sort()).toEqual(['ca-key.sealed', 'ca.pem'])
  })

  it('when the key did not reach the relaunched process, starts once more, then gives up instead of looping', async () => {
    const { app, env, createCa } = start()
    const cipher = safeStorageCipher(silentLogger)
    if (!cipher) throw new Error('the fake safeStorage offers encryption')
    await preparePractice(app, env, createCa, cipher)
    const broken = {
      encrypt: (plain: string) => cipher.encrypt(plain),
      decrypt: () => Promise.reject(new Error('cannot unseal')),
    }

    expect(await preparePractice(app, env, createCa, broken)).toEqual({ relaunching: true })
    expect(app.relaunch).toHaveBeenCalledTimes(2)
    // That start wrote the key unsealed, so this one gets it.
    expect(await preparePractice(app, env, createCa, broken)).toMatchObject({ relaunching: false })
    await expect(preparePractice(app, env, createCa, broken)).rejects.toThrow(/did not reach/)
  })

  it('is off unless asked for', () => {
    expect(wantsPractice(['electron', '.'])).toBe(false)
    expect(wantsPractice(['electron', '.', '--practice'])).toBe(true)
  })
})
