import { describe, expect, it } from 'vitest'
import { matchSearch, parseSearch } from './odata-query'

describe('$search', () => {
  it('parses quoted property:term clauses joined by OR/AND and matches token prefixes', () => {
    const expr = parseSearch('"displayName:meg" OR "mail:zzz"')
    expect(expr).toBeDefined()
    if (!expr) return
    expect(matchSearch(expr, { displayName: 'Megan Bowen', mail: 'x' })).toBe(true)
    expect(matchSearch(expr, { displayName: 'Alex Bowen', mail: 'x' })).toBe(false)
    const both = parseSearch('"displayName:bow" AND "displayName:ale"')
    expect(both && matchSearch(both, { displayName: 'Alex Bowen' })).toBe(true)
  })
  it('rejects unquoted terms', () => {
    expect(parseSearch('displayName:meg')).toBeUndefined()
  })
  it('reads backslash-escaped double quotes and backslashes inside a clause', () => {
    const expr = parseSearch('"displayName:say \\"hi\\" \\\\ R&D #1"')
    expect(expr).toEqual({ kind: 'clause', clause: { property: 'displayName', term: 'say "hi" \\ R&D #1' } })
    expect(parseSearch('"displayName:a\\"')).toBeUndefined()
    expect(parseSearch('"displayName:a\\x"')).toBeUndefined()
    expect(parseSearch('"displayName:a"b"')).toBeUndefined()
  })
})
