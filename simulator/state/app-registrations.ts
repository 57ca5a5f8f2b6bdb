import { seededGuid } from '../core/ids'
import { graphScopeNameById, GRAPH_APP_ID } from './scopes'
import type { AppRegistration, ApplicationObj, ServicePrincipalObj } from './objects'
import type { SimulatorState } from './simulator-state'
import type { TenantState } from './tenant-state'

const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * An app registration as `POST /applications` creates it: the application object only. Its service
 * principal appears when someone consents to it (or signs in), as Entra does for a new registration.
 * https://learn.microsoft.com/en-us/graph/api/application-post-applications?view=graph-rest-1.0
 */
export function createRegistration(
  state: SimulatorState,
  tenant: TenantState,
  displayName: string,
  registration: AppRegistration,
): ApplicationObj {
  const ids = state.streams.ids
  const app: ApplicationObj = {
    id: seededGuid(ids),
    appId: seededGuid(ids),
    displayName,
    applicationTemplateId: null,
    createdDateTime: isoSeconds(state.clock.now()),
    visibleAt: state.clock.now(),
    homePageUrl: null,
    appRoles: [],
    oauthScopeId: seededGuid(ids),
    registration,
  }
  tenant.applications.set(app.id, app)
  return app
}

/** The registration behind a client id, in whichever tenant holds it. */
export function findRegistration(state: SimulatorState, clientId: string): ApplicationObj | undefined {
  for (const tenant of state.tenants.values())
    for (const app of tenant.applications.values()) if (app.appId === clientId && app.registration) return app
  return undefined
}

/** The delegated Graph permission names a registration lists in requiredResourceAccess (its static scopes). */
export function staticGraphScopes(app: ApplicationObj | undefined): string[] {
  const graph = app?.registration?.requiredResourceAccess.find((r) => r.resourceAppId === GRAPH_APP_ID)
  return (graph?.resourceAccess ?? [])
    .filter((a) => a.type === 'Scope')
    .map((a) => graphScopeNameById(a.id))
    .filter((name): name is string => name !== undefined)
}

/** The client's service principal in a tenant, created on first consent when it has none yet. */
export function ensureClientServicePrincipal(
  state: SimulatorState,
  tenant: TenantState,
  clientId: string,
): ServicePrincipalObj {
  for (const sp of tenant.servicePrincipals.values()) if (sp.appId === clientId) return sp
  const app = findRegistration(state, clientId)
  const home = app ? [...state.tenants.values()].find((t) => t.applications.has(app.id)) : undefined
  const sp: ServicePrincipalObj = {
    id: seededGuid(state.streams.ids),
    appId: clientId,
    displayName: app?.displayName ?? `Public client ${clientId.slice(0, 8)}`,
    applicationTemplateId: null,
    applicationObjectId: home === tenant && app ? app.id : null,
    appOwnerOrganizationId: home?.id ?? tenant.id,
    createdDateTime: isoSeconds(state.clock.now()),
    visibleAt: state.clock.now(),
    appRoles: [],
    appRoleAssignmentRequired: false,
    tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
    homepage: null,
    publisherName: home?.displayName ?? tenant.displayName,
    oauthScopeId: null,
    sync: null,
  }
  tenant.servicePrincipals.set(sp.id, sp)
  return sp
}
