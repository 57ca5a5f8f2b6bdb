import { describe, expect, it } from 'vitest'

import { signedInCustomer } from './signed-in-customer'

const named = { label: 'Contoso Ltd', cloudId: 'global', tenant: 'contoso.onmicrosoft.com' }
// What sign-in files a customer under while its tenant's name is unknown (the host's placeholder).
const unnamed = { label: 'New customer', cloudId: 'global', tenant: 'contoso.onmicrosoft.com' }

describe('who the signed-in tenant belongs to, beside its tenant id', () => {
  it('is the customer’s name, as initials while presenting', () => {
    expect(signedInCustomer(named, false, false)).toBe('Contoso Ltd')
    expect(signedInCustomer(named, false, true)).toBe('C••• L•••')
  })

  it('for a customer whose tenant name could not be read, is the domain typed, never the placeholder', () => {
    expect(signedInCustomer(unnamed, true, false)).toBe('contoso.onmicrosoft.com')
    // The customer's own label goes; only the service its domain is under stays.
    expect(signedInCustomer(unnamed, true, true)).toBe('•••.onmicrosoft.com')
    expect(signedInCustomer({ ...unnamed, tenant: 'iam.contoso.com' }, true, true)).toBe('•••.com')
  })

  it('is nothing for such a customer when no domain was typed, or only the tenant id already shown', () => {
    const { tenant: _typed, ...noTenant } = unnamed
    expect(signedInCustomer(noTenant, true, false)).toBeNull()
    expect(signedInCustomer({ ...unnamed, tenant: '  ' }, true, false)).toBeNull()
    expect(
      signedInCustomer({ ...unnamed, tenant: '99999999-8888-7777-6666-555555555555' }, true, false),
    ).toBeNull()
    expect(signedInCustomer(null, false, false)).toBeNull()
  })
})
