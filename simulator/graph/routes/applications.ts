import { param, type Router } from '../../core/router'
import { getString } from '../../core/json'
import {
  deleteApplication,
  deletedItemsOf,
  deleteServicePrincipal,
  instantiateTemplate,
  isVisible,
} from '../../state/app-lifecycle'
import type { ApplicationObj, DeletedItem, ServicePrincipalObj } from '../../state/objects'
import { APP_ADMIN_ROLES } from '../../tenant/roles'
import { templateJson } from '../../tenant/gallery'
import { requireRole, requireScope } from '../auth'
import { entityResponse, listResponse } from '../collection'
import { graphRoot, noContent, ok, type GraphContext, type GraphHandler, type GraphResult } from '../context'
import { GraphError, graphErrors } from '../errors'
import { applicationJson, legacyApplicationServicePrincipal, servicePrincipalJson } from '../serializers'
import { bodyObject } from '../body'
import { patchRegistration } from './app-registrations'

const APP_READ = [
  'Application.Read.All',
  'Application.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
]
const APP_WRITE = ['Application.ReadWrite.All', 'Directory.ReadWrite.All']

function redirectUris(ctx: GraphContext, templateId: string | null): string[] {
  return ctx.state.gallery.find((t) => t.id === templateId)?.redirectUris ?? []
}

export function findApp(ctx: GraphContext, id: string): ApplicationObj {
  const app = ctx.principal.tenant.applications.get(id)
  if (!app || !isVisible(ctx.state, app)) throw graphErrors.notFound(id)
  return app
}

/** Service principal by object id, honouring replication lag (a fresh SP reads as 404). */
export function findServicePrincipal(ctx: GraphContext, id: string): ServicePrincipalObj {
  const sp = ctx.principal.tenant.servicePrincipals.get(id)
  if (!sp || !isVisible(ctx.state, sp)) throw graphErrors.notFound(id)
  return sp
}

function instantiate(ctx: GraphContext): GraphResult {
  requireScope(ctx, APP_WRITE, 'directory')
  requireRole(ctx, APP_ADMIN_ROLES, 'directory')
  const id = param(ctx.params, 'id')
  const template = ctx.state.gallery.find((t) => t.id === id)
  if (!template) throw graphErrors.notFound(id)
  const displayName = getString(bodyObject(ctx.req.body), 'displayName')
  if (!displayName || displayName.trim() === '')
    throw graphErrors.badRequest("Property 'displayName' is required.")
  const { app, sp } = instantiateTemplate(ctx.state, ctx.principal.tenant, template, displayName)

  // Fault: the app is created, but the caller is told otherwise (or never told at all).
  const fault = ctx.state.knobs.instantiate
  if (fault.mode !== 'normal' && (fault.remaining === null || fault.remaining > 0)) {
    if (fault.remaining !== null) fault.remaining -= 1
    if (fault.mode === 'not-found') throw graphErrors.notFound(id)
    if (fault.mode === 'gateway-timeout')
      throw new GraphError(504, 'GatewayTimeout', 'The operation timed out.')
    if (!ctx.req.inBatch) return { status: 0, socketAction: { kind: 'hold', ms: fault.holdSeconds * 1000 } }
    throw new GraphError(504, 'GatewayTimeout', 'The operation timed out.')
  }
  if (fault.shape === 'legacy-objectId')
    return ok(legacyApplicationServicePrincipal(app, sp, ctx.principal.tenant.id), 201)
  return ok(
    {
      '@odata.context': `${graphRoot(ctx.state)}/$metadata#microsoft.graph.applicationServicePrincipal`,
      application: applicationJson(app, template.redirectUris),
      servicePrincipal: servicePrincipalJson(sp, template.redirectUris),
    },
    201,
  )
}

