import type { Result } from '../../../shared/result'

/** Bounded wait settings; the defaults follow the reference's replication guidance (new objects can take seconds to minutes to be readable everywhere). */
export interface WaitPolicy {
  attempts: number
  firstDelayMs: number
  maxDelayMs: number
}

export type Sleep = (ms: number) => Promise<void>

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The pause before retry number `retry` (0-based): exponential from `firstDelayMs`, capped at
 * `maxDelayMs`, with "equal jitter" (between half and all of it), so a policy's window has a known
 * minimum length.
 */
export function delayFor(policy: WaitPolicy, retry: number): number {
  const base = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** retry)
  return Math.round(base / 2 + (Math.random() * base) / 2)
}

/**
 * Repeats `attempt` with exponential backoff (jittered) until it returns a value that `done` accepts
 * or the attempts run out, and returns the last answer. `retryable` decides which failed results are
 * worth another try (all, when omitted). `sleep` is injectable so tests can move a simulated clock
 * instead of waiting.
 */
export async function waitUntil<T>(
  attempt: () => Promise<Result<T>>,
  options: {
    policy: WaitPolicy
    done?: (value: T) => boolean
    retryable?: (error: Result<T>) => boolean
    sleep?: Sleep
  },
): Promise<Result<T>> {
  const sleep = options.sleep ?? realSleep
  const attempts = Math.max(1, options.policy.attempts)
  let last = await attempt()
  for (let retry = 0; retry < attempts - 1; retry++) {
    if (last.ok ? (options.done?.(last.value) ?? true) : false) return last
    if (!last.ok && options.retryable && !options.retryable(last)) return last
    await sleep(delayFor(options.policy, retry))
    last = await attempt()
  }
  return last
}
