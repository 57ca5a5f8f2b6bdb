import { seededGuid } from '../core/ids'
import type { Prng } from '../core/prng'
import type { ServicePrincipalObj } from './objects'
import type { TenantState } from './tenant-state'

const MICROSOFT_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a'

const KNOWN_NAMES: Record<string, string> = {
  '14d82eec-204b-4c2f-b7e8-296a70dab67e': 'Microsoft Graph Command Line Tools',
}

/** Service principals every tenant already has, so lists and filters are not trivially empty. */
export function builtInServicePrincipals(
  tenant: TenantState,
  clientIds: string[],
  prng: Prng,
): ServicePrincipalObj[] {
  const base = (appId: string, displayName: string, owner: string, tags: string[]): ServicePrincipalObj => ({
    id: seededGuid(prng),
    appId,
    displayName,
    applicationTemplateId: null,
    applicationObjectId: null,
    appOwnerOrganizationId: owner,
    createdDateTime: tenant.createdDateTime,
    visibleAt: 0,
    appRoles: [],
    appRoleAssignmentRequired: false,
    tags,
    homepage: null,
    publisherName: owner === MICROSOFT_TENANT ? 'Microsoft Services' : tenant.displayName,
    oauthScopeId: null,
    sync: null,
  })
  const list = [
    base('00000003-0000-0000-c000-000000000000', 'Microsoft Graph', MICROSOFT_TENANT, []),
    base('00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online', MICROSOFT_TENANT, []),
    base('00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online', MICROSOFT_TENANT, []),
    base('c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal', MICROSOFT_TENANT, []),
  ]
  for (const clientId of clientIds) {
    const known = KNOWN_NAMES[clientId]
    list.push(
      base(
        clientId,
        known ?? `Public client ${clientId.slice(0, 8)}`,
        known === 'Microsoft Graph Command Line Tools' ? MICROSOFT_TENANT : tenant.id,
        ['WindowsAzureActiveDirectoryIntegratedApp'],
      ),
    )
  }
  return list
}

export function clientDisplayName(clientId: string): string {
  return KNOWN_NAMES[clientId] ?? `Public client ${clientId.slice(0, 8)}`
}
