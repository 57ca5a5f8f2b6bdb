import { createPublicKey, verify } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../../simulator/index'
import {
  advance,
  ALL_SCOPES,
  at,
  browserAuthorize,
  CLIENT_ID,
  control,
  decodeJwt,
  list,
  parseForm,
  postForm,
  REDIRECT_URI,
  signIn,
  startTestSimulator,
  str,
  tokenRequest,
} from './helpers'

/** The login.microsoftonline.com stand-in: metadata, PKCE, tenants, consent and AADSTS errors. */
describe('authority', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'authority' })
  })
  afterAll(async () => {
    await sim.stop()
  })
  beforeEach(async () => {
    await control(sim, '/reset', {})
  })

  async function json(url: string): Promise<{ status: number; body: unknown }> {
    const res = await fetch(url)
    const body: unknown = await res.json()
    return { status: res.status, body }
  }

  function expectAadsts(body: unknown, code: number, error?: string): void {
    expect(str(body, 'error_description')).toMatch(new RegExp(`^AADSTS${code}: `))
    expect(at(body, 'error_codes')).toEqual([code])
    for (const key of ['timestamp', 'trace_id', 'correlation_id']) expect(typeof at(body, key)).toBe('string')
    if (error) expect(at(body, 'error')).toBe(error)
  }

  it('serves OpenID metadata for organizations, common, the tenant id and its domain; unknown tenants get AADSTS90002', async () => {
    const orgs = await json(`${sim.urls.authority}/organizations/v2.0/.well-known/openid-configuration`)
    expect(at(orgs.body, 'issuer')).toBe(`${sim.urls.authority}/{tenantid}/v2.0`)
    expect(at(orgs.body, 'token_endpoint')).toBe(`${sim.urls.authority}/organizations/oauth2/v2.0/token`)
    expect(at(orgs.body, 'msgraph_host')).toBe(new URL(sim.urls.graph).host)
    expect((await json(`${sim.urls.authority}/common/v2.0/.well-known/openid-configuration`)).status).toBe(
      200,
    )
    for (const seg of [sim.tenantId, 'contoso.onmicrosoft.com']) {
      const cfg = await json(`${sim.urls.authority}/${seg}/v2.0/.well-known/openid-configuration`)
      expect(at(cfg.body, 'issuer')).toBe(`${sim.urls.authority}/${sim.tenantId}/v2.0`)
      expect(at(cfg.body, 'authorization_endpoint')).toBe(
        `${sim.urls.authority}/${sim.tenantId}/oauth2/v2.0/authorize`,
      )
    }
    const unknown = await json(
      `${sim.urls.authority}/nowhere.onmicrosoft.com/v2.0/.well-known/openid-configuration`,
    )
    expect(unknown.status).toBe(400)
    expectAadsts(unknown.body, 90002, 'invalid_tenant')
  })

  it('issues RS256 tokens that verify against the published JWKS, with the claims MSAL uses', async () => {
    const tokens = await signIn(sim, { account: 'appadmin' })
    const jwks = await json(`${sim.urls.authority}/${sim.tenantId}/discovery/v2.0/keys`)
    const [h, p, s] = tokens.access_token.split('.') as [string, string, string]
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { kid: string }
    const jwk = list(jwks.body, 'keys').find((k) => at(k, 'kid') === header.kid)
    const key = createPublicKey({ key: { kty: 'RSA', n: str(jwk, 'n'), e: str(jwk, 'e') }, format: 'jwk' })
    expect(verify('RSA-SHA256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))).toBe(true)
    const at1 = decodeJwt(tokens.access_token)
    expect(at1).toMatchObject({
      aud: 'https://graph.microsoft.com',
      tid: sim.tenantId,
      appid: CLIENT_ID,
      idtyp: 'user',
    })
    expect(String(at1.scp).split(' ')).toEqual(
      expect.arrayContaining([
        'User.Read',
        'Application.ReadWrite.All',
        'Synchronization.ReadWrite.All',
        'AppRoleAssignment.ReadWrite.All',
      ]),
    )
    expect(at1.wids).toContain('9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3')
    expect(Number(at1.exp) - Number(at1.iat)).toBe(tokens.expires_in)
    const id = decodeJwt(tokens.id_token)
    for (const claim of [
      'aud',
      'iss',
      'iat',
      'nbf',
      'exp',
      'name',
      'oid',
      'sub',
      'tid',
      'preferred_username',
      'ver',
    ])
      expect(id[claim]).toBeDefined()
    expect(id).toMatchObject({
      aud: CLIENT_ID,
      tid: sim.tenantId,
      preferred_username: 'appadmin@contoso.onmicrosoft.com',
      ver: '2.0',
    })
    expect(JSON.parse(Buffer.from(tokens.client_info, 'base64url').toString('utf8'))).toEqual({
      uid: id.oid,
      utid: sim.tenantId,
    })
    expect(tokens.refresh_token).toBeTruthy()
  })

  it('rejects an unknown client with AADSTS700016 and a foreign redirect URI with AADSTS50011 (error page, no redirect)', async () => {
    const base = `${sim.urls.authority}/organizations/oauth2/v2.0/authorize?response_type=code&scope=openid&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`
    const unknownClient = await fetch(`${base}&client_id=00000000-1111-2222-3333-444444444444`)
    expect(unknownClient.status).toBe(400)
    expect(await unknownClient.text()).toContain('AADSTS700016')
    const badRedirect = await fetch(
      `${sim.urls.authority}/organizations/oauth2/v2.0/authorize?response_type=code&scope=openid&client_id=${CLIENT_ID}&redirect_uri=${encodeURIComponent('https://evil.example/cb')}`,
    )
    expect(badRedirect.status).toBe(400)
    expect(await badRedirect.text()).toContain('AADSTS50011')
    const token = await tokenRequest(sim, 'organizations', {
      client_id: '00000000-1111-2222-3333-444444444444',
      grant_type: 'refresh_token',
      refresh_token: 'x',
    })
    expect(token.status).toBe(400)
    expectAadsts(token.body, 700016, 'unauthorized_client')
  })

  it('checks PKCE and redirect_uri at the token endpoint, and codes are single-use', async () => {
    const exchange = async (
      fields: Record<string, string>,
      overrides: Record<string, string>,
    ): Promise<{ status: number; body: unknown }> =>
      tokenRequest(sim, 'organizations', {
        client_id: CLIENT_ID,
        grant_type: 'authorization_code',
        code: fields.code ?? '',
        redirect_uri: REDIRECT_URI,
        scope: 'openid',
        ...overrides,
      })
    const a = await browserAuthorize(sim, { account: 'appadmin' })
    const badVerifier = await exchange(a.fields, { code_verifier: 'x'.repeat(43) })
    expect(badVerifier.status).toBe(400)
    expectAadsts(badVerifier.body, 501481, 'invalid_grant')

    const b = await browserAuthorize(sim, { account: 'appadmin' })
    const badRedirect = await exchange(b.fields, {
      code_verifier: b.verifier,
      redirect_uri: 'http://localhost:9',
    })
    expect(at(badRedirect.body, 'error')).toBe('invalid_grant')

    const c = await browserAuthorize(sim, { account: 'appadmin' })
    expect((await exchange(c.fields, { code_verifier: c.verifier })).status).toBe(200)
    const again = await exchange(c.fields, { code_verifier: c.verifier })
    expectAadsts(again.body, 54005, 'invalid_grant')
  })

  it('the Cancel button posts access_denied back to the app; personal and foreign accounts are refused with AADSTS errors', async () => {
    const q = new URLSearchParams({
      client_id: CLIENT_ID,
      scope: 'openid User.Read',
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      response_mode: 'form_post',
      state: 's1',
    })
    const picker = parseForm(
      await (await fetch(`${sim.urls.authority}/organizations/oauth2/v2.0/authorize?${q.toString()}`)).text(),
    )
    const cancelled = parseForm(
      await (
        await postForm(`${sim.urls.authority}${picker.action}`, { ...picker.fields, action: 'cancel' })
      ).text(),
    )
    expect(cancelled.action).toBe(REDIRECT_URI)
    expect(cancelled.fields).toMatchObject({ error: 'access_denied', state: 's1' })

    const personal = await browserAuthorize(sim, { account: 'personal' })
    expect(personal.fields.error).toBe('invalid_request')
    expect(personal.fields.error_description).toMatch(/^AADSTS500200: /)

    const foreign = await browserAuthorize(sim, { account: 'fabrikamadmin', tenant: sim.tenantId })
    expect(foreign.fields.error_description).toMatch(/^AADSTS50020: /)
  })

  it('resolves tenants: organizations → home tenant, a pinned tenant → that tenant (guest admin gets a Contoso token)', async () => {
    const home = await signIn(sim, { account: 'guestadmin' })
    expect(decodeJwt(home.access_token).tid).toBe(sim.fabrikamTenantId)
    const pinned = await signIn(sim, { account: 'guestadmin', tenant: 'contoso.onmicrosoft.com' })
    const claims = decodeJwt(pinned.access_token)
    expect(claims).toMatchObject({ tid: sim.tenantId, acct: 1 })
    expect(claims.wids).toContain('9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3')
    // client_info always names the home account, whichever tenant issued the token.
    expect(JSON.parse(Buffer.from(pinned.client_info, 'base64url').toString('utf8'))).toMatchObject({
      utid: sim.fabrikamTenantId,
    })
    // A refresh token redeemed at another tenant's endpoint yields that tenant's token.
    const switched = await tokenRequest(sim, sim.tenantId, {
      client_id: CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: home.refresh_token,
      scope: ALL_SCOPES.join(' '),
    })
    expect(decodeJwt(str(switched.body, 'access_token')).tid).toBe(sim.tenantId)
  })

  it('without admin consent: a non-admin is told to get admin approval (consent_required); an admin may consent for the organization', async () => {
    await control(sim, '/faults', { consentMissing: true })
    const denied = await browserAuthorize(sim, { account: 'user' })
    expect(denied.fields.error).toBe('consent_required')
    expect(denied.fields.error_description).toMatch(/^AADSTS65001: /)

    const declined = await browserAuthorize(sim, { account: 'appadmin', consent: 'cancel' })
    expect(declined.fields.error).toBe('access_denied')

    const admin = await signIn(sim, { account: 'appadmin' })
    expect(String(decodeJwt(admin.access_token).scp).split(' ')).toContain('Synchronization.ReadWrite.All')
    // Consent was granted for the organization, so the plain user now gets through too.
    const user = await signIn(sim, { account: 'user' })
    expect(decodeJwt(user.access_token).scp).toContain('Directory.Read.All')
    // Asking for something nobody consented to on refresh → invalid_grant + consent_required.
    const more = await tokenRequest(sim, 'organizations', {
      client_id: CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: user.refresh_token,
      scope: 'https://graph.microsoft.com/Group.Read.All',
    })
    expect(more.status).toBe(400)
    expectAadsts(more.body, 65001, 'invalid_grant')
    expect(at(more.body, 'suberror')).toBe('consent_required')
  })

  it('device code: pending, completed through the /devicelogin pages, expired, declined, and blocked by Conditional Access', async () => {
    const start = async (): Promise<Record<string, unknown>> => {
      const res = await postForm(`${sim.urls.authority}/${sim.tenantId}/oauth2/v2.0/devicecode`, {
        client_id: CLIENT_ID,
        scope: `${ALL_SCOPES.join(' ')} openid profile offline_access`,
      })
      return (await res.json()) as Record<string, unknown>
    }
    const poll = (deviceCode: string): Promise<{ status: number; body: unknown }> =>
      tokenRequest(sim, sim.tenantId, {
        client_id: CLIENT_ID,
        grant_type: 'device_code',
        device_code: deviceCode,
      })

    const dc = await start()
    expect(dc).toMatchObject({
      verification_uri: `${sim.urls.authority}/devicelogin`,
      interval: 1,
      expires_in: 900,
    })
    expect(String(dc.message)).toContain(String(dc.user_code))
    const pending = await poll(String(dc.device_code))
    expectAadsts(pending.body, 70016, 'authorization_pending')
    // The person: open /devicelogin, type the code, pick an account.
    const entry = parseForm(await (await fetch(`${sim.urls.authority}/devicelogin`)).text())
    const picker = parseForm(
      await (await postForm(`${sim.urls.authority}${entry.action}`, { otc: String(dc.user_code) })).text(),
    )
    const done = await (
      await postForm(`${sim.urls.authority}${picker.action}`, { ...picker.fields, account: 'appadmin' })
    ).text()
    expect(done).toContain('You have signed in')
    const ok = await poll(String(dc.device_code))
    expect(ok.status).toBe(200)
    expect(decodeJwt(str(ok.body, 'access_token')).upn).toBe('appadmin@contoso.onmicrosoft.com')

    const expiring = await start()
    await advance(sim, 901)
    expectAadsts((await poll(String(expiring.device_code))).body, 70019, 'expired_token')

    const declined = await start()
    await control(sim, '/signin', { cancel: true, kind: 'device' })
    expect(at((await poll(String(declined.device_code))).body, 'error')).toBe('authorization_declined')

    await control(sim, '/faults', { deviceCodeBlocked: true })
    const blocked = await start()
    await control(sim, '/signin', { account: 'appadmin', kind: 'device' })
    expectAadsts((await poll(String(blocked.device_code))).body, 53003, 'invalid_grant')
  })

  it('POST /_simulator/signin completes the oldest pending authorize and returns the form_post fields', async () => {
    const q = new URLSearchParams({
      client_id: CLIENT_ID,
      scope: 'openid User.Read',
      redirect_uri: 'http://localhost:1',
      response_type: 'code',
      response_mode: 'form_post',
      state: 'first',
    })
    await fetch(`${sim.urls.authority}/organizations/oauth2/v2.0/authorize?${q.toString()}`)
    q.set('state', 'second')
    await fetch(`${sim.urls.authority}/organizations/oauth2/v2.0/authorize?${q.toString()}`)
    const first = await control(sim, '/signin', { account: 'appadmin', deliver: false })
    expect(at(first, 'fields.state')).toBe('first')
    expect(at(first, 'fields.code')).toBeTruthy()
    expect(str(first, 'html')).toContain('action="http://localhost:1"')
    const second = await control(sim, '/signin', { account: 'personal', deliver: false })
    expect(at(second, 'fields.state')).toBe('second')
    expect(str(second, 'fields.error_description')).toMatch(/^AADSTS500200/)
  })
})
