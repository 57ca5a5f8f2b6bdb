import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { eq, odataLiteral, odataQuery, searchClause } from './odata'

const awkward = [
  'Sales & Marketing',
  "O'Brien's Team",
  'R&D #1 ?',
  '100% Remote + Hybrid',
  'HelloID+Users',
  'a=b&$top=1',
  'Équipe Zürich ✓',
  '営業部',
  "x' or startswith(displayName,'HelloID') or displayName eq '",
  'x%27 or startswith(displayName,%27HelloID%27) or displayName eq %27',
]

/** What a server reads back from the query string (URLSearchParams decodes %XX and '+'). */
function received(path: string): URL {
  return new URL(`https://graph.example/v1.0${path}`)
}

describe('OData values', () => {
  it('doubles single quotes inside a string literal', () => {
    expect(odataLiteral("O'Brien")).toBe("'O''Brien'")
    expect(odataLiteral("''")).toBe("''''''")
    expect(eq('displayName', "it's")).toBe("displayName eq 'it''s'")
  })

  it.each(awkward)('sends %j as exactly one literal in one $filter parameter', (name) => {
    const url = received(`/groups${odataQuery({ $filter: eq('displayName', name), $select: ['id'] })}`)
    expect([...url.searchParams.keys()]).toEqual(['$filter', '$select'])
    expect(url.searchParams.get('$filter')).toBe(`displayName eq ${odataLiteral(name)}`)
    expect(url.hash).toBe('')
  })

  it('round-trips any string through the query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const url = received(`/groups${odataQuery({ $filter: eq('displayName', name) })}`)
        expect(url.searchParams.get('$filter')).toBe(`displayName eq ${odataLiteral(name)}`)
        expect(url.hash).toBe('')
      }),
    )
  })

  it('escapes a $search clause with backslashes, then URL-encodes it', () => {
    expect(searchClause('displayName', 'say "hi" \\ bye')).toBe('"displayName:say \\"hi\\" \\\\ bye"')
    const url = received(`/groups${odataQuery({ $search: searchClause('displayName', 'R&D #1 + 100%') })}`)
    expect(url.searchParams.get('$search')).toBe('"displayName:R&D #1 + 100%"')
  })

  it('leaves out what is not asked for', () => {
    expect(odataQuery({})).toBe('')
    expect(odataQuery({ $top: 20, $count: true })).toBe('?$top=20&$count=true')
  })
})
