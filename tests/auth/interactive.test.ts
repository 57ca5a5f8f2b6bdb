import http from 'node:http'
import { connect } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { RunningSimulator } from '../../simulator/index'
import { control, graph, startTestSimulator, waitFor } from '../simulator/helpers'
import {
  ALL_SCOPES,
  CLIENT_ID,
  READ_SCOPES,
  claimsOf,
  decryptedCache,
  harness,
  playBrowser,
  reopen,
  secretsOf,
  type BrowserVisit,
} from './support'

const APPLICATION_ADMINISTRATOR = '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'

/** Resolves true when nothing listens on the port any more (MSAL closed its loopback server). */
function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
}

function loopbackPort(authorizeUrl: string): number {
  return Number(new URL(new URL(authorizeUrl).searchParams.get('redirect_uri') ?? '').port)
}

describe('interactive sign-in: real msal-node against the simulated authority', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'auth-interactive' })
  })
  afterAll(async () => {
    await sim.stop()
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await control(sim, '/faults', { consentMissing: false })
  })

  it('signs in through the browser (picker page, form_post to the loopback) and pins the tenant', async () => {
    let visit: BrowserVisit | null = null
    const h = harness(sim, async (url) => {
      visit = await playBrowser(url, { account: 'appadmin' })
    })
    const result = await h.auth.signInInteractive({ scopes: ALL_SCOPES })
    expect(result).toMatchObject({
      ok: true,
      value: {
        username: 'appadmin@contoso.onmicrosoft.com',
        tenantId: sim.tenantId,
        persistence: 'encrypted-file',
      },
    })
    if (!result.ok || !visit) throw new Error('unreachable')
    expect(result.value.grantedScopes).toEqual(expect.arrayContaining(ALL_SCOPES))
    expect(result.value.grantedScopes).not.toContain('openid')

    // What MSAL sent the browser to: PKCE S256, form_post, a state, the loopback, the account picker.
    const { authorizeUrl, returned, loopbackStatus, loopbackPage } = visit as BrowserVisit
    const q = authorizeUrl.searchParams
    expect(authorizeUrl.pathname).toBe('/organizations/oauth2/v2.0/authorize')
    expect(q.get('code_challenge_method')).toBe('S256')
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(q.get('response_mode')).toBe('form_post')
    expect(q.get('prompt')).toBe('select_account')
    expect(q.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+$/)
    expect(returned.state).toBe(q.get('state'))
    expect(returned.code).toBeTruthy()
    // The loopback answered with the app's static page, then closed.
    expect(loopbackStatus).toBe(200)
    expect(loopbackPage).toContain('You are signed in')
    expect(await portClosed(loopbackPort(authorizeUrl.toString()))).toBe(true)

    const token = await h.auth.getToken(READ_SCOPES)
    if (!token.ok) throw new Error(token.error.message)
    expect(token.value.tenantId).toBe(sim.tenantId)
    expect(claimsOf(token.value.accessToken).tid).toBe(sim.tenantId)
    const me = await graph(sim, token.value.accessToken, 'GET', '/me')
    expect(me.status).toBe(200)
    expect(h.auth.isSigningIn()).toBe(false)
  })

  it('the browser’s page after sign-in speaks the person’s language (Dutch here)', async () => {
    let visit: BrowserVisit | null = null
    const h = harness(
      sim,
      async (url) => {
        visit = await playBrowser(url, { account: 'appadmin' })
      },
      { language: () => 'nl' },
    )
    const result = await h.auth.signInInteractive({ scopes: READ_SCOPES })
    expect(result.ok).toBe(true)
    const page = (visit as BrowserVisit | null)?.loopbackPage ?? ''
    expect(page).toContain('<html lang="nl">')
    expect(page).toContain('Je bent aangemeld. Sluit dit tabblad')
    expect(page).not.toContain('You are signed in')
  })

  it('signs in with the control plane playing the person (POST /_simulator/signin with authorizeUrl)', async () => {
    const h = harness(sim, (url) =>
      control(sim, '/signin', { authorizeUrl: url, account: 'globaladmin' }).then(() => undefined),
    )
    const result = await h.auth.signInInteractive({ scopes: READ_SCOPES, tenant: sim.tenantId })
    expect(result).toMatchObject({
      ok: true,
      value: { username: 'globaladmin@contoso.onmicrosoft.com', tenantId: sim.tenantId },
    })
  })

  it('refuses a second sign-in while one waits', async () => {
    let release: () => void = () => undefined
    const h = harness(sim, async (url) => {
      await new Promise<void>((resolve) => (release = resolve))
      await playBrowser(url, { account: 'appadmin' })
    })
    const first = h.auth.signInInteractive({ scopes: READ_SCOPES })
    const second = await h.auth.signInInteractive({ scopes: READ_SCOPES })
    expect(second).toMatchObject({ ok: false, error: { code: 'SIGNIN_IN_PROGRESS' } })
    await waitFor(async () => (h.browserCalls.length > 0 ? true : undefined))
    release()
    expect((await first).ok).toBe(true)
  })

  it('cancel settles MSAL’s loopback listener (port closed) and a second attempt succeeds', async () => {
    let mode: 'cancel' | 'sign-in' = 'cancel'
    const h = harness(sim, async (url) => {
      if (mode === 'sign-in') {
        await playBrowser(url, { account: 'appadmin' })
        return
      }
      await fetch(url).then((res) => res.text()) // the page is open; the person gives up in the app
      h.auth.cancelSignIn()
    })
    const started = Date.now()
    const cancelled = await h.auth.signInInteractive({ scopes: READ_SCOPES })
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'SIGNIN_CANCELLED' } })
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(h.auth.isSigningIn()).toBe(false)
    expect(h.auth.summary()).toBeNull()
    const port = loopbackPort(h.browserCalls[0] ?? '')
    await waitFor(async () => ((await portClosed(port)) ? true : undefined), 3_000)
    // The person now signs in in the forgotten tab: the answer finds nobody listening.
    await expect(playBrowser(h.browserCalls[0] ?? '', { account: 'appadmin' })).rejects.toThrow()

    mode = 'sign-in'
    const again = await h.auth.signInInteractive({ scopes: READ_SCOPES })
    expect(again).toMatchObject({ ok: true, value: { tenantId: sim.tenantId } })
  })

  it('times out when the person never finishes, closes the port, and can sign in again', async () => {
    let mode: 'idle' | 'sign-in' = 'idle'
    const h = harness(
      sim,
      async (url) => {
        if (mode === 'sign-in') {
          await playBrowser(url, { account: 'appadmin' })
          return
        }
        await fetch(url).then((res) => res.text()) // the page opens and nobody picks an account
      },
      // Long enough that the second, real sign-in below finishes in time on a busy machine.
      { interactiveTimeoutMs: 2_000 },
    )
    const started = Date.now()
    const timedOut = await h.auth.signInInteractive({ scopes: READ_SCOPES })
    const elapsed = Date.now() - started
    expect(timedOut).toMatchObject({ ok: false, error: { code: 'SIGNIN_TIMED_OUT' } })
    // Not before the time-out (a timer never fires early); the upper bound only catches a hang.
    expect(elapsed).toBeGreaterThanOrEqual(1_950)
    expect(elapsed).toBeLessThan(20_000)
    const port = loopbackPort(h.browserCalls[0] ?? '')
    await waitFor(async () => ((await portClosed(port)) ? true : undefined), 3_000)
    await expect(
      playBrowser(h.browserCalls[0] ?? '', { account: 'appadmin', cancel: true }),
    ).rejects.toThrow()

    mode = 'sign-in'
    const again = await h.auth.signInInteractive({ scopes: READ_SCOPES })
    expect(again.ok).toBe(true)
  })

  it('cancelled before MSAL opened the browser: the browser is never opened and the listener closes', async () => {
    const createServer = vi.spyOn(http, 'createServer')
    const h = harness(sim, async () => undefined)
    const attempt = h.auth.signInInteractive({ scopes: READ_SCOPES })
    h.auth.cancelSignIn()
    expect(await attempt).toMatchObject({ ok: false, error: { code: 'SIGNIN_CANCELLED' } })
    // MSAL goes on in the background: starts its loopback server, builds the URL, calls openBrowser.
    const server = await waitFor(async () => createServer.mock.results[0]?.value as http.Server | undefined)
    await waitFor(async () => (server.listening ? true : undefined), 5_000).catch(() => undefined)
    await waitFor(async () => (server.listening ? undefined : true), 5_000)
    expect(h.browserCalls).toEqual([])
  })

  it('missing admin consent: a non-admin is told who can approve the app (CONSENT_REQUIRED)', async () => {
    await control(sim, '/faults', { consentMissing: true })
    let visit: BrowserVisit | null = null
    const h = harness(sim, async (url) => {
      visit = await playBrowser(url, { account: 'user' })
    })
    const result = await h.auth.signInInteractive({ scopes: ALL_SCOPES, tenant: 'contoso.onmicrosoft.com' })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } })
    if (result.ok) throw new Error('unreachable')
    expect(result.error.message).toContain('Application Administrator')
    expect(result.error.message).not.toMatch(/AADSTS/)
    expect(String(result.error.details?.adminConsentUrl)).toMatch(
      `${sim.urls.authority}/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=${CLIENT_ID}&scope=`,
    )
    // The person saw Entra's "Need admin approval" page and went back to the app.
    expect((visit as BrowserVisit | null)?.pages.some((p) => p.includes('Need admin approval'))).toBe(true)
    expect(h.auth.summary()).toBeNull()
    expect(await h.auth.getToken(READ_SCOPES)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
  })

  it('missing admin consent: an admin accepts for the organisation, after which a non-admin can sign in', async () => {
    await control(sim, '/faults', { consentMissing: true })
    let visit: BrowserVisit | null = null
    const admin = harness(sim, async (url) => {
      visit = await playBrowser(url, { account: 'appadmin', consent: 'accept' })
    })
    const result = await admin.auth.signInInteractive({ scopes: ALL_SCOPES })
    expect(result).toMatchObject({ ok: true, value: { tenantId: sim.tenantId } })
    expect((visit as BrowserVisit | null)?.pages.some((p) => p.includes('Permissions requested'))).toBe(true)

    const user = harness(sim, (url) => playBrowser(url, { account: 'user' }))
    expect(await user.auth.signInInteractive({ scopes: ALL_SCOPES })).toMatchObject({ ok: true })
  })

  it('a non-admin account signs in (roles are checked later, not here) and gets a token without admin roles', async () => {
    const h = harness(sim, (url) => playBrowser(url, { account: 'user' }))
    const result = await h.auth.signInInteractive({ scopes: READ_SCOPES })
    expect(result).toMatchObject({
      ok: true,
      value: { username: 'user@contoso.onmicrosoft.com', tenantId: sim.tenantId },
    })
    const token = await h.auth.getToken(READ_SCOPES)
    if (!token.ok) throw new Error(token.error.message)
    const claims = claimsOf(token.value.accessToken)
    expect(claims.tid).toBe(sim.tenantId)
    expect((claims.wids as string[] | undefined) ?? []).not.toContain(APPLICATION_ADMINISTRATOR)
    // Graph refuses this user a write, whatever the app thinks.
    const write = await graph(sim, token.value.accessToken, 'POST', '/applications', { displayName: 'x' })
    expect(write.status).toBeGreaterThanOrEqual(401)
  })

  it.each([
    ['organizations', undefined],
    ['the customer’s domain', 'contoso.onmicrosoft.com'],
  ])('a personal account is refused with a plain message (%s)', async (_label, tenant) => {
    const h = harness(sim, (url) => playBrowser(url, { account: 'personal' }))
    const result = await h.auth.signInInteractive({ scopes: READ_SCOPES, ...(tenant ? { tenant } : {}) })
    expect(result).toMatchObject({ ok: false, error: { code: 'PERSONAL_ACCOUNT' } })
    if (result.ok) throw new Error('unreachable')
    expect(result.error.message).toMatch(/work account/i)
    expect(result.error.message).not.toMatch(/AADSTS|invalid_|Trace ID/)
    expect(h.auth.summary()).toBeNull()
    expect(await h.auth.getToken(READ_SCOPES)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
  })

  it('a guest admin: the customer’s domain pins Contoso, organizations pins the home tenant (Fabrikam)', async () => {
    const pinned = harness(sim, (url) => playBrowser(url, { account: 'guestadmin' }))
    const contoso = await pinned.auth.signInInteractive({
      scopes: ALL_SCOPES,
      tenant: 'contoso.onmicrosoft.com',
    })
    expect(contoso).toMatchObject({
      ok: true,
      value: { username: 'guestadmin@fabrikam.onmicrosoft.com', tenantId: sim.tenantId },
    })
    const contosoToken = await pinned.auth.getToken(ALL_SCOPES)
    if (!contosoToken.ok) throw new Error(contosoToken.error.message)
    expect(claimsOf(contosoToken.value.accessToken).tid).toBe(sim.tenantId)
    const me = await graph(
      sim,
      contosoToken.value.accessToken,
      'GET',
      '/me?$select=userType,userPrincipalName',
    )
    expect(me.body).toMatchObject({ userType: 'Guest' })

    const home = harness(sim, (url) => playBrowser(url, { account: 'guestadmin' }))
    const fabrikam = await home.auth.signInInteractive({ scopes: ALL_SCOPES })
    expect(fabrikam).toMatchObject({ ok: true, value: { tenantId: sim.fabrikamTenantId } })
    const fabrikamToken = await home.auth.getToken(ALL_SCOPES)
    if (!fabrikamToken.ok) throw new Error(fabrikamToken.error.message)
    expect(claimsOf(fabrikamToken.value.accessToken).tid).toBe(sim.fabrikamTenantId)
  })

  it('a guest admin who first landed in the home tenant, then pinned Contoso, gets Contoso tokens (also after a restart)', async () => {
    const h = harness(sim, (url) => playBrowser(url, { account: 'guestadmin' }))
    expect(await h.auth.signInInteractive({ scopes: ALL_SCOPES })).toMatchObject({
      ok: true,
      value: { tenantId: sim.fabrikamTenantId },
    })
    expect(
      await h.auth.signInInteractive({ scopes: ALL_SCOPES, tenant: 'contoso.onmicrosoft.com' }),
    ).toMatchObject({ ok: true, value: { tenantId: sim.tenantId } })

    const token = await h.auth.getToken(ALL_SCOPES)
    expect(token).toMatchObject({ ok: true, value: { tenantId: sim.tenantId } })
    if (!token.ok) throw new Error('unreachable')
    expect(claimsOf(token.value.accessToken).tid).toBe(sim.tenantId)

    // The home tenant's tokens are gone from this customer's cache…
    const cache = await decryptedCache(h)
    for (const section of ['AccessToken', 'IdToken'] as const) {
      for (const entry of Object.values(cache[section] ?? {})) expect(entry.realm).toBe(sim.tenantId)
    }
    expect(secretsOf(cache, 'RefreshToken')).toHaveLength(1)

    // …so a restart restores the Contoso session, not the home tenant.
    const reopened = reopen(sim, h)
    expect(await reopened.restore()).toMatchObject({ tenantId: sim.tenantId })
    const afterRestart = await reopened.getToken(ALL_SCOPES)
    expect(afterRestart).toMatchObject({ ok: true, value: { tenantId: sim.tenantId } })
    if (!afterRestart.ok) throw new Error('unreachable')
    expect(claimsOf(afterRestart.value.accessToken).tid).toBe(sim.tenantId)
  })
})
