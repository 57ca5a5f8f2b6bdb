import { backOff } from 'exponential-backoff'

import type { Result } from '../../../shared/result'

/** Bounded wait settings; the defaults follow the reference's replication guidance (§14.4). */
export interface WaitPolicy {
  attempts: number
  firstDelayMs: number
  maxDelayMs: number
}

export const replicationWait: WaitPolicy = { attempts: 14, firstDelayMs: 2000, maxDelayMs: 15_000 }

class StillWaiting extends Error {
  constructor(readonly last: unknown) {
    super('still waiting')
  }
}

/**
 * Repeats `attempt` with exponential backoff (jittered) until it returns a value that `done` accepts
 * or the attempts run out. `retryable` decides which failed results are worth another try.
 */
export async function waitUntil<T>(
  attempt: () => Promise<Result<T>>,
  options: { policy: WaitPolicy; done?: (value: T) => boolean; retryable?: (error: Result<T>) => boolean },
): Promise<Result<T>> {
  let last: Result<T> | null = null
  try {
    return await backOff(
      async () => {
        last = await attempt()
        if (last.ok ? (options.done?.(last.value) ?? true) : false) return last
        if (!last.ok && options.retryable && !options.retryable(last)) return last
        throw new StillWaiting(last)
      },
      {
        numOfAttempts: options.policy.attempts,
        startingDelay: options.policy.firstDelayMs,
        maxDelay: options.policy.maxDelayMs,
        timeMultiple: 2,
        jitter: 'full',
        delayFirstAttempt: false,
        retry: (error: unknown) => error instanceof StillWaiting,
      },
    )
  } catch (error) {
    if (error instanceof StillWaiting && last) return last
    throw error
  }
}
