import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type * as ScimProbe from '../../electron/services/helloid/scim-probe'
import { preflightPassed } from '../../electron/services/setup/preflight'
import { Harness } from './harness'
import { detailOf, wordsOf } from '../support/words'

// Every host the engine's HelloID probe is asked to contact, recorded before the real probe runs.
const contacted = vi.hoisted(() => [] as string[])
vi.mock('../../electron/services/helloid/scim-probe', async (importActual) => {
  const actual = await importActual<typeof ScimProbe>()
  return {
    ...actual,
    probeHelloIdScim: (options: Parameters<typeof ScimProbe.probeHelloIdScim>[0]) => {
      contacted.push(new URL(options.url).hostname)
      return actual.probeHelloIdScim(options)
    },
  }
})

/**
 * A HelloID URL on a host that is not helloid.com, or that spells helloid.com with look-alike letters,
 * gets nothing until the person confirms that very host: no probe with the secret, no apply (which
 * would hand the secret to Entra to send there).
 */
describe('setup engine: an unrecognised HelloID host needs a confirmation first', () => {
  let h: Harness
  beforeAll(async () => {
    h = await Harness.start({ seed: 'engine-lookalike' })
  })
  afterAll(async () => {
    await h?.stop()
  })
  beforeEach(() => {
    contacted.length = 0
  })

  const hosts = [
    ['another domain', 'helloid.example.net'],
    ['a look-alike suffix', 'contoso.helloid.com.evil.example'],
    ['look-alike letters in the customer part', 'xn--cntoso-wqf.helloid.com'],
    ['look-alike letters in helloid', 'contoso.xn--hlloid-3of.com'],
  ] as const

  it.each(hosts)('%s (%s): pre-flight sends nothing and says why', async (_why, host) => {
    const url = `https://${host}/scim/contoso`
    const report = h.record(
      await h.engine().preflight({ scimUrl: url, secret: h.helloId.secret, assignments: [] }),
    )
    expect(contacted).toEqual([])
    expect(preflightPassed(report)).toBe(false)
    expect(report.helloId).toBeNull()
    const check = report.checks.find((c) => c.id === 'helloid-host')
    expect(check).toMatchObject({ status: 'fail', step: 'azure-tenant-url' })
    expect(detailOf(check)).toContain(host)
    expect(wordsOf(check?.fix)).toMatch(/confirm/)
  })

  it.each(hosts)('%s (%s): apply refuses before any Graph call', async (_why, host) => {
    const before = await h.lastSeq()
    const applied = h.record(
      await h.engine().apply(h.templateId, h.choices({ scimUrl: `https://${host}/scim/contoso` })),
    )
    expect(applied).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await h.requests()).filter((r) => r.seq > before)).toEqual([])
    expect(contacted).toEqual([])
  })

  it('once the person confirms that host, and only that host, the probe may contact it', async () => {
    const url = 'https://helloid.example.net/scim/contoso'
    const other = await h
      .engine()
      .preflight({ scimUrl: url, secret: h.helloId.secret, trustedHost: 'other.example.net' })
    expect(other.checks.find((c) => c.id === 'helloid-host')?.status).toBe('fail')
    expect(contacted).toEqual([])
    const confirmed = await h
      .engine()
      .preflight({ scimUrl: url, secret: h.helloId.secret, trustedHost: 'helloid.example.net' })
    expect(confirmed.checks.find((c) => c.id === 'helloid-host')).toBeUndefined()
    expect(contacted).toEqual(['helloid.example.net'])
  })
})
