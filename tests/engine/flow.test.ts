import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { preflightPassed } from '../../electron/services/setup/preflight'
import type { SetupProgress } from '../../electron/services/setup/types'
import { Harness } from './harness'
import { wordsOf } from '../support/words'

/** The whole setup against the simulated tenant, as the desktop app and the CLI drive it. */
describe('setup engine: pre-flight to "Initial cycle completed"', () => {
  let h: Harness
  let principals: string[]
  const progress: SetupProgress[] = []
  let ids: { spId: string; jobId: string }

  beforeAll(async () => {
    h = await Harness.start({ seed: 'engine-flow' })
    principals = await h.principalIds()
  })
  afterAll(async () => {
    await h?.stop()
  })

  it('passes pre-flight, plans, applies, and reaches "Initial cycle completed" with users in HelloID', async () => {
    const engine = h.engine({ onProgress: (p) => progress.push(p) })
    const before = await h.lastSeq()
    const report = h.record(
      await engine.preflight({
        scimUrl: h.helloId.url,
        secret: h.helloId.secret,
        assignments: h.choices().assignments,
      }),
    )
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([])
    expect(preflightPassed(report)).toBe(true)
    expect(report.facts?.template?.id).toBe(h.templateId)
    // The cleaned secret stays usable in memory but is left out of any serialisation (JSON, IPC).
    expect(report.helloId?.url).toBe(h.helloId.url)
    expect(report.helloId?.secret).toBe(h.helloId.secret)
    expect(JSON.stringify(report)).not.toContain(h.helloId.secret)
    expect(structuredClone(report).helloId).toEqual({ url: h.helloId.url })
    // Pre-flight reads only.
    expect(await h.writesSince(before)).toEqual([])

    const planned = await h.preview(engine)
    // Planning reads only.
    expect(await h.writesSince(before)).toEqual([])
    expect(planned.changes.map((p) => p.id)).toEqual([
      'create-app',
      'create-job',
      'test-connection',
      'save-connection',
      'mappings',
      'start',
      'assign',
      'initial-cycle',
    ])

    const applied = h.record(
      await engine.apply(h.templateId, h.choices(), { planFingerprint: planned.fingerprint }),
    )
    if (!applied.ok) throw new Error(applied.error.message)
    expect(applied.value).toMatchObject({
      jobCreated: true,
      secretsChanged: true,
      mappingsAdded: ['employeeId', 'manager.id'],
      assignmentsAdded: 3,
      started: true,
    })
    expect(applied.value.app.created).toBe(true)
    ids = { spId: applied.value.app.servicePrincipalId, jobId: applied.value.jobId }
    // The journal keeps a restorable backup of the schema as it was before the mappings were added.
    const backup = (await h.journal.entries()).find((e) => e.event === 'schema-backup')
    const schema = JSON.parse(String(backup?.data?.schemaJson)) as { synchronizationRules?: unknown[] }
    expect(schema.synchronizationRules?.length).toBeGreaterThan(0)
    expect(String(backup?.data?.schemaJson)).not.toContain('[truncated]')
    expect(String(backup?.data?.schemaJson)).not.toContain('manager.id')
    expect(progress.filter((p) => p.status === 'failed')).toEqual([])
    expect(await h.convergence(principals)).toMatchObject({ converged: true, duplicates: 0 })

    // Monitor in simulated time: the engine's sleep moves the simulator's clock.
    const watched = h.record(
      await engine.monitor(ids, {
        maxWaitMs: 30 * 60_000,
        sleep: h.sleep,
        now: () => Date.now() + h.slept,
      }),
    )
    if (!watched.ok) throw new Error(watched.error.message)
    expect(watched.value).toMatchObject({ initialCycleCompleted: true, timedOut: false, quarantine: null })
    expect(watched.value.counts.users).toBeGreaterThanOrEqual(3)
    expect(progress.at(-1)).toMatchObject({ step: 'azure-initial-cycle', status: 'done' })
    expect(wordsOf(progress.at(-1)?.message)).toMatch(/^Initial cycle completed/)

    const state = await h.state()
    const userNames = state.scim.users.map((u) => u.userName)
    expect(userNames).toContain('user@contoso.onmicrosoft.com')
    expect(userNames).toContain('globaladmin@contoso.onmicrosoft.com')
    expect(state.errors).toEqual([])
  })

  it('a second apply changes nothing (only the harmless Test Connection is sent again)', async () => {
    const before = await h.lastSeq()
    const again = h.record(await h.engine().apply(h.templateId, h.choices()))
    if (!again.ok) throw new Error(again.error.message)
    expect(again.value).toMatchObject({
      jobCreated: false,
      secretsChanged: false,
      mappingsAdded: [],
      assignmentsAdded: 0,
      started: false,
    })
    expect(again.value.app.created).toBe(false)
    expect(again.value.jobId).toBe(ids.jobId)
    // validateCredentials tests against HelloID and stores nothing: once with the candidate URL and
    // secret, once with the saved ones (Graph documents no read of saved secrets).
    const writes = await h.writesSince(before)
    expect(writes.map((w) => `${w.method} ${w.path.replace(/jobs\/[^/]+/, 'jobs/{id}')}`)).toEqual([
      `POST /v1.0/servicePrincipals/${ids.spId}/synchronization/jobs/{id}/validateCredentials`,
      `POST /v1.0/servicePrincipals/${ids.spId}/synchronization/jobs/{id}/validateCredentials`,
    ])
    expect(await h.convergence(principals)).toMatchObject({ converged: true, duplicates: 0 })
  })

  it('troubleshoots a user: provisions on demand and explains the answer', async () => {
    const report = h.record(await h.engine().troubleshoot(ids, 'user@contoso.onmicrosoft.com'))
    if (!report.ok) throw new Error(report.error.message)
    expect(report.value.user.id).toBe(principals[0])
    expect(report.value.onDemand.steps.length).toBeGreaterThan(0)
    expect(['Success', 'Skipped', 'Failure', 'Warning']).toContain(report.value.onDemand.result)
    expect(report.value.onDemand.explanation.code).toMatch(/^troubleshoot\.explain\./)
    // Only this app's job, newest first (the first cycle's entry and the on-demand one at least).
    const logs = report.value.logs
    expect(logs.length).toBeGreaterThan(1)
    expect(new Set(logs.map((l) => `${l.servicePrincipal?.id} ${l.jobId}`))).toEqual(
      new Set([`${ids.spId} ${ids.jobId}`]),
    )
    const times = logs.map((l) => l.activityDateTime ?? '')
    expect(times).toEqual([...times].sort().reverse())
    const read = (await h.requests()).filter((r) => r.path === '/v1.0/auditLogs/provisioning').at(-1)
    expect(read?.query).toContain(`servicePrincipal/id eq '${ids.spId}'`)
    expect(read?.query).toContain(`jobId eq '${ids.jobId}'`)
    expect(read?.query).toContain('$orderby=activityDateTime desc')

    const nobody = h.record(await h.engine().troubleshoot(ids, 'nobody@contoso.onmicrosoft.com'))
    expect(nobody).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('a user who is not assigned is explained in Entra’s words, not as a Default Access assignment', async () => {
    const engine = h.engine()
    const members = await engine.graph.get<{ value: { id: string }[] }>(
      `/groups/${principals[2]}/members?$select=id`,
    )
    const users = await engine.graph.get<{ value: { id: string; userPrincipalName: string }[] }>(
      '/users?$select=id,userPrincipalName&$top=40',
    )
    if (!members.ok || !users.ok) throw new Error('could not read users')
    const taken = new Set([...principals, ...members.value.body.value.map((m) => m.id)])
    const outsider = users.value.body.value.find((u) => !taken.has(u.id))
    if (!outsider) throw new Error('no unassigned user in this seed')
    const report = h.record(await engine.troubleshoot(ids, outsider.userPrincipalName))
    if (!report.ok) throw new Error(report.error.message)
    expect(report.value.onDemand).toMatchObject({ result: 'Skipped', errorCode: 'NotEffectivelyEntitled' })
    expect(report.value.onDemand.errorMessage).toContain('This object is not assigned to the application')
    expect(report.value.onDemand.explanation).toEqual({ code: 'troubleshoot.explain.notAssigned' })
    const words = JSON.stringify(report.value)
    expect(words).not.toMatch(/Default Access|role 'None'/)
  })

  it('knows the last setup from the journal, and rollback removes the job and the app', async () => {
    const engine = h.engine()
    expect(await engine.lastSetupIds()).toEqual(ids)
    const removed = h.record(await engine.rollback())
    if (!removed.ok) throw new Error(removed.error.message)
    expect(removed.value.removed.map((r) => r.kind)).toEqual(['job', 'application'])
    expect(removed.value.removed[0]?.id).toBe(ids.jobId)
    const state = await h.state()
    const tenant = state.tenants.find((t) => t.id === h.tenantId)
    expect(tenant?.applications.filter((a) => a.applicationTemplateId === h.templateId)).toEqual([])
    expect(tenant?.servicePrincipals.filter((s) => s.applicationTemplateId === h.templateId)).toEqual([])
    expect(tenant?.assignments.filter((a) => a.resourceId === ids.spId)).toEqual([])
    // Entra keeps both in deleted items for 30 days.
    expect(tenant?.deletedItems.map((d) => d.kind).sort()).toEqual(['application', 'servicePrincipal'])
    // Nothing left to remove: a second rollback changes nothing.
    const since = await h.lastSeq()
    expect(h.record(await engine.rollback())).toEqual({ ok: true, value: { removed: [] } })
    expect(await h.writesSince(since)).toEqual([])
  })

  it('never wrote the secret or a token to the journal, the log or a result', async () => {
    // Access tokens handed to the engine, and the refresh token MSAL keeps (opaque, not a JWT).
    expect([...h.tokens].some((t) => t.split('.').length === 3)).toBe(true)
    expect([...h.tokens].some((t) => t.split('.').length !== 3)).toBe(true)
    expect(h.logs.length).toBeGreaterThan(0)
    expect(await h.canaryHits()).toEqual([])
  })
})
