import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../../simulator/index'
import {
  advance,
  at,
  control,
  decodeJwt,
  graph,
  list,
  signIn,
  startTestSimulator,
  str,
  instantiateHelloId,
} from './helpers'

/** Graph verifies every token and enforces scopes and directory roles. */
describe('Graph token, scope and role enforcement', () => {
  let sim: RunningSimulator
  let admin: string
  let spId: string
  let jobId: string
  let roleId: string
  let userId: string

  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'enforcement', tokenLifetimeSeconds: 600 })
    admin = (await signIn(sim, { account: 'appadmin' })).access_token
    const inst = await instantiateHelloId(sim, admin)
    spId = str(inst.body, 'servicePrincipal.id')
    roleId = str(
      list(inst.body, 'servicePrincipal.appRoles').find((r) => at(r, 'displayName') === 'User'),
      'id',
    )
    jobId = str(
      (
        await graph(sim, admin, 'POST', `/servicePrincipals/${spId}/synchronization/jobs`, {
          templateId: 'HelloID',
        })
      ).body,
      'id',
    )
    userId = str(list((await graph(sim, admin, 'GET', '/users?$top=1&$select=id')).body, 'value')[0], 'id')
  })
  afterAll(async () => {
    await sim.stop()
  })

  it('a user without an admin role: 401 UnknownError (empty message) on synchronization, 403 on directory writes', async () => {
    const plain = (await signIn(sim, { account: 'user' })).access_token
    for (const [method, path] of [
      ['GET', `/servicePrincipals/${spId}/synchronization/jobs`],
      ['GET', `/servicePrincipals/${spId}/synchronization/templates`],
      ['POST', `/servicePrincipals/${spId}/synchronization/jobs/${jobId}/start`],
      ['POST', `/servicePrincipals/${spId}/synchronization/jobs/${jobId}/validateCredentials`],
    ] as const) {
      const res = await graph(sim, plain, method, path)
      expect(res.status).toBe(401)
      expect(at(res.body, 'error')).toMatchObject({ code: 'UnknownError', message: '' })
    }
    const writes = [
      await graph(
        sim,
        plain,
        'POST',
        '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate',
        { displayName: 'x' },
      ),
      await graph(sim, plain, 'POST', `/servicePrincipals/${spId}/appRoleAssignedTo`, {
        principalId: userId,
        resourceId: spId,
        appRoleId: roleId,
      }),
      await graph(sim, plain, 'DELETE', `/servicePrincipals/${spId}`),
      await graph(sim, plain, 'GET', '/auditLogs/provisioning'),
    ]
    for (const res of writes) {
      expect(res.status).toBe(403)
      expect(at(res.body, 'error')).toMatchObject({
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      })
    }
    // Reading is fine for members: the role only gates writes and sync.
    expect((await graph(sim, plain, 'GET', `/servicePrincipals/${spId}`)).status).toBe(200)
  })

  it('an admin whose token lacks a scope is refused the same way (consent covers only what was asked for)', async () => {
    await control(sim, '/faults', { consentMissing: true })
    try {
      const narrow = (
        await signIn(sim, {
          account: 'globaladmin',
          scopes: [
            'https://graph.microsoft.com/User.Read',
            'https://graph.microsoft.com/Application.ReadWrite.All',
          ],
        })
      ).access_token
      expect(String(decodeJwt(narrow).scp).split(' ').sort()).toEqual([
        'Application.ReadWrite.All',
        'User.Read',
      ])
      const sync = await graph(sim, narrow, 'GET', `/servicePrincipals/${spId}/synchronization/jobs`)
      expect(sync.status).toBe(401)
      expect(at(sync.body, 'error.code')).toBe('UnknownError')
      expect((await graph(sim, narrow, 'GET', '/users')).status).toBe(403)
      expect((await graph(sim, narrow, 'GET', `/servicePrincipals/${spId}`)).status).toBe(200)
    } finally {
      await control(sim, '/faults', { consentMissing: false })
    }
  })

  it('a Fabrikam token sees Fabrikam: Contoso objects are not found, and sync on Fabrikam fails for lack of a role there', async () => {
    const fabrikam = (await signIn(sim, { account: 'fabrikamadmin' })).access_token
    expect(decodeJwt(fabrikam).tid).toBe(sim.fabrikamTenantId)
    expect(at((await graph(sim, fabrikam, 'GET', '/me')).body, 'userPrincipalName')).toBe(
      'fabrikamadmin@fabrikam.onmicrosoft.com',
    )
    const sp = await graph(sim, fabrikam, 'GET', `/servicePrincipals/${spId}`)
    expect(sp.status).toBe(404)
    expect(at(sp.body, 'error.code')).toBe('Request_ResourceNotFound')
    expect((await graph(sim, fabrikam, 'GET', `/users/${userId}`)).status).toBe(404)
    expect(
      (await graph(sim, fabrikam, 'GET', `/servicePrincipals/${spId}/synchronization/jobs/${jobId}`)).status,
    ).toBe(404)
    const guestHome = (await signIn(sim, { account: 'guestadmin' })).access_token
    expect(
      (await graph(sim, guestHome, 'GET', `/servicePrincipals/${spId}/synchronization/jobs`)).status,
    ).toBe(401)
  })

  it('refuses expired, tampered, wrong-audience and missing tokens with 401 InvalidAuthenticationToken', async () => {
    const fresh = await signIn(sim, { account: 'appadmin' })
    expect((await graph(sim, fresh.access_token, 'GET', '/me')).status).toBe(200)
    const [h, p] = fresh.access_token.split('.') as [string, string]
    const tampered = `${h}.${p}.${Buffer.from('not a signature').toString('base64url')}`
    const cases: [string | undefined, RegExp][] = [
      [undefined, /empty/],
      [tampered, /signature/i],
      [fresh.id_token, /audience/i],
    ]
    for (const [token, message] of cases) {
      const res = await graph(sim, token, 'GET', '/me')
      expect(res.status).toBe(401)
      expect(at(res.body, 'error.code')).toBe('InvalidAuthenticationToken')
      expect(str(res.body, 'error.message')).toMatch(message)
    }
    await advance(sim, 601)
    const expired = await graph(sim, fresh.access_token, 'GET', '/me')
    expect(expired.status).toBe(401)
    expect(at(expired.body, 'error')).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message: 'Access token has expired or is not yet valid.',
    })
    expect(expired.headers.get('request-id')).toBe(str(expired.body, 'error.innerError.request-id'))
  })

  it('echoes client-request-id and adds request-id on every response', async () => {
    const token = (await signIn(sim, { account: 'appadmin' })).access_token
    const res = await graph(
      sim,
      token,
      'GET',
      '/servicePrincipals/00000000-0000-0000-0000-000000000001',
      undefined,
      { 'client-request-id': 'abc-123' },
    )
    expect(at(res.body, 'error.code')).toBe('Request_ResourceNotFound')
    expect(res.headers.get('client-request-id')).toBe('abc-123')
    expect(at(res.body, 'error.innerError.client-request-id')).toBe('abc-123')
    expect(str(res.body, 'error.innerError.date')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)
  })
})
