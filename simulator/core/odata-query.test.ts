import { describe, expect, it } from 'vitest'
import { matchSearch, parseSearch, searchTokens } from './odata-query'

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

  it('tokenizes as Microsoft documents: spaces, lower-to-upper case, numbers, symbols', () => {
    expect(searchTokens('hello world')).toEqual(['hello', 'world'])
    expect(searchTokens('HelloWorld')).toEqual(['hello', 'world'])
    expect(searchTokens('helloWORLD')).toEqual(['hello', 'world'])
    expect(searchTokens('HELLOworld')).toEqual(['helloworld'])
    expect(searchTokens('HelloWORld')).toEqual(['hello', 'world'])
    expect(searchTokens('hello.world')).toEqual(['hello', '.', 'world', 'helloworld'])
    expect(searchTokens('hello123world')).toEqual(['hello', '123', 'world'])
  })
  it('matches every search token as a token prefix, in any order, on displayName and description', () => {
    const name = { displayName: '李四(David Li)' }
    for (const text of ['李四(David Li)', '李四', 'David', 'Li', 'David)', '(李四', 'Li 李'])
      expect(matchSearch(must(`"displayName:${text}"`), name), text).toBe(true)
    expect(matchSearch(must('"displayName:avid"'), name)).toBe(false)
    expect(matchSearch(must('"displayName:OneVideo"'), { displayName: 'One Video Team' })).toBe(true)
    expect(matchSearch(must('"displayName:OneVideo"'), { displayName: 'One Drive' })).toBe(false)
    expect(matchSearch(must('"displayName:helloworld"'), { displayName: 'hello-world' })).toBe(true)
    expect(matchSearch(must('"displayName:Guthr"'), { displayName: 'Adele Guthrie' })).toBe(true)
    expect(matchSearch(must('"description:sales team"'), { description: 'The team for Sales' })).toBe(true)
  })
  it('has no shortest search text: one letter is a token prefix like any other (no minimum is documented)', () => {
    expect(matchSearch(must('"displayName:g"'), { displayName: 'Adele Guthrie' })).toBe(true)
    expect(matchSearch(must('"displayName:u"'), { displayName: 'Adele Guthrie' })).toBe(false)
    expect(matchSearch(must('"userPrincipalName:m"'), { userPrincipalName: 'MeganB@contoso.com' })).toBe(true)
  })
  it('treats other properties as startsWith on the whole value', () => {
    const user = { mail: 'megan.bowen@contoso.com', userPrincipalName: 'MeganB@contoso.com' }
    expect(matchSearch(must('"mail:megan.b"'), user)).toBe(true)
    expect(matchSearch(must('"mail:bowen"'), user)).toBe(false)
    expect(matchSearch(must('"userPrincipalName:meganb@"'), user)).toBe(true)
    expect(matchSearch(must('"userPrincipalName:contoso"'), user)).toBe(false)
  })
  it('takes AND and OR only in upper case, outside the quotes, and parentheses for precedence', () => {
    expect(parseSearch('"displayName:a" or "displayName:b"')).toBeUndefined()
    expect(parseSearch('"displayName:a" And "displayName:b"')).toBeUndefined()
    const grouped = must('"description:One" AND ("displayName:Video" OR "displayName:Drive")')
    expect(matchSearch(grouped, { description: 'One team', displayName: 'Drive' })).toBe(true)
    expect(matchSearch(grouped, { description: 'Two team', displayName: 'Drive' })).toBe(false)
    expect(parseSearch('("displayName:a"')).toBeUndefined()
    expect(parseSearch('"displayName:a")')).toBeUndefined()
  })
})

function must(raw: string) {
  const expr = parseSearch(raw)
  if (!expr) throw new Error(`did not parse: ${raw}`)
  return expr
}
