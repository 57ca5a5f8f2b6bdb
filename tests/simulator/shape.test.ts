import { describe, expect, it } from 'vitest'
import { shapeDifferences } from './shape'

describe('shapeDifferences (the fidelity yardstick)', () => {
  it('accepts supersets and any type where the example has null', () => {
    expect(
      shapeDifferences(
        { a: 1, b: null, c: [{ d: 'x' }] },
        { a: 2, b: 'anything', c: [{ d: 'y', e: true }], extra: 1 },
      ),
    ).toEqual([])
  })
  it('reports missing keys, wrong types and empty arrays', () => {
    expect(shapeDifferences({ a: 1, b: { c: 'x' }, d: [1] }, { b: { c: 3 }, d: [] })).toEqual([
      '$.a: missing',
      '$.b.c: expected string, got number',
      '$.d: expected a non-empty array',
    ])
  })
  it('honours an ignore list of paths', () => {
    expect(shapeDifferences({ a: { quirk: 1 } }, { a: {} }, '$', new Set(['$.a.quirk']))).toEqual([])
  })
})
