import { seededGuid } from '../core/ids'
import type { GalleryTemplate } from '../tenant/gallery'
import { buildSyncTemplate } from '../tenant/sync-schema'
import type { AppRoleDef, ApplicationObj, DeletedItem, ServicePrincipalObj } from './objects'
import type { SimulatorState } from './simulator-state'
import type { TenantState } from './tenant-state'

/**
 * Creates the application + service principal pair a gallery instantiate produces. Reads of both
 * (and the sync templates, and job creation) lag behind by the configured replication delays.
 */
export function instantiateTemplate(
  state: SimulatorState,
  tenant: TenantState,
  template: GalleryTemplate,
  displayName: string,
): { app: ApplicationObj; sp: ServicePrincipalObj } {
  const now = state.clock.now()
  const k = state.knobs
  const ids = state.streams.ids
  const appId = seededGuid(ids)
  const created = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z')
  // msiam_access first: gallery apps carry it, and a wizard that takes appRoles[0] gets Default Access.
  const roles: AppRoleDef[] = [
    {
      allowedMemberTypes: ['User'],
      displayName: 'msiam_access',
      id: seededGuid(ids),
      isEnabled: true,
      description: 'msiam_access',
      value: null,
      origin: 'Application',
    },
  ]
  if (template.connector !== null) {
    roles.push({
      allowedMemberTypes: ['User'],
      displayName: 'User',
      id: seededGuid(ids),
      isEnabled: true,
      description: 'User',
      value: 'User',
      origin: 'Application',
    })
  }
  const homepage = `${template.appHomepage}?metadata=${template.metadataKey}|ISV9.2|primary|z`
  const scopeId = seededGuid(ids)
  const app: ApplicationObj = {
    id: seededGuid(ids),
    appId,
    displayName,
    applicationTemplateId: template.id,
    createdDateTime: created,
    visibleAt: now + k.replicationLagSeconds * 1000,
    homePageUrl: homepage,
    appRoles: roles,
    oauthScopeId: scopeId,
  }
  const sp: ServicePrincipalObj = {
    id: seededGuid(ids),
    appId,
    displayName,
    applicationTemplateId: template.id,
    applicationObjectId: app.id,
    appOwnerOrganizationId: tenant.id,
    createdDateTime: created,
    visibleAt: now + k.replicationLagSeconds * 1000,
    appRoles: roles.map((r) => ({ ...r })),
    appRoleAssignmentRequired: true,
    tags:
      template.id === '8adf8e6e-67b2-4cf2-a259-e3dc5476c621'
        ? [
            'WindowsAzureActiveDirectoryIntegratedApp',
            'WindowsAzureActiveDirectoryCustomSingleSignOnApplication',
          ]
        : ['WindowsAzureActiveDirectoryIntegratedApp'],
    homepage,
    publisherName: tenant.displayName,
    oauthScopeId: scopeId,
    sync:
      template.connector === null
        ? null
        : {
            connector: template.connector,
            templatesVisibleAt: now + Math.max(k.replicationLagSeconds, k.syncTemplatesLagSeconds) * 1000,
            jobsAcceptAt: now + Math.max(k.replicationLagSeconds, k.jobCreateLagSeconds) * 1000,
            templates: [buildSyncTemplate(template.connector, appId, template.id, ids)],
            jobs: new Map(),
            secrets: [],
          },
  }
  tenant.applications.set(app.id, app)
  tenant.servicePrincipals.set(sp.id, sp)
  return { app, sp }
}

/** How long deleted items stay restorable (https://learn.microsoft.com/graph/api/application-delete). */
export const DELETED_ITEMS_DAYS = 30

/**
 * Deletes a service principal: its jobs stop (their scheduled cycles go), its assignments go, and it
 * moves to the tenant's deleted items (https://learn.microsoft.com/entra/identity/enterprise-apps/delete-recover-faq).
 */
export function deleteServicePrincipal(
  state: SimulatorState,
  tenant: TenantState,
  sp: ServicePrincipalObj,
): void {
  for (const job of sp.sync?.jobs.values() ?? []) state.scheduler.cancelPrefix(`job:${job.id}`)
  for (const [id, a] of tenant.assignments) if (a.resourceId === sp.id) tenant.assignments.delete(id)
  tenant.servicePrincipals.delete(sp.id)
  tenant.deletedItems.set(sp.id, { kind: 'servicePrincipal', obj: sp, deletedAt: state.clock.now() })
}

/**
 * Deleting the application object in its home tenant deletes its service principal too
 * (https://learn.microsoft.com/entra/identity/enterprise-apps/restore-application); both go to deleted
 * items, restorable for 30 days (https://learn.microsoft.com/graph/api/application-delete).
 */
export function deleteApplication(state: SimulatorState, tenant: TenantState, app: ApplicationObj): void {
  for (const sp of [...tenant.servicePrincipals.values()])
    if (sp.applicationObjectId === app.id) deleteServicePrincipal(state, tenant, sp)
  tenant.applications.delete(app.id)
  tenant.deletedItems.set(app.id, { kind: 'application', obj: app, deletedAt: state.clock.now() })
}

/** The tenant's deleted items of one kind, after purging those past the 30 days. */
export function deletedItemsOf<K extends DeletedItem['kind']>(
  state: SimulatorState,
  tenant: TenantState,
  kind: K,
): Extract<DeletedItem, { kind: K }>[] {
  const cutoff = state.clock.now() - DELETED_ITEMS_DAYS * 24 * 60 * 60 * 1000
  for (const [id, item] of tenant.deletedItems) if (item.deletedAt < cutoff) tenant.deletedItems.delete(id)
  return [...tenant.deletedItems.values()].filter(
    (item): item is Extract<DeletedItem, { kind: K }> => item.kind === kind,
  )
}

export function isVisible(state: SimulatorState, obj: { visibleAt: number }): boolean {
  return state.clock.now() >= obj.visibleAt
}
