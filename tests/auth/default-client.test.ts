import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { defaultClientId } from '../../shared/clouds'
import { scopesFor } from '../../shared/scopes'
import type { RunningSimulator } from '../../simulator/index'
import { control, startTestSimulator } from '../simulator/helpers'
import { ALL_SCOPES, READ_SCOPES, claimsOf, grantAdminConsent, harness, playBrowser } from './support'

const INVENTED_CLIENT_ID = '7f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f'

describe('the default client: Microsoft Graph Command Line Tools', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'default-client' })
  })
  afterAll(() => sim.stop())
  afterEach(async () => {
    await control(sim, '/faults', { consentMissing: false })
  })

  it('is the product default, and signs in through the simulated authority with real msal-node', async () => {
    expect(defaultClientId).toBe('14d82eec-204b-4c2f-b7e8-296a70dab67e')
    const h = harness(sim, (url) => playBrowser(url, { account: 'appadmin' }), { clientId: defaultClientId })
    const result = await h.auth.signInInteractive({ scopes: READ_SCOPES })
    expect(result).toMatchObject({ ok: true, value: { tenantId: sim.tenantId } })
    expect(new URL(h.browserCalls[0] ?? '').searchParams.get('client_id')).toBe(defaultClientId)
    const token = await h.auth.getToken(READ_SCOPES)
    if (!token.ok) throw new Error(token.error.message)
    expect(claimsOf(token.value.accessToken).appid).toBe(defaultClientId)
  })

  it('an invented client id: Entra’s AADSTS700016 on the authorize page, the device-code and token endpoints', async () => {
    // Browser: the error stays on Microsoft's page (the app never hears back).
    const h = harness(sim, async () => undefined, {
      clientId: INVENTED_CLIENT_ID,
      interactiveTimeoutMs: 2_000,
    })
    const browser = h.auth.signInInteractive({ scopes: READ_SCOPES })
    const opened = await (async () => {
      for (let i = 0; i < 100 && h.browserCalls.length === 0; i++) await new Promise((r) => setTimeout(r, 20))
      return h.browserCalls[0] ?? ''
    })()
    const page = await fetch(opened)
    expect(page.status).toBe(400)
    expect(await page.text()).toContain('AADSTS700016')
    const timedOut = await browser
    expect(timedOut).toMatchObject({ ok: false, error: { code: 'SIGNIN_TIMED_OUT' } })
    if (!timedOut.ok) expect(timedOut.error.message).toMatch(/AADSTS700016.*Settings › app registration/)

    // Device code: the code request itself is refused, and the product says where to fix it.
    const d = harness(sim, async () => undefined, { clientId: INVENTED_CLIENT_ID })
    const device = await d.auth.signInWithDeviceCode({ scopes: READ_SCOPES, onCode: () => undefined })
    expect(device).toMatchObject({ ok: false, error: { code: 'APP_REGISTRATION_NOT_FOUND' } })
    if (!device.ok) {
      expect(device.error.message).toContain('Settings › app registration')
      expect(device.error.details?.aadsts).toBe('700016')
    }

    // Token endpoint: the same answer as JSON.
    const token = await fetch(`${sim.urls.authority}/organizations/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: INVENTED_CLIENT_ID,
        grant_type: 'refresh_token',
        refresh_token: 'x',
      }),
    })
    expect(token.status).toBe(400)
    expect(await token.json()).toMatchObject({ error: 'unauthorized_client', error_codes: [700016] })
  })
})

describe('v2.0 admin consent for the default client', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'admin-consent-v2', faults: { consentMissing: true } })
  })
  afterAll(() => sim.stop())

  it('a non-admin without consent gets the v2.0 link with every scope; an admin grants it; then the non-admin signs in', async () => {
    const user = harness(sim, (url) => playBrowser(url, { account: 'user' }))
    const refused = await user.auth.signInInteractive({
      scopes: ALL_SCOPES,
      tenant: 'contoso.onmicrosoft.com',
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } })
    if (refused.ok) throw new Error('unreachable')
    const link = new URL(String(refused.error.details?.adminConsentUrl))
    expect(`${link.origin}${link.pathname}`).toBe(
      `${sim.urls.authority}/contoso.onmicrosoft.com/v2.0/adminconsent`,
    )
    expect(link.searchParams.get('client_id')).toBe(defaultClientId)
    expect(link.searchParams.get('redirect_uri')).toBe('http://localhost')
    expect(link.searchParams.get('state')).toMatch(/.{16,}/)
    expect(link.searchParams.get('scope')?.split(' ')).toEqual(
      scopesFor('all').map((s) => `https://graph.microsoft.com/${s}`),
    )

    // A non-admin opening the link cannot approve it.
    const nonAdmin = await grantAdminConsent(link.toString(), 'user')
    expect(nonAdmin.pages.some((p) => p.includes('Need admin approval'))).toBe(true)
    expect(nonAdmin.location?.searchParams.get('error')).toBe('access_denied')

    // An administrator cancels: nothing granted.
    const cancelled = await grantAdminConsent(link.toString(), 'appadmin', 'cancel')
    expect(cancelled.location?.searchParams.get('error')).toBe('access_denied')
    expect(
      await user.auth.signInInteractive({ scopes: ALL_SCOPES, tenant: 'contoso.onmicrosoft.com' }),
    ).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } })

    const granted = await grantAdminConsent(link.toString(), 'appadmin')
    expect(granted.location?.origin).toBe('http://localhost')
    expect(Object.fromEntries(granted.location?.searchParams ?? [])).toEqual({
      admin_consent: 'True',
      tenant: sim.tenantId,
      scope: link.searchParams.get('scope'),
      state: link.searchParams.get('state'),
    })
    const again = harness(sim, (url) => playBrowser(url, { account: 'user' }))
    expect(await again.auth.signInInteractive({ scopes: ALL_SCOPES })).toMatchObject({
      ok: true,
      value: { username: 'user@contoso.onmicrosoft.com' },
    })
  })

  it('refuses what Entra refuses: no scope, no redirect URI, an unknown client', async () => {
    const base = `${sim.urls.authority}/contoso.onmicrosoft.com/v2.0/adminconsent`
    const q = (params: Record<string, string>): string => `${base}?${new URLSearchParams(params).toString()}`
    const noScope = await fetch(q({ client_id: defaultClientId, redirect_uri: 'http://localhost' }))
    expect(noScope.status).toBe(400)
    expect(await noScope.text()).toMatch(/AADSTS900144.*scope/)
    const noRedirect = await fetch(
      q({ client_id: defaultClientId, scope: 'https://graph.microsoft.com/User.Read' }),
    )
    expect(await noRedirect.text()).toMatch(/AADSTS900144.*redirect_uri/)
    const unknown = await fetch(
      q({ client_id: INVENTED_CLIENT_ID, scope: 'User.Read', redirect_uri: 'http://localhost' }),
    )
    expect(await unknown.text()).toContain('AADSTS700016')
    const badScope = await fetch(
      q({ client_id: defaultClientId, scope: 'Nonsense.All', redirect_uri: 'http://localhost' }),
    )
    expect(await badScope.text()).toContain('AADSTS70011')
  })
})
