import { describe, expect, it } from 'vitest'

import { entraLinkForStep } from './entra-link-for-step'

const ids = { servicePrincipalId: 'sp-1', jobId: 'job-1', appId: 'app-1' }
const context = { cloudId: 'global', tenantId: 'tenant-1' }

describe('the Entra admin center page for each step', () => {
  it('opens the app where it was created, its Provisioning page for the connection, Users and groups for assignments', () => {
    expect(entraLinkForStep('azure-create-app', ids, context)).toContain(
      '/tenant-1/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/sp-1/appId/app-1',
    )
    for (const step of [
      'azure-mode-automatic',
      'azure-test-connection',
      'azure-provisioning-on',
      'azure-initial-cycle',
    ] as const)
      expect(entraLinkForStep(step, ids, context), step).toContain('~/ProvisioningManagement/objectId/sp-1')
    expect(entraLinkForStep('azure-assign-users', ids, context)).toContain('~/Users/objectId/sp-1')
    expect(entraLinkForStep('troubleshoot-one-user', ids, context)).toContain('ProvisioningEvents')
  })

  it('before the app exists, shows the Enterprise applications list for the steps that find it, nothing for the rest', () => {
    expect(entraLinkForStep('azure-search-helloid', null, context)).toContain(
      'StartboardApplicationsMenuBlade',
    )
    expect(entraLinkForStep('azure-test-connection', null, context)).toBeNull()
  })

  it('has no Entra page for the HelloID steps and for sign-in', () => {
    expect(entraLinkForStep('helloid-new-secret', ids, context)).toBeNull()
    expect(entraLinkForStep('azure-sign-in', ids, context)).toBeNull()
  })
})
