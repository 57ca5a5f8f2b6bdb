import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

import type { PracticeTenant } from '../hosts/practice/practice-tenant'

/** The parts of Electron's `app` that practice start-up uses (tests pass a fake). */
export interface PracticeApp {
  getPath(name: 'userData'): string
  relaunch(): void
  exit(code: number): void
}

/** True when the assistant was started with `--practice`. */
export function wantsPractice(argv: readonly string[]): boolean {
  return argv.includes('--practice')
}

/**
 * Practice mode runs a simulated tenant over HTTPS with its own CA, and Node trusts extra CAs only from
 * process start. So the first start writes the CA, puts it in NODE_EXTRA_CA_CERTS (inherited by the
 * relaunched process) and relaunches; the second start finds it and starts the practice tenant.
 */
export async function preparePractice(
  app: PracticeApp,
  env: NodeJS.ProcessEnv,
  createCa: (dir: string) => Promise<{ certPath: string; keyPath: string }>,
): Promise<{ relaunching: true } | { relaunching: false; ca: { certPath: string; keyPath: string } }> {
  if (
    env.HELLOID_PRACTICE_CA &&
    env.HELLOID_PRACTICE_CA_KEY &&
    env.NODE_EXTRA_CA_CERTS === env.HELLOID_PRACTICE_CA
  ) {
    return {
      relaunching: false,
      ca: { certPath: env.HELLOID_PRACTICE_CA, keyPath: env.HELLOID_PRACTICE_CA_KEY },
    }
  }
  const dir = join(app.getPath('userData'), 'practice')
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const ca = await createCa(dir)
  env.NODE_EXTRA_CA_CERTS = ca.certPath
  env.HELLOID_PRACTICE_CA = ca.certPath
  env.HELLOID_PRACTICE_CA_KEY = ca.keyPath
  app.relaunch()
  app.exit(0)
  return { relaunching: true }
}

/** Starts the practice tenant (loaded only in practice mode, so normal starts never load the simulator). */
export async function startPractice(ca: { certPath: string; keyPath: string }): Promise<PracticeTenant> {
  const { startPracticeTenant } = await import('../hosts/practice/practice-tenant')
  return startPracticeTenant({ ca })
}
