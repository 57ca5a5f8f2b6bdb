import { describe, expect, it } from 'vitest'

import { PollCadence } from './poll-cadence'

const minute = 60_000

/**
 * Replays a wait against a cycle that starts at `startsAt` and ends at `endsAt` (progress linear in
 * between, as Entra reports objects done), reading when the cadence says. Returns how many reads it
 * took, and how long after the end the finished cycle was seen (null: not within `limit`).
 */
function replay(startsAt: number, endsAt: number, total: number, limit = 30 * minute) {
  const cadence = new PollCadence()
  let t = 0
  let reads = 0
  for (;;) {
    reads++
    if (t >= endsAt) return { reads, seenAfterMs: t - endsAt }
    const running = t >= startsAt
    cadence.observe(
      running ? { completed: Math.floor(((t - startsAt) / (endsAt - startsAt)) * total), total } : null,
      t,
    )
    t += cadence.nextDelayMs(t, null)
    if (t > limit) return { reads, seenAfterMs: null }
  }
}

describe('the polling cadence while waiting for the first cycle', () => {
  it('sees a short first cycle within 25 s of its end', () => {
    for (const [start, end] of [
      [2 * minute, 2 * minute + 45_000],
      [3.3 * minute, 3.3 * minute + 20_000],
      [5 * minute, 6 * minute],
    ] as const) {
      const { seenAfterMs } = replay(start, end, 9)
      expect(seenAfterMs).not.toBeNull()
      expect(seenAfterMs!).toBeLessThanOrEqual(25_000)
    }
  })

  it('reads a long cycle about once a minute and sees its end within seconds', () => {
    const { reads, seenAfterMs } = replay(3 * minute, 25 * minute, 1000)
    expect(reads / 25).toBeLessThanOrEqual(2)
    expect(seenAfterMs).not.toBeNull()
    expect(seenAfterMs!).toBeLessThanOrEqual(5_000)
  })

  it('stays at two reads a minute or fewer over a 30-minute wait that does not end', () => {
    const { reads, seenAfterMs } = replay(4 * minute, 90 * minute, 1000)
    expect(seenAfterMs).toBeNull()
    expect(reads / 30).toBeLessThanOrEqual(2)
  })

  it('never reads sooner than Graph asked, and slows to a minute after half an hour', () => {
    const cadence = new PollCadence()
    expect(cadence.nextDelayMs(1000, 120)).toBe(120_000)
    expect(cadence.nextDelayMs(31 * minute, null)).toBe(minute)
  })

  it('starts the pace over when a new cycle begins', () => {
    const cadence = new PollCadence()
    cadence.observe({ completed: 10, total: 100 }, 0)
    cadence.observe({ completed: 90, total: 100 }, 80_000)
    expect(cadence.nextDelayMs(minute, null)).toBe(12_000)
    cadence.observe({ completed: 1, total: 100 }, 90_000)
    expect(cadence.nextDelayMs(minute, null)).toBe(25_000)
  })

  it('shortens every interval by the scale (practice mode)', () => {
    expect(new PollCadence(0.1).nextDelayMs(0, null)).toBe(2_500)
  })
})
