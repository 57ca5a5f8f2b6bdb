import type { SimClock } from './clock'

type Task = () => Promise<void> | void

interface Entry {
  at: number
  task: Task
}

/**
 * Runs keyed tasks when simulated time reaches them. A real-time ticker covers normal waiting;
 * `settle()` (used by the clock control) runs everything due right away and waits for it.
 */
export class Scheduler {
  private readonly entries = new Map<string, Entry>()
  private readonly running = new Set<Promise<void>>()
  private timer: NodeJS.Timeout | undefined
  private onError: (error: unknown) => void = () => undefined

  constructor(
    private readonly clock: SimClock,
    private readonly tickMs = 200,
  ) {}

  start(onError: (error: unknown) => void): void {
    this.onError = onError
    this.timer = setInterval(() => void this.runDue(), this.tickMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    this.entries.clear()
  }

  at(key: string, atMs: number, task: Task): void {
    this.entries.set(key, { at: atMs, task })
  }

  cancel(key: string): void {
    this.entries.delete(key)
  }

  cancelPrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key)
  }

  has(key: string): boolean {
    return this.entries.has(key)
  }

  dueAt(key: string): number | undefined {
    return this.entries.get(key)?.at
  }

  clear(): void {
    this.entries.clear()
  }

  /** Starts every task whose time has come, earliest first. */
  runDue(): void {
    const now = this.clock.now()
    const due = [...this.entries.entries()].filter(([, e]) => e.at <= now).sort((x, y) => x[1].at - y[1].at)
    for (const [key, entry] of due) {
      if (this.entries.get(key) !== entry) continue
      this.entries.delete(key)
      const p = Promise.resolve()
        .then(() => entry.task())
        .catch((error: unknown) => this.onError(error))
        .finally(() => this.running.delete(p))
      this.running.add(p)
    }
  }

  /** Runs due tasks until nothing due is left and nothing is running (tasks may schedule more). */
  async settle(maxRounds = 50): Promise<void> {
    for (let round = 0; round < maxRounds; round++) {
      this.runDue()
      if (this.running.size === 0) return
      await Promise.all([...this.running])
    }
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running])
  }
}
