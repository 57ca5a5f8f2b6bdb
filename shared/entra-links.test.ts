import { describe, expect, it } from 'vitest'

import { cloudIds } from './clouds'
import {
  enterpriseAppOverviewUrl,
  enterpriseAppsListUrl,
  entraAppPages,
  entraAppPageUrl,
  entraOrigin,
  provisioningLogsUrl,
  provisioningUrl,
  usersAndGroupsUrl,
} from './entra-links'

const app = {
  servicePrincipalId: '11111111-2222-3333-4444-555555555555',
  appId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
}
const tenantId = '99999999-8888-7777-6666-555555555555'

describe('Entra admin center links', () => {
  it('open the enterprise app’s pages in the global cloud, in the signed-in tenant', () => {
    expect(enterpriseAppOverviewUrl(app, { tenantId })).toBe(
      `https://entra.microsoft.com/${tenantId}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${app.servicePrincipalId}/appId/${app.appId}`,
    )
    expect(provisioningUrl(app, { tenantId })).toBe(
      `https://entra.microsoft.com/${tenantId}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/ProvisioningManagement/objectId/${app.servicePrincipalId}/appId/${app.appId}`,
    )
    expect(usersAndGroupsUrl(app, { tenantId })).toBe(
      `https://entra.microsoft.com/${tenantId}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${app.servicePrincipalId}/appId/${app.appId}`,
    )
    expect(provisioningLogsUrl({ tenantId })).toBe(
      `https://entra.microsoft.com/${tenantId}/#blade/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/ProvisioningEvents`,
    )
  })

  it('leave out what is not known: no tenant segment, no appId', () => {
    expect(enterpriseAppOverviewUrl({ servicePrincipalId: app.servicePrincipalId })).toBe(
      `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${app.servicePrincipalId}`,
    )
    expect(enterpriseAppsListUrl()).toBe(
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
    )
  })

  it('use each national cloud’s own portal', () => {
    expect(entraOrigin('global')).toBe('https://entra.microsoft.com')
    expect(entraOrigin(undefined)).toBe('https://entra.microsoft.com')
    expect(entraOrigin('usGovL4')).toBe('https://portal.azure.us')
    expect(entraOrigin('usGovL5')).toBe('https://portal.azure.us')
    expect(entraOrigin('china')).toBe('https://portal.azure.cn')
    expect(provisioningUrl(app, { cloudId: 'usGovL4' })).toMatch(
      /^https:\/\/portal\.azure\.us\/#view\/Microsoft_AAD_IAM\/ManagedAppMenuBlade\/~\/ProvisioningManagement\//,
    )
    // An unknown cloud id falls back to the global admin center rather than building a broken host.
    expect(entraOrigin('atlantis')).toBe('https://entra.microsoft.com')
  })

  it('escape ids, so a stray value cannot change where the link goes', () => {
    const url = enterpriseAppOverviewUrl({ servicePrincipalId: '../x/#y?z' }, { tenantId: 'a/b' })
    expect(url).toBe(
      'https://entra.microsoft.com/a%2Fb/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/..%2Fx%2F%23y%3Fz',
    )
    expect(new URL(url).host).toBe('entra.microsoft.com')
  })

  it('build a link for every page in every cloud', () => {
    for (const cloudId of cloudIds) {
      for (const page of entraAppPages) {
        const url = new URL(entraAppPageUrl(page, app, { cloudId, tenantId }))
        expect(url.protocol).toBe('https:')
        expect(url.origin).toBe(entraOrigin(cloudId))
      }
    }
  })
})
