/**
 * Simulated time = real time + an offset that only grows. Everything that ages (tokens, codes,
 * replication lag, cycles, rate windows) reads this clock so tests can skip minutes instantly.
 */
export interface Clock {
  now(): number
  nowIso(): string
}

export class SimClock implements Clock {
  private offsetMs = 0

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): number {
    return this.realNow() + this.offsetMs
  }

  nowIso(): string {
    return new Date(this.now()).toISOString()
  }

  /** Real wall-clock time, for values a client compares with its own clock (HTTP-date Retry-After). */
  real(): number {
    return this.realNow()
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error('advanceSeconds must be >= 0')
    this.offsetMs += seconds * 1000
  }

  offsetSeconds(): number {
    return this.offsetMs / 1000
  }
}

/** Graph's innerError.date: second precision, no zone designator. */
export function graphDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19)
}

/** Entra's timestamp format in AADSTS error bodies ("2016-01-09 02:02:12Z"). */
export function stsTimestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`
}

export const ZERO_DATE = '0001-01-01T00:00:00Z'

/** ISO string without milliseconds, the way Graph prints most timestamps. */
export function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`
}
