import { describe, expect, it } from 'vitest'

import { maskIdentifier, maskKnownNames, maskName, maskSensitive } from './presentation'

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
    expect(masked).toContain('https://•••.helloid.com/…')
  })

  it('masks an id written without dashes, such as the tenant id inside a provisioning job id', () => {
    const jobId = 'HelloID.7ed8104cc89544cfa024fcf63ad5dd9d.1c2e5f7a-3b4d-4e6f-8a9b-0c1d2e3f62bf'
    const masked = maskSensitive(jobId)
    expect(masked).not.toContain('7ed8104c')
    expect(masked).toBe('HelloID.••••…dd9d.••••••••-…-62bf')
    // Shorter hex runs (a version, a colour) are not ids.
    expect(maskSensitive('build 7ed8104c, colour #a0b1c2')).toBe('build 7ed8104c, colour #a0b1c2')
  })

  it("masks a customer's host to the service it is under, keeping no letter of the customer's label", () => {
    expect(maskSensitive('Kept: https://contoso.helloid.com with its secret.')).toBe(
      'Kept: https://•••.helloid.com with its secret.',
    )
    expect(maskSensitive('Open https://contoso.eu.helloid.com/admin')).toBe(
      'Open https://•••.eu.helloid.com/…',
    )
    expect(maskSensitive('at https://contoso.onmicrosoft.com/x')).toBe('at https://•••.onmicrosoft.com/…')
    // A customer's own domain, or an address: nothing of it but the top-level domain; a port goes with it.
    expect(maskSensitive('Kept: https://iam.contoso.com/scim with its secret.')).toBe(
      'Kept: https://•••.com/… with its secret.',
    )
    expect(maskSensitive('Kept: https://127.0.0.1:38689/scim/x/y with its secret.')).toBe(
      'Kept: https://•••/… with its secret.',
    )
    // Something that only looks like HelloID's domain is the customer's own.
    expect(maskSensitive('https://helloid.com.contoso.net/x')).toBe('https://•••.net/…')
  })

  it("keeps Microsoft's and HelloID's public hosts: they name no customer (a tenant in the path is masked)", () => {
    expect(
      maskSensitive(
        'Sign in at https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize or https://login.microsoftonline.com.',
      ),
    ).toBe('Sign in at https://login.microsoftonline.com/… or https://login.microsoftonline.com.')
    expect(
      maskSensitive('See https://learn.microsoft.com/en-us/entra and https://entra.microsoft.com/#view'),
    ).toBe('See https://learn.microsoft.com/… and https://entra.microsoft.com/…')
    expect(maskSensitive('Graph https://graph.microsoft.us, portal https://portal.azure.cn')).toBe(
      'Graph https://graph.microsoft.us, portal https://portal.azure.cn',
    )
    expect(maskSensitive('See https://docs.helloid.com/docs and https://helloid.com')).toBe(
      'See https://docs.helloid.com/… and https://helloid.com',
    )
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

  it('masks an identifier a service named by its shape: a bare domain keeps its service, a name its initials', () => {
    // A tenant's domain alone, as a check or an error names it, keeps more than one letter of nothing.
    expect(maskIdentifier('contoso.onmicrosoft.com')).toBe('•••.onmicrosoft.com')
    expect(maskIdentifier('contoso.helloid.com')).toBe('•••.helloid.com')
    expect(maskIdentifier('iam.contoso.com')).toBe('•••.com')
    expect(maskIdentifier('login.microsoftonline.com')).toBe('login.microsoftonline.com')
    expect(maskIdentifier('adele.vance@contoso.onmicrosoft.com')).toBe('a•••@c•••.com')
    expect(maskIdentifier('42bc4af8-9049-4682-bbef-26abc07266e3')).toBe('••••••••-…-66e3')
    expect(maskIdentifier('Contoso Ltd.')).toBe('C••• L•••')
  })
})
