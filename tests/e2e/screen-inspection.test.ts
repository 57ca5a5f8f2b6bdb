import { describe, expect, it } from 'vitest'

import { findLeaks, parameterFreeTexts, pieceKey, type DomPiece } from './screen-inspection'

const ids = [
  { what: 'tenant name', value: 'Contoso' },
  { what: 'UPN', value: 'user@contoso.onmicrosoft.com' },
]

describe('the presentation-mode leak scan', () => {
  it('finds an identifier as a whole word in any text or attribute, ignoring case', () => {
    const pieces: DomPiece[] = [
      { where: 'signed-in', kind: 'text', value: ' — Contoso' },
      { where: 'x', kind: '@title', value: 'for user@contoso.onmicrosoft.com' },
      { where: 'y', kind: '@aria-label', value: 'CONTOSO.onmicrosoft.com' },
      { where: 'z', kind: 'text', value: 'Contosoville and contoso2 are other words' },
    ]
    expect(findLeaks(pieces, ids).map((l) => `${l.piece.where} ${l.what}`)).toEqual([
      'signed-in tenant name',
      'x tenant name',
      'x UPN',
      'y tenant name',
    ])
  })

  it('leaves out only inputs drawn as dots and pieces the screen showed before any customer was known', () => {
    const sample: DomPiece = { where: 'step-drawing > step-drawing-svg', kind: 'text', value: 'Contoso' }
    const dotted: DomPiece = { where: 'customer-label', kind: '.value', value: 'Contoso', dotted: true }
    const sameTextElsewhere: DomPiece = { ...sample, where: 'signed-in' }
    const leaks = findLeaks([sample, dotted, sameTextElsewhere], ids, new Set([pieceKey(sample)]))
    expect(leaks.map((l) => l.piece)).toEqual([sameTextElsewhere])
  })

  it("leaves out a piece that is, whole, one of the catalog's texts without parameters", () => {
    const catalog = parameterFreeTexts({
      a: { hint: 'For example https://contoso.helloid.com.' },
      b: 'Kept for {{name}} at contoso',
    })
    expect([...catalog]).toEqual(['For example https://contoso.helloid.com.'])
    const example: DomPiece = { where: 'x', kind: 'text', value: ' For example https://contoso.helloid.com.' }
    const filled: DomPiece = { where: 'x', kind: 'text', value: 'Kept for Contoso at contoso' }
    expect(findLeaks([example, filled], ids, new Set(), catalog).map((l) => l.piece)).toEqual([filled])
  })
})
