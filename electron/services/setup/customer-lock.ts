import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'

import { lock } from 'proper-lockfile'

import { errorOf, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'

export interface CustomerLockOptions {
  /** How long to wait for another run on this customer to finish before giving up. */
  waitMs?: number
}

/**
 * Runs `run` while holding the lock on a customer's journal, so two processes on one data folder (two
 * windows, a window and the CLI) never change the same customer's tenant at once: the second waits,
 * then reads what the first did. proper-lockfile keeps the lock fresh while `run` works and treats a
 * lock left by a crashed process as stale after half a minute.
 */
export async function withCustomerLock<T>(
  journalPath: string,
  run: () => Promise<T>,
  options: CustomerLockOptions = {},
): Promise<Result<T>> {
  await mkdir(dirname(journalPath), { recursive: true, mode: 0o700 })
  const intervalMs = 500
  let release: () => Promise<void>
  try {
    release = await lock(journalPath, {
      realpath: false,
      stale: 30_000,
      update: 10_000,
      retries: {
        retries: Math.ceil((options.waitMs ?? 10 * 60_000) / intervalMs),
        factor: 1,
        minTimeout: intervalMs,
        maxTimeout: intervalMs,
      },
    })
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error
    return fail(errorOf('BUSY', msg('problems.setup.otherWindow')))
  }
  try {
    return ok(await run())
  } finally {
    await release().catch(() => undefined)
  }
}
