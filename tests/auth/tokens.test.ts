import { readFileSync, statSync, writeFileSync } from 'node:fs'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { checkTokenTenant } from '../../electron/services/token-tenant'
import { GraphApi } from '../../electron/services/graph/graph-api'
import type { RunningSimulator } from '../../simulator/index'
import { control, graph, startTestSimulator } from '../simulator/helpers'
import {
  ALL_SCOPES,
  READ_SCOPES,
  claimsOf,
  decryptedCache,
  harness,
  playBrowser,
  refreshGrants,
  requests,
  secretsOf,
} from './support'

describe('tokens: silent refresh, tenant guard, encrypted cache, logs', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'auth-tokens' })
  })
  afterAll(async () => {
    await sim.stop()
  })
  afterEach(async () => {
    await control(sim, '/faults', { tokenLifetimeSeconds: 3600, consentMissing: false })
  })

  it('serves a valid access token from the cache without calling the token endpoint', async () => {
    const h = harness(sim, (url) => playBrowser(url, { account: 'appadmin' }))
    expect((await h.auth.signInInteractive({ scopes: ALL_SCOPES })).ok).toBe(true)
    const signedInWith = secretsOf(await decryptedCache(h), 'AccessToken')
    const refreshesBefore = (await refreshGrants(sim)).length
    const token = await h.auth.getToken(ALL_SCOPES)
    if (!token.ok) throw new Error(token.error.message)
    expect(signedInWith).toContain(token.value.accessToken)
    expect((await refreshGrants(sim)).length).toBe(refreshesBefore)
    expect(token.value.expiresOn?.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000)
  })

  it('refreshes silently once the access token has expired (refresh_token grant, new token accepted)', async () => {
    // Lifetime below MSAL's 5-minute renewal margin: MSAL treats the cached token as due.
    await control(sim, '/faults', { tokenLifetimeSeconds: 120 })
    const h = harness(sim, (url) => playBrowser(url, { account: 'appadmin' }))
    expect((await h.auth.signInInteractive({ scopes: ALL_SCOPES })).ok).toBe(true)
    const [first] = secretsOf(await decryptedCache(h), 'AccessToken')
    if (!first) throw new Error('no access token cached')
    expect((await graph(sim, first, 'GET', '/me')).status).toBe(200)

    await control(sim, '/clock', { advanceSeconds: 180 })
    expect((await graph(sim, first, 'GET', '/me')).status).toBe(401) // expired at Graph

    const refreshesBefore = (await refreshGrants(sim)).length
    const token = await h.auth.getToken(ALL_SCOPES)
    if (!token.ok) throw new Error(token.error.message)
    expect(token.value.accessToken).not.toBe(first)
    expect((await refreshGrants(sim)).length).toBe(refreshesBefore + 1)
    expect(claimsOf(token.value.accessToken).tid).toBe(sim.tenantId)
    expect((await graph(sim, token.value.accessToken, 'GET', '/me')).status).toBe(200)
    // No browser was needed for it.
    expect(h.browserCalls).toHaveLength(1)
  })

  it('redeems the refresh token when asked to force a refresh (after Graph rejected a cached token)', async () => {
    const h = harness(sim, (url) => playBrowser(url, { account: 'appadmin' }))
    expect((await h.auth.signInInteractive({ scopes: ALL_SCOPES })).ok).toBe(true)
    const cached = await h.auth.getToken(ALL_SCOPES)
    const refreshesBefore = (await refreshGrants(sim)).length
    const forced = await h.auth.getToken(ALL_SCOPES, { forceRefresh: true })
    if (!cached.ok || !forced.ok) throw new Error('no token')
    expect(forced.value.accessToken).not.toBe(cached.value.accessToken)
    expect((await refreshGrants(sim)).length).toBe(refreshesBefore + 1)
    expect(h.browserCalls).toHaveLength(1)
  })

  it('an expired refresh token asks for one interactive sign-in (INTERACTION_REQUIRED), without a browser loop', async () => {
    await control(sim, '/faults', { tokenLifetimeSeconds: 120 })
    const h = harness(sim, (url) => playBrowser(url, { account: 'appadmin' }))
    expect((await h.auth.signInInteractive({ scopes: READ_SCOPES })).ok).toBe(true)
    await control(sim, '/clock', { advanceSeconds: 91 * 24 * 3600 })
    const token = await h.auth.getToken(READ_SCOPES)
    expect(token).toMatchObject({ ok: false, error: { code: 'INTERACTION_REQUIRED' } })
    expect(h.browserCalls).toHaveLength(1)
  })

  it('a token for the wrong tenant is refused before a write reaches Graph', async () => {
    // Signed in to Fabrikam while the customer is Contoso.
    const h = harness(sim, (url) => playBrowser(url, { account: 'fabrikamadmin' }))
    expect(await h.auth.signInInteractive({ scopes: ALL_SCOPES })).toMatchObject({
      ok: true,
      value: { tenantId: sim.fabrikamTenantId },
    })
    const api = new GraphApi({
      graphBaseUrl: sim.urls.graph,
      tokens: (access) => h.auth.getToken(access === 'write' ? ALL_SCOPES : READ_SCOPES),
      customerTenantId: () => sim.tenantId,
      log: h.log,
      transientRetries: 0,
    })
    const graphCallsBefore = (await requests(sim, 'graph')).length
    const write = await api.call({
      method: 'POST',
      path: '/applications',
      body: { displayName: 'must not exist' },
    })
    expect(write).toMatchObject({
      ok: false,
      error: {
        code: 'WRONG_TENANT',
        details: { expectedTenantId: sim.tenantId, tokenTenantId: sim.fabrikamTenantId },
      },
    })
    const graphCalls = (await requests(sim, 'graph')).slice(graphCallsBefore)
    expect(graphCalls.filter((r) => !r.path.startsWith('/_simulator'))).toEqual([])

    // The same token passes for its own tenant.
    const token = await h.auth.getToken(ALL_SCOPES)
    if (!token.ok) throw new Error(token.error.message)
    expect(checkTokenTenant(token.value.accessToken, sim.fabrikamTenantId).ok).toBe(true)
    expect(checkTokenTenant(token.value.accessToken, sim.tenantId.toUpperCase()).ok).toBe(false)
    expect(checkTokenTenant('not-a-jwt', sim.tenantId)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_TENANT', details: { tokenTenantId: null } },
    })
  })

  it('getToken refuses a cached token of another tenant (a tampered cache) instead of handing it out', async () => {
    const other = harness(sim, (url) => playBrowser(url, { account: 'fabrikamadmin' }))
    expect((await other.auth.signInInteractive({ scopes: ALL_SCOPES })).ok).toBe(true)
    const [fabrikamToken] = secretsOf(await decryptedCache(other), 'AccessToken')

    const h = harness(sim, (url) => playBrowser(url, { account: 'appadmin' }))
    expect((await h.auth.signInInteractive({ scopes: ALL_SCOPES })).ok).toBe(true)
    const cache = await decryptedCache(h)
    for (const entry of Object.values(cache.AccessToken ?? {})) entry.secret = fabrikamToken
    writeFileSync(h.file, await h.cipher.encrypt(JSON.stringify(cache)))

    const token = await h.auth.getToken(ALL_SCOPES)
    expect(token).toMatchObject({
      ok: false,
      error: {
        code: 'WRONG_TENANT',
        details: { expectedTenantId: sim.tenantId, tokenTenantId: sim.fabrikamTenantId },
      },
    })
  })

  it('the cache file on disk holds no token in clear text', async () => {
    const h = harness(sim, (url) => playBrowser(url, { account: 'appadmin' }))
    expect((await h.auth.signInInteractive({ scopes: ALL_SCOPES })).ok).toBe(true)
    const token = await h.auth.getToken(ALL_SCOPES)
    if (!token.ok) throw new Error(token.error.message)

    const cache = await decryptedCache(h)
    const refreshTokens = secretsOf(cache, 'RefreshToken')
    const accessTokens = secretsOf(cache, 'AccessToken')
    const idTokens = secretsOf(cache, 'IdToken')
    expect(refreshTokens).toHaveLength(1)
    expect(accessTokens).toContain(token.value.accessToken)
    expect(idTokens.length).toBeGreaterThan(0)

    const bytes = readFileSync(h.file)
    const views = [bytes.toString('latin1'), bytes.toString('utf8'), bytes.toString('base64')]
    // Whole tokens and long prefixes cannot turn up in ciphertext by chance, in any encoding.
    for (const canary of [
      ...refreshTokens,
      ...accessTokens,
      ...idTokens,
      ...[...refreshTokens, ...accessTokens].map((t) => t.slice(0, 24)),
    ]) {
      for (const view of views) expect(view).not.toContain(canary)
    }
    // Plain-text markers of a serialized MSAL cache, looked for in the raw bytes. (Short strings such as
    // "eyJ" would match random ciphertext now and then, so a JWT is recognised by its whole shape.)
    const raw = bytes.toString('latin1')
    expect(raw).not.toMatch(/eyJ[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/)
    for (const marker of [
      'refresh_token',
      'RefreshToken',
      'AccessToken',
      'home_account_id',
      'appadmin@contoso',
    ]) {
      expect(raw).not.toContain(marker)
    }
    if (process.platform !== 'win32') expect(statSync(h.file).mode & 0o077).toBe(0)
  })

  it('access and refresh tokens never appear in log lines (capturing logger + redactor canaries)', async () => {
    await control(sim, '/faults', { tokenLifetimeSeconds: 120 })
    let account = 'appadmin'
    const h = harness(sim, (url) => playBrowser(url, { account }))
    expect((await h.auth.signInInteractive({ scopes: ALL_SCOPES })).ok).toBe(true)
    await control(sim, '/clock', { advanceSeconds: 180 })
    const handedOut: string[] = []
    for (let i = 0; i < 2; i++) {
      const token = await h.auth.getToken(ALL_SCOPES)
      if (!token.ok) throw new Error(token.error.message)
      handedOut.push(token.value.accessToken)
    }
    const cache = await decryptedCache(h)
    const refreshTokens = secretsOf(cache, 'RefreshToken')
    // Failures log too: a personal account, then missing consent.
    account = 'personal'
    expect((await h.auth.signInInteractive({ scopes: READ_SCOPES })).ok).toBe(false)
    await control(sim, '/faults', { consentMissing: true })
    account = 'user'
    expect((await h.auth.signInInteractive({ scopes: ALL_SCOPES })).ok).toBe(false)

    expect(h.log.lines.length).toBeGreaterThanOrEqual(3)
    const everything = h.log.all()
    const canaries = [...handedOut, ...secretsOf(cache, 'AccessToken'), ...refreshTokens]
    expect(canaries.length).toBeGreaterThanOrEqual(3)
    for (const canary of canaries) expect(everything).not.toContain(canary)
    // Every access token the service handed out (refreshed ones too) is registered with the redactor,
    // not merely caught by its JWT shape rule (which would print `[redacted-jwt]`).
    for (const token of handedOut) expect(h.redactor.text(`token=${token}`)).toBe('token=[redacted]')
  })
})
