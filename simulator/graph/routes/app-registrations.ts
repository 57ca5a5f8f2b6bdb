import { isRecord } from '../../core/json'
import type { Router } from '../../core/router'
import { GRAPH_APP_ID, GRAPH_SCOPES } from '../../state/scopes'
import { createRegistration } from '../../state/app-registrations'
import type { AppRegistration, ApplicationObj } from '../../state/objects'
import { APP_ADMIN_ROLES } from '../../tenant/roles'
import { requireRole, requireScope } from '../auth'
import { bodyObject } from '../body'
import { listResponse } from '../collection'
import { ok, type GraphContext, type GraphHandler } from '../context'
import { graphErrors } from '../errors'
import { applicationJson } from '../serializers'

const APP_WRITE = ['Application.ReadWrite.All', 'Directory.ReadWrite.All']
const GRANT_READ = ['Directory.Read.All', 'Directory.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All']
const AUDIENCES = [
  'AzureADMyOrg',
  'AzureADMultipleOrgs',
  'AzureADandPersonalMicrosoftAccount',
  'PersonalMicrosoftAccount',
] as const
/** The properties of POST /applications this simulator models; anything else is refused. */
const SETTABLE = [
  'displayName',
  'signInAudience',
  'isFallbackPublicClient',
  'publicClient',
  'requiredResourceAccess',
  'tags',
] as const

const invalid = (property: string) =>
  graphErrors.badRequest(`Invalid value specified for property '${property}' of resource 'Application'.`)

const delegatedGraphIds = new Set(Object.values(GRAPH_SCOPES).map((s) => s.id))

/** Checks the registration properties of a POST or PATCH body, the way Entra refuses bad values. */
function readRegistration(
  body: Record<string, unknown>,
  base: AppRegistration,
): { registration: AppRegistration; tags?: string[]; displayName?: string } {
  for (const key of Object.keys(body))
    if (!(SETTABLE as readonly string[]).includes(key))
      throw graphErrors.badRequest(`Invalid property '${key}'.`)
  const out: AppRegistration = { ...base }
  const result: { registration: AppRegistration; tags?: string[]; displayName?: string } = {
    registration: out,
  }
  if (body.displayName !== undefined) {
    if (typeof body.displayName !== 'string' || body.displayName.trim() === '') throw invalid('displayName')
    result.displayName = body.displayName
  }
  if (body.signInAudience !== undefined) {
    const audience = AUDIENCES.find((a) => a === body.signInAudience)
    if (!audience) throw invalid('signInAudience')
    out.signInAudience = audience
  }
  if (body.isFallbackPublicClient !== undefined) {
    if (typeof body.isFallbackPublicClient !== 'boolean') throw invalid('isFallbackPublicClient')
    out.isFallbackPublicClient = body.isFallbackPublicClient
  }
  if (body.publicClient !== undefined) {
    const uris = isRecord(body.publicClient) ? body.publicClient.redirectUris : undefined
    if (!Array.isArray(uris) || !uris.every((u) => typeof u === 'string' && isPublicClientRedirect(u)))
      throw invalid('publicClient.redirectUris')
    out.publicClientRedirectUris = [...(uris as string[])]
  }
  if (body.requiredResourceAccess !== undefined)
    out.requiredResourceAccess = readResourceAccess(body.requiredResourceAccess)
  if (body.tags !== undefined) {
    if (!Array.isArray(body.tags) || !body.tags.every((t) => typeof t === 'string')) throw invalid('tags')
    result.tags = body.tags
  }
  return result
}

/** Public-client redirect URIs: http only for localhost, otherwise https or a custom scheme. */
function isPublicClientRedirect(uri: string): boolean {
  let url: URL
  try {
    url = new URL(uri)
  } catch {
    return false
  }
  if (url.protocol === 'http:') return url.hostname === 'localhost' || url.hostname === '127.0.0.1'
  return url.protocol !== 'javascript:' && url.protocol !== 'data:'
}

