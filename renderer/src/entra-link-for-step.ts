import {
  enterpriseAppOverviewUrl,
  enterpriseAppsListUrl,
  isSimulatedTenant,
  provisioningLogsUrl,
  provisioningUrl,
  usersAndGroupsUrl,
  type EntraLinkContext,
} from '../../shared/entra-links'
import type { AppInfo, SessionState, SetupState } from '../../shared/contract'
import { stepById, type StepId } from '../../shared/steps'

/**
 * The Entra admin center page where a step's result can be seen: the app's overview for the steps that
 * find and create it, its Provisioning page for the connection, mappings and status, Users and groups for
 * the assignments, the provisioning logs for one user. Before the app exists, the Enterprise applications
 * list; null when the step has nothing to show in Entra.
 */
export function entraLinkForStep(
  stepId: StepId,
  ids: SetupState['ids'],
  context: EntraLinkContext,
): string | null {
  const step = stepById(stepId)
  if (step.illustration.portal !== 'azure' || stepId === 'azure-sign-in') return null
  if (!ids) {
    return step.phase === 'createApp' ? enterpriseAppsListUrl(context) : null
  }
  const app = { servicePrincipalId: ids.servicePrincipalId, appId: ids.appId ?? null }
  if (stepId === 'troubleshoot-one-user') return provisioningLogsUrl(context)
  if (stepId === 'azure-assign-users') return usersAndGroupsUrl(app, context)
  if (step.phase === 'createApp') return enterpriseAppOverviewUrl(app, context)
  return provisioningUrl(app, context)
}

/** Where the open session's Entra links go, and whether its tenant is simulated (then there are none). */
export interface EntraSessionContext {
  cloudId: string | null
  tenantId: string | null
  simulated: boolean
}

/** The Entra link context of the app's session: its cloud and tenant, and whether that tenant is simulated. */
export function entraContextOf(state: {
  info: AppInfo | null
  session: SessionState | null
}): EntraSessionContext {
  const cloudId = state.session?.customer?.cloudId ?? null
  return {
    cloudId,
    tenantId: state.session?.account?.tenantId ?? null,
    simulated: isSimulatedTenant({ practice: state.info?.practice ?? false, cloudId }),
  }
}
