import { describe, expect, it } from 'vitest'

import type { DirectoryHit } from '../../../shared/contract'
import { pickOf, suggestionsFrom, suggestionsMatching, warningsFor } from './assignment-picker'

const group = (over: Partial<DirectoryHit> = {}): DirectoryHit => ({
  kind: 'group',
  id: '2f1c7a52-8d1e-4c55-9d0e-6e1f0c3b9a10',
  displayName: 'HelloID Users',
  userPrincipalName: null,
  mail: null,
  memberUsers: 8,
  memberGroups: 0,
  ...over,
})
const user = (over: Partial<DirectoryHit> = {}): DirectoryHit => ({
  kind: 'user',
  id: '7d0b3f7e-1c2a-4a8e-8f5e-0b6c2f1d3e4a',
  displayName: 'Lynne Robbins',
  userPrincipalName: 'user@contoso.onmicrosoft.com',
  mail: 'user@contoso.onmicrosoft.com',
  memberUsers: null,
  memberGroups: null,
  ...over,
})

describe('assignment picker', () => {
  it('assigns users by user principal name and groups by object id (group names may repeat)', () => {
    expect(pickOf(user())).toMatchObject({ kind: 'user', ref: 'user@contoso.onmicrosoft.com' })
    expect(pickOf(group())).toMatchObject({ kind: 'group', ref: '2f1c7a52-8d1e-4c55-9d0e-6e1f0c3b9a10' })
    expect(pickOf(user({ userPrincipalName: null })).ref).toBe('7d0b3f7e-1c2a-4a8e-8f5e-0b6c2f1d3e4a')
  })

  it('warns about a group with nested groups, whose members will not be provisioned', () => {
    expect(warningsFor(group({ memberGroups: 2 }), 'yes')).toEqual([{ kind: 'nestedGroups', count: 2 }])
    expect(warningsFor(group(), 'yes')).toEqual([])
    // Unknown counts are not a warning.
    expect(warningsFor(group({ memberGroups: null }), 'yes')).toEqual([])
  })

  it('warns about any group without Entra ID P1/P2, and when the licence is unknown', () => {
    expect(warningsFor(group(), 'no')).toEqual([{ kind: 'noLicence' }])
    expect(warningsFor(group(), 'unknown')).toEqual([{ kind: 'licenceUnknown' }])
    // Users need no licence for assignment.
    expect(warningsFor(user(), 'no')).toEqual([])
  })

  it('warns about a user without an e-mail address', () => {
    expect(warningsFor(user({ mail: null }), 'yes')).toEqual([{ kind: 'noMail' }])
  })

  it('suggests groups named for HelloID, then the signed-in account, before anything is typed', () => {
    const helloIdGroup = group()
    const other = group({ id: 'g-2', displayName: 'Sales' })
    const me = user({ userPrincipalName: 'AppAdmin@contoso.onmicrosoft.com' })
    const someoneElse = user({ id: 'u-2', userPrincipalName: 'appadmin.backup@contoso.onmicrosoft.com' })
    expect(
      suggestionsFrom([other, helloIdGroup], [someoneElse, me], 'appadmin@contoso.onmicrosoft.com'),
    ).toEqual([helloIdGroup, me])
    // Nothing named for HelloID and the account not found: nothing suggested, the search remains.
    expect(suggestionsFrom([other], [someoneElse], 'appadmin@contoso.onmicrosoft.com')).toEqual([])
    expect(suggestionsFrom([helloIdGroup], [me], null)).toEqual([helloIdGroup])
  })

  it('keeps the suggestions that fit the typed text while its search runs: a word of the name or the user name', () => {
    const suggested = [group(), group({ id: 'g-2', displayName: 'HelloID Admins' }), user()]
    expect(suggestionsMatching(suggested, 'adm').map((h) => h.displayName)).toEqual(['HelloID Admins'])
    expect(suggestionsMatching(suggested, 'hello').map((h) => h.displayName)).toEqual([
      'HelloID Users',
      'HelloID Admins',
    ])
    expect(suggestionsMatching(suggested, ' user@con').map((h) => h.displayName)).toEqual(['Lynne Robbins'])
    expect(suggestionsMatching(suggested, 'obbins')).toEqual([])
    expect(suggestionsMatching(suggested, '')).toHaveLength(3)
  })
})
