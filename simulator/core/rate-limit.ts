import type { Clock } from './clock'

/** Sliding-window limiter on simulated time ("5 requests per 10 s per app per tenant"). */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Returns undefined when allowed, else the seconds until a slot frees up. */
  take(key: string): number | undefined {
    const now = this.clock.now()
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      const oldest = recent[0] ?? now
      return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000))
    }
    recent.push(now)
    this.hits.set(key, recent)
    return undefined
  }

  clear(): void {
    this.hits.clear()
  }
}
