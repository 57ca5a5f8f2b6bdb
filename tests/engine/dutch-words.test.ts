import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Message } from '../../shared/contract'
import { english, errorSummary } from '../../shared/i18n/message'
import { englishIn, inDutch } from '../support/dutch'
import { defaultTargets, Harness } from './harness'

/**
 * What the engine tells the person, rendered in Dutch as the screens render it: every check of a real pre-flight
 * (users and groups found and not found, the licence, the HelloID URL, secret and answer) and every line of the
 * plan is worded from the Dutch catalog, and no English catalog wording shows through.
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

    const { secret: _secret, ...choices } = h.choices({
      notificationEmail: 'ops@contoso.onmicrosoft.com',
      mappings: ['employeeId', 'manager'],
    })
    const planned = await engine.plan(h.templateId, choices)
    if (!planned.ok) throw new Error(planned.error.message)
    const plan = planned.value.changes.map((c) => c.action)
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

  it('would notice English wording in a Dutch rendering', () => {
    expect(englishIn('Nog niemand toewijzen. Check the user principal name.')).toEqual([
      'Check the user principal name',
    ])
  })
})
