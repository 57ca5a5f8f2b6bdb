import { describe, expect, it } from 'vitest'
import { evaluateFilter, filterPaths, FilterSyntaxError, parseFilter } from './odata-filter'

const sp = {
  id: 'A1',
  displayName: 'HelloID',
  appId: 'x',
  tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
  servicePrincipal: { id: 'AbC' },
  activityDateTime: '2025-03-01T10:00:00Z',
  count: 3,
}
const matches = (filter: string, caseInsensitive = true): boolean =>
  evaluateFilter(parseFilter(filter), sp, { caseInsensitive })

describe('OData $filter', () => {
  it('handles eq/ne, and/or/not, parentheses and the string functions', () => {
    expect(matches("displayName eq 'helloid'")).toBe(true)
    expect(matches("displayName eq 'helloid'", false)).toBe(false)
    expect(matches("startswith(displayName,'Hello') and appId eq 'x'")).toBe(true)
    expect(matches("not (appId eq 'x') or contains(displayName,'ID')")).toBe(true)
    expect(matches("endswith(displayName,'SSO')")).toBe(false)
    expect(matches("contains(tolower(servicePrincipal/id), 'abc')", false)).toBe(true)
    expect(matches("appId in ('y', 'x')")).toBe(true)
  })

  it('compares unquoted datetimes and numbers', () => {
    expect(matches('activityDateTime ge 2025-03-01T10:00:00Z')).toBe(true)
    expect(matches('activityDateTime gt 2025-03-01T10:00:00Z')).toBe(false)
    expect(matches('activityDateTime lt 2025-04-01T00:00:00Z')).toBe(true)
    expect(matches('count le 3')).toBe(true)
  })

  it('evaluates any() lambdas and reports property paths', () => {
    expect(matches("tags/any(t:t eq 'WindowsAzureActiveDirectoryIntegratedApp')")).toBe(true)
    expect(filterPaths(parseFilter("servicePrincipal/id eq 'x' and tags/any(t:startswith(t,'W'))"))).toEqual([
      'servicePrincipal/id',
      'tags',
    ])
  })

  it('doubles quotes inside string literals and rejects malformed input', () => {
    expect(
      evaluateFilter(
        parseFilter("displayName eq 'O''Brien'"),
        { displayName: "O'Brien" },
        { caseInsensitive: false },
      ),
    ).toBe(true)
    expect(() => parseFilter("displayName eq 'open")).toThrow(FilterSyntaxError)
    expect(() => parseFilter('displayName eq')).toThrow(FilterSyntaxError)
  })
})
