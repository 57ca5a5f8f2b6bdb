import { describe, expect, it } from 'vitest'

import { maskName, maskSensitive } from './presentation'

describe('presentation-mode masking', () => {
  it('masks addresses, ids and URL paths in free text but keeps enough to recognise them', () => {
    const text =
      'Signed in as adele.vance@contoso.onmicrosoft.com in 42bc4af8-9049-4682-bbef-26abc07266e3; test https://contoso.helloid.com/scim/abc123/def to assign guest_x#EXT#@contoso.onmicrosoft.com.'
    const masked = maskSensitive(text)
    expect(masked).not.toContain('adele.vance')
    expect(masked).not.toContain('42bc4af8')
    expect(masked).not.toContain('abc123')
    expect(masked).not.toContain('guest_x')
    expect(masked).toContain('a•••@c•••.com')
    expect(masked).toContain('••••••••-…-66e3')
    expect(masked).toContain('https://contoso.helloid.com/…')
  })

  it('leaves ordinary sentences alone', () => {
    expect(maskSensitive('Provisioning job created.')).toBe('Provisioning job created.')
  })

  it("reduces a person's display name to initials", () => {
    expect(maskName('Adele  Vance')).toBe('A••• V•••')
    expect(maskName('')).toBe('')
  })
})
