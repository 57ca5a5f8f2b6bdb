/** Microsoft's v1.0 reference page of one Graph operation. */
const doc = (page: string): string => `https://learn.microsoft.com/graph/api/${page}?view=graph-rest-1.0`

/**
 * Every Microsoft Graph operation the assistant sends, named once, each with the Microsoft page that
 * documents it in v1.0. Paths are relative to `{graph}/v1.0`; `{…}` stands for one path segment.
 * A request that matches none of these is one Microsoft does not document, and the request-log test
 * fails on it.
 */
export const graphOperations = {
  getMe: { method: 'GET', path: '/me', doc: doc('user-get') },
  listMyDirectoryRoles: {
    method: 'GET',
    path: '/me/transitiveMemberOf/microsoft.graph.directoryRole',
    doc: doc('user-list-transitivememberof'),
  },
  listSubscribedSkus: { method: 'GET', path: '/subscribedSkus', doc: doc('subscribedsku-list') },
  listApplicationTemplates: {
    method: 'GET',
    path: '/applicationTemplates',
    doc: doc('applicationtemplate-list'),
  },
  instantiateApplicationTemplate: {
    method: 'POST',
    path: '/applicationTemplates/{id}/instantiate',
    doc: doc('applicationtemplate-instantiate'),
  },
  listApplications: { method: 'GET', path: '/applications', doc: doc('application-list') },
  deleteApplication: { method: 'DELETE', path: '/applications/{id}', doc: doc('application-delete') },
  listServicePrincipals: { method: 'GET', path: '/servicePrincipals', doc: doc('serviceprincipal-list') },
  getServicePrincipal: { method: 'GET', path: '/servicePrincipals/{id}', doc: doc('serviceprincipal-get') },
  updateServicePrincipal: {
    method: 'PATCH',
    path: '/servicePrincipals/{id}',
    doc: doc('serviceprincipal-update'),
  },
  listSynchronizationTemplates: {
    method: 'GET',
    path: '/servicePrincipals/{id}/synchronization/templates',
    doc: doc('synchronization-synchronization-list-templates'),
  },
  listSynchronizationJobs: {
    method: 'GET',
    path: '/servicePrincipals/{id}/synchronization/jobs',
    doc: doc('synchronization-synchronization-list-jobs'),
  },
  createSynchronizationJob: {
    method: 'POST',
    path: '/servicePrincipals/{id}/synchronization/jobs',
    doc: doc('synchronization-synchronization-post-jobs'),
  },
  getSynchronizationJob: {
    method: 'GET',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}',
    doc: doc('synchronization-synchronizationjob-get'),
  },
  validateCredentials: {
    method: 'POST',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/validateCredentials',
    doc: doc('synchronization-synchronizationjob-validatecredentials'),
  },
  putSynchronizationSecrets: {
    method: 'PUT',
    path: '/servicePrincipals/{id}/synchronization/secrets',
    doc: doc('synchronization-serviceprincipal-put-synchronization'),
  },
  getSynchronizationSchema: {
    method: 'GET',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema',
    doc: doc('synchronization-synchronizationschema-get'),
  },
  putSynchronizationSchema: {
    method: 'PUT',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema',
    doc: doc('synchronization-synchronizationschema-update'),
  },
  startSynchronizationJob: {
    method: 'POST',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/start',
    doc: doc('synchronization-synchronizationjob-start'),
  },
  restartSynchronizationJob: {
    method: 'POST',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/restart',
    doc: doc('synchronization-synchronizationjob-restart'),
  },
  deleteSynchronizationJob: {
    method: 'DELETE',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}',
    doc: doc('synchronization-synchronizationjob-delete'),
  },
  provisionOnDemand: {
    method: 'POST',
    path: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/provisionOnDemand',
    doc: doc('synchronization-synchronizationjob-provisionondemand'),
  },
  listUsers: { method: 'GET', path: '/users', doc: doc('user-list') },
  getUser: { method: 'GET', path: '/users/{id}', doc: doc('user-get') },
  listGroups: { method: 'GET', path: '/groups', doc: doc('group-list') },
  getGroup: { method: 'GET', path: '/groups/{id}', doc: doc('group-get') },
  listGroupMembers: { method: 'GET', path: '/groups/{id}/members', doc: doc('group-list-members') },
  /** An OData cast on the members (`microsoft.graph.user` or `microsoft.graph.group`), for counts. */
  listGroupMembersOfType: {
    method: 'GET',
    path: '/groups/{id}/members/{type}',
    doc: doc('group-list-members'),
  },
  listAppRoleAssignedTo: {
    method: 'GET',
    path: '/servicePrincipals/{id}/appRoleAssignedTo',
    doc: doc('serviceprincipal-list-approleassignedto'),
  },
  createAppRoleAssignment: {
    method: 'POST',
    path: '/servicePrincipals/{id}/appRoleAssignedTo',
    doc: doc('serviceprincipal-post-approleassignedto'),
  },
  batch: { method: 'POST', path: '/$batch', doc: 'https://learn.microsoft.com/graph/json-batching' },
  listProvisioningLogs: {
    method: 'GET',
    path: '/auditLogs/provisioning',
    doc: doc('provisioningobjectsummary-list'),
  },
} as const satisfies Record<
  string,
  { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; doc: string }
>

/** The name of one Graph operation in {@link graphOperations}. */
export type GraphOperationName = keyof typeof graphOperations

/**
 * The documented operation a request is, or null. `path` may carry the `/v1.0` prefix and a query;
 * both are ignored. A `{…}` placeholder matches exactly one non-empty path segment.
 */
export function graphOperationOf(method: string, path: string): GraphOperationName | null {
  const bare = (path.split('?')[0] ?? '').replace(/^\/v1\.0(?=\/)/, '').replace(/\/$/, '')
  for (const [name, op] of Object.entries(graphOperations)) {
    if (op.method !== method.toUpperCase()) continue
    const pattern = op.path
      .split('/')
      .map((segment) => (/^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
      .join('/')
    if (new RegExp(`^${pattern}$`, 'i').test(bare)) return name as GraphOperationName
  }
  return null
}
