/** Scope parsing and the Graph permission catalogue used for consent and `scp`. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com'
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000'
export const GRAPH_AUDIENCES = [GRAPH_RESOURCE, `${GRAPH_RESOURCE}/`, GRAPH_APP_ID]

export const OIDC_SCOPES = ['openid', 'profile', 'offline_access', 'email'] as const

/** Delegated Graph permissions this tenant knows; `admin` = needs admin consent. */
export const GRAPH_SCOPES: Record<string, { admin: boolean }> = {
  'User.Read': { admin: false },
  'User.ReadBasic.All': { admin: false },
  'User.Read.All': { admin: true },
  'Application.Read.All': { admin: true },
  'Application.ReadWrite.All': { admin: true },
  'Synchronization.Read.All': { admin: true },
  'Synchronization.ReadWrite.All': { admin: true },
  'AppRoleAssignment.ReadWrite.All': { admin: true },
  'Directory.Read.All': { admin: true },
  'Directory.ReadWrite.All': { admin: true },
  'AuditLog.Read.All': { admin: true },
  'RoleManagement.Read.Directory': { admin: true },
  'Organization.Read.All': { admin: true },
  'GroupMember.Read.All': { admin: true },
  'Group.Read.All': { admin: true },
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
