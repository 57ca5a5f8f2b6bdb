/** One look at the running cycle's progress (synchronizationStatus.progress) and when it was taken. */
interface Observation {
  completed: number
  total: number
  atMs: number
}

/** While nothing says when the cycle will end: often enough that a short cycle is seen within 25 s. */
const WATCH_MS = 25_000
/** A long cycle whose end is far off is looked at once a minute. */
const FAR_MS = 60_000
/** Never closer together than this, even when the estimate says the end is near. */
const NEAR_MS = 5_000
/** Read a little after the estimated end, so the finished cycle is what we see. */
const AFTER_END_MS = 2_000
/** After half an hour of waiting, once a minute is plenty. */
const LONG_WAIT_MS = 30 * 60_000

/**
 * When to read the provisioning job again while waiting for the first cycle. Entra reports a running
 * cycle's progress in objects done out of objects to do
 * (https://learn.microsoft.com/en-us/graph/api/resources/synchronization-synchronizationprogress);
 * two looks give its pace, and so when it should end. The cadence reads right after that estimate
 * and otherwise every 25 s (a minute while the end is far off), so the person learns of a finished
 * cycle within half a minute, at about two reads a minute or fewer. Never sooner than Graph asked
 * (Retry-After).
 */
export class PollCadence {
  private previous: Observation | null = null
  private latest: Observation | null = null

  /** `scale` shortens every interval (practice mode and tests against the fast simulator). */
  constructor(private readonly scale = 1) {}

  /** Records the progress seen in a job read (null when no cycle is running). */
  observe(progress: { completed: number; total: number } | null, atMs: number): void {
    if (!progress || progress.total <= 0) {
      this.previous = null
      this.latest = null
      return
    }
    const seen = { ...progress, atMs }
    // A new cycle (fewer objects done than before) starts the pace over.
    if (this.latest && (seen.completed < this.latest.completed || seen.total !== this.latest.total))
      this.latest = null
    this.previous = this.latest
    this.latest = seen
  }

  /** Milliseconds to wait before the next read, `elapsedMs` into the wait. */
  nextDelayMs(elapsedMs: number, retryAfterSeconds: number | null): number {
    const floor = (retryAfterSeconds ?? 0) * 1000
    if (elapsedMs >= LONG_WAIT_MS) return Math.max(FAR_MS * this.scale, floor)
    const remaining = this.estimatedRemainingMs()
    const delay =
      remaining === null ? WATCH_MS : Math.min(FAR_MS, Math.max(NEAR_MS, remaining + AFTER_END_MS))
    return Math.max(delay * this.scale, floor)
  }

  /** Time left in the running cycle at its pace so far, or null when the pace is unknown. */
  private estimatedRemainingMs(): number | null {
    const a = this.previous
    const b = this.latest
    if (!a || !b || b.completed <= a.completed || b.atMs <= a.atMs) return null
    const msPerObject = (b.atMs - a.atMs) / (b.completed - a.completed)
    return (b.total - b.completed) * msPerObject
  }
}
