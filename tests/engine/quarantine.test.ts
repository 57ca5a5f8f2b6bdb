import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Harness } from './harness'

/** After HelloID's secret changes, provisioning goes into quarantine; saving the new secret and restarting recovers. */
describe('quarantine and restart', () => {
  let h: Harness
  beforeAll(async () => {
    h = await Harness.start({ seed: 'engine-quarantine' })
  })
  afterAll(async () => {
    await h?.stop()
  })

  it('explains the quarantine, and a restart after saving the new secret brings provisioning back', async () => {
    const engine = h.engine()
    const applied = h.record(await engine.apply(h.templateId, h.choices()))
    if (!applied.ok) throw new Error(applied.error.message)
    const ids = { spId: applied.value.app.servicePrincipalId, jobId: applied.value.jobId }
    const watch = (maxWaitMs: number) =>
      engine.monitor(ids, { maxWaitMs, sleep: h.sleep, now: () => Date.now() + h.slept })
    const first = h.record(await watch(30 * 60_000))
    expect(first.ok && first.value.initialCycleCompleted).toBe(true)

    // Someone presses "New Secret" in HelloID: the saved secret stops working at the next cycle.
    const rotated = await h.control<{ url: string; secret: string }>('/helloid/new-secret', {})
    h.redactor.register(rotated.secret)
    await h.advance(41 * 60)
    const quarantined = h.record(await watch(0))
    if (!quarantined.ok) throw new Error(quarantined.error.message)
    expect(quarantined.value.code).toBe('Quarantine')
    expect(quarantined.value.quarantine?.reason).toBe('EncounteredQuarantineException')
    expect(quarantined.value.problem?.fix).toBe('new-secret')
    expect(quarantined.value.initialCycleCompleted).toBe(false)

    // The fix: save the new secret (apply converges, changing only the secrets), then restart.
    const resaved = h.record(await engine.apply(h.templateId, h.choices({ secret: rotated.secret })))
    if (!resaved.ok) throw new Error(resaved.error.message)
    expect(resaved.value).toMatchObject({ secretsChanged: true, jobCreated: false, assignmentsAdded: 0 })
    const before = await h.lastSeq()
    expect(h.record(await engine.restart(ids))).toEqual({ ok: true, value: true })
    expect((await h.writesSince(before)).map((w) => w.path.split('/').at(-1))).toEqual(['restart'])
    const recovered = h.record(await watch(90 * 60_000))
    if (!recovered.ok) throw new Error(recovered.error.message)
    expect(recovered.value.quarantine).toBeNull()
    expect(recovered.value.code).toBe('Active')
    expect((await h.journal.entries()).some((e) => e.event === 'job-restarted')).toBe(true)
  })
})
