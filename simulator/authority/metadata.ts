import type { SimulatorState } from '../state/simulator-state'

const MULTI = new Set(['organizations', 'common', 'consumers'])

/** OpenID configuration in Entra's shape; multi-tenant segments keep the `{tenantid}` issuer placeholder. */
export function openIdConfiguration(state: SimulatorState, tenantSegment: string): Record<string, unknown> {
  const base = state.urls.authority
  const seg = tenantSegment.toLowerCase()
  const pinned = MULTI.has(seg) ? undefined : state.tenantBySegment(seg)
  const pathTenant = pinned ? pinned.id : seg
  const issuerTenant = pinned ? pinned.id : '{tenantid}'
  const graphHost = new URL(state.urls.graph).host
  return {
    token_endpoint: `${base}/${pathTenant}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/${pathTenant}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${state.urls.graph}/oidc/userinfo`,
    authorization_endpoint: `${base}/${pathTenant}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/${pathTenant}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/${pathTenant}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'cloud_instance_name',
      'cloud_instance_host_name',
      'cloud_graph_host_name',
      'msgraph_host',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'acr',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'at_hash',
      'c_hash',
      'email',
    ],
    kerberos_endpoint: `${base}/${pathTenant}/kerberos`,
    tenant_region_scope: pinned ? 'EU' : null,
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    // Real Entra says graph.microsoft.com here; a client given only the authority finds Graph this way.
    msgraph_host: graphHost,
    rbac_url: 'https://pas.windows.net',
  }
}

/** Instance-discovery document (what tenant_discovery_endpoint clients may ask for). */
export function instanceDiscovery(state: SimulatorState): Record<string, unknown> {
  const host = new URL(state.urls.authority).host
  return {
    tenant_discovery_endpoint: `${state.urls.authority}/common/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  }
}
