import {
  enterpriseAppOverviewUrl,
  enterpriseAppsListUrl,
  provisioningLogsUrl,
  provisioningUrl,
  usersAndGroupsUrl,
  type EntraLinkContext,
} from '../../shared/entra-links'
import type { SetupState } from '../../shared/contract'
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
