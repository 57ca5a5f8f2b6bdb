import { describe, expect, it } from 'vitest'

import { isAllowedExternalUrl } from './external-links'

describe('external link allow-list', () => {
  it.each([
    'https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade',
    'https://entra.microsoft.com/',
    'https://learn.microsoft.com/entra/identity/saas-apps/helloid-provisioning-tutorial',
    'https://docs.helloid.com/en/access-management.html',
    'https://customer-name.helloid.com/admin',
    'https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=x',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true))

  it.each([
    'http://portal.azure.com/',
    'https://portal.azure.com.evil.example/',
    'https://evilhelloid.com/',
    'https://user:pass@portal.azure.com/',
    'https://portal.azure.com:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false))
})
