import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Redactor } from '../../electron/services/log/redact'
import { createFileJournal, type Journal } from '../../electron/services/setup/journal'
import { Harness } from './harness'

/**
 * Rollback reads the tenant, not only the local journal: after "Sign out and forget" (which deletes the
 * journal) or from another computer it still finds the app the assistant made (by its tag) with its job
 * and assignments, offers exactly that, and never touches a HelloID app the assistant did not make.
 */
describe('rollback: the tenant says what the assistant created', () => {
  let h: Harness
  const folders: string[] = []

  beforeAll(async () => {
    h = await Harness.start({ seed: 'rollback-tenant' })
  })
  afterAll(async () => {
    for (const dir of folders) await rm(dir, { recursive: true, force: true })
    await h?.stop()
  })

  /** A journal in a data folder of its own, as on another computer. */
  async function otherFolder(): Promise<Journal> {
    const dir = await mkdtemp(join(tmpdir(), 'helloid-rollback-folder-'))
    folders.push(dir)
    return createFileJournal(join(dir, 'customers', 'test', 'journal.jsonl'), new Redactor())
  }

  /** Applies from the harness's folder and returns the ids of what it made. */
  async function applied(): Promise<{ spId: string; applicationId: string; jobId: string }> {
    const result = h.record(await h.engine().apply(h.templateId, h.choices()))
    if (!result.ok) throw new Error(result.error.message)
    return {
      spId: result.value.app.servicePrincipalId,
      applicationId: result.value.app.applicationId ?? '',
      jobId: result.value.jobId,
    }
  }

  async function contoso() {
    const tenant = (await h.state()).tenants.find((t) => t.id === h.tenantId)
    if (!tenant) throw new Error('no Contoso')
    return tenant
  }

  it('after "Sign out and forget" (no journal) it offers and removes the tagged app, its job and assignments', async () => {
    await h.reset()
    const made = await applied()
    await rm(h.journalPath, { force: true })
    const engine = h.engine()

    const offered = h.record(await engine.rollbackTargets())
    if (!offered.ok) throw new Error(offered.error.message)
    expect(offered.value).toEqual([
      expect.objectContaining({
        applicationId: made.applicationId,
        servicePrincipalId: made.spId,
        madeBy: 'tag',
        jobs: [expect.objectContaining({ id: made.jobId })],
        assignments: { users: 2, groups: 1 },
      }),
    ])

    const removed = h.record(await engine.rollback(offered.value.map((t) => t.applicationId)))
    expect(removed).toEqual({
      ok: true,
      value: {
        removed: [
          { kind: 'job', id: made.jobId },
          { kind: 'application', id: made.applicationId },
        ],
      },
    })
    const tenant = await contoso()
    expect(tenant.applications.filter((a) => a.applicationTemplateId === h.templateId)).toEqual([])
    expect(tenant.servicePrincipals.filter((s) => s.applicationTemplateId === h.templateId)).toEqual([])
    expect(tenant.assignments.filter((a) => a.resourceId === made.spId)).toEqual([])
  })

  it('from a second data folder removes the tagged app, and never a customer’s untagged HelloID app', async () => {
    await h.reset()
    const made = await applied()
    const customers = await h.appMadeByHand('HelloID (by hand)')
    const engine = h.engine({ journal: await otherFolder() })

    const offered = h.record(await engine.rollbackTargets())
    if (!offered.ok) throw new Error(offered.error.message)
    expect(offered.value.map((t) => t.applicationId)).toEqual([made.applicationId])

    const since = await h.lastSeq()
    // Even asked to remove everything it finds, rollback leaves the customer's app alone.
    const removed = h.record(await engine.rollback())
    if (!removed.ok) throw new Error(removed.error.message)
    const deletes = (await h.writesSince(since)).filter((w) => w.method === 'DELETE').map((w) => w.path)
    expect(deletes).toEqual([
      `/v1.0/servicePrincipals/${made.spId}/synchronization/jobs/${made.jobId}`,
      `/v1.0/applications/${made.applicationId}`,
    ])
    const tenant = await contoso()
    expect(tenant.applications.map((a) => a.id)).toContain(customers.applicationId)
    expect(tenant.applications.map((a) => a.id)).not.toContain(made.applicationId)
    expect(tenant.servicePrincipals.map((s) => s.id)).toContain(customers.spId)
  })

  it('removes only the apps the person was shown and confirmed', async () => {
    await h.reset()
    const made = await applied()
    const since = await h.lastSeq()
    const removed = h.record(await h.engine().rollback(['00000000-0000-4000-8000-00000000abcd']))
    expect(removed).toEqual({ ok: true, value: { removed: [] } })
    expect(await h.writesSince(since)).toEqual([])
    expect((await contoso()).applications.map((a) => a.id)).toContain(made.applicationId)
  })

  it('does not offer an app someone else made, even one the assistant set up on the person’s choice', async () => {
    await h.reset()
    const customers = await h.appMadeByHand('HelloID')
    const adopted = h.record(
      await h.engine().apply(h.templateId, { ...h.choices(), reuseServicePrincipalId: customers.spId }),
    )
    if (!adopted.ok) throw new Error(adopted.error.message)
    expect(h.record(await h.engine().rollbackTargets())).toEqual({ ok: true, value: [] })
  })

  it('a second rollback is a no-op: nothing offered, no request that changes anything', async () => {
    await h.reset()
    await applied()
    const first = h.record(await h.engine().rollback())
    if (!first.ok) throw new Error(first.error.message)
    expect(first.value.removed).toHaveLength(2)

    const since = await h.lastSeq()
    const engine = h.engine({ journal: await otherFolder() })
    expect(h.record(await engine.rollbackTargets())).toEqual({ ok: true, value: [] })
    expect(h.record(await engine.rollback())).toEqual({ ok: true, value: { removed: [] } })
    expect(h.record(await h.engine().rollback())).toEqual({ ok: true, value: { removed: [] } })
    expect(await h.writesSince(since)).toEqual([])
  })
})
