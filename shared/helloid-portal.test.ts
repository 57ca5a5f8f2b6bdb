import { describe, expect, it } from 'vitest'

import { helloIdAdminUrl, suggestedHelloIdPortal } from './helloid-portal'

describe('HelloID portal addresses', () => {
  it('opens the admin dashboard (/admin) of a portal saved as its host', () => {
    expect(helloIdAdminUrl('https://contoso.helloid.com/')).toBe('https://contoso.helloid.com/admin')
    expect(helloIdAdminUrl('https://helloid.contoso.com')).toBe('https://helloid.contoso.com/admin')
  })

  it('keeps a page the person saved, and never carries a query or fragment along', () => {
    expect(helloIdAdminUrl('https://contoso.helloid.com/admin')).toBe('https://contoso.helloid.com/admin')
    expect(helloIdAdminUrl('https://iam.contoso.com/helloid?x=1#y')).toBe('https://iam.contoso.com/helloid')
  })

  it('suggests the HelloID URL’s host as the portal, and nothing for what is not an https address', () => {
    expect(suggestedHelloIdPortal('https://contoso.helloid.com/scim/abc')).toBe('https://contoso.helloid.com')
    expect(suggestedHelloIdPortal('http://contoso.helloid.com/scim')).toBe('')
    expect(suggestedHelloIdPortal('not a url')).toBe('')
    expect(suggestedHelloIdPortal(null)).toBe('')
  })
})
