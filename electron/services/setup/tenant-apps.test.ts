import { describe, expect, it } from 'vitest'

import { decideApp, oldestFirst, type AppFacts } from './tenant-apps'

const app = (id: string, over: Partial<AppFacts> = {}): AppFacts => ({
  applicationId: `a-${id}`,
  appId: `c-${id}`,
  servicePrincipalId: `s-${id}`,
  displayName: `HelloID ${id}`,
  createdDateTime: '2026-01-01T10:00:00Z',
  madeByAssistant: true,
  ...over,
})

describe('which HelloID app to use', () => {
  it('creates only when the tenant has none', () => {
    expect(decideApp([])).toEqual({ kind: 'create' })
  })

  it('uses the one app the assistant made, and asks about one made by someone else', () => {
    expect(decideApp([app('1')])).toMatchObject({ kind: 'use', why: 'made-by-assistant' })
    expect(decideApp([app('1', { madeByAssistant: false })])).toMatchObject({
      kind: 'ask',
      why: 'made-by-someone-else',
    })
  })

  it('asks when there are several, even if all were made by the assistant', () => {
    expect(decideApp([app('1'), app('2')])).toMatchObject({ kind: 'ask', why: 'several' })
  })

  it('uses the chosen app by service principal, application or app id, and asks when the choice is not there', () => {
    const apps = [app('1', { madeByAssistant: false }), app('2')]
    for (const id of ['s-1', 'a-1', 'C-1'])
      expect(decideApp(apps, id)).toMatchObject({ kind: 'use', why: 'chosen', app: { appId: 'c-1' } })
    expect(decideApp(apps, 'nope')).toMatchObject({ kind: 'ask', why: 'chosen-not-found' })
  })

  it('orders by creation time, then by id, so every machine keeps the same app after a race', () => {
    const later = app('0', { createdDateTime: '2026-01-01T10:00:05Z' })
    const tieB = app('b')
    const tieA = app('a')
    const unknown = app('00', { createdDateTime: null })
    expect(oldestFirst([unknown, later, tieB, tieA]).map((a) => a.applicationId)).toEqual([
      'a-a',
      'a-b',
      'a-0',
      'a-00',
    ])
  })
})
