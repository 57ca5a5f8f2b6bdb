import { describe, expect, it } from 'vitest'

import { maskKnownNames, maskName, maskSensitive } from './presentation'

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
    expect(masked).not.toContain('contoso.helloid')
    expect(masked).toContain('https://c•••.helloid.com/…')
  })

  it('masks the host of a URL too: it is named after the customer; a port goes with it', () => {
    expect(maskSensitive('Kept: https://contoso.helloid.com with its secret.')).toBe(
      'Kept: https://c•••.helloid.com with its secret.',
    )
    expect(maskSensitive('Kept: https://127.0.0.1:38689/scim/x/y with its secret.')).toBe(
      'Kept: https://1•••.0.0.1/… with its secret.',
    )
    expect(maskSensitive('See https://helloid.com/docs')).toBe('See https://h•••/…')
  })

  it('leaves ordinary sentences alone', () => {
    expect(maskSensitive('Provisioning job created.')).toBe('Provisioning job created.')
  })

  it("reduces a person's display name to initials", () => {
    expect(maskName('Adele  Vance')).toBe('A••• V•••')
    expect(maskName('')).toBe('')
  })

  it('masks the names it is told about wherever they stand, longest first, and nothing else', () => {
    expect(
      maskKnownNames('Megan Bowen (a•••@c•••.com) assigns group HelloID Users for Contoso.', [
        'Megan Bowen',
        'HelloID Users',
        'Contoso',
        ' ',
      ]),
    ).toBe('M••• B••• (a•••@c•••.com) assigns group H••• U••• for C•••.')
    expect(maskKnownNames('Provisioning job created.', ['Megan Bowen'])).toBe('Provisioning job created.')
  })
})
