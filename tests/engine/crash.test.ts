import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { KnobsPatch } from '../../simulator/index'
import { crashAt, engineBoundaries, Harness, InjectedCrash } from './harness'

/** Entra catching up slowly: a crash while the new app is still invisible must not lead to a second app. */
const slowReplication: KnobsPatch = {
  replicationLagSeconds: 20,
  syncTemplatesLagSeconds: 30,
  jobCreateLagSeconds: 40,
  jobCreateLagStatus: 401,
}

/**
 * A crash at every step boundary the engine has, followed by a rerun (a new engine, as after a
 * restart, with the same journal), converges on exactly one app, one job and one assignment per
 * principal, with the connection saved and provisioning on.
 */
describe('setup engine: a crash at every step boundary, then a rerun', () => {
  let h: Harness
  let boundaries: string[] = []

  beforeAll(async () => {
    h = await Harness.start({ seed: 'engine-crash' })
    // One clean run with a recording seam lists every boundary, in order.
    const seen: string[] = []
    const applied = await h
      .engine({ boundary: (name) => void seen.push(name) })
      .apply(h.templateId, h.choices())
    if (!applied.ok) throw new Error(applied.error.message)
    boundaries = [...new Set(seen)]
  })
  afterAll(async () => {
    await h?.stop()
  })

  it('knows the boundaries of every step (the soak picks from the same list)', () => {
    expect(boundaries).toEqual([...engineBoundaries])
  })

  for (const [label, faults] of [
    ['a fast tenant', {}],
    ['a tenant that replicates slowly', slowReplication],
  ] as const) {
    it(`converges after a crash at each boundary, on ${label}`, async () => {
      for (const boundary of boundaries) {
        await h.reset(faults)
        const principals = await h.principalIds()
        const crashing = h.engine({ boundary: crashAt(boundary) })
        const first = await crashing.apply(h.templateId, h.choices()).catch((error: unknown) => error)
        h.record(first)
        expect(first, boundary).toBeInstanceOf(InjectedCrash)

        const rerun = h.record(await h.engine().apply(h.templateId, h.choices()))
        if (!rerun.ok) throw new Error(`${boundary}: ${rerun.error.message}`)
        expect(rerun.value.started || boundary !== 'before-start', boundary).toBe(true)
        const result = await h.convergence(principals)
        expect(result, boundary).toMatchObject({ converged: true, apps: 1, jobs: 1, duplicates: 0 })
        // The rerun needs no third run: one more apply is a no-op.
        const third = await h.engine().apply(h.templateId, h.choices())
        expect(third.ok && !third.value.jobCreated && !third.value.app.created, boundary).toBe(true)
        expect(await h.canaryHits(), boundary).toEqual([])
      }
    })
  }
})
