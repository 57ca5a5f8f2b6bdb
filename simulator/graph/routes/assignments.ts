import { param, type Router } from '../../core/router'
import { appRoleAssignmentId, isGuid } from '../../core/ids'
import { getString } from '../../core/json'
import type { AssignmentObj } from '../../state/objects'
import { APP_ADMIN_ROLES } from '../../tenant/roles'
import { requireRole, requireScope } from '../auth'
import { bodyObject } from '../body'
import { entityResponse, listResponse } from '../collection'
import { graphRoot, noContent, ok, type GraphHandler } from '../context'
import { graphErrors } from '../errors'
import { assignmentJson } from '../serializers'
import { findServicePrincipal } from './applications'
import { DEFAULT_ACCESS_ROLE } from '../../engine/scope'

const READ = [
  'Application.Read.All',
  'Application.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
]
const WRITE = ['AppRoleAssignment.ReadWrite.All']
const COMPANION = ['Application.Read.All', 'Directory.Read.All']

export function registerAssignmentRoutes(router: Router<GraphHandler>): void {
  router
    .add('GET', '/servicePrincipals/:id/appRoleAssignedTo', (ctx) => {
      requireScope(ctx, READ, 'directory')
      const sp = findServicePrincipal(ctx, param(ctx.params, 'id'))
      const items = [...ctx.principal.tenant.assignments.values()]
        .filter((a) => a.resourceId === sp.id)
        .map((a) => ({ ...assignmentJson(a) }))
      return listResponse(ctx, items, {
        resource: 'appRoleAssignment',
        context: `servicePrincipals('${sp.id}')/appRoleAssignedTo`,
        filterable: ['principalDisplayName', 'resourceId', 'principalId', 'appRoleId', 'principalType'],
        maxTop: 999,
        defaultTop: 100,
        directory: true,
      })
    })
    .add('GET', '/servicePrincipals/:id/appRoleAssignedTo/:assignmentId', (ctx) => {
      requireScope(ctx, READ, 'directory')
      const sp = findServicePrincipal(ctx, param(ctx.params, 'id'))
      const id = param(ctx.params, 'assignmentId')
      const a = ctx.principal.tenant.assignments.get(id)
      if (!a || a.resourceId !== sp.id) throw graphErrors.notFound(id)
      return entityResponse(
        ctx,
        { ...assignmentJson(a) },
        `servicePrincipals('${sp.id}')/appRoleAssignedTo/$entity`,
      )
    })
    .add('POST', '/servicePrincipals/:id/appRoleAssignedTo', (ctx) => {
      requireScope(ctx, WRITE, 'directory')
      requireScope(ctx, COMPANION, 'directory')
      requireRole(ctx, APP_ADMIN_ROLES, 'directory')
      const sp = findServicePrincipal(ctx, param(ctx.params, 'id'))
      const body = bodyObject(ctx.req.body)
      const principalId = getString(body, 'principalId')
      const resourceId = getString(body, 'resourceId')
      const appRoleId = getString(body, 'appRoleId')
      if (!principalId || !isGuid(principalId))
        throw graphErrors.badRequest(
          "Invalid value specified for property 'principalId' of resource 'AppRoleAssignment'.",
        )
      if (!appRoleId || !isGuid(appRoleId))
        throw graphErrors.badRequest(
          "Invalid value specified for property 'appRoleId' of resource 'AppRoleAssignment'.",
        )
      if (!resourceId || resourceId.toLowerCase() !== sp.id)
        throw graphErrors.badRequest(
          "Invalid value specified for property 'resourceId' of resource 'AppRoleAssignment'.",
        )
      const t = ctx.principal.tenant
      const user = t.users.get(principalId.toLowerCase())
      const group = user ? undefined : t.groups.get(principalId.toLowerCase())
      if (!user && !group) throw graphErrors.notFound(principalId)
      const roleOk =
        appRoleId === DEFAULT_ACCESS_ROLE
          ? sp.appRoles.length === 0
          : sp.appRoles.some(
              (r) => r.id === appRoleId.toLowerCase() && r.isEnabled && r.allowedMemberTypes.includes('User'),
            )
      if (!roleOk)
        throw graphErrors.badRequest(`Permission being assigned was not found on application '${sp.appId}'.`)
      for (const a of t.assignments.values()) {
        if (
          a.resourceId === sp.id &&
          a.principalId === principalId.toLowerCase() &&
          a.appRoleId === appRoleId.toLowerCase()
        )
          throw graphErrors.badRequest('Permission being assigned already exists on the object.')
      }
      const created: AssignmentObj = {
        id: appRoleAssignmentId(principalId.toLowerCase(), ctx.state.streams.ids),
        appRoleId: appRoleId.toLowerCase(),
        principalId: principalId.toLowerCase(),
        principalType: user ? 'User' : 'Group',
        principalDisplayName: (user ?? group)?.displayName ?? '',
        resourceId: sp.id,
        resourceDisplayName: sp.displayName,
        createdDateTime: `${new Date(ctx.state.clock.now()).toISOString().slice(0, 23)}0000Z`,
      }
      t.assignments.set(created.id, created)
      return ok(
        {
          '@odata.context': `${graphRoot(ctx.state)}/$metadata#servicePrincipals('${sp.id}')/appRoleAssignedTo/$entity`,
          ...assignmentJson(created),
        },
        201,
      )
    })
    .add('DELETE', '/servicePrincipals/:id/appRoleAssignedTo/:assignmentId', (ctx) => {
      requireScope(ctx, WRITE, 'directory')
      requireRole(ctx, APP_ADMIN_ROLES, 'directory')
      const sp = findServicePrincipal(ctx, param(ctx.params, 'id'))
      const id = param(ctx.params, 'assignmentId')
      const a = ctx.principal.tenant.assignments.get(id)
      if (!a || a.resourceId !== sp.id) throw graphErrors.notFound(id)
      ctx.principal.tenant.assignments.delete(id)
      return noContent()
    })
    .add('GET', '/users/:id/appRoleAssignments', (ctx) => {
      requireScope(ctx, READ, 'directory')
      const id = param(ctx.params, 'id')
      const user = ctx.principal.tenant.findUser(id)
      if (!user) throw graphErrors.notFound(id)
      const items = [...ctx.principal.tenant.assignments.values()]
        .filter((a) => a.principalId === user.id)
        .map((a) => ({ ...assignmentJson(a) }))
      return listResponse(ctx, items, {
        resource: 'appRoleAssignment',
        context: `users('${user.id}')/appRoleAssignments`,
        filterable: ['resourceId', 'appRoleId'],
        maxTop: 999,
        defaultTop: 100,
        directory: true,
      })
    })
}
