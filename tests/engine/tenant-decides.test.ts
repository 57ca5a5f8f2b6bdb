import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Redactor } from '../../electron/services/log/redact'
import { createFileJournal, type Journal } from '../../electron/services/setup/journal'
import { ASSISTANT_TAG } from '../../electron/services/setup/tenant-apps'
import { Harness, type RequestLogEntry } from './harness'
import { detailOf, wordsOf } from '../support/words'

/**
 * The tenant, not the local journal, guards against a second HelloID app: applies from different
 * data folders (another laptop, another customer label, after "Sign out and forget"), at once or one
 * after the other, end with one app, one job and one assignment per principal; an app someone else
 * made is used only when the person chooses it, and never duplicated.
 */
describe('setup engine: the tenant decides which HelloID app to use', () => {
  let h: Harness
  let principals: string[]
  const folders: string[] = []

  beforeAll(async () => {
    h = await Harness.start({ seed: 'tenant-decides' })
    principals = await h.principalIds()
  })
  afterAll(async () => {
    for (const dir of folders) await rm(dir, { recursive: true, force: true })
    await h?.stop()
  })

  /** A journal in a data folder of its own, as on another computer. */
  async function otherFolder(): Promise<Journal> {
    const dir = await mkdtemp(join(tmpdir(), 'helloid-other-folder-'))
    folders.push(dir)
    const redactor = new Redactor()
    redactor.register(h.helloId.secret)
    return createFileJournal(join(dir, 'customers', 'test', 'journal.jsonl'), redactor)
  }

  const instantiates = (writes: RequestLogEntry[]) => writes.filter((w) => w.path.endsWith('/instantiate'))
  const creates = (writes: RequestLogEntry[]) =>
    writes.filter(
      (w) =>
        w.method === 'POST' &&
        (w.path.endsWith('/instantiate') ||
          w.path.endsWith('/synchronization/jobs') ||
          w.path.endsWith('/appRoleAssignedTo')),
    )

  async function helloIdSps() {
    const tenant = (await h.state()).tenants.find((t) => t.id === h.tenantId)
    return (tenant?.servicePrincipals ?? []).filter((s) => s.applicationTemplateId === h.templateId)
  }

  it('two applies from separate data folders, one after the other, end with one app, one job, one assignment each', async () => {
    await h.reset()
    const first = h.record(await h.engine().apply(h.templateId, h.choices()))
    if (!first.ok) throw new Error(first.error.message)
    expect(first.value.app.created).toBe(true)

    const since = await h.lastSeq()
    const second = h.record(await h.engine({ journal: await otherFolder() }).apply(h.templateId, h.choices()))
    if (!second.ok) throw new Error(second.error.message)
    expect(await h.convergence(principals)).toMatchObject({
      converged: true,
      apps: 1,
      jobs: 1,
      duplicates: 0,
    })
    expect(second.value.app.created).toBe(false)
    expect(second.value.app.servicePrincipalId).toBe(first.value.app.servicePrincipalId)
    expect(second.value).toMatchObject({ jobCreated: false, assignmentsAdded: 0 })
    expect(creates(await h.writesSince(since))).toEqual([])
    // The app carries the assistant's mark, which is how the second folder recognised it.
    expect((await helloIdSps())[0]?.tags).toContain(ASSISTANT_TAG)
  })

  it('two applies from separate data folders at once end with one app: the race is resolved by keeping the oldest', async () => {
    for (const lag of [0, 20]) {
      await h.reset({ replicationLagSeconds: lag })
      const since = await h.lastSeq()
      const [a, b] = await Promise.all([
        h.engine().apply(h.templateId, h.choices()),
        h.engine({ journal: await otherFolder() }).apply(h.templateId, h.choices()),
      ])
      h.record([a, b])
      if (!a.ok) throw new Error(a.error.message)
      if (!b.ok) throw new Error(b.error.message)
      // Both created (a real race), one removed its own extra, and both went on with the same app.
      expect(instantiates(await h.writesSince(since))).toHaveLength(2)
      expect(a.value.app.servicePrincipalId).toBe(b.value.app.servicePrincipalId)
      expect(await h.convergence(principals)).toMatchObject({
        converged: true,
        apps: 1,
        jobs: 1,
        duplicates: 0,
      })

      // A later rerun from yet another folder finds that one app and creates nothing.
      const since2 = await h.lastSeq()
      const again = h.record(
        await h.engine({ journal: await otherFolder() }).apply(h.templateId, h.choices()),
      )
      if (!again.ok) throw new Error(again.error.message)
      expect(creates(await h.writesSince(since2))).toEqual([])
      expect(await h.convergence(principals)).toMatchObject({ converged: true, apps: 1, jobs: 1 })
    }
  })

  it('a rerun after "Sign out and forget" (journal deleted) creates nothing new', async () => {
    await h.reset()
    const first = h.record(await h.engine().apply(h.templateId, h.choices()))
    if (!first.ok) throw new Error(first.error.message)
    await rm(h.journalPath, { force: true })
    expect(await h.journal.entries()).toEqual([])

    const since = await h.lastSeq()
    const rerun = h.record(await h.engine().apply(h.templateId, h.choices()))
    if (!rerun.ok) throw new Error(rerun.error.message)
    expect(await h.convergence(principals)).toMatchObject({
      converged: true,
      apps: 1,
      jobs: 1,
      duplicates: 0,
    })
    expect(rerun.value.app).toMatchObject({
      created: false,
      servicePrincipalId: first.value.app.servicePrincipalId,
    })
    expect(rerun.value.jobId).toBe(first.value.jobId)
    expect(creates(await h.writesSince(since))).toEqual([])
    // The engine finds the job by reading the tenant, not the (deleted) journal.
    await rm(h.journalPath, { force: true })
    expect(await h.engine().lastSetupIds()).toEqual({
      spId: first.value.app.servicePrincipalId,
      jobId: first.value.jobId,
    })
  })

  it('an app someone else made is asked about in the preview, never duplicated, and used only when chosen', async () => {
    await h.reset()
    const theirs = await h.appMadeByHand('HelloID Production')
    const engine = h.engine()
    const report = h.record(
      await engine.preflight({
        scimUrl: h.helloId.url,
        secret: h.helloId.secret,
        assignments: h.choices().assignments,
      }),
    )
    const check = report.checks.find((c) => c.id === 'existing-app')
    expect(check?.status).toBe('warn')
    expect(detailOf(check)).toContain('HelloID Production')
    const { changes: plan } = await h.preview(engine)
    expect(plan[0]).toMatchObject({ id: 'create-app', kind: 'choose' })
    expect(wordsOf(plan[0]?.action)).toContain(theirs.spId)

    // Without a choice, apply stops before any write and names the app.
    const since = await h.lastSeq()
    const refused = h.record(await engine.apply(h.templateId, h.choices()))
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('INVALID_INPUT')
    expect(refused.error.message).toContain('HelloID Production')
    expect(await h.writesSince(since)).toEqual([])

    // With the person's choice the plan says so, and apply uses that app.
    const { changes: chosen } = await h.preview(
      engine,
      h.planChoices({ reuseServicePrincipalId: theirs.spId }),
    )
    expect(chosen[0]).toMatchObject({ id: 'create-app', kind: 'reuse' })
    expect(wordsOf(chosen[0]?.action)).toContain('HelloID Production')
    const used = h.record(
      await engine.apply(h.templateId, h.choices({ reuseServicePrincipalId: theirs.spId })),
    )
    if (!used.ok) throw new Error(used.error.message)
    expect(used.value.app).toMatchObject({ created: false, servicePrincipalId: theirs.spId })
    expect(await h.convergence(principals)).toMatchObject({
      converged: true,
      apps: 1,
      jobs: 1,
      duplicates: 0,
    })
    // Someone else's app is never marked as the assistant's.
    expect((await helloIdSps())[0]?.tags).not.toContain(ASSISTANT_TAG)

    // Another folder without a choice still asks rather than creating a second app.
    const since2 = await h.lastSeq()
    const elsewhere = await h.engine({ journal: await otherFolder() }).apply(h.templateId, h.choices())
    expect(elsewhere.ok).toBe(false)
    expect(creates(await h.writesSince(since2))).toEqual([])
  })

  it('with several HelloID apps the preview asks which one, and the choice by id is used', async () => {
    await h.reset()
    const one = await h.appMadeByHand('HelloID Test')
    const two = await h.appMadeByHand('HelloID Production')
    const engine = h.engine()
    h.record(await engine.preflight({ scimUrl: h.helloId.url, secret: h.helloId.secret }))
    const { changes: plan } = await h.preview(engine)
    expect(plan[0]).toMatchObject({ kind: 'choose' })
    expect(wordsOf(plan[0]?.action)).toContain(one.spId)
    expect(wordsOf(plan[0]?.action)).toContain(two.spId)
    const since = await h.lastSeq()
    const refused = await engine.apply(h.templateId, h.choices())
    expect(refused.ok).toBe(false)
    expect(await h.writesSince(since)).toEqual([])

    // Chosen by its application object id (what the portal's App registrations page shows).
    const used = h.record(
      await engine.apply(h.templateId, h.choices({ reuseServicePrincipalId: two.applicationId })),
    )
    if (!used.ok) throw new Error(used.error.message)
    expect(used.value.app.servicePrincipalId).toBe(two.spId)
    expect(instantiates(await h.writesSince(since))).toEqual([])
    expect((await helloIdSps()).length).toBe(2)
  })

  it('a chosen id that is not a HelloID app is refused in plain words, with no write', async () => {
    await h.reset()
    const engine = h.engine()
    const graphSp = await engine.graph.get<{ value: { id: string }[] }>(
      "/servicePrincipals?$filter=appId eq '00000003-0000-0000-c000-000000000000'&$select=id",
    )
    if (!graphSp.ok) throw new Error(graphSp.error.message)
    const id = graphSp.value.body.value[0]?.id ?? ''
    const since = await h.lastSeq()
    const refused = h.record(await engine.apply(h.templateId, h.choices({ reuseServicePrincipalId: id })))
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(refused.error.message).toContain('Microsoft Graph')
    expect(await h.writesSince(since)).toEqual([])
  })
})
