import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { preflightPassed } from '../../electron/services/setup/preflight'
import { Harness } from './harness'
import { detailOf } from '../support/words'

/**
 * An account that may set up provisioning but may not read the tenant's subscriptions (GET
 * /subscribedSkus answers 403): the licence is unknown, which is said and warned about, never taken
 * as "no P1", and groups are still assigned.
 */
describe('licence read refused', () => {
  let h: Harness
  beforeAll(async () => {
    h = await Harness.start({ seed: 'licence-denied', faults: { licenceReadDenied: true } })
  })
  afterAll(async () => {
    await h?.stop()
  })

  it('warns that the licence is unknown and assigns the group anyway', async () => {
    const engine = h.engine()
    const report = h.record(
      await engine.preflight({
        scimUrl: h.helloId.url,
        secret: h.helloId.secret,
        assignments: h.choices().assignments,
      }),
    )
    const licence = report.checks.find((c) => c.id === 'licence')
    expect(licence).toMatchObject({ status: 'warn' })
    expect(detailOf(licence)).toMatch(/licence is unknown/)
    expect(detailOf(licence)).toContain('403')
    expect(detailOf(licence)).not.toMatch(/has no Entra ID P1/)
    expect(report.facts?.premium).toEqual({ p1: null, p2: null })
    const group = report.checks.find((c) => c.id === 'assign-group-HelloID Users')
    expect(group?.status).not.toBe('fail')
    expect(preflightPassed(report)).toBe(true)

    const applied = h.record(await engine.apply(h.templateId, h.choices()))
    if (!applied.ok) throw new Error(applied.error.message)
    expect(applied.value.assignmentsAdded).toBe(3)
    expect(await h.convergence(await h.principalIds())).toMatchObject({ converged: true })
  })
})
