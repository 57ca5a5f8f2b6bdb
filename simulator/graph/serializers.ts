import type { AppRoleAssignment, DirectoryRole, Group, User } from '@microsoft/microsoft-graph-types'
import { GRAPH_APP_ID, GRAPH_SCOPES } from '../state/scopes'
import type { SimulatorState } from '../state/simulator-state'
import type {
  AppRoleDef,
  ApplicationObj,
  AssignmentObj,
  JobState,
  ServicePrincipalObj,
} from '../state/objects'
import type { DirGroup, DirRole, DirUser } from '../tenant/types'

/** Full user record; `$select` picks from it, the default view is DEFAULT_USER_PROPERTIES. */
export function userJson(u: DirUser): User & Record<string, unknown> {
  return {
    id: u.id,
    businessPhones: u.businessPhones,
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: u.mobilePhone,
    officeLocation: u.officeLocation,
    preferredLanguage: u.preferredLanguage,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    accountEnabled: u.accountEnabled,
    department: u.department,
    employeeId: u.employeeId,
    userType: u.userType,
    createdDateTime: u.createdDateTime,
    mailNickname: u.mailNickname,
    creationType: u.creationType,
    externalUserState: u.externalUserState,
    deletedDateTime: null,
  }
}

export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
]

export function groupJson(g: DirGroup): Group & Record<string, unknown> {
  return {
    id: g.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: g.createdDateTime,
    creationOptions: [],
    description: g.description,
    displayName: g.displayName,
    expirationDateTime: null,
    groupTypes: g.groupTypes,
    isAssignableToRole: null,
    mail: g.mail,
    mailEnabled: g.mailEnabled,
    mailNickname: g.mailNickname,
    membershipRule: null,
    membershipRuleProcessingState: null,
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    preferredLanguage: null,
    proxyAddresses: g.mail ? [`SMTP:${g.mail}`] : [],
    renewedDateTime: g.createdDateTime,
    resourceBehaviorOptions: [],
    resourceProvisioningOptions: [],
    securityEnabled: g.securityEnabled,
    securityIdentifier: `S-1-12-1-${parseInt(g.id.slice(0, 8), 16)}`,
    theme: null,
    visibility: g.groupTypes.includes('Unified') ? 'Private' : null,
  }
}

export function directoryRoleJson(r: DirRole): DirectoryRole & Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.directoryRole',
    id: r.id,
    deletedDateTime: null,
    description: r.description,
    displayName: r.displayName,
    roleTemplateId: r.roleTemplateId,
  }
}

function appRolesJson(roles: AppRoleDef[]): Record<string, unknown>[] {
  return roles.map((r) => ({
    allowedMemberTypes: r.allowedMemberTypes,
    displayName: r.displayName,
    id: r.id,
    isEnabled: r.isEnabled,
    description: r.description,
    value: r.value,
    origin: r.origin,
  }))
}

function oauthScopes(name: string, id: string | null): Record<string, unknown>[] {
  if (id === null) return []
  return [
    {
      adminConsentDescription: `Allow the application to access ${name} on behalf of the signed-in user.`,
      adminConsentDisplayName: `Access ${name}`,
      id,
      isEnabled: true,
      type: 'User',
      userConsentDescription: `Allow the application to access ${name} on your behalf.`,
      userConsentDisplayName: `Access ${name}`,
      value: 'user_impersonation',
    },
  ]
}

const INFO = {
  logoUrl: null,
  marketingUrl: null,
  privacyStatementUrl: null,
  supportUrl: null,
  termsOfServiceUrl: null,
}
const VERIFIED_PUBLISHER = { displayName: null, verifiedPublisherId: null, addedDateTime: null }

export function applicationJson(app: ApplicationObj, redirectUris: string[]): Record<string, unknown> {
  return {
    id: app.id,
    appId: app.appId,
    applicationTemplateId: app.applicationTemplateId,
    createdDateTime: app.createdDateTime,
    deletedDateTime: null,
    displayName: app.displayName,
    groupMembershipClaims: null,
    identifierUris: [],
    isFallbackPublicClient: app.registration?.isFallbackPublicClient ?? false,
    signInAudience: app.registration?.signInAudience ?? 'AzureADMyOrg',
    tags: [...(app.tags ?? [])],
    tokenEncryptionKeyId: null,
    defaultRedirectUri: null,
    optionalClaims: null,
    addIns: [],
    api: {
      acceptMappedClaims: null,
      knownClientApplications: [],
      requestedAccessTokenVersion: null,
      oauth2PermissionScopes: oauthScopes(app.displayName, app.oauthScopeId),
      preAuthorizedApplications: [],
    },
    appRoles: appRolesJson(app.appRoles),
    info: { ...INFO },
    keyCredentials: [],
    parentalControlSettings: { countriesBlockedForMinors: [], legalAgeGroupRule: 'Allow' },
    passwordCredentials: [],
    publicClient: { redirectUris: [...(app.registration?.publicClientRedirectUris ?? [])] },
    requiredResourceAccess: (app.registration?.requiredResourceAccess ?? []).map((r) => ({
      resourceAppId: r.resourceAppId,
      resourceAccess: r.resourceAccess.map((a) => ({ ...a })),
    })),
    verifiedPublisher: { ...VERIFIED_PUBLISHER },
    web: { homePageUrl: app.homePageUrl, redirectUris },
  }
}

