import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GRAPH_SCOPES } from '../../simulator/state/scopes'
import type { RunningSimulator } from '../../simulator/index'
import { graph, list, obj, signIn, startTestSimulator } from './helpers'

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000'

describe('app registrations: POST /applications, Graph’s permissions, oauth2PermissionGrants', () => {
  let sim: RunningSimulator
  let token: string
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'app-registrations' })
    token = (await signIn(sim, { account: 'appadmin' })).access_token
  })
  afterAll(() => sim.stop())

  const valid = {
    displayName: 'Contoso tool',
    signInAudience: 'AzureADMultipleOrgs',
    isFallbackPublicClient: true,
    publicClient: { redirectUris: ['http://localhost'] },
    requiredResourceAccess: [
      { resourceAppId: GRAPH_APP_ID, resourceAccess: [{ id: GRAPH_SCOPES['User.Read']?.id, type: 'Scope' }] },
    ],
  }

  it('Microsoft Graph’s service principal, filtered by appId, lists its delegated permissions', async () => {
    const res = await graph(
      sim,
      token,
      'GET',
      `/servicePrincipals?$filter=appId eq '${GRAPH_APP_ID}'&$select=id,appId,oauth2PermissionScopes`,
    )
    expect(res.status).toBe(200)
    const scopes = list(obj(list(res.body, 'value')[0]), 'oauth2PermissionScopes') as {
      value: string
      id: string
    }[]
    expect(scopes.find((s) => s.value === 'Application.ReadWrite.All')?.id).toBe(
      'bdfbf15f-ee85-4955-8675-146e8e5296b5',
    )
  })

  it('creates an application with the sign-in properties as sent, and no service principal yet', async () => {
    const res = await graph(sim, token, 'POST', '/applications', valid)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      displayName: 'Contoso tool',
      signInAudience: 'AzureADMultipleOrgs',
      isFallbackPublicClient: true,
      publicClient: { redirectUris: ['http://localhost'] },
      requiredResourceAccess: valid.requiredResourceAccess,
    })
    const appId = String(obj(res.body).appId)
    const sps = await graph(sim, token, 'GET', `/servicePrincipals?$filter=appId eq '${appId}'`)
    expect(list(sps.body, 'value')).toEqual([])
  })

  it.each([
    ['no displayName', { ...valid, displayName: undefined }, 'displayName'],
    ['an unknown audience', { ...valid, signInAudience: 'Everyone' }, 'signInAudience'],
    ['an unknown property', { ...valid, colour: 'blue' }, 'colour'],
    [
      'a web redirect on http',
      { ...valid, publicClient: { redirectUris: ['http://contoso.com/cb'] } },
      'redirectUris',
    ],
    [
      'a Graph permission id Graph does not publish',
      {
        ...valid,
        requiredResourceAccess: [
          {
            resourceAppId: GRAPH_APP_ID,
            resourceAccess: [{ id: '00000000-0000-0000-0000-000000000001', type: 'Scope' }],
          },
        ],
      },
      'resourceAccess.id',
    ],
    [
      'a permission type other than Scope or Role',
      {
        ...valid,
        requiredResourceAccess: [
          {
            resourceAppId: GRAPH_APP_ID,
            resourceAccess: [{ id: GRAPH_SCOPES['User.Read']?.id, type: 'Delegated' }],
          },
        ],
      },
      'type',
    ],
  ])('refuses %s with 400 and creates nothing', async (_name, body, property) => {
    const before = list((await graph(sim, token, 'GET', '/applications')).body, 'value').length
    const res = await graph(sim, token, 'POST', '/applications', body)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain(property)
    expect(list((await graph(sim, token, 'GET', '/applications')).body, 'value')).toHaveLength(before)
  })

  it('needs Application.ReadWrite.All and an application administrator role', async () => {
    const user = (await signIn(sim, { account: 'user' })).access_token
    expect((await graph(sim, user, 'POST', '/applications', valid)).status).toBe(403)
  })

  it('lists tenant-wide grants by client service principal', async () => {
    const res = await graph(
      sim,
      token,
      'GET',
      `/oauth2PermissionGrants?$filter=consentType eq 'AllPrincipals'`,
    )
    expect(res.status).toBe(200)
    const grants = list(res.body, 'value') as { clientId: string; scope: string }[]
    expect(grants.some((g) => g.scope.split(' ').includes('Application.ReadWrite.All'))).toBe(true)
  })
})
