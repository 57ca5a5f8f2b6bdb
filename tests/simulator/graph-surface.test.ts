import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../../simulator/index'
import { assign, at, findUser, graph, list, setupHelloId, signIn, startTestSimulator, str } from './helpers'

/** Directory queries, app lifecycle and $batch rules of the Graph surface. */
describe('Graph surface', () => {
  let sim: RunningSimulator
  let token: string
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'surface' })
    token = (await signIn(sim, { account: 'appadmin' })).access_token
  })
  afterAll(async () => {
    await sim.stop()
  })

  it('pages /users with $top and an absolute @odata.nextLink, and honours $select', async () => {
    const first = await graph(sim, token, 'GET', '/users?$top=10&$select=id,displayName')
    expect(list(first.body, 'value')).toHaveLength(10)
    expect(Object.keys(list(first.body, 'value')[0] as object).sort()).toEqual(['displayName', 'id'])
    let next = str(first.body, '@odata.nextLink')
    expect(next.startsWith(`${sim.urls.graph}/v1.0/users?`)).toBe(true)
    let total = 10
    for (;;) {
      const page = await graph(sim, token, 'GET', next)
      total += list(page.body, 'value').length
      const link = at(page.body, '@odata.nextLink')
      if (typeof link !== 'string') break
      next = link
    }
    expect(total).toBe(31)
    const defaults = list((await graph(sim, token, 'GET', '/users?$top=1')).body, 'value')[0] as Record<
      string,
      unknown
    >
    expect(defaults.employeeId).toBeUndefined()
    expect(defaults.userPrincipalName).toBeDefined()
  })

  it('supports startswith filters without headers and $search only with ConsistencyLevel: eventual', async () => {
    const byPrefix = list(
      (
        await graph(
          sim,
          token,
          'GET',
          `/users?$filter=${encodeURIComponent("startswith(displayName,'meg')")}`,
        )
      ).body,
      'value',
    )
    expect(byPrefix.map((u) => at(u, 'userPrincipalName'))).toContain('appadmin@contoso.onmicrosoft.com')
    const search = `/groups?$search=${encodeURIComponent('"displayName:HelloID"')}&$count=true`
    expect((await graph(sim, token, 'GET', search)).status).toBe(400)
    const found = await graph(sim, token, 'GET', search, undefined, { ConsistencyLevel: 'eventual' })
    expect(
      list(found.body, 'value')
        .map((g) => at(g, 'displayName'))
        .sort(),
    ).toEqual(['HelloID Contractors', 'HelloID Users'])
    expect(at(found.body, '@odata.count')).toBe(2)
    expect(
      (await graph(sim, token, 'GET', `/users?$filter=${encodeURIComponent("favouriteColour eq 'blue'")}`))
        .status,
    ).toBe(400)
    const roles = await graph(sim, token, 'GET', '/me/transitiveMemberOf/microsoft.graph.directoryRole')
    expect(at(roles.body, 'error.code')).toBe('Request_UnsupportedQuery')
  })

  it('finds only the real HelloID template by exact name; decoys share the prefix', async () => {
    const all = list((await graph(sim, token, 'GET', '/applicationTemplates')).body, 'value')
    expect(all.length).toBeGreaterThan(30)
    expect(all.filter((t) => str(t, 'displayName').startsWith('HelloID')).length).toBeGreaterThan(2)
    const exact = list(
      (
        await graph(
          sim,
          token,
          'GET',
          `/applicationTemplates?$filter=${encodeURIComponent("displayName eq 'helloid'")}`,
        )
      ).body,
      'value',
    )
    expect(exact.map((t) => at(t, 'displayName'))).toEqual(['HelloID'])
    const hr = list(
      (
        await graph(
          sim,
          token,
          'GET',
          `/applicationTemplates?$filter=${encodeURIComponent("categories/any(c:contains(c,'hr'))")}`,
        )
      ).body,
      'value',
    )
    expect(hr.length).toBeGreaterThan(0)
  })

  it('looks service principals up by appId key and filters; deleting the application cascades to SP, jobs and assignments', async () => {
    const hello = await setupHelloId(sim, token)
    const sp = await graph(sim, token, 'GET', `/servicePrincipals/${hello.spId}`)
    const appId = str(sp.body, 'appId')
    expect(str((await graph(sim, token, 'GET', `/servicePrincipals(appId='${appId}')`)).body, 'id')).toBe(
      hello.spId,
    )
    const byTemplate = await graph(
      sim,
      token,
      'GET',
      `/servicePrincipals?$filter=${encodeURIComponent(`applicationTemplateId eq '${str(sp.body, 'applicationTemplateId')}'`)}`,
    )
    expect(list(byTemplate.body, 'value').map((s) => at(s, 'id'))).toContain(hello.spId)
    await assign(sim, hello, str(await findUser(sim, token, 'user@'), 'id'))
    expect(
      list(
        (await graph(sim, token, 'GET', `/servicePrincipals/${hello.spId}/appRoleAssignedTo`)).body,
        'value',
      ),
    ).toHaveLength(1)
    expect((await graph(sim, token, 'DELETE', `${hello.jobs}/${hello.jobId}`)).status).toBe(204)
    expect((await graph(sim, token, 'GET', `${hello.jobs}/${hello.jobId}`)).status).toBe(404)
    expect((await graph(sim, token, 'DELETE', `/applications/${hello.appId}`)).status).toBe(204)
    expect((await graph(sim, token, 'GET', `/servicePrincipals/${hello.spId}`)).status).toBe(404)
    expect(
      (await graph(sim, token, 'GET', `/servicePrincipals/${hello.spId}/appRoleAssignedTo`)).status,
    ).toBe(404)
  })

  it('rejects bad assignments: unknown role, unknown principal', async () => {
    const hello = await setupHelloId(sim, token)
    const user = str(await findUser(sim, token, 'user@'), 'id')
    const badRole = await assign(sim, hello, user, '11111111-2222-3333-4444-555555555555')
    expect(badRole.status).toBe(400)
    expect(str(badRole.body, 'error.message')).toContain('was not found on application')
    expect((await assign(sim, hello, '11111111-2222-3333-4444-555555555555')).status).toBe(404)
  })

  it('$batch: at most 20 requests, unique ids, Content-Type with a body', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }))
    expect((await graph(sim, token, 'POST', '/$batch', { requests: many })).status).toBe(400)
    expect(
      (
        await graph(sim, token, 'POST', '/$batch', {
          requests: [
            { id: '1', method: 'GET', url: '/me' },
            { id: '1', method: 'GET', url: '/me' },
          ],
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await graph(sim, token, 'POST', '/$batch', {
          requests: [{ id: '1', method: 'POST', url: '/x', body: {} }],
        })
      ).status,
    ).toBe(400)
    const ok = await graph(sim, token, 'POST', '/$batch', { requests: many.slice(0, 20) })
    expect(list(ok.body, 'responses').every((r) => at(r, 'status') === 200)).toBe(true)
  })
})
