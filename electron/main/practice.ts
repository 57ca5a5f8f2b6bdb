import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { PracticeTenant, PracticeTimingName } from '../hosts/practice/practice-tenant'
import type { CacheCipher } from '../services/auth/token-cache-store'

/** The parts of Electron's `app` that practice start-up uses (tests pass a fake). */
export interface PracticeApp {
  getPath(name: 'userData'): string
  relaunch(): void
  exit(code: number): void
}

/** The practice CA as the relaunched process uses it: the certificate it trusts, the key in memory. */
export interface PracticeCa {
  certPath: string
  keyPem: string
}

/** True when the assistant was started with `--practice`. */
export function wantsPractice(argv: readonly string[]): boolean {
  return argv.includes('--practice')
}

const CERT_FILE = 'ca.pem'
/** The key waiting for the relaunch, sealed by the OS (safeStorage) or, without it, readable by the user only. */
const SEALED_KEY_FILE = 'ca-key.sealed'
const PLAIN_KEY_FILE = 'ca-key.pem'

/**
 * Practice mode runs a simulated tenant over HTTPS with its own CA, and Node trusts extra CAs only from
 * process start. So the first start makes a CA, writes its certificate (public) and puts it in
 * NODE_EXTRA_CA_CERTS (inherited by the relaunched process), and relaunches. The private key only has to
 * reach that relaunched process: it waits on disk sealed with `cipher` (Electron's safeStorage: DPAPI,
 * Keychain or the Secret Service), or readable by the user only where the OS offers no encryption, and
 * the relaunched process reads it into memory and deletes it at once. So no CA key outlives the start,
 * and each practice run has a CA of its own.
 */
export async function preparePractice(
  app: PracticeApp,
  env: NodeJS.ProcessEnv,
  createCa: () => Promise<{ cert: string; key: string }>,
  cipher: CacheCipher | null,
): Promise<{ relaunching: true } | { relaunching: false; ca: PracticeCa }> {
  const dir = join(app.getPath('userData'), 'practice')
  const certPath = join(dir, CERT_FILE)
  let seal = cipher
  if (env.HELLOID_PRACTICE_CA === certPath && env.NODE_EXTRA_CA_CERTS === certPath) {
    const keyPem = await takeKey(dir, cipher)
    if (keyPem !== null) return { relaunching: false, ca: { certPath, keyPem } }
    // The key did not arrive (removed, or the OS could not unseal it): one more start, unsealed.
    if (env.HELLOID_PRACTICE_RETRY) throw new Error('The practice CA did not reach the restarted app.')
    env.HELLOID_PRACTICE_RETRY = '1'
    seal = null
  }
  await mkdir(dir, { recursive: true, mode: 0o700 })
  await removeKeys(dir)
  const ca = await createCa()
  await writeFile(certPath, ca.cert)
  if (seal) await writeFile(join(dir, SEALED_KEY_FILE), await seal.encrypt(ca.key), { mode: 0o600 })
  else {
    await writeFile(join(dir, PLAIN_KEY_FILE), ca.key, { mode: 0o600 })
    // The mode applies only to a new file; make sure of it.
    await chmod(join(dir, PLAIN_KEY_FILE), 0o600)
  }
  env.NODE_EXTRA_CA_CERTS = certPath
  env.HELLOID_PRACTICE_CA = certPath
  app.relaunch()
  app.exit(0)
  return { relaunching: true }
}

/** Reads the waiting key into memory and deletes its file; null when there is none (or it is unreadable). */
async function takeKey(dir: string, cipher: CacheCipher | null): Promise<string | null> {
  try {
    if (cipher) {
      const sealed = await readFile(join(dir, SEALED_KEY_FILE)).catch(() => null)
      if (sealed) return await cipher.decrypt(sealed)
    }
    return await readFile(join(dir, PLAIN_KEY_FILE), 'utf8').catch(() => null)
  } catch {
    return null
  } finally {
    await removeKeys(dir)
  }
}

function removeKeys(dir: string): Promise<void[]> {
  return Promise.all([SEALED_KEY_FILE, PLAIN_KEY_FILE].map((name) => rm(join(dir, name), { force: true })))
}

/** `--practice-timing=fast` starts practice mode with fast timing; realistic otherwise. */
export function practiceTimingFlag(argv: readonly string[]): PracticeTimingName {
  return argv.includes('--practice-timing=fast') ? 'fast' : 'realistic'
}

/** Starts the practice tenant (loaded only in practice mode, so normal starts never load the simulator). */
export async function startPractice(
  ca: PracticeCa,
  timing: PracticeTimingName = 'realistic',
): Promise<PracticeTenant> {
  const { startPracticeTenant } = await import('../hosts/practice/practice-tenant')
  return startPracticeTenant({ ca, timing })
}
