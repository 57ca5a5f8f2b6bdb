/**
 * The Microsoft Graph operations the assistant uses, named once. Paths are relative to `{graph}/v1.0`
 * and follow the team's Graph provisioning reference (section numbers in `ref`).
 */
export const graphOperations = {
  getMe: { method: 'GET', path: '/me', ref: '§2.1' },
  listMyDirectoryRoles: {
    method: 'GET',
    path: '/me/transitiveMemberOf/microsoft.graph.directoryRole',
    ref: '§2.2',
  },
  listSubscribedSkus: { method: 'GET', path: '/subscribedSkus', ref: '§2.3' },
  listApplicationTemplates: { method: 'GET', path: '/applicationTemplates', ref: '§3' },
  instantiateApplicationTemplate: {
    method: 'POST',
    path: '/applicationTemplates/{id}/instantiate',
    ref: '§4',
  },
  listServicePrincipals: { method: 'GET', path: '/servicePrincipals', ref: '§4' },
  getServicePrincipal: { method: 'GET', path: '/servicePrincipals/{id}', ref: '§4' },
  deleteApplication: { method: 'DELETE', path: '/applications/{id}', ref: '§4a' },
  listSynchronizationTemplates: {
    method: 'GET',
    path: '/servicePrincipals/{id}/synchronization/templates',
    ref: '§6.1',
  },
  createSynchronizationJob: {
    method: 'POST',
    path: '/servicePrincipals/{id}/synchronization/jobs',
    ref: '§6.2',
  },
  getSynchronizationJob: {
    method: 'GET',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}',
    ref: '§6.3',
  },
  validateCredentials: {
    method: 'POST',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/validateCredentials',
    ref: '§7.1',
  },
  putSynchronizationSecrets: {
    method: 'PUT',
    path: '/servicePrincipals/{id}/synchronization/secrets',
    ref: '§7.2',
  },
  getSynchronizationSchema: {
    method: 'GET',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema',
    ref: '§8.1',
  },
  putSynchronizationSchema: {
    method: 'PUT',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema',
    ref: '§8.2',
  },
  startSynchronizationJob: {
    method: 'POST',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/start',
    ref: '§9',
  },
  deleteSynchronizationJob: {
    method: 'DELETE',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}',
    ref: '§9',
  },
  listUsers: { method: 'GET', path: '/users', ref: '§10.1' },
  listGroups: { method: 'GET', path: '/groups', ref: '§10.1' },
  createAppRoleAssignment: { method: 'POST', path: '/servicePrincipals/{id}/appRoleAssignedTo', ref: '§10' },
  batch: { method: 'POST', path: '/$batch', ref: '§14.3' },
  provisionOnDemand: {
    method: 'POST',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/provisionOnDemand',
    ref: '§12.1',
  },
  listProvisioningLogs: { method: 'GET', path: '/auditLogs/provisioning', ref: '§12.2' },
} as const satisfies Record<string, { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; ref: string }>

/** The name of one Graph operation in {@link graphOperations}. */
export type GraphOperationName = keyof typeof graphOperations
