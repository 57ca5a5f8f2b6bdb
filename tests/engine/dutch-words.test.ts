import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Message, SetupProgress } from '../../shared/contract'
import { jobMessages } from '../../shared/job-messages'
import { english, errorParts, errorSummary } from '../../shared/i18n/message'
import { englishIn, inDutch } from '../support/dutch'
import { defaultTargets, Harness } from './harness'

/**
 * What the engine tells the person, rendered in Dutch as the screens render it: every check of a real pre-flight
 * (users and groups found and not found, the licence, the HelloID URL, secret and answer), every line of the
 * plan, every progress line of a real run and first cycle, and a quarantined job's problem are worded from the
 * Dutch catalog, and no English catalog wording shows through.
 */
describe('the engine’s words in Dutch', () => {
  let h: Harness
  beforeAll(async () => {
    h = await Harness.start({ seed: 'dutch-words' })
  })
  afterAll(async () => {
    await h?.stop()
  })

  /** Each message in Dutch, with the key it came from, for a readable failure. */
  const rendered = (messages: readonly Message[]): { code: string; dutch: string; english: string }[] =>
    messages.map((message) => ({ code: message.code, dutch: inDutch(message), english: english(message) }))

  it('words every pre-flight check and every plan line in Dutch only', async () => {
    const engine = h.engine()
    const targets = [
      ...defaultTargets,
      { kind: 'user', ref: 'nobody@contoso.onmicrosoft.com' },
      { kind: 'group', ref: 'No Such Group' },
    ] as const
    const report = h.record(
      await engine.preflight({ scimUrl: h.helloId.url, secret: h.helloId.secret, assignments: [...targets] }),
    )
    const checks = report.checks.flatMap((c) => [
      c.title,
      c.error ? errorSummary(c.error) : c.detail,
      ...(c.fix ? [c.fix] : []),
    ])
    // The run covered passes and problems alike.
    expect(report.checks.map((c) => c.status)).toEqual(expect.arrayContaining(['pass', 'fail']))
    expect(report.checks.length).toBeGreaterThanOrEqual(10)

    const planned = await h.preview(
      engine,
      h.planChoices({
        notificationEmail: 'ops@contoso.onmicrosoft.com',
        mappings: ['employeeId', 'manager'],
      }),
    )
    const plan = planned.changes.map((c) => c.action)
    expect(plan.length).toBe(8)

    for (const line of rendered([...checks, ...plan])) {
      // A key Dutch lacks would come back as itself.
      expect(line.dutch, line.code).not.toBe(line.code)
      expect(englishIn(line.dutch), `${line.code}: ${line.dutch}`).toEqual([])
    }
    // The names and ids the person typed are still there, in both languages.
    const all = rendered([...checks, ...plan])
    expect(all.some((l) => l.dutch.includes('nobody@contoso.onmicrosoft.com'))).toBe(true)
    expect(all.some((l) => l.dutch.includes('ops@contoso.onmicrosoft.com'))).toBe(true)
    expect(all.find((l) => l.code === 'plan.mappings')?.dutch).toBe(
      'De koppelingen employeeId, manager.id toevoegen, na een back-up van de huidige koppelingen.',
    )
  })

  it('words every line of the run, the first cycle and a quarantine’s problem in Dutch only', async () => {
    await h.reset()
    const progress: SetupProgress[] = []
    const engine = h.engine({ onProgress: (p) => progress.push(p) })
    const applied = h.record(await engine.apply(h.templateId, h.choices()))
    if (!applied.ok) throw new Error(applied.error.message)
    const ids = { spId: applied.value.app.servicePrincipalId, jobId: applied.value.jobId }
    const watch = (maxWaitMs: number) =>
      engine.monitor(ids, { maxWaitMs, sleep: h.sleep, now: () => Date.now() + h.slept })
    const completed = h.record(await watch(30 * 60_000))
    if (!completed.ok) throw new Error(completed.error.message)
    expect(completed.value.initialCycleCompleted).toBe(true)
    // Every action of the run reported under way and done, and the first cycle its end.
    expect(new Set(progress.map((p) => `${p.id}:${p.status}`))).toEqual(
      new Set([
        ...[
          'create-app',
          'create-job',
          'test-connection',
          'save-connection',
          'mappings',
          'assign',
          'start',
        ].flatMap((id) => [`${id}:running`, `${id}:done`]),
        'initial-cycle:waiting',
        'initial-cycle:done',
      ]),
    )

    // HelloID's secret is replaced: Entra quarantines the job at its next cycle.
    const rotated = await h.control<{ url: string; secret: string }>('/helloid/new-secret', {})
    h.redactor.register(rotated.secret)
    await h.advance(41 * 60)
    const quarantined = h.record(await watch(0))
    if (!quarantined.ok) throw new Error(quarantined.error.message)
    expect(quarantined.value.health).toBe('quarantined')
    const job = jobMessages(quarantined.value)
    if (!job.problem) throw new Error('a quarantined job has a problem')
    const jobLines = [job.summary, job.problem.title, job.problem.cause, job.problem.fix, job.problem.fixCli]

    for (const line of rendered([...progress.map((p) => p.message), ...jobLines])) {
      expect(line.dutch, line.code).not.toBe(line.code)
      expect(englishIn(line.dutch), `${line.code}: ${line.dutch}`).toEqual([])
    }
    // The same messages in English are the catalog's English (the CLI's words).
    expect(english(job.problem.title)).toBe('Entra’s calls to HelloID kept failing.')
    expect(inDutch(job.problem.title)).toBe('De aanroepen van Entra naar HelloID bleven mislukken.')
  })

  it('words a Test Connection that fails during a run in Dutch: what, the next step, and Entra’s answer marked', async () => {
    await h.reset()
    const progress: SetupProgress[] = []
    const engine = h.engine({ onProgress: (p) => progress.push(p) })
    // A secret HelloID never issued: Entra's Test Connection answers 400 with its own message.
    const wrong = h.record(await engine.apply(h.templateId, h.choices({ secret: 'x'.repeat(40) })))
    if (wrong.ok) throw new Error('a wrong secret must stop the run')
    expect(wrong.error.details).toMatchObject({ cause: 'helloid-test-failed' })
    const parts = errorParts(wrong.error)
    const entra = parts.entra
    if (!entra) throw new Error('Entra’s answer is kept')
    // Graph's own text is a marked parameter (masked in presentation mode); the sentence around it is the catalog's.
    expect(entra.code).toBe('problems.graph.answeredWith')
    const given = entra.params?.text
    expect(typeof given === 'object' && 'text' in given && given.text.length > 0).toBe(true)
    const failedLine = progress.find((p) => p.id === 'test-connection' && p.status === 'failed')
    if (!failedLine) throw new Error('the test-connection step reports its failure')
    for (const line of rendered([parts.what, parts.action, entra, failedLine.message])) {
      expect(line.dutch, line.code).not.toBe(line.code)
      expect(englishIn(line.dutch), `${line.code}: ${line.dutch}`).toEqual([])
    }
    expect(inDutch(entra)).toMatch(/^Microsoft Graph antwoordde 400 BadRequest: “/)
  })

  it('would notice English wording in a Dutch rendering', () => {
    expect(englishIn('Nog niemand toewijzen. Check the user principal name.')).toEqual([
      'Check the user principal name',
    ])
  })
})
