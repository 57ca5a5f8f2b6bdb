import type { ListenerName, RequestFaultRule } from '../config/knobs'
import type { SimulatorState } from './simulator-state'

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'reset' }
  | { kind: 'throttle'; retryAfter: string }
  | { kind: 'server-error'; status: 503 | 504; retryAfter: string | null }

function matches(rule: RequestFaultRule, listener: ListenerName, method: string, path: string): boolean {
  if (!rule.listeners.includes(listener)) return false
  if (rule.method !== null && rule.method.toUpperCase() !== method.toUpperCase()) return false
  if (rule.path !== null && !new RegExp(rule.path, 'i').test(path)) return false
  return rule.remaining === null || rule.remaining > 0
}

/** Draws from the listener's fault stream only for rules that apply, so replays line up. */
function fires(
  state: SimulatorState,
  rule: RequestFaultRule | null,
  listener: ListenerName,
  method: string,
  path: string,
): boolean {
  if (!rule || !matches(rule, listener, method, path)) return false
  if (!state.streams.faults[listener].chance(rule.rate)) return false
  if (rule.remaining !== null) rule.remaining -= 1
  return true
}

export function retryAfterValue(
  state: SimulatorState,
  seconds: number,
  form: 'seconds' | 'http-date',
): string {
  // HTTP-date is compared with the client's own (real) clock, so it is based on real time.
  return form === 'seconds' ? String(seconds) : new Date(state.clock.real() + seconds * 1000).toUTCString()
}

/** Per-request transport faults: connection reset, 503/504, 429 — checked in that order. */
export function decideFault(
  state: SimulatorState,
  listener: ListenerName,
  method: string,
  path: string,
): FaultDecision {
  const k = state.knobs
  if (fires(state, k.connectionReset, listener, method, path)) return { kind: 'reset' }
  if (k.serverError && fires(state, k.serverError, listener, method, path)) {
    const ra = k.serverError.retryAfterSeconds
    return { kind: 'server-error', status: k.serverError.status, retryAfter: ra === null ? null : String(ra) }
  }
  if (k.throttle && fires(state, k.throttle, listener, method, path)) {
    return {
      kind: 'throttle',
      retryAfter: retryAfterValue(state, k.throttle.retryAfterSeconds, k.throttle.retryAfterForm),
    }
  }
  return { kind: 'none' }
}

/** Holds the request for its drawn latency; returns the milliseconds it waited (for the request log). */
export async function applyLatency(state: SimulatorState, listener: ListenerName): Promise<number> {
  const { min, max } = state.knobs.latencyMs
  if (max <= 0) return 0
  const ms = state.streams.latency[listener].int(Math.round(min), Math.round(max))
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
  return ms
}