export function servicePrincipalJson(sp: ServicePrincipalObj, replyUrls: string[]): Record<string, unknown> {
  return {
    id: sp.id,
    deletedDateTime: null,
    accountEnabled: true,
    appId: sp.appId,
    applicationTemplateId: sp.applicationTemplateId,
    appDisplayName: sp.displayName,
    alternativeNames: [],
    appOwnerOrganizationId: sp.appOwnerOrganizationId,
    displayName: sp.displayName,
    appRoleAssignmentRequired: sp.appRoleAssignmentRequired,
    loginUrl: null,
    logoutUrl: null,
    homepage: sp.homepage,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    replyUrls,
    servicePrincipalNames: [sp.appId],
    servicePrincipalType: 'Application',
    tags: sp.tags,
    tokenEncryptionKeyId: null,
    samlSingleSignOnSettings: null,
    verifiedPublisher: { ...VERIFIED_PUBLISHER },
    addIns: [],
    appRoles: appRolesJson(sp.appRoles),
    info: { ...INFO },
    keyCredentials: [],
    oauth2PermissionScopes:
      sp.appId === GRAPH_APP_ID ? graphPermissionScopes() : oauthScopes(sp.displayName, sp.oauthScopeId),
    passwordCredentials: [],
  }
}

/** Microsoft Graph's delegated permissions as its service principal lists them in every tenant. */
function graphPermissionScopes(): Record<string, unknown>[] {
  return Object.entries(GRAPH_SCOPES).map(([value, s]) => ({
    adminConsentDescription: `Allows the app to use ${value} on behalf of the signed-in user.`,
    adminConsentDisplayName: value,
    id: s.id,
    isEnabled: true,
    type: s.admin ? 'Admin' : 'User',
    userConsentDescription: `Allows the app to use ${value} on your behalf.`,
    userConsentDisplayName: value,
    value,
  }))
}

/** Old beta shape (objectId instead of id), served when the instantiate knob asks for it. */
export function legacyApplicationServicePrincipal(
  app: ApplicationObj,
  sp: ServicePrincipalObj,
  tenantId: string,
): Record<string, unknown> {
  return {
    '@odata.context':
      'https://graph.microsoft.com/beta/$metadata#microsoft.graph.applicationServicePrincipal',
    application: {
      objectId: app.id,
      appId: app.appId,
      applicationTemplateId: app.applicationTemplateId,
      displayName: app.displayName,
      homepage: app.homePageUrl,
      identifierUris: [],
      publicClient: null,
      replyUrls: [],
      logoutUrl: null,
      samlMetadataUrl: null,
      errorUrl: null,
      groupMembershipClaims: null,
      availableToOtherTenants: false,
    },
    servicePrincipal: {
      objectId: sp.id,
      deletionTimestamp: null,
      accountEnabled: true,
      appId: sp.appId,
      appDisplayName: sp.displayName,
      applicationTemplateId: sp.applicationTemplateId,
      appOwnerTenantId: tenantId,
      appRoleAssignmentRequired: sp.appRoleAssignmentRequired,
      displayName: sp.displayName,
      errorUrl: null,
      loginUrl: null,
      logoutUrl: null,
      homepage: sp.homepage,
      samlMetadataUrl: null,
      microsoftFirstParty: null,
      publisherName: sp.publisherName,
      preferredSingleSignOnMode: null,
      preferredTokenSigningKeyThumbprint: null,
      preferredTokenSigningKeyEndDateTime: null,
      replyUrls: [],
      servicePrincipalNames: [sp.appId],
      tags: sp.tags,
      notificationEmailAddresses: [],
      samlSingleSignOnSettings: null,
      keyCredentials: [],
      passwordCredentials: [],
    },
  }
}

export function assignmentJson(a: AssignmentObj): AppRoleAssignment & Record<string, unknown> {
  return {
    id: a.id,
    deletedDateTime: null,
    appRoleId: a.appRoleId,
    createdDateTime: a.createdDateTime,
    principalDisplayName: a.principalDisplayName,
    principalId: a.principalId,
    principalType: a.principalType,
    resourceDisplayName: a.resourceDisplayName,
    resourceId: a.resourceId,
  }
}

/** synchronizationJob JSON; `progress` is computed from the running cycle against simulated time. */
export function jobJson(state: SimulatorState, job: JobState): Record<string, unknown> {
  const s = job.status
  const cycle = job.engine.activeCycle
  const now = state.clock.now()
  const progress = cycle
    ? [
        {
          completedUnits:
            cycle.endsAt <= cycle.began
              ? cycle.totalUnits
              : Math.min(
                  cycle.totalUnits,
                  Math.floor(((now - cycle.began) / (cycle.endsAt - cycle.began)) * cycle.totalUnits),
                ),
          totalUnits: cycle.totalUnits,
          units: 'Objects',
          progressObservationDateTime: new Date(now).toISOString(),
        },
      ]
    : []
  return {
    id: job.id,
    templateId: job.templateId,
    schedule: {
      expiration: job.schedule.expiration,
      interval: job.schedule.interval,
      state: job.schedule.state,
    },
    status: {
      code: s.code,
      countSuccessiveCompleteFailures: s.countSuccessiveCompleteFailures,
      escrowsPruned: s.escrowsPruned,
      lastExecution: s.lastExecution,
      lastSuccessfulExecution: s.lastSuccessfulExecution,
      lastSuccessfulExecutionWithExports: s.lastSuccessfulExecutionWithExports,
      progress,
      quarantine: s.quarantine,
      steadyStateFirstAchievedTime: s.steadyStateFirstAchievedTime,
      steadyStateLastAchievedTime: s.steadyStateLastAchievedTime,
      synchronizedEntryCountByType: s.synchronizedEntryCountByType,
      troubleshootingUrl: s.troubleshootingUrl,
    },
    synchronizationJobSettings: job.settings,
  }
}
