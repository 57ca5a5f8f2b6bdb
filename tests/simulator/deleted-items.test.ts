import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../../simulator/index'
import { advance, graph, list, setupHelloId, signIn, startTestSimulator, str, type TokenSet } from './helpers'

// Deleting an application object deletes its service principal in the home tenant too; both move to
// deleted items and stay restorable for 30 days, then are gone for good.
// https://learn.microsoft.com/graph/api/application-delete
// https://learn.microsoft.com/entra/identity/enterprise-apps/delete-recover-faq
// https://learn.microsoft.com/graph/api/directory-deleteditems-list?view=graph-rest-1.0

let sim: RunningSimulator
let tokens: TokenSet

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'deleted-items' })
  tokens = await signIn(sim, { account: 'appadmin' })
})
afterAll(() => sim.stop())

describe('simulator: deleted applications go to deleted items', () => {
  it('takes the service principal, its job and assignments along, and keeps both restorable for 30 days', async () => {
    const token = tokens.access_token
    const setup = await setupHelloId(sim, token)
    // The helper's appId is the application object's id.
    const applicationId = setup.appId

    expect((await graph(sim, token, 'DELETE', `/applications/${applicationId}`)).status).toBe(204)

    // Gone from every read and list, and a second delete is a 404.
    expect((await graph(sim, token, 'GET', `/applications/${applicationId}`)).status).toBe(404)
    expect((await graph(sim, token, 'GET', `/servicePrincipals/${setup.spId}`)).status).toBe(404)
    const apps = await graph(sim, token, 'GET', '/applications')
    expect(list(apps.body, 'value').map((a) => str(a, 'id'))).not.toContain(applicationId)
    expect(
      (await graph(sim, token, 'GET', `/servicePrincipals/${setup.spId}/synchronization/jobs`)).status,
    ).toBe(404)
    expect((await graph(sim, token, 'DELETE', `/applications/${applicationId}`)).status).toBe(404)

    // In deleted items, with the time it was deleted.
    const deletedApps = await graph(sim, token, 'GET', '/directory/deletedItems/microsoft.graph.application')
    const [deletedApp] = list(deletedApps.body, 'value')
    expect(list(deletedApps.body, 'value')).toHaveLength(1)
    expect(str(deletedApp, 'id')).toBe(applicationId)
    expect(str(deletedApp, 'deletedDateTime')).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/)
    const deletedSps = await graph(
      sim,
      token,
      'GET',
      '/directory/deletedItems/microsoft.graph.servicePrincipal',
    )
    expect(list(deletedSps.body, 'value').map((s) => str(s, 'id'))).toEqual([setup.spId])
    const one = await graph(sim, token, 'GET', `/directory/deletedItems/${applicationId}`)
    expect(one.status).toBe(200)
    expect(str(one.body, '@odata.type')).toBe('#microsoft.graph.application')

    // After 30 days they are deleted for good.
    await advance(sim, 31 * 24 * 60 * 60)
    const fresh = (await signIn(sim, { account: 'appadmin' })).access_token
    const later = await graph(sim, fresh, 'GET', '/directory/deletedItems/microsoft.graph.application')
    expect(list(later.body, 'value')).toEqual([])
    expect((await graph(sim, fresh, 'GET', `/directory/deletedItems/${applicationId}`)).status).toBe(404)
  })
})
