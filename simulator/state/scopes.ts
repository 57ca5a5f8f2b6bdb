/** Scope parsing and the Graph permission catalogue used for consent and `scp`. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com'
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000'
export const GRAPH_AUDIENCES = [GRAPH_RESOURCE, `${GRAPH_RESOURCE}/`, GRAPH_APP_ID]

export const OIDC_SCOPES = ['openid', 'profile', 'offline_access', 'email'] as const

/**
 * Delegated Graph permissions this tenant knows: `admin` = needs admin consent; `id` = the permission's
 * identifier in Microsoft Graph's `oauth2PermissionScopes` (the same in every tenant), as listed on
 * https://learn.microsoft.com/en-us/graph/permissions-reference
 */
export const GRAPH_SCOPES: Record<string, { admin: boolean; id: string }> = {
  'User.Read': { admin: false, id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d' },
  'User.ReadBasic.All': { admin: false, id: 'b340eb25-3456-403f-be2f-af7a0d370277' },
  'User.Read.All': { admin: true, id: 'a154be20-db9c-4678-8ab7-66f6cc099a59' },
  'Application.Read.All': { admin: true, id: 'c79f8feb-a9db-4090-85f9-90d820caa0eb' },
  'Application.ReadWrite.All': { admin: true, id: 'bdfbf15f-ee85-4955-8675-146e8e5296b5' },
  'Synchronization.Read.All': { admin: true, id: '7aa02aeb-824f-4fbe-a3f7-611f751f5b55' },
  'Synchronization.ReadWrite.All': { admin: true, id: '7bb27fa3-ea8f-4d67-a916-87715b6188bd' },
  'AppRoleAssignment.ReadWrite.All': { admin: true, id: '84bccea3-f856-4a8a-967b-dbe0a3d53a64' },
  'Directory.Read.All': { admin: true, id: '06da0dbc-49e2-44d2-8312-53f166ab848a' },
  'Directory.ReadWrite.All': { admin: true, id: 'c5366453-9fb0-48a5-a156-24f0c49a4b84' },
  'AuditLog.Read.All': { admin: true, id: 'e4c9e354-4dc5-45b8-9e7c-e1393b0b1a20' },
  'RoleManagement.Read.Directory': { admin: true, id: '741c54c3-0c1e-44a1-818b-3f97ab4e8c83' },
  'Organization.Read.All': { admin: true, id: '4908d5b9-3fb2-4b1e-9336-1888b7937185' },
  'GroupMember.Read.All': { admin: true, id: 'bc024368-1153-4739-b217-4326f2e966d0' },
  'Group.Read.All': { admin: true, id: '5f8c59db-677d-491f-a6b8-5f174b11ec1d' },
}

/** The Graph permission name of a delegated permission id, if this tenant knows it. */
export function graphScopeNameById(id: string): string | undefined {
  return Object.entries(GRAPH_SCOPES).find(([, s]) => s.id === id)?.[0]
}

/** What Contoso's admin consented to for the registered clients (the scopes the assistant asks for, optional ones included). */
export const DEFAULT_CONSENTED_SCOPES = [
  'User.Read',
  'Application.ReadWrite.All',
  'Synchronization.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'Directory.Read.All',
  'AuditLog.Read.All',
  'RoleManagement.Read.Directory',
  'Synchronization.Read.All',
]

export interface ParsedScopes {
  /** Canonically cased Graph permission names. */
  graph: string[]
  oidc: string[]
  /** `https://graph.microsoft.com/.default` was requested. */
  defaultScope: boolean
  /** The client wrote Graph scopes with the resource prefix (echoed back in that form). */
  prefixed: boolean
  invalid: string[]
}

const CANONICAL = new Map(Object.keys(GRAPH_SCOPES).map((s) => [s.toLowerCase(), s]))
const PREFIXES = [`${GRAPH_RESOURCE}/`, `${GRAPH_APP_ID}/`]

export function parseScopes(raw: string | null): ParsedScopes {
  const out: ParsedScopes = { graph: [], oidc: [], defaultScope: false, prefixed: false, invalid: [] }
  for (const token of (raw ?? '').split(/\s+/).filter((t) => t.length > 0)) {
    const lower = token.toLowerCase()
    if ((OIDC_SCOPES as readonly string[]).includes(lower)) {
      if (!out.oidc.includes(lower)) out.oidc.push(lower)
      continue
    }
    let name = token
    const prefix = PREFIXES.find((p) => lower.startsWith(p))
    if (prefix) {
      out.prefixed = true
      name = token.slice(prefix.length)
    }
    if (name.toLowerCase() === '.default') {
      out.defaultScope = true
      continue
    }
    const canonical = CANONICAL.get(name.toLowerCase())
    if (canonical) {
      if (!out.graph.includes(canonical)) out.graph.push(canonical)
    } else out.invalid.push(token)
  }
  return out
}

export function isAdminScope(scope: string): boolean {
  return GRAPH_SCOPES[scope]?.admin ?? true
}

/** The token response's `scope`: granted Graph scopes in the client's notation plus OIDC scopes. */
export function responseScope(granted: Iterable<string>, parsed: ParsedScopes): string {
  const graph = [...granted].map((s) => (parsed.prefixed ? `${GRAPH_RESOURCE}/${s}` : s))
  const oidc = parsed.oidc.filter((s) => s !== 'offline_access')
  return [...graph, ...oidc].join(' ')
}
