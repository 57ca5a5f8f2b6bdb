import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { retryAfterMs } from '../../electron/services/graph/graph-api'
import { plainFailure } from '../../electron/services/setup/apply'
import { preflightPassed } from '../../electron/services/setup/preflight'
import type { KnobsPatch } from '../../simulator/index'
import { Harness, type EngineOverrides, type RequestLogEntry } from './harness'
import { detailOf, wordsOf } from '../support/words'

/**
 * One test per documented Graph quirk and per fault knob: each apply must finish, and the tenant must
 * end with exactly one app, one job and one assignment per principal. The request log proves the quirk
 * really happened.
 */
describe('setup engine: Graph quirks and faults', () => {
  let h: Harness
  let principals: string[]

  beforeAll(async () => {
    h = await Harness.start({ seed: 'engine-quirks' })
    principals = await h.principalIds()
  })
  beforeEach(async () => {
    await h.reset()
  })
  afterAll(async () => {
    await h?.stop()
  })

  /** Applies with `faults` on, checks convergence and the canary, and returns the Graph request log. */
  async function applyWith(faults: KnobsPatch, overrides: EngineOverrides = {}): Promise<RequestLogEntry[]> {
    await h.faults(faults)
    const applied = h.record(await h.engine(overrides).apply(h.templateId, h.choices()))
    if (!applied.ok) throw new Error(applied.error.message)
    expect(applied.value.started).toBe(true)
    expect(await h.convergence(principals)).toMatchObject({
      converged: true,
      apps: 1,
      jobs: 1,
      duplicates: 0,
    })
    expect(await h.canaryHits()).toEqual([])
    return h.requests()
  }

  const instantiates = (log: RequestLogEntry[]): RequestLogEntry[] =>
    log.filter((r) => r.method === 'POST' && r.path.endsWith('/instantiate'))
  const jobCreates = (log: RequestLogEntry[]): RequestLogEntry[] =>
    log.filter((r) => r.method === 'POST' && /\/synchronization\/jobs$/.test(r.path))

  it('waits out replication lag after instantiate: app and SP missing, empty templates, job create 401', async () => {
    const log = await applyWith({
      replicationLagSeconds: 30,
      syncTemplatesLagSeconds: 45,
      jobCreateLagSeconds: 60,
      jobCreateLagStatus: 401,
    })
    expect(instantiates(log)).toHaveLength(1)
    expect(jobCreates(log).map((r) => r.status)).toContain(401)
    expect(jobCreates(log).filter((r) => r.status === 201)).toHaveLength(1)
    // The service principal and the templates were polled until they appeared.
    expect(log.filter((r) => r.path === '/v1.0/servicePrincipals').length).toBeGreaterThan(1)
    expect(log.filter((r) => r.path.endsWith('/synchronization/templates')).length).toBeGreaterThan(1)
    // It waited between attempts (sleeping, not hammering); how long depends on how busy the machine is,
    // since the lag runs on the simulator clock, which also moves with real time.
    expect(h.sleeps.length).toBeGreaterThan(0)
    expect(jobCreates(log).length).toBeLessThanOrEqual(8)
  })

  for (const status of [404, 409] as const) {
    it(`retries job create while it answers ${status} after instantiate`, async () => {
      const log = await applyWith({ jobCreateLagSeconds: 40, jobCreateLagStatus: status })
      expect(jobCreates(log).map((r) => r.status)).toContain(status)
      expect(jobCreates(log).filter((r) => r.status === 201)).toHaveLength(1)
    })
  }

  it('instantiate answers 404 although it created the app: finds it instead of creating another', async () => {
    const log = await applyWith({
      instantiate: { mode: 'not-found', remaining: 1 },
      replicationLagSeconds: 10,
    })
    expect(instantiates(log).map((r) => r.status)).toEqual([404])
  })

  it('instantiate never answers (held socket): times out, then finds the app', async () => {
    const log = await applyWith(
      { instantiate: { mode: 'hang', holdSeconds: 5, remaining: 1 } },
      { timing: { instantiateTimeoutMs: 400 } },
    )
    expect(instantiates(log).map((r) => r.status)).toEqual([0])
  })

  it('instantiate answers 504 Gateway Timeout after creating the app', async () => {
    const log = await applyWith({ instantiate: { mode: 'gateway-timeout', remaining: 1 } })
    expect(instantiates(log).map((r) => r.status)).toEqual([504])
  })

  it('reads the legacy instantiate body with objectId instead of id', async () => {
    const log = await applyWith({ instantiate: { shape: 'legacy-objectId' } })
    expect(instantiates(log).map((r) => r.status)).toEqual([201])
  })

  it('instantiate dropped before Entra saw it (reset): looks for the bounded window, then creates once', async () => {
    const log = await applyWith({ connectionReset: { rate: 1, remaining: 1, path: '/instantiate$' } })
    expect(instantiates(log).map((r) => r.status)).toEqual([0, 201])
  })

  it('504 on reads and writes is retried (idempotent calls) or reconciled (creates)', async () => {
    const log = await applyWith({ serverError: { rate: 0.25, status: 504, retryAfterSeconds: null } })
    expect(log.filter((r) => r.status === 504).length).toBeGreaterThan(0)
  })

  it('503 with Retry-After is honoured and retried', async () => {
    const log = await applyWith({ serverError: { rate: 0.25, status: 503, retryAfterSeconds: 4 } })
    expect(log.filter((r) => r.status === 503).length).toBeGreaterThan(0)
    expect(h.sleeps).toContain(4000)
  })

  it('429 with Retry-After in seconds: waits exactly that long before the next try', async () => {
    const log = await applyWith({
      throttle: { rate: 0.3, retryAfterSeconds: 7, retryAfterForm: 'seconds' },
    })
    expect(log.filter((r) => r.status === 429).length).toBeGreaterThan(0)
    expect(h.sleeps).toContain(7000)
  })

  it('429 with Retry-After as an HTTP-date', async () => {
    const log = await applyWith({
      throttle: { rate: 0.3, retryAfterSeconds: 6, retryAfterForm: 'http-date' },
    })
    expect(log.filter((r) => r.status === 429).length).toBeGreaterThan(0)
    // An HTTP-date has whole seconds: the wait is within a second of what Graph asked.
    expect(h.sleeps.some((ms) => ms >= 4500 && ms <= 6000)).toBe(true)
  })

  for (const form of ['seconds', 'http-date'] as const) {
    it(`429 inside $batch (Retry-After as ${form}): only the throttled items go again, after the wait`, async () => {
      const log = await applyWith({
        throttle: {
          rate: 1,
          remaining: 2,
          path: '/appRoleAssignedTo$',
          method: 'POST',
          retryAfterSeconds: 5,
          retryAfterForm: form,
        },
      })
      const inner = log.filter((r) => r.batch && r.path.endsWith('/appRoleAssignedTo'))
      expect(inner.filter((r) => r.status === 429)).toHaveLength(2)
      expect(inner.filter((r) => r.status === 201)).toHaveLength(3)
      expect(h.sleeps.some((ms) => ms >= 4000 && ms <= 5000)).toBe(true)
    })
  }

  it('429 inside the pre-flight $batch is retried', async () => {
    await h.faults({ throttle: { rate: 1, remaining: 1, path: '/me$', retryAfterSeconds: 3 } })
    const report = h.record(
      await h.engine().preflight({ scimUrl: h.helloId.url, secret: h.helloId.secret, assignments: [] }),
    )
    expect(preflightPassed(report)).toBe(true)
    const log = await h.requests()
    expect(log.filter((r) => r.batch && r.path === '/v1.0/me').map((r) => r.status)).toEqual([429, 200])
    expect(h.sleeps).toContain(3000)
  })

  it('connection resets on any request (20 %) are survived', async () => {
    const log = await applyWith({ connectionReset: { rate: 0.2 } })
    expect(log.filter((r) => r.status === 0).length).toBeGreaterThan(0)
  })

  it('409 Conflict on synchronization writes is retried', async () => {
    const log = await applyWith({ syncConflictRate: 0.5 })
    expect(log.filter((r) => r.status === 409).length).toBeGreaterThan(0)
  })

  it('a token that expires mid-run is refreshed once and the call repeated', async () => {
    await h.faults({ tokenLifetimeSeconds: 30 })
    await h.switchAccount('appadmin')
    h.stickyTokens = true
    try {
      const log = await applyWith({ replicationLagSeconds: 40, syncTemplatesLagSeconds: 50 })
      expect(log.filter((r) => r.status === 401).length).toBeGreaterThan(0)
    } finally {
      h.stickyTokens = false
    }
  })

  it('a user without an admin role: pre-flight fails in plain words and apply writes nothing', async () => {
    // An existing HelloID app makes pre-flight read its jobs, which answer this user 401 UnknownError.
    const first = await h.engine().apply(h.templateId, h.choices())
    if (!first.ok) throw new Error(first.error.message)
    await h.switchAccount('user')
    const before = await h.lastSeq()
    const engine = h.engine()
    const report = h.record(
      await engine.preflight({ scimUrl: h.helloId.url, secret: h.helloId.secret, assignments: [] }),
    )
    expect(preflightPassed(report)).toBe(false)
    const role = report.checks.find((c) => c.id === 'admin-role')
    expect(role).toMatchObject({ status: 'fail' })
    expect(detailOf(role)).toMatch(/no active administrator role/)
    expect(wordsOf(role?.fix)).toMatch(/Application Administrator/)
    const log = await h.requests()
    expect(log.some((r) => r.seq > before && r.status === 401)).toBe(true)

    const applied = h.record(await engine.apply(h.templateId, h.choices()))
    expect(applied).toMatchObject({ ok: false, error: { code: 'NOT_AN_ADMIN' } })
    if (!applied.ok) expect(applied.error.message).toMatch(/nothing was changed/)
    const reuse = h.record(
      await engine.apply(
        h.templateId,
        h.choices({ reuseServicePrincipalId: first.value.app.servicePrincipalId }),
      ),
    )
    expect(reuse).toMatchObject({ ok: false, error: { code: 'NOT_AN_ADMIN' } })
    expect(await h.writesSince(before)).toEqual([])
    expect(await h.canaryHits()).toEqual([])
    await h.switchAccount('appadmin')
  })

  it('a guest holding Application Administrator in the customer tenant can set up', async () => {
    await h.switchAccount('guestadmin', h.sim.tenantId)
    try {
      const report = h.record(
        await h.engine().preflight({ scimUrl: h.helloId.url, secret: h.helloId.secret, assignments: [] }),
      )
      expect(preflightPassed(report)).toBe(true)
      expect(report.checks.find((c) => c.id === 'guest-account')).toMatchObject({ status: 'warn' })
      await applyWith({})
    } finally {
      await h.switchAccount('appadmin')
    }
  })

  it('explains 401 UnknownError and 403 in plain words', () => {
    const details = (status: number, graphCode: string) => ({
      code: 'GRAPH_ERROR' as const,
      message: '',
      details: { status, graphCode, clientRequestId: 'x' },
    })
    expect(plainFailure(details(401, 'UnknownError')).message).toMatch(/Application Administrator/)
    expect(plainFailure(details(403, 'Authorization_RequestDenied')).message).toMatch(/admin consent/)
  })

  it('reads Retry-After as seconds, fractions and HTTP-dates', () => {
    const now = Date.parse('2026-01-01T10:00:00Z')
    expect(retryAfterMs('3', now)).toBe(3000)
    expect(retryAfterMs('2.128', now)).toBe(2128)
    expect(retryAfterMs('Thu, 01 Jan 2026 10:00:05 GMT', now)).toBe(5000)
    expect(retryAfterMs('Thu, 01 Jan 2026 09:59:00 GMT', now)).toBe(0)
    expect(retryAfterMs('soon', now)).toBeNull()
    expect(retryAfterMs(null, now)).toBeNull()
    expect(retryAfterMs('100000', now)).toBe(180_000)
  })
})
