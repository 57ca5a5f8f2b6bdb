import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { preflightPassed } from '../../electron/services/setup/preflight'
import type { SetupChoices } from '../../electron/services/setup/types'
import { Harness } from './harness'
import { detailOf, wordsOf } from '../support/words'

/**
 * Bad input never reaches the tenant: pre-flight fails the field's check with a message that says what
 * to do, and apply refuses before its first Graph call. The simulator's request log proves there were
 * no writes (nothing but GET, also inside `$batch`), and no message echoes the secret.
 */
describe('setup engine: bad input is refused before any Graph write', () => {
  let h: Harness

  beforeAll(async () => {
    h = await Harness.start({ seed: 'engine-bad-input' })
  })
  afterAll(async () => {
    await h?.stop()
  })

  const urlCases: [string, () => string, RegExp][] = [
    ['malformed', () => 'not a web address', /not a web address|space/],
    ['scheme without slashes', () => h.helloId.url.replace('https://', 'https//'), /web address|https:\/\//],
    [
      'http instead of https',
      () => h.helloId.url.replace('https://', 'http://'),
      /must start with https:\/\//,
    ],
    [
      'credentials in the URL',
      () => h.helloId.url.replace('https://', 'https://admin:hunter2@'),
      /user name or password/,
    ],
    ['a space inside', () => h.helloId.url.replace('/scim/', '/scim /'), /space or line break/],
    ['a zero-width character', () => h.helloId.url.replace('/scim/', '/sc\u200bim/'), /invisible zero-width/],
    ['a huge paste', () => `${h.helloId.url}/${'x'.repeat(1_000_000)}`, /longer than/],
    ['the secret in the URL field', () => h.helloId.secret, /looks like the Secret/],
  ]

  const secretCases: [string, () => string, RegExp][] = [
    [
      'a space inside',
      () => `${h.helloId.secret.slice(0, 20)} ${h.helloId.secret.slice(20)}`,
      /space or line break/,
    ],
    [
      'a line break inside',
      () => `${h.helloId.secret.slice(0, 20)}\n${h.helloId.secret.slice(20)}`,
      /space or line break/,
    ],
    [
      'a zero-width character',
      () => `${h.helloId.secret.slice(0, 20)}\u200b${h.helloId.secret.slice(20)}`,
      /invisible zero-width character in the middle/,
    ],
    ['a BOM in front', () => `\ufeff${h.helloId.secret}`, /invisible zero-width character at the start/],
    ['a Bearer prefix', () => `Bearer ${h.helloId.secret}`, /Remove the word “Bearer”/],
    ['a huge paste', () => h.helloId.secret.repeat(20_000), /longer than/],
    ['nothing', () => '', /Enter the HelloID Secret/],
    ['only part of it', () => h.helloId.secret.slice(0, 8), /shorter than/],
    ['the URL in the secret field', () => h.helloId.url, /looks like the URL/],
    ['quotation marks around it', () => `"${h.helloId.secret}"`, /quotation marks/],
  ]

  /** Runs pre-flight and apply with one bad value and checks both refused without writing. */
  async function refuses(
    field: 'helloid-url' | 'helloid-secret',
    choices: SetupChoices,
    message: RegExp,
  ): Promise<void> {
    const before = await h.lastSeq()
    const engine = h.engine()
    const report = h.record(
      await engine.preflight({ scimUrl: choices.scimUrl, secret: choices.secret, assignments: [] }),
    )
    expect(preflightPassed(report)).toBe(false)
    expect(report.helloId).toBeNull()
    const check = report.checks.find((c) => c.id === field)
    expect(check?.status).toBe('fail')
    expect(detailOf(check)).toMatch(message)
    expect(wordsOf(check?.fix)).toBeTruthy()
    // The HelloID probe never ran with a bad value.
    expect(report.checks.find((c) => c.id === 'helloid-probe')).toBeUndefined()

    const applyStart = await h.lastSeq()
    const applied = h.record(await engine.apply(h.templateId, choices))
    expect(applied.ok).toBe(false)
    if (!applied.ok) {
      expect(applied.error.code).toBe('INVALID_INPUT')
      expect(applied.error.message).toMatch(message)
      expect(applied.error.message.length).toBeLessThan(400)
    }
    // Apply refused before its first Graph call; pre-flight only read.
    expect((await h.requests()).filter((r) => r.seq > applyStart)).toEqual([])
    expect(await h.writesSince(before)).toEqual([])
  }

  for (const [name, value, message] of urlCases) {
    it(`URL with ${name}`, async () => {
      await refuses('helloid-url', h.choices({ scimUrl: value() }), message)
    })
  }

  for (const [name, value, message] of secretCases) {
    it(`secret with ${name}`, async () => {
      await refuses('helloid-secret', h.choices({ secret: value() }), message)
    })
  }

  it('trims ordinary whitespace around the secret (a warning, not a refusal)', async () => {
    const report = h.record(
      await h
        .engine()
        .preflight({ scimUrl: h.helloId.url, secret: `  ${h.helloId.secret}\n`, assignments: [] }),
    )
    expect(report.checks.find((c) => c.id === 'helloid-secret')).toMatchObject({ status: 'warn' })
    expect(report.helloId?.secret).toBe(h.helloId.secret)
  })

  for (const [name, overrides, message] of [
    ['an empty app name', { appDisplayName: '   ' }, /name of 1 to 120/],
    ['a huge app name', { appDisplayName: 'H'.repeat(100_000) }, /name of 1 to 120/],
    ['a notification e-mail that is not one', { notificationEmail: 'admin at contoso' }, /e-mail/],
    [
      'a user that does not exist',
      { assignments: [{ kind: 'user', ref: 'nobody@contoso.onmicrosoft.com' }] },
      /No user/,
    ],
    ['a group that does not exist', { assignments: [{ kind: 'group', ref: 'No Such Group' }] }, /No group/],
    [
      'an app to reuse that is not an id',
      { reuseServicePrincipalId: '../applications' },
      /not a valid object id/,
    ],
  ] as [string, Partial<SetupChoices>, RegExp][]) {
    it(`apply refuses ${name} before writing`, async () => {
      const before = await h.lastSeq()
      const applied = h.record(await h.engine().apply(h.templateId, h.choices(overrides)))
      expect(applied).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      if (!applied.ok) expect(applied.error.message).toMatch(message)
      expect(await h.writesSince(before)).toEqual([])
    })
  }

  it('no message, log line or journal entry echoes the secret', async () => {
    expect(h.results.length).toBeGreaterThan(20)
    expect(await h.canaryHits()).toEqual([])
    const state = await h.state()
    const tenant = state.tenants.find((t) => t.id === h.tenantId)
    expect(tenant?.applications.filter((a) => a.applicationTemplateId === h.templateId)).toEqual([])
  })
})
