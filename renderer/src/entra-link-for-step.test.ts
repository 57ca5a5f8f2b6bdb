import { describe, expect, it } from 'vitest'

import { cloudIds } from '../../shared/clouds'
import type { AppInfo, SessionState } from '../../shared/contract'
import { SIGNED_IN_TENANT_ID, signedInSession } from '../../tests/support/session-state'
import { entraContextOf, entraLinkForStep } from './entra-link-for-step'

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

describe('whether the session’s tenant is simulated, so no Entra link is offered', () => {
  const session = (cloudId: string | null): SessionState =>
    signedInSession(cloudId === null ? null : { label: 'Contoso', cloudId })
  const info = (practice: boolean): AppInfo => ({ version: '1.0.0', host: 'browser', practice })

  it('is simulated for practice mode’s simulated cloud, with the link context kept for the words', () => {
    expect(entraContextOf({ info: info(true), session: session('simulated') })).toEqual({
      cloudId: 'simulated',
      tenantId: SIGNED_IN_TENANT_ID,
      simulated: true,
    })
  })

  it('is real for a practice-mode session signed into one of Microsoft’s clouds', () => {
    for (const cloudId of cloudIds)
      expect(entraContextOf({ info: info(true), session: session(cloudId) }).simulated, cloudId).toBe(false)
  })

  it('is simulated in practice mode while the cloud is not known, and never outside practice mode', () => {
    expect(entraContextOf({ info: info(true), session: session(null) }).simulated).toBe(true)
    expect(entraContextOf({ info: info(true), session: null }).simulated).toBe(true)
    expect(entraContextOf({ info: info(true), session: session('constructor') }).simulated).toBe(true)
    for (const cloudId of ['simulated', null, 'global', 'atlantis'])
      expect(
        entraContextOf({ info: info(false), session: session(cloudId) }).simulated,
        String(cloudId),
      ).toBe(false)
    expect(entraContextOf({ info: null, session: session('simulated') }).simulated).toBe(false)
  })
})