/** A deleted item as Graph shows it: the object with its type and when it was deleted. */
function deletedItemJson(ctx: GraphContext, item: DeletedItem): Record<string, unknown> {
  const uris = redirectUris(ctx, item.obj.applicationTemplateId)
  return {
    '@odata.type': `#microsoft.graph.${item.kind}`,
    ...(item.kind === 'application' ? applicationJson(item.obj, uris) : servicePrincipalJson(item.obj, uris)),
    deletedDateTime: new Date(item.deletedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  }
}

/** GET /directory/deletedItems/microsoft.graph.{kind}: https://learn.microsoft.com/graph/api/directory-deleteditems-list?view=graph-rest-1.0 */
function listDeleted(kind: DeletedItem['kind']): GraphHandler {
  return (ctx) => {
    requireScope(ctx, APP_READ, 'directory')
    const items = deletedItemsOf(ctx.state, ctx.principal.tenant, kind).map((d) => deletedItemJson(ctx, d))
    return listResponse(ctx, items, {
      resource: kind,
      context: `directory/deletedItems/microsoft.graph.${kind}`,
      filterable: ['id', 'appId', 'displayName', 'applicationTemplateId'],
      maxTop: 999,
      defaultTop: 100,
      directory: true,
    })
  }
}

function patchDisplayName(ctx: GraphContext, target: { displayName: string }): void {
  const body = bodyObject(ctx.req.body)
  const name = body.displayName
  if (name !== undefined) {
    if (typeof name !== 'string' || name.trim() === '')
      throw graphErrors.badRequest("Invalid value specified for property 'displayName'.")
    target.displayName = name
  }
}

export function registerApplicationRoutes(router: Router<GraphHandler>): void {
  router
    .add('GET', '/applicationTemplates', (ctx) =>
      listResponse(
        ctx,
        ctx.state.gallery.map((t) => ({ ...templateJson(t) })),
        {
          resource: 'applicationTemplate',
          context: 'applicationTemplates',
          filterable: ['displayName', 'categories'],
          maxTop: 999,
          defaultTop: 999,
        },
      ),
    )
    .add('GET', '/applicationTemplates/:id', (ctx) => {
      const id = param(ctx.params, 'id')
      const t = ctx.state.gallery.find((x) => x.id === id)
      if (!t) throw graphErrors.notFound(id)
      return entityResponse(ctx, { ...templateJson(t) }, 'applicationTemplates/$entity')
    })
    .add('POST', '/applicationTemplates/:id/instantiate', instantiate)
    .add('GET', '/applications', (ctx) => {
      requireScope(ctx, APP_READ, 'directory')
      const apps = [...ctx.principal.tenant.applications.values()]
        .filter((a) => isVisible(ctx.state, a))
        .map((a) => applicationJson(a, redirectUris(ctx, a.applicationTemplateId)))
      return listResponse(ctx, apps, {
        resource: 'application',
        context: 'applications',
        filterable: [
          'id',
          'appId',
          'displayName',
          'applicationTemplateId',
          'identifierUris',
          'signInAudience',
          'tags',
        ],
        searchable: ['displayName'],
        maxTop: 999,
        defaultTop: 100,
        directory: true,
      })
    })
    .add('GET', '/applications/:id', (ctx) => {
      requireScope(ctx, APP_READ, 'directory')
      const app = findApp(ctx, param(ctx.params, 'id'))
      return entityResponse(
        ctx,
        applicationJson(app, redirectUris(ctx, app.applicationTemplateId)),
        'applications/$entity',
      )
    })
    .add('PATCH', '/applications/:id', (ctx) => {
      requireScope(ctx, APP_WRITE, 'directory')
      requireRole(ctx, APP_ADMIN_ROLES, 'directory')
      const app = findApp(ctx, param(ctx.params, 'id'))
      patchRegistration(app, bodyObject(ctx.req.body))
      // The tenant's service principal follows its application's name.
      for (const sp of ctx.principal.tenant.servicePrincipals.values())
        if (sp.applicationObjectId === app.id) sp.displayName = app.displayName
      return noContent()
    })
    .add('DELETE', '/applications/:id', (ctx) => {
      requireScope(ctx, APP_WRITE, 'directory')
      requireRole(ctx, APP_ADMIN_ROLES, 'directory')
      deleteApplication(ctx.state, ctx.principal.tenant, findApp(ctx, param(ctx.params, 'id')))
      return noContent()
    })
    .add('GET', '/directory/deletedItems/microsoft.graph.application', listDeleted('application'))
    .add('GET', '/directory/deletedItems/microsoft.graph.servicePrincipal', listDeleted('servicePrincipal'))
    // https://learn.microsoft.com/graph/api/directory-deleteditems-get?view=graph-rest-1.0
    .add('GET', '/directory/deletedItems/:id', (ctx) => {
      requireScope(ctx, APP_READ, 'directory')
      const id = param(ctx.params, 'id')
      const item = [
        ...deletedItemsOf(ctx.state, ctx.principal.tenant, 'application'),
        ...deletedItemsOf(ctx.state, ctx.principal.tenant, 'servicePrincipal'),
      ].find((d) => d.obj.id === id)
      if (!item) throw graphErrors.notFound(id)
      return entityResponse(ctx, deletedItemJson(ctx, item), 'directory/deletedItems/$entity')
    })
    .add('GET', '/servicePrincipals', (ctx) => {
      requireScope(ctx, APP_READ, 'directory')
      const sps = [...ctx.principal.tenant.servicePrincipals.values()]
        .filter((s) => isVisible(ctx.state, s))
        .map((s) => servicePrincipalJson(s, redirectUris(ctx, s.applicationTemplateId)))
      return listResponse(ctx, sps, {
        resource: 'servicePrincipal',
        context: 'servicePrincipals',
        filterable: [
          'id',
          'appId',
          'displayName',
          'applicationTemplateId',
          'servicePrincipalType',
          'tags',
          'accountEnabled',
          'servicePrincipalNames',
        ],
        searchable: ['displayName'],
        maxTop: 999,
        defaultTop: 100,
        directory: true,
      })
    })
    .add('GET', '/servicePrincipals/:id', (ctx) => {
      requireScope(ctx, APP_READ, 'directory')
      const sp = findServicePrincipal(ctx, param(ctx.params, 'id'))
      return entityResponse(
        ctx,
        servicePrincipalJson(sp, redirectUris(ctx, sp.applicationTemplateId)),
        'servicePrincipals/$entity',
      )
    })
    .add('PATCH', '/servicePrincipals/:id', (ctx) => {
      requireScope(ctx, APP_WRITE, 'directory')
      requireRole(ctx, APP_ADMIN_ROLES, 'directory')
      const sp = findServicePrincipal(ctx, param(ctx.params, 'id'))
      patchDisplayName(ctx, sp)
      const body = bodyObject(ctx.req.body)
      const required = body.appRoleAssignmentRequired
      if (typeof required === 'boolean') sp.appRoleAssignmentRequired = required
      // tags is a writable, non-nullable string collection; a PATCH replaces the whole list.
      // https://learn.microsoft.com/graph/api/serviceprincipal-update
      if (body.tags !== undefined) {
        if (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string'))
          throw graphErrors.badRequest("Invalid value specified for property 'tags'.")
        sp.tags = [...(body.tags as string[])]
      }
      return noContent()
    })
    .add('DELETE', '/servicePrincipals/:id', (ctx) => {
      requireScope(ctx, APP_WRITE, 'directory')
      requireRole(ctx, APP_ADMIN_ROLES, 'directory')
      deleteServicePrincipal(
        ctx.state,
        ctx.principal.tenant,
        findServicePrincipal(ctx, param(ctx.params, 'id')),
      )
      return noContent()
    })
}
