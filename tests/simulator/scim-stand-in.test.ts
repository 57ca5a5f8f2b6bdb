import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../../simulator/index'
import { at, list, newHelloIdSecret, startTestSimulator, str } from './helpers'

/** The HelloID SCIM endpoint on its own: path, bearer secret, filter, CRUD and PATCH. */
describe('HelloID SCIM stand-in', () => {
  let sim: RunningSimulator
  let url: string
  let secret: string
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'scim' })
  })
  afterAll(async () => {
    await sim.stop()
  })

  const call = async (
    method: string,
    path: string,
    body?: unknown,
    token = secret,
    base = url,
  ): Promise<{ status: number; body: unknown }> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/scim+json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    const text = await res.text()
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined }
  }

  it('refuses everything until New Secret, then only the current secret on the right path', async () => {
    const before = await fetch(`${sim.urls.scim}/Users`, { headers: { authorization: 'Bearer x' } })
    expect(before.status).toBe(401)
    ;({ url, secret } = await newHelloIdSecret(sim))
    expect(url).toBe(sim.urls.scim)
    expect((await call('GET', '/Users')).status).toBe(200)
    expect((await call('GET', '/Users', undefined, 'wrong')).status).toBe(401)
    expect((await call('GET', '/Users', undefined, secret, url.replace(/\/[^/]+$/, '/other'))).status).toBe(
      404,
    )
    const old = secret
    ;({ url, secret } = await newHelloIdSecret(sim))
    expect((await call('GET', '/Users', undefined, old)).status).toBe(401)
    expect((await call('GET', '/ServiceProviderConfig')).status).toBe(200)
  })

  it('creates, filters (case-insensitive userName), patches, replaces and deletes users; uniqueness is enforced', async () => {
    const created = await call('POST', '/Users', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'Ada@Contoso.com',
      active: true,
      emails: [{ type: 'work', value: 'ada@contoso.com', primary: true }],
    })
    expect(created.status).toBe(201)
    const id = str(created.body, 'id')
    expect((await call('POST', '/Users', { userName: 'ada@contoso.com' })).status).toBe(409)
    const found = await call('GET', `/Users?filter=${encodeURIComponent('userName eq "ada@contoso.com"')}`)
    expect(at(found.body, 'totalResults')).toBe(1)
    expect(list(found.body, 'schemas')).toContain('urn:ietf:params:scim:api:messages:2.0:ListResponse')
    expect(
      at(
        (await call('GET', `/Users?filter=${encodeURIComponent('userName eq "nobody"')}`)).body,
        'totalResults',
      ),
    ).toBe(0)
    expect((await call('GET', `/Users?filter=${encodeURIComponent('userName eq')}`)).status).toBe(400)
    const patched = await call('PATCH', `/Users/${id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'a@c.com' },
        {
          op: 'Add',
          path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeId',
          value: 'E1',
        },
      ],
    })
    expect(patched.status).toBe(200)
    expect(at(patched.body, 'emails.0.value')).toBe('a@c.com')
    expect(at(patched.body, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeId')).toBe(
      'E1',
    )
    const replaced = await call('PUT', `/Users/${id}`, { userName: 'ada@contoso.com', active: false })
    expect(at(replaced.body, 'active')).toBe(false)
    expect((await call('DELETE', `/Users/${id}`)).status).toBe(204)
    expect((await call('GET', `/Users/${id}`)).status).toBe(404)
  })

  it('manages group membership through PATCH', async () => {
    const u = str((await call('POST', '/Users', { userName: 'member@contoso.com' })).body, 'id')
    const g = str((await call('POST', '/Groups', { displayName: 'Team' })).body, 'id')
    await call('PATCH', `/Groups/${g}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Add', path: 'members', value: [{ value: u }] }],
    })
    expect(list((await call('GET', `/Groups/${g}`)).body, 'members')).toEqual([{ value: u }])
    await call('PATCH', `/Groups/${g}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Remove', path: `members[value eq "${u}"]` }],
    })
    // An emptied multi-valued attribute may disappear altogether (SCIM allows both).
    expect(at((await call('GET', `/Groups/${g}`)).body, 'members') ?? []).toEqual([])
  })
})
