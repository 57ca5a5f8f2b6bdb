import { describe, expect, it } from 'vitest'
import { appRoleAssignmentId, guidToBytes, seededGuid } from './ids'
import { createPrng } from './prng'

describe('seeded PRNG and ids', () => {
  it('replays per seed and label, and forks independently of consumption', () => {
    const a = createPrng('s1')
    const b = createPrng('s1')
    expect([a.next(), a.next(), a.int(1, 6)]).toEqual([b.next(), b.next(), b.int(1, 6)])
    expect(createPrng('s2').next()).not.toBe(createPrng('s1').next())
    const fresh = createPrng('s1').fork('x').next()
    const used = createPrng('s1')
    used.next()
    expect(used.fork('x').next()).toBe(fresh)
  })

  it('makes v4-shaped GUIDs and 43-character assignment ids that start with the principal id', () => {
    const guid = seededGuid(createPrng('g'))
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    // The published example: -WmtM5na7Uus0D8kI1yylp… encodes principal 33ad69f9-da99-4bed-acd0-3f24235cb296.
    expect(guidToBytes('33ad69f9-da99-4bed-acd0-3f24235cb296').toString('base64url')).toBe(
      '-WmtM5na7Uus0D8kI1yylg',
    )
    const id = appRoleAssignmentId('33ad69f9-da99-4bed-acd0-3f24235cb296', createPrng('a'))
    expect(id).toHaveLength(43)
    expect(id.startsWith('-WmtM5na7Uus0D8kI1yyl')).toBe(true)
  })
})
