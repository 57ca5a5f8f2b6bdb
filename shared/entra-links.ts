import { clouds, type CloudId } from './clouds'

/*
 * Deep links into the Microsoft Entra admin center, built from ids the assistant read back from Graph.
 *
 * The fragments are the ones the portal itself produces for an enterprise application (the
 * "ManagedAppMenuBlade" of the Microsoft_AAD_IAM extension); the same fragments open in the Azure portal,
 * which is the documented portal of the national clouds
 * (https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud). The provisioning
 * log link is the one Microsoft's documentation gives
 * (https://learn.microsoft.com/entra/identity/monitoring-health/howto-download-logs).
 * Pure functions: the renderer, the CLI and the report all use them.
 */

/** The enterprise application a link points at: its service principal's object id, and its appId when known. */
export interface EntraAppRef {
  servicePrincipalId: string
  appId?: string | null
}

/** Where the links go: the cloud, and the tenant so the portal opens the right directory. */
export interface EntraLinkContext {
  cloudId?: string | null
  tenantId?: string | null
}

/**
 * Whether the tenant behind a session is practice mode's simulated one, which the Entra admin center has
 * no page for: its ids exist only in the simulator on this computer, so a link would open "not found".
 * Practice mode offers the simulated cloud beside Microsoft's, so the practice flag alone is not the
 * answer: the session's cloud is. Only a session known to be in one of Microsoft's clouds gets links there
 * (a practice session whose cloud is not known yet gets none); outside practice mode no tenant is simulated.
 */
export function isSimulatedTenant(where: { practice: boolean; cloudId?: string | null }): boolean {
  return where.practice && !isMicrosoftCloud(where.cloudId)
}

/** Whether a cloud id names one of Microsoft's clouds, where the Entra admin center has the tenant's pages. */
export function isMicrosoftCloud(cloudId?: string | null): boolean {
  return Boolean(cloudId && Object.hasOwn(clouds, cloudId))
}

/** The pages of an enterprise application the assistant links to. */
export const entraAppPages = ['overview', 'provisioning', 'usersAndGroups', 'provisioningLogs'] as const

/** One page from {@link entraAppPages}. */
export type EntraAppPage = (typeof entraAppPages)[number]

/** The admin center's origin in a cloud: Entra's own in the global cloud, the cloud's Azure portal elsewhere. */
export function entraOrigin(cloudId?: string | null): string {
  if (!cloudId || cloudId === 'global' || !(cloudId in clouds)) return 'https://entra.microsoft.com'
  return clouds[cloudId as CloudId].portal
}

/** A path segment: ids come from Graph, but a link is never built from an unescaped value. */
const segment = (value: string): string => encodeURIComponent(value.trim())

/** "https://entra.microsoft.com/<tenant>/#view/…": the tenant in the path picks the directory. */
function link(context: EntraLinkContext, fragment: string): string {
  const tenant = context.tenantId?.trim()
  return `${entraOrigin(context.cloudId)}/${tenant ? `${segment(tenant)}/` : ''}#${fragment}`
}

function appFragment(blade: string, app: EntraAppRef): string {
  const ids = `objectId/${segment(app.servicePrincipalId)}`
  const appId = app.appId?.trim()
  return `view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${blade}/${ids}${appId ? `/appId/${segment(appId)}` : ''}`
}

/** The enterprise application's Overview page. */
export function enterpriseAppOverviewUrl(app: EntraAppRef, context: EntraLinkContext = {}): string {
  return link(context, appFragment('Overview', app))
}

/** The enterprise application's Provisioning page (mode, admin credentials, mappings, status). */
export function provisioningUrl(app: EntraAppRef, context: EntraLinkContext = {}): string {
  return link(context, appFragment('ProvisioningManagement', app))
}

/** The enterprise application's "Users and groups" page (who is assigned). */
export function usersAndGroupsUrl(app: EntraAppRef, context: EntraLinkContext = {}): string {
  return link(context, appFragment('Users', app))
}

/** The tenant's provisioning logs (filter on the application there). */
export function provisioningLogsUrl(context: EntraLinkContext = {}): string {
  return link(context, 'blade/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/ProvisioningEvents')
}

/** The Enterprise applications list, where a person starts by hand when no app exists yet. */
export function enterpriseAppsListUrl(context: EntraLinkContext = {}): string {
  return link(context, 'view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview')
}

/** The link to one page of the app. */
export function entraAppPageUrl(
  page: EntraAppPage,
  app: EntraAppRef,
  context: EntraLinkContext = {},
): string {
  switch (page) {
    case 'overview':
      return enterpriseAppOverviewUrl(app, context)
    case 'provisioning':
      return provisioningUrl(app, context)
    case 'usersAndGroups':
      return usersAndGroupsUrl(app, context)
    case 'provisioningLogs':
      return provisioningLogsUrl(context)
  }
}
