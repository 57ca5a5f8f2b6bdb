import type { StepId } from '../../../../shared/steps'
import { screens, type ScreenName } from './screens'

/**
 * Which screen each step happens on, and the controls its numbered callouts point at, in the order of the
 * step's "by hand" instructions (`steps.<id>.byHand` in the message catalog): callout 1 is instruction 1.
 */
export interface StepDrawing {
  screen: ScreenName
  callouts: readonly string[]
}

export const stepDrawings: Record<StepId, StepDrawing> = {
  'helloid-open-azure-ad': { screen: 'helloidAzureAd', callouts: ['directory', 'azureAd'] },
  'helloid-new-secret': { screen: 'helloidAzureAd', callouts: ['newSecret', 'urlCopy', 'secretCopy'] },
  'azure-sign-in': { screen: 'signIn', callouts: ['account', 'next'] },
  'azure-open-entra': { screen: 'azureHome', callouts: ['entraId'] },
  'azure-enterprise-apps': { screen: 'entraOverview', callouts: ['enterpriseApps'] },
  'azure-new-application': { screen: 'enterpriseApps', callouts: ['newApplication'] },
  'azure-search-helloid': { screen: 'gallery', callouts: ['search'] },
  'azure-select-helloid': { screen: 'gallery', callouts: ['helloidTile'] },
  'azure-create-app': { screen: 'createApp', callouts: ['name', 'create'] },
  'azure-open-provisioning': { screen: 'appOverview', callouts: ['provisioning'] },
  'azure-get-started': { screen: 'provisioningStart', callouts: ['getStarted'] },
  'azure-mode-automatic': { screen: 'credentials', callouts: ['mode'] },
  'azure-tenant-url': { screen: 'credentials', callouts: ['adminCredentials', 'tenantUrl'] },
  'azure-secret-token': { screen: 'credentials', callouts: ['secretToken'] },
  'azure-test-connection': { screen: 'credentialsTested', callouts: ['testConnection', 'notification'] },
  'azure-save-credentials': { screen: 'credentials', callouts: ['save'] },
  'azure-optional-mappings': { screen: 'mappings', callouts: ['usersMapping', 'addMapping', 'saveMapping'] },
  'azure-provisioning-on': { screen: 'settings', callouts: ['settings', 'statusOn'] },
  'azure-save-provisioning': { screen: 'settings', callouts: ['save'] },
  'azure-assign-users': {
    screen: 'usersAndGroups',
    callouts: ['addUserGroup', 'usersNoneSelected', 'selectRole', 'assign'],
  },
  'azure-initial-cycle': { screen: 'provisioningOverview', callouts: ['refresh', 'status', 'users'] },
  'troubleshoot-one-user': { screen: 'onDemand', callouts: ['onDemand', 'searchUser', 'provision', 'logs'] },
}

/** The screen a step's drawing shows. */
export function screenFor(stepId: StepId): (typeof screens)[ScreenName] {
  return screens[stepDrawings[stepId].screen]
}
