import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Harness, type SimState } from './harness'

/**
 * Apply does exactly what was previewed: the plan carries a fingerprint of the choices and of the
 * tenant facts it was read from, and apply plans again from a fresh read and refuses (PLAN_CHANGED)
 * when the tenant or the choices no longer give that plan, before any write.
 */
describe('setup engine: apply refuses a plan the tenant no longer matches', () => {
  let h: Harness

  beforeAll(async () => {
    h = await Harness.start({ seed: 'plan-fingerprint' })
  })
  afterAll(async () => {
    await h?.stop()
  })

  /** The parts of the tenant apply would change: HelloID apps, their jobs and all assignments. */
  function footprint(state: SimState) {
    const tenant = state.tenants.find((t) => t.id === h.tenantId)
    return {
      apps: tenant?.applications.filter((a) => a.applicationTemplateId === h.templateId).map((a) => a.id),
      jobs: tenant?.servicePrincipals.flatMap((s) => s.jobs.map((j) => `${j.id}:${j.schedule.state}`)),
      secrets: tenant?.servicePrincipals.map((s) => s.secrets.length),
      assignments: tenant?.assignments.map((a) => a.id).sort(),
    }
  }

  /** Makes a HelloID app through Graph, as an admin in the portal would, and lets it replicate. */
  async function appMadeByHand(displayName: string): Promise<string> {
    const made = await h.engine().graph.call<{ servicePrincipal: { id: string } }>({
      method: 'POST',
      path: `/applicationTemplates/${h.templateId}/instantiate`,
      body: { displayName },
      noRetry: true,
    })
    if (!made.ok) throw new Error(made.error.message)
    await h.advance(120)
    return made.value.body.servicePrincipal.id
  }

  it('gives the same fingerprint for the same tenant and choices, a different one for other choices', async () => {
    await h.reset()
    const engine = h.engine()
    const before = await h.lastSeq()
    const first = await h.preview(engine)
    const again = await h.preview(engine)
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(again.fingerprint).toBe(first.fingerprint)
    const otherMappings = await h.preview(engine, h.planChoices({ mappings: ['employeeId'] }))
    expect(otherMappings.fingerprint).not.toBe(first.fingerprint)
    const fewerPeople = await h.preview(
      engine,
      h.planChoices({ assignments: h.planChoices().assignments.slice(1) }),
    )
    expect(fewerPeople.fingerprint).not.toBe(first.fingerprint)
    // Previewing reads only.
    expect(await h.writesSince(before)).toEqual([])
  })

  it('refuses, writing nothing, when someone creates a HelloID app between preview and apply', async () => {
    await h.reset()
    const engine = h.engine()
    const planned = await h.preview(engine)
    expect(planned.changes[0]).toMatchObject({ id: 'create-app', kind: 'create' })

    await appMadeByHand('HelloID by a colleague')
    const tenantBefore = footprint(await h.state())
    const since = await h.lastSeq()
    const applied = h.record(
      await engine.apply(h.templateId, h.choices(), { planFingerprint: planned.fingerprint }),
    )
    expect(applied.ok).toBe(false)
    if (applied.ok) return
    expect(applied.error.code).toBe('PLAN_CHANGED')
    expect(applied.error.message).toContain('Preview the changes again')
    expect(await h.writesSince(since)).toEqual([])
    expect(footprint(await h.state())).toEqual(tenantBefore)

    // Previewed again, the plan now asks which app to use instead of creating a second one.
    const fresh = await h.preview(engine)
    expect(fresh.fingerprint).not.toBe(planned.fingerprint)
    expect(fresh.changes[0]).toMatchObject({ id: 'create-app', kind: 'choose' })
  })

  it('refuses when someone assigns a user to the app between preview and apply, then applies a fresh preview', async () => {
    await h.reset()
    const engine = h.engine()
    const first = await engine.apply(h.templateId, h.choices({ assignments: [] }))
    if (!first.ok) throw new Error(first.error.message)
    const spId = first.value.app.servicePrincipalId

    const planned = await h.preview(engine)
    expect(planned.changes[0]).toMatchObject({ kind: 'reuse' })

    // An admin assigns one of the users in the portal, with the app's User role.
    const [userId] = await h.principalIds()
    const sp = await h
      .engine()
      .graph.get<{ appRoles: { id: string; value: string | null }[] }>(
        `/servicePrincipals/${spId}?$select=appRoles`,
      )
    if (!sp.ok) throw new Error(sp.error.message)
    const role = sp.value.body.appRoles.find((r) => r.value === 'User')
    const byHand = await h.engine().graph.call({
      method: 'POST',
      path: `/servicePrincipals/${spId}/appRoleAssignedTo`,
      body: { principalId: userId, resourceId: spId, appRoleId: role?.id },
      noRetry: true,
    })
    if (!byHand.ok) throw new Error(byHand.error.message)

    const tenantBefore = footprint(await h.state())
    const since = await h.lastSeq()
    const refused = await engine.apply(h.templateId, h.choices(), { planFingerprint: planned.fingerprint })
    expect(refused.ok ? 'applied' : refused.error.code).toBe('PLAN_CHANGED')
    expect(await h.writesSince(since)).toEqual([])
    expect(footprint(await h.state())).toEqual(tenantBefore)

    const fresh = await h.preview(engine)
    const applied = await engine.apply(h.templateId, h.choices(), { planFingerprint: fresh.fingerprint })
    if (!applied.ok) throw new Error(applied.error.message)
    expect(applied.value.assignmentsAdded).toBe(2)
    expect(await h.convergence(await h.principalIds())).toMatchObject({ converged: true, duplicates: 0 })
  })

  it('refuses choices other than the previewed ones', async () => {
    await h.reset()
    const engine = h.engine()
    const planned = await h.preview(engine)
    const since = await h.lastSeq()
    const refused = await engine.apply(
      h.templateId,
      h.choices({ notificationEmail: 'other@contoso.onmicrosoft.com' }),
      {
        planFingerprint: planned.fingerprint,
      },
    )
    expect(refused.ok ? 'applied' : refused.error.code).toBe('PLAN_CHANGED')
    expect(await h.writesSince(since)).toEqual([])
    // The journal says why nothing happened; it holds no secret.
    expect((await h.journal.entries()).map((e) => e.event)).toContain('apply-refused-plan-changed')
    expect(await h.canaryHits()).toEqual([])
  })
})