function readResourceAccess(value: unknown): AppRegistration['requiredResourceAccess'] {
  if (!Array.isArray(value)) throw invalid('requiredResourceAccess')
  return value.map((entry) => {
    if (!isRecord(entry) || typeof entry.resourceAppId !== 'string' || !Array.isArray(entry.resourceAccess))
      throw invalid('requiredResourceAccess')
    const resourceAppId = entry.resourceAppId
    const resourceAccess = entry.resourceAccess.map((access) => {
      if (!isRecord(access) || typeof access.id !== 'string')
        throw invalid('requiredResourceAccess.resourceAccess')
      if (access.type !== 'Scope' && access.type !== 'Role')
        throw invalid('requiredResourceAccess.resourceAccess.type')
      // Microsoft Graph's permissions are known: an id it does not publish is refused.
      if (resourceAppId === GRAPH_APP_ID && access.type === 'Scope' && !delegatedGraphIds.has(access.id))
        throw invalid('requiredResourceAccess.resourceAccess.id')
      const type: 'Scope' | 'Role' = access.type === 'Scope' ? 'Scope' : 'Role'
      return { id: access.id, type }
    })
    return { resourceAppId, resourceAccess }
  })
}

const emptyRegistration: AppRegistration = {
  signInAudience: 'AzureADMyOrg',
  isFallbackPublicClient: false,
  publicClientRedirectUris: [],
  requiredResourceAccess: [],
}

/** Applies a PATCH body's registration properties to an existing application (any app may take them). */
export function patchRegistration(app: ApplicationObj, body: Record<string, unknown>): void {
  const read = readRegistration(body, app.registration ?? emptyRegistration)
  const touchesSignIn = [
    'signInAudience',
    'isFallbackPublicClient',
    'publicClient',
    'requiredResourceAccess',
  ].some((key) => key in body)
  if (touchesSignIn || app.registration) app.registration = read.registration
  if (read.displayName !== undefined) app.displayName = read.displayName
  if (read.tags !== undefined) app.tags = read.tags
}

/**
 * `POST /applications` (an app registration) and `GET /oauth2PermissionGrants` (who consented to what).
 * https://learn.microsoft.com/en-us/graph/api/application-post-applications?view=graph-rest-1.0
 * https://learn.microsoft.com/en-us/graph/api/oauth2permissiongrant-list?view=graph-rest-1.0
 */
export function registerAppRegistrationRoutes(router: Router<GraphHandler>): void {
  router
    .add('POST', '/applications', (ctx: GraphContext) => {
      requireScope(ctx, APP_WRITE, 'directory')
      requireRole(ctx, APP_ADMIN_ROLES, 'directory')
      const body = bodyObject(ctx.req.body)
      const read = readRegistration(body, emptyRegistration)
      if (read.displayName === undefined) throw graphErrors.badRequest("Property 'displayName' is required.")
      const app = createRegistration(ctx.state, ctx.principal.tenant, read.displayName, read.registration)
      if (read.tags) app.tags = read.tags
      return ok({ '@odata.context': 'applications/$entity', ...applicationJson(app, []) }, 201)
    })
    .add('GET', '/oauth2PermissionGrants', (ctx) => {
      requireScope(ctx, GRANT_READ, 'directory')
      const tenant = ctx.principal.tenant
      const graphSp = [...tenant.servicePrincipals.values()].find((s) => s.appId === GRAPH_APP_ID)
      const grants: Record<string, unknown>[] = []
      for (const sp of tenant.servicePrincipals.values()) {
        const scopes = tenant.adminConsent.get(sp.appId)
        if (!scopes || scopes.size === 0 || !graphSp) continue
        grants.push({
          id: `${sp.id}-${graphSp.id}`.slice(0, 43),
          clientId: sp.id,
          consentType: 'AllPrincipals',
          principalId: null,
          resourceId: graphSp.id,
          scope: [...scopes].join(' '),
        })
      }
      return listResponse(ctx, grants, {
        resource: 'oAuth2PermissionGrant',
        context: 'oauth2PermissionGrants',
        filterable: ['clientId', 'consentType', 'principalId', 'resourceId'],
        maxTop: 999,
        defaultTop: 100,
      })
    })
    .add('GET', '/oauth2PermissionGrants/:id', (ctx) => {
      requireScope(ctx, GRANT_READ, 'directory')
      throw graphErrors.notFound(String(ctx.params.id ?? ''))
    })
}
