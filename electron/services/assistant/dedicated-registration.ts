import { errorOf, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { scopesFor } from '../../../shared/scopes'
import type { GraphApi } from '../graph/graph-api'
import { odataLiteral as odataString } from '../graph/odata'

/** Microsoft Graph's application id, the same in every tenant. */
export const GRAPH_RESOURCE_APP_ID = '00000003-0000-0000-c000-000000000000'
export const DEDICATED_APP_NAME = 'HelloID Entra Setup Assistant'
/** Marks the registration the assistant made, so a rerun (or another machine) finds it instead of making a second. */
export const DEDICATED_APP_TAG = 'HelloIDEntraSetupAssistant'
const REDIRECT_URI = 'http://localhost'

/** What the dedicated registration must look like. */
export interface RegistrationDesign {
  displayName: string
  signInAudience: 'AzureADMultipleOrgs'
  redirectUris: string[]
  isFallbackPublicClient: true
  /** Exactly the delegated Graph permissions the assistant asks for, with their ids in this tenant. */
  permissions: { value: string; id: string }[]
}

/** The registration as found in the tenant (the properties this service manages). */
export interface FoundRegistration {
  objectId: string
  appId: string
  displayName: string
  /** Properties that differ from the design (empty when it matches). */
  differences: string[]
}

export interface RegistrationPreview {
  design: RegistrationDesign
  existing: FoundRegistration | null
  action: 'create' | 'update' | 'none'
}

interface ApplicationBody {
  id: string
  appId: string
  displayName: string
  createdDateTime?: string
  signInAudience?: string
  isFallbackPublicClient?: boolean | null
  publicClient?: { redirectUris?: string[] } | null
  requiredResourceAccess?: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[]
}

const APP_SELECT =
  'id,appId,displayName,createdDateTime,signInAudience,isFallbackPublicClient,publicClient,requiredResourceAccess,tags'

/**
 * "Create a dedicated app registration in this tenant": a multi-tenant public client with the loopback
 * redirect, public client flows allowed, and exactly the delegated Graph permissions the assistant uses,
 * resolved to ids from Microsoft Graph's own service principal in the tenant. Every write is an ensure:
 * the tagged registration is looked up first, created only when there is none, and patched only where it
 * differs. https://learn.microsoft.com/en-us/graph/api/application-post-applications?view=graph-rest-1.0
 */
export class DedicatedRegistration {
  constructor(private readonly graph: GraphApi) {}

  /** Reads the tenant and says what would be created or changed; writes nothing. */
  async preview(): Promise<Result<RegistrationPreview>> {
    const design = await this.design()
    if (!design.ok) return design
    const found = await this.find()
    if (!found.ok) return found
    const existing = found.value ? describe(found.value, design.value) : null
    const action = !existing ? 'create' : existing.differences.length > 0 ? 'update' : 'none'
    return ok({ design: design.value, existing, action })
  }

  /** Creates the registration, or brings the existing one in line; never makes a second one. */
  async ensure(): Promise<
    Result<{ appId: string; objectId: string; action: RegistrationPreview['action'] }>
  > {
    const preview = await this.preview()
    if (!preview.ok) return preview
    const { design, existing, action } = preview.value
    if (existing && action === 'none')
      return ok({ appId: existing.appId, objectId: existing.objectId, action })
    if (existing) {
      const patched = await this.graph.call({
        method: 'PATCH',
        path: `/applications/${existing.objectId}`,
        body: bodyFor(design),
      })
      if (!patched.ok) return patched
      return ok({ appId: existing.appId, objectId: existing.objectId, action })
    }
    // A blind repeat of this POST would create a second registration: on any failure, look again.
    const created = await this.graph.call<ApplicationBody>({
      method: 'POST',
      path: '/applications',
      body: { displayName: design.displayName, tags: [DEDICATED_APP_TAG], ...bodyFor(design) },
      noRetry: true,
    })
    if (created.ok) return ok({ appId: created.value.body.appId, objectId: created.value.body.id, action })
    const again = await this.find()
    if (again.ok && again.value) return ok({ appId: again.value.appId, objectId: again.value.id, action })
    return created
  }

  /**
   * Whether an administrator has consented, for the whole tenant, to every permission the assistant
   * needs for this client: its service principal's `AllPrincipals` grant to Microsoft Graph.
   * https://learn.microsoft.com/en-us/graph/api/oauth2permissiongrant-list?view=graph-rest-1.0
   */
  async consent(appId: string): Promise<Result<{ granted: boolean; missing: string[] }>> {
    const needed = scopesFor('all')
    const sp = await this.graph.get<{ value: { id: string }[] }>(
      `/servicePrincipals?$filter=appId eq ${odataString(appId)}&$select=id`,
    )
    if (!sp.ok) return sp
    const spId = sp.value.body.value[0]?.id
    if (!spId) return ok({ granted: false, missing: needed })
    const grants = await this.graph.get<{ value: { scope?: string | null; consentType?: string }[] }>(
      `/oauth2PermissionGrants?$filter=clientId eq ${odataString(spId)} and consentType eq 'AllPrincipals'`,
    )
    if (!grants.ok) return grants
    const granted = new Set(
      grants.value.body.value.flatMap((g) =>
        (g.scope ?? '')
          .split(' ')
          .filter(Boolean)
          .map((s) => s.toLowerCase()),
      ),
    )
    const missing = needed.filter((s) => !granted.has(s.toLowerCase()))
    return ok({ granted: missing.length === 0, missing })
  }

  private async design(): Promise<Result<RegistrationDesign>> {
    const graphSp = await this.graph.get<{
      value: { oauth2PermissionScopes?: { id: string; value: string; isEnabled?: boolean }[] }[]
    }>(
      `/servicePrincipals?$filter=appId eq ${odataString(GRAPH_RESOURCE_APP_ID)}&$select=id,appId,oauth2PermissionScopes`,
    )
    if (!graphSp.ok) return graphSp
    const published = graphSp.value.body.value[0]?.oauth2PermissionScopes ?? []
    const permissions: RegistrationDesign['permissions'] = []
    for (const value of scopesFor('all')) {
      const scope = published.find(
        (s) => s.value.toLowerCase() === value.toLowerCase() && s.isEnabled !== false,
      )
      if (!scope) {
        return fail(
          errorOf('GRAPH_ERROR', msg('registration.problem.permissionMissing', { permission: value })),
        )
      }
      permissions.push({ value, id: scope.id })
    }
    return ok({
      displayName: DEDICATED_APP_NAME,
      signInAudience: 'AzureADMultipleOrgs',
      redirectUris: [REDIRECT_URI],
      isFallbackPublicClient: true,
      permissions,
    })
  }

  private async find(): Promise<Result<ApplicationBody | null>> {
    const list = await this.graph.get<{ value: ApplicationBody[] }>(
      `/applications?$filter=tags/any(t:t eq ${odataString(DEDICATED_APP_TAG)})&$select=${APP_SELECT}`,
    )
    if (!list.ok) return list
    // Two machines racing could each have created one: keep using the oldest.
    const [oldest] = [...list.value.body.value].sort((a, b) =>
      (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''),
    )
    return ok(oldest ?? null)
  }
}

function bodyFor(design: RegistrationDesign): Record<string, unknown> {
  return {
    signInAudience: design.signInAudience,
    isFallbackPublicClient: design.isFallbackPublicClient,
    publicClient: { redirectUris: design.redirectUris },
    requiredResourceAccess: [
      {
        resourceAppId: GRAPH_RESOURCE_APP_ID,
        resourceAccess: design.permissions.map((p) => ({ id: p.id, type: 'Scope' })),
      },
    ],
  }
}

function describe(app: ApplicationBody, design: RegistrationDesign): FoundRegistration {
  const differences: string[] = []
  if (app.signInAudience !== design.signInAudience) differences.push('signInAudience')
  if (app.isFallbackPublicClient !== true) differences.push('isFallbackPublicClient')
  const uris = app.publicClient?.redirectUris ?? []
  if (!design.redirectUris.every((u) => uris.includes(u))) differences.push('publicClient.redirectUris')
  const access = app.requiredResourceAccess ?? []
  const graph = access.find((r) => r.resourceAppId === GRAPH_RESOURCE_APP_ID)
  const have = new Set((graph?.resourceAccess ?? []).filter((a) => a.type === 'Scope').map((a) => a.id))
  const want = new Set(design.permissions.map((p) => p.id))
  const exact =
    access.length === 1 &&
    graph !== undefined &&
    graph.resourceAccess.length === want.size &&
    [...want].every((id) => have.has(id))
  if (!exact) differences.push('requiredResourceAccess')
  return { objectId: app.id, appId: app.appId, displayName: app.displayName, differences }
}
