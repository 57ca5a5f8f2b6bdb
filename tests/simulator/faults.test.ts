import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../../simulator/index'
import {
  advance,
  ALL_SCOPES,
  at,
  CLIENT_ID,
  control,
  decodeJwt,
  graph,
  list,
  postForm,
  setupHelloId,
  signIn,
  startTestSimulator,
  str,
  tokenRequest,
} from './helpers'

const HELLOID_FILTER = `/applicationTemplates?$filter=${encodeURIComponent("displayName eq 'HelloID'")}`

/** One test per fault knob of POST /_simulator/faults, each showing the knob's effect. */
describe('fault knobs', () => {
  let sim: RunningSimulator
  let token: string
  let templateId: string
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'faults', tokenLifetimeSeconds: 86_400 })
  })
  afterAll(async () => {
    await sim.stop()
  })
  beforeEach(async () => {
    await control(sim, '/reset', {})
    token = (await signIn(sim, { account: 'appadmin' })).access_token
    templateId = str(list((await graph(sim, token, 'GET', HELLOID_FILTER)).body, 'value')[0], 'id')
  })

  const instantiate = (name = 'HelloID'): ReturnType<typeof graph> =>
    graph(sim, token, 'POST', `/applicationTemplates/${templateId}/instantiate`, { displayName: name })

  it('latencyMs delays every request', async () => {
    await control(sim, '/faults', { latencyMs: { min: 150, max: 150 } })
    const t0 = Date.now()
    await graph(sim, token, 'GET', '/me')
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140)
  })

  it('throttle answers 429 TooManyRequests with Retry-After in seconds or as an HTTP date, for the matching path only', async () => {
    await control(sim, '/faults', {
      throttle: { rate: 1, path: '^/v1\\.0/users', remaining: 1, retryAfterSeconds: 7 },
    })
    expect((await graph(sim, token, 'GET', '/me')).status).toBe(200)
    const throttled = await graph(sim, token, 'GET', '/users')
    expect(throttled.status).toBe(429)
    expect(at(throttled.body, 'error.code')).toBe('TooManyRequests')
    expect(throttled.headers.get('retry-after')).toBe('7')
    expect((await graph(sim, token, 'GET', '/users')).status).toBe(200)

    await control(sim, '/faults', {
      throttle: { rate: 1, path: null, remaining: 1, retryAfterSeconds: 30, retryAfterForm: 'http-date' },
    })
    const dated = await graph(sim, token, 'GET', '/me')
    const when = Date.parse(dated.headers.get('retry-after') ?? '')
    expect(when - Date.now()).toBeGreaterThan(20_000)
  })

  it('throttle applies per item inside $batch: inner 429 with Retry-After in an outer 200', async () => {
    await control(sim, '/faults', {
      throttle: { rate: 1, path: '/users$', remaining: 1, retryAfterSeconds: 3 },
    })
    const res = await graph(sim, token, 'POST', '/$batch', {
      requests: [
        { id: 'a', method: 'GET', url: '/me' },
        { id: 'b', method: 'GET', url: '/users' },
        { id: 'c', method: 'GET', url: '/users', dependsOn: ['b'] },
      ],
    })
    expect(res.status).toBe(200)
    const byId = new Map(list(res.body, 'responses').map((r) => [at(r, 'id'), r]))
    expect(at(byId.get('a'), 'status')).toBe(200)
    expect(at(byId.get('b'), 'status')).toBe(429)
    expect(at(byId.get('b'), 'headers.Retry-After')).toBe('3')
    expect(at(byId.get('c'), 'status')).toBe(424)
  })

  it('serverError answers 503/504 (optionally with Retry-After)', async () => {
    await control(sim, '/faults', {
      serverError: { rate: 1, remaining: 1, status: 503, retryAfterSeconds: 2 },
    })
    const res = await graph(sim, token, 'GET', '/me')
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('2')
    await control(sim, '/faults', {
      serverError: { rate: 1, remaining: 1, status: 504, retryAfterSeconds: null },
    })
    expect((await graph(sim, token, 'GET', '/me')).status).toBe(504)
    expect((await graph(sim, token, 'GET', '/me')).status).toBe(200)
  })

  it('connectionReset drops the socket without an answer', async () => {
    await control(sim, '/faults', { connectionReset: { rate: 1, remaining: 1 } })
    await expect(graph(sim, token, 'GET', '/me')).rejects.toThrow(/fetch failed/)
    expect((await graph(sim, token, 'GET', '/me')).status).toBe(200)
  })

  it('replicationLagSeconds: a new app and service principal read as 404 until the lag has passed', async () => {
    await control(sim, '/faults', { replicationLagSeconds: 30 })
    const inst = await instantiate()
    expect(inst.status).toBe(201)
    const spId = str(inst.body, 'servicePrincipal.id')
    expect((await graph(sim, token, 'GET', `/servicePrincipals/${spId}`)).status).toBe(404)
    expect((await graph(sim, token, 'GET', `/applications/${str(inst.body, 'application.id')}`)).status).toBe(
      404,
    )
    expect(
      list(
        (
          await graph(
            sim,
            token,
            'GET',
            `/servicePrincipals?$filter=${encodeURIComponent(`appId eq '${str(inst.body, 'application.appId')}'`)}`,
          )
        ).body,
        'value',
      ),
    ).toHaveLength(0)
    await advance(sim, 31)
    expect((await graph(sim, token, 'GET', `/servicePrincipals/${spId}`)).status).toBe(200)
  })

  it('syncTemplatesLagSeconds: the synchronization templates list is empty at first', async () => {
    await control(sim, '/faults', { syncTemplatesLagSeconds: 20 })
    const spId = str((await instantiate()).body, 'servicePrincipal.id')
    expect(
      list(
        (await graph(sim, token, 'GET', `/servicePrincipals/${spId}/synchronization/templates`)).body,
        'value',
      ),
    ).toHaveLength(0)
    await advance(sim, 21)
    expect(
      list(
        (await graph(sim, token, 'GET', `/servicePrincipals/${spId}/synchronization/templates`)).body,
        'value',
      ),
    ).toHaveLength(1)
  })

  it.each([401, 404, 409] as const)(
    'jobCreateLagSeconds with status %i: POST jobs fails like a lagging backend, then succeeds',
    async (status) => {
      await control(sim, '/faults', { jobCreateLagSeconds: 15, jobCreateLagStatus: status })
      const spId = str((await instantiate()).body, 'servicePrincipal.id')
      const early = await graph(sim, token, 'POST', `/servicePrincipals/${spId}/synchronization/jobs`, {
        templateId: 'HelloID',
      })
      expect(early.status).toBe(status)
      await advance(sim, 16)
      expect(
        (
          await graph(sim, token, 'POST', `/servicePrincipals/${spId}/synchronization/jobs`, {
            templateId: 'HelloID',
          })
        ).status,
      ).toBe(201)
    },
  )

  it('syncConflictRate: synchronization writes answer 409', async () => {
    const hello = await setupHelloId(sim, token)
    await control(sim, '/faults', { syncConflictRate: 1 })
    const res = await graph(sim, token, 'POST', `${hello.jobs}/${hello.jobId}/start`)
    expect(res.status).toBe(409)
    expect(at(res.body, 'error.code')).toBe('Conflict')
    await control(sim, '/faults', { syncConflictRate: 0 })
    expect((await graph(sim, token, 'POST', `${hello.jobs}/${hello.jobId}/start`)).status).toBe(204)
  })

  it('instantiate not-found / gateway-timeout / hang: the app is created although the caller hears otherwise', async () => {
    const exists = async (name: string): Promise<boolean> =>
      list(
        (
          await graph(
            sim,
            token,
            'GET',
            `/applications?$filter=${encodeURIComponent(`applicationTemplateId eq '${templateId}' and displayName eq '${name}'`)}`,
          )
        ).body,
        'value',
      ).length === 1
    await control(sim, '/faults', { instantiate: { mode: 'not-found', remaining: 1 } })
    const notFound = await instantiate('TEMP_NOTFOUND')
    expect(notFound.status).toBe(404)
    expect(await exists('TEMP_NOTFOUND')).toBe(true)

    await control(sim, '/faults', { instantiate: { mode: 'gateway-timeout', remaining: 1 } })
    expect((await instantiate('TEMP_504')).status).toBe(504)
    expect(await exists('TEMP_504')).toBe(true)

    await control(sim, '/faults', { instantiate: { mode: 'hang', holdSeconds: 5, remaining: 1 } })
    await expect(
      fetch(`${sim.urls.graph}/v1.0/applicationTemplates/${templateId}/instantiate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ displayName: 'TEMP_HANG' }),
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow()
    expect(await exists('TEMP_HANG')).toBe(true)
    expect((await instantiate('after')).status).toBe(201)
  })

  it('instantiate shape legacy-objectId returns the old beta body (objectId instead of id)', async () => {
    await control(sim, '/faults', { instantiate: { shape: 'legacy-objectId' } })
    const res = await instantiate()
    expect(res.status).toBe(201)
    expect(at(res.body, 'application.id')).toBeUndefined()
    expect(typeof at(res.body, 'application.objectId')).toBe('string')
    expect(typeof at(res.body, 'servicePrincipal.objectId')).toBe('string')
  })

  it('tokenLifetimeSeconds shortens new tokens, which then expire mid-run', async () => {
    await control(sim, '/faults', { tokenLifetimeSeconds: 30 })
    const short = await signIn(sim, { account: 'appadmin' })
    expect(short.expires_in).toBe(30)
    const claims = decodeJwt(short.access_token)
    expect(Number(claims.exp) - Number(claims.iat)).toBe(30)
    expect((await graph(sim, short.access_token, 'GET', '/me')).status).toBe(200)
    await advance(sim, 31)
    expect(at((await graph(sim, short.access_token, 'GET', '/me')).body, 'error.code')).toBe(
      'InvalidAuthenticationToken',
    )
    const refreshed = await tokenRequest(sim, 'organizations', {
      client_id: CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: short.refresh_token,
      scope: ALL_SCOPES.join(' '),
    })
    expect((await graph(sim, str(refreshed.body, 'access_token'), 'GET', '/me')).status).toBe(200)
  })

  it('deviceCodeBlocked: Conditional Access blocks the device code flow at the token poll (AADSTS53003)', async () => {
    await control(sim, '/faults', { deviceCodeBlocked: true })
    const dc = (await (
      await postForm(`${sim.urls.authority}/organizations/oauth2/v2.0/devicecode`, {
        client_id: CLIENT_ID,
        scope: 'openid User.Read',
      })
    ).json()) as Record<string, string>
    await control(sim, '/signin', { account: 'appadmin', kind: 'device' })
    const poll = await tokenRequest(sim, 'organizations', {
      client_id: CLIENT_ID,
      grant_type: 'device_code',
      device_code: dc.device_code ?? '',
    })
    expect(poll.status).toBe(400)
    expect(str(poll.body, 'error_description')).toMatch(/^AADSTS53003/)
  })

  it('consentMissing: nothing is consented, so a non-admin sign-in ends in consent_required', async () => {
    await control(sim, '/faults', { consentMissing: true })
    await expect(signIn(sim, { account: 'user' })).rejects.toThrow(/consent_required/)
  })

  it('license: free drops the AAD_PREMIUM plan from subscribedSkus; p2 adds AAD_PREMIUM_P2', async () => {
    const plans = async (): Promise<unknown[]> =>
      list((await graph(sim, token, 'GET', '/subscribedSkus')).body, 'value').flatMap((s) =>
        list(s, 'servicePlans').map((p) => at(p, 'servicePlanId')),
      )
    expect(await plans()).toContain('41781fb2-bc02-4b7c-bd55-b576c07bb09d')
    await control(sim, '/faults', { license: 'free' })
    expect(await plans()).not.toContain('41781fb2-bc02-4b7c-bd55-b576c07bb09d')
    await control(sim, '/faults', { license: 'p2' })
    expect(await plans()).toEqual(
      expect.arrayContaining([
        '41781fb2-bc02-4b7c-bd55-b576c07bb09d',
        'eec0eb4f-6444-4f95-aba0-50c24d67f998',
      ]),
    )
  })

  it('scimUntrustedCertificate: Test Connection fails on TLS with CredentialValidationUnavailable, and passes again when switched off', async () => {
    const hello = await setupHelloId(sim, token)
    const validate = (): ReturnType<typeof graph> =>
      graph(sim, token, 'POST', `${hello.jobs}/${hello.jobId}/validateCredentials`, {
        useSavedCredentials: true,
      })
    await control(sim, '/faults', { scimUntrustedCertificate: true })
    const failed = async (): Promise<string | undefined> => {
      const res = await validate()
      return res.status === 400 ? str(res.body, 'error.message') : undefined
    }
    // The untrusted certificate is generated on first use, and the listener is swapped while that runs:
    // until then a check may fail for another reason (a hang-up), so wait for the TLS verdict itself.
    let message: string | undefined
    for (let i = 0; i < 100 && !/TLS|certificate/i.test(message ?? ''); i++) {
      message = await failed()
      if (!/TLS|certificate/i.test(message ?? '')) await new Promise((r) => setTimeout(r, 50))
    }
    expect(message).toContain('SystemForCrossDomainIdentityManagementCredentialValidationUnavailable')
    expect(message).toMatch(/TLS|certificate/i)
    await control(sim, '/faults', { scimUntrustedCertificate: false })
    expect((await validate()).status).toBe(204)
  })

  it('scimErrorRate: HelloID answers writes with 500', async () => {
    const hello = await setupHelloId(sim, token)
    await control(sim, '/faults', { scimErrorRate: 1 })
    const res = await fetch(`${hello.scim.url}/Users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hello.scim.secret}`, 'content-type': 'application/scim+json' },
      body: JSON.stringify({ userName: 'x@contoso.com' }),
    })
    expect(res.status).toBe(500)
  })

  it('rejects unknown knobs and out-of-range rates', async () => {
    const bad = await fetch(`${sim.urls.control}/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ throttle: { rate: 2 } }),
    })
    expect(bad.status).toBe(400)
    const unknown = await fetch(`${sim.urls.control}/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nope: true }),
    })
    expect(unknown.status).toBe(400)
  })
})
