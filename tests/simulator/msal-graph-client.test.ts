import { PublicClientApplication, type AccountInfo } from '@azure/msal-node'
import { Client } from '@microsoft/microsoft-graph-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../../simulator/index'
import { ALL_SCOPES, CLIENT_ID, control, decodeJwt, parseForm, postForm, startTestSimulator } from './helpers'

/** The real libraries the app uses, pointed at the simulator: msal-node 7 and graph-client 3. */
describe('msal-node and microsoft-graph-client against the simulator', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'msal' })
  })
  afterAll(async () => {
    await sim.stop()
  })

  function app(tenant = 'organizations'): PublicClientApplication {
    return new PublicClientApplication({
      auth: {
        clientId: CLIENT_ID,
        authority: `${sim.urls.authority}/${tenant}`,
        knownAuthorities: [new URL(sim.urls.authority).host],
      },
    })
  }

  /** openBrowser that behaves like a person: open the page, pick the account, let form_post happen. */
  function browserAs(account: string): (url: string) => Promise<void> {
    return async (url) => {
      const picker = parseForm(await (await fetch(url)).text())
      const res = await postForm(`${sim.urls.authority}${picker.action}`, { ...picker.fields, account })
      const post = parseForm(await res.text())
      await postForm(post.action, post.fields)
    }
  }

  function graphClient(token: string): Client {
    return Client.initWithMiddleware({
      authProvider: { getAccessToken: () => Promise.resolve(token) },
      baseUrl: `${sim.urls.graph}/`,
      customHosts: new Set(['127.0.0.1']),
    })
  }

  it('acquireTokenInteractive (auth code + PKCE, form_post) then graph-client GET /me and a refresh', async () => {
    const pca = app()
    const result = await pca.acquireTokenInteractive({
      scopes: ALL_SCOPES,
      openBrowser: browserAs('appadmin'),
      successTemplate: 'signed in',
      errorTemplate: 'failed',
    })
    expect(result.account?.username).toBe('appadmin@contoso.onmicrosoft.com')
    expect(result.tenantId).toBe(sim.tenantId)
    const claims = decodeJwt(result.accessToken)
    expect(claims.aud).toBe('https://graph.microsoft.com')
    expect(String(claims.scp).split(' ')).toContain('Synchronization.ReadWrite.All')
    expect(claims.wids).toContain('9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3')

    const me = (await graphClient(result.accessToken).api('/me').select('id,userPrincipalName').get()) as {
      id: string
      userPrincipalName: string
    }
    expect(me.userPrincipalName).toBe('appadmin@contoso.onmicrosoft.com')
    expect(me.id).toBe(result.account?.localAccountId)

    // Silent with forceRefresh goes through the refresh_token grant.
    const refreshed = await pca.acquireTokenSilent({
      account: result.account as AccountInfo,
      scopes: ALL_SCOPES,
      forceRefresh: true,
    })
    expect(refreshed.accessToken).not.toBe(result.accessToken)
    expect(decodeJwt(refreshed.accessToken).oid).toBe(me.id)
  })

  it('acquireTokenByDeviceCode completed through POST /_simulator/signin', async () => {
    const pca = app(sim.tenantId)
    let message = ''
    const result = await pca.acquireTokenByDeviceCode({
      scopes: ALL_SCOPES,
      deviceCodeCallback: (response) => {
        message = response.message
        void control(sim, '/signin', { account: 'globaladmin', kind: 'device' })
      },
    })
    expect(message).toContain(`${sim.urls.authority}/devicelogin`)
    expect(result?.account?.username).toBe('globaladmin@contoso.onmicrosoft.com')
    const me = (await graphClient(result?.accessToken ?? '')
      .api('/me')
      .get()) as { userPrincipalName: string }
    expect(me.userPrincipalName).toBe('globaladmin@contoso.onmicrosoft.com')
  })

  it('a guest admin gets a home-tenant token via organizations and a Contoso token once the tenant is pinned', async () => {
    const pca = app()
    const home = await pca.acquireTokenInteractive({
      scopes: ALL_SCOPES,
      openBrowser: browserAs('guestadmin'),
      successTemplate: 'ok',
      errorTemplate: 'err',
    })
    expect(home.tenantId).toBe(sim.fabrikamTenantId)
    // MSAL looks tokens up per tenant profile: ask for the Contoso profile at the pinned authority,
    // so the refresh token is redeemed there (the app's tenant switch after sign-in).
    const contosoProfile: AccountInfo = { ...(home.account as AccountInfo), tenantId: sim.tenantId }
    const pinned = await pca.acquireTokenSilent({
      account: contosoProfile,
      scopes: ALL_SCOPES,
      authority: `${sim.urls.authority}/${sim.tenantId}`,
    })
    expect(pinned.tenantId).toBe(sim.tenantId)
    const claims = decodeJwt(pinned.accessToken)
    expect(claims.tid).toBe(sim.tenantId)
    expect(claims.acct).toBe(1)
    const me = (await graphClient(pinned.accessToken)
      .api('/me')
      .select('userPrincipalName,userType')
      .get()) as { userPrincipalName: string; userType: string }
    expect(me.userType).toBe('Guest')
    expect(me.userPrincipalName).toContain('#EXT#')
  })
})
