import { describe, expect, it } from 'vitest'

import { cloudIds } from '../../shared/clouds'
import { entraAppPages, entraAppPageUrl, enterpriseAppsListUrl } from '../../shared/entra-links'
import { isAllowedExternalUrl } from './external-links'

describe('external link allow-list', () => {
  it.each([
    'https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade',
    'https://entra.microsoft.com/',
    'https://learn.microsoft.com/entra/identity/saas-apps/helloid-provisioning-tutorial',
    'https://docs.helloid.com/en/access-management.html',
    'https://customer-name.helloid.com/admin',
    'https://contoso.eu.helloid.com/',
    'https://helloid.com/',
    'https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=x',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true))

  it.each([
    'http://portal.azure.com/',
    'https://portal.azure.com.evil.example/',
    'https://evilhelloid.com/',
    'https://xn--hllid-bua.helloid.com/',
    'https://contoso.helloid.com.evil.example/',
    'https://user:pass@portal.azure.com/',
    'https://portal.azure.com:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false))
})

describe('a HelloID host the person confirmed', () => {
  it('opens only that host, still only over https without credentials or a port', () => {
    expect(isAllowedExternalUrl('https://iam.contoso.example/', ['iam.contoso.example'])).toBe(true)
    expect(isAllowedExternalUrl('https://iam.contoso.example/')).toBe(false)
    expect(isAllowedExternalUrl('https://other.example/', ['iam.contoso.example'])).toBe(false)
    expect(isAllowedExternalUrl('http://iam.contoso.example/', ['iam.contoso.example'])).toBe(false)
    expect(isAllowedExternalUrl('https://iam.contoso.example:8443/', ['iam.contoso.example'])).toBe(false)
  })
})

describe('Entra admin center links', () => {
  it('are allowed for every page in every cloud the assistant signs in to', () => {
    const app = { servicePrincipalId: '11111111-2222-3333-4444-555555555555', appId: 'a-b' }
    for (const cloudId of cloudIds) {
      expect(isAllowedExternalUrl(enterpriseAppsListUrl({ cloudId })), cloudId).toBe(true)
      for (const page of entraAppPages) {
        const url = entraAppPageUrl(page, app, { cloudId, tenantId: '99999999-8888-7777-6666-555555555555' })
        expect(isAllowedExternalUrl(url), url).toBe(true)
      }
    }
  })
})
