import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DirectoryHit } from '../../electron/services/setup/directory-search'
import { graphOperationOf } from '../../shared/graph-operations'
import { Harness } from './harness'

/**
 * The assignment picker's search against the simulated tenant: Graph `$search` on users and groups
 * with `ConsistencyLevel: eventual` (the simulator refuses it without), then member counts per group.
 */
describe('assignment search: users and groups as the person types', () => {
  let h: Harness

  beforeAll(async () => {
    h = await Harness.start({ seed: 'directory-search' })
  })
  afterAll(async () => {
    await h?.stop()
  })

  async function search(text: string): Promise<DirectoryHit[]> {
    const found = await h.engine().searchDirectory(text)
    if (!found.ok) throw new Error(found.error.message)
    return found.value
  }

  /** Direct members of a group in the simulated tenant, split into users and groups. */
  async function directMembers(name: string): Promise<{ users: number; groups: number }> {
    const reader = h.engine().graph
    const group = await reader.get<{ value: { id: string }[] }>(
      `/groups?$filter=${encodeURIComponent(`displayName eq '${name}'`)}&$select=id`,
    )
    if (!group.ok || !group.value.body.value[0]) throw new Error(`no group ${name}`)
    const members = await reader.get<{ value: { '@odata.type': string }[] }>(
      `/groups/${group.value.body.value[0].id}/members?$select=id`,
    )
    if (!members.ok) throw new Error(members.error.message)
    const types = members.value.body.value.map((m) => m['@odata.type'])
    return {
      users: types.filter((t) => t === '#microsoft.graph.user').length,
      groups: types.filter((t) => t === '#microsoft.graph.group').length,
    }
  }

  it('finds groups by a word of their name, with how many users and groups are direct members', async () => {
    const since = await h.lastSeq()
    const hits = await search('HelloID')
    const groups = hits.filter((hit) => hit.kind === 'group')
    expect(groups.map((g) => g.displayName).sort()).toEqual(['HelloID Contractors', 'HelloID Users'])
    const users = groups.find((g) => g.displayName === 'HelloID Users')
    const expected = await directMembers('HelloID Users')
    expect(expected.groups).toBeGreaterThan(0)
    expect(users).toMatchObject({ memberUsers: expected.users, memberGroups: expected.groups })
    expect(groups.find((g) => g.displayName === 'HelloID Contractors')).toMatchObject({
      memberUsers: (await directMembers('HelloID Contractors')).users,
      memberGroups: 0,
    })

    // Read-only, two round trips, and every request one Microsoft documents.
    const log = (await h.requests()).filter((r) => r.seq > since)
    expect(await h.writesSince(since)).toEqual([])
    expect(log.filter((r) => !r.batch).map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['POST /v1.0/$batch']),
    )
    const inner = log.filter((r) => r.batch)
    expect(inner.map((r) => graphOperationOf(r.method, r.path))).not.toContain(null)
    expect(
      inner
        .filter((r) => /\$search/.test(r.query ?? ''))
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/v1.0/groups', '/v1.0/users'])
    expect(inner.every((r) => r.status === 200)).toBe(true)
  })

  it('finds a user by the start of the user name, and says when a user has no e-mail address', async () => {
    const byUpn = await search('user@contoso')
    expect(byUpn.filter((hit) => hit.kind === 'user').map((u) => u.userPrincipalName)).toEqual([
      'user@contoso.onmicrosoft.com',
    ])
    expect(byUpn[0]?.mail).toBe('user@contoso.onmicrosoft.com')
    const kiosk = (await search('Front Desk')).find((hit) => hit.kind === 'user')
    expect(kiosk).toMatchObject({ userPrincipalName: 'frontdesk@contoso.onmicrosoft.com', mail: null })
  })

  it('matches words from their start only, as Graph does, and finds nothing for the middle of a word', async () => {
    expect(await search('ontoso')).toEqual([])
    expect((await search('Contr')).map((hit) => hit.displayName)).toContain('HelloID Contractors')
  })

  it('searches typed text literally: quotes, backslashes, & and # reach Graph as text', async () => {
    expect((await search('Sales & Marketing')).map((hit) => hit.displayName)).toContain('Sales & Marketing')
    expect((await search('R&D #1')).map((hit) => hit.displayName)).toContain('R&D #1 ?')
    expect(await search('say "hi" \\')).toEqual([])
    expect(await search('   ')).toEqual([])
  })
})
