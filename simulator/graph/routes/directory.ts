import type { Router } from '../../core/router'
import { param } from '../../core/router'
import { subscribedSkusFor } from '../../tenant/skus'
import { requireScope } from '../auth'
import { entityResponse, listResponse } from '../collection'
import type { GraphContext, GraphHandler } from '../context'
import { graphErrors } from '../errors'
import { DEFAULT_USER_PROPERTIES, directoryRoleJson, groupJson, userJson } from '../serializers'

const USER_READ = ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All']
const USERS_READ = ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All']
const GROUPS_READ = ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All']
const ORG_READ = ['Organization.Read.All', 'Directory.Read.All']

/** Directory roles and groups the caller is a direct (or transitive) member of; roles first. */
function memberships(ctx: GraphContext, userId: string, transitive: boolean): Record<string, unknown>[] {
  const t = ctx.principal.tenant
  const roles = t.roles.filter((r) => r.memberIds.includes(userId)).map(directoryRoleJson)
  const direct = [...t.groups.values()].filter((g) => g.memberIds.includes(userId))
  const groups = new Map(direct.map((g) => [g.id, g]))
  if (transitive) {
    for (let changed = true; changed;) {
      changed = false
      for (const g of t.groups.values()) {
        if (!groups.has(g.id) && g.memberIds.some((m) => groups.has(m))) {
          groups.set(g.id, g)
          changed = true
        }
      }
    }
  }
  return [
    ...roles,
    ...[...groups.values()].map((g) => ({ '@odata.type': '#microsoft.graph.group', ...groupJson(g) })),
  ]
}

function membershipList(transitive: boolean, cast: 'directoryRole' | 'group' | null): GraphHandler {
  return (ctx) => {
    requireScope(ctx, USER_READ, 'directory')
    const eventual = (ctx.req.headers.consistencylevel ?? '').toLowerCase() === 'eventual'
    // An OData cast on a membership collection is an advanced query.
    if (cast !== null && (!eventual || ctx.req.query.get('$count')?.toLowerCase() !== 'true')) {
      throw graphErrors.unsupportedQuery(
        "The requested OData cast needs advanced query capabilities: send 'ConsistencyLevel: eventual' and '$count=true'.",
      )
    }
    let items = memberships(ctx, ctx.principal.user.id, transitive)
    if (cast !== null) items = items.filter((i) => i['@odata.type'] === `#microsoft.graph.${cast}`)
    const context =
      cast === 'directoryRole' ? 'directoryRoles' : cast === 'group' ? 'groups' : 'directoryObjects'
    return listResponse(ctx, items, {
      resource: 'directoryObject',
      context,
      filterable: ['displayName', 'roleTemplateId', 'id'],
      searchable: ['displayName'],
      maxTop: 999,
      defaultTop: 100,
      directory: true,
    })
  }
}

/**
 * A group's direct members, optionally cast to users or groups. The cast is an advanced query: it
 * needs `ConsistencyLevel: eventual` and `$count=true`
 * (https://learn.microsoft.com/graph/api/group-list-members?view=graph-rest-1.0).
 */
function groupMembers(cast: 'user' | 'group' | null): GraphHandler {
  return (ctx) => {
    requireScope(ctx, GROUPS_READ, 'directory')
    const eventual = (ctx.req.headers.consistencylevel ?? '').toLowerCase() === 'eventual'
    if (cast !== null && (!eventual || ctx.req.query.get('$count')?.toLowerCase() !== 'true'))
      throw graphErrors.unsupportedQuery(
        "The requested OData cast needs advanced query capabilities: send 'ConsistencyLevel: eventual' and '$count=true'.",
      )
    const id = param(ctx.params, 'id')
    const t = ctx.principal.tenant
    const group = t.groups.get(id)
    if (!group) throw graphErrors.notFound(id)
    const members: Record<string, unknown>[] = []
    for (const memberId of group.memberIds) {
      const u = t.users.get(memberId)
      if (u && cast !== 'group') members.push({ '@odata.type': '#microsoft.graph.user', ...userJson(u) })
      const g = t.groups.get(memberId)
      if (g && cast !== 'user') members.push({ '@odata.type': '#microsoft.graph.group', ...groupJson(g) })
    }
    return listResponse(ctx, members, {
      resource: cast ?? 'directoryObject',
      context: cast === 'user' ? 'users' : cast === 'group' ? 'groups' : 'directoryObjects',
      filterable: ['id', 'displayName'],
      searchable: ['displayName'],
      maxTop: 999,
      defaultTop: 100,
      directory: true,
    })
  }
}

export function registerDirectoryRoutes(router: Router<GraphHandler>): void {
  router
    .add('GET', '/me', (ctx) => {
      requireScope(ctx, USER_READ, 'directory')
      return entityResponse(ctx, userJson(ctx.principal.user), 'users/$entity', DEFAULT_USER_PROPERTIES)
    })
    .add('GET', '/me/memberOf', membershipList(false, null))
    .add('GET', '/me/transitiveMemberOf', membershipList(true, null))
    .add('GET', '/me/memberOf/microsoft.graph.directoryRole', membershipList(false, 'directoryRole'))
    .add('GET', '/me/transitiveMemberOf/microsoft.graph.directoryRole', membershipList(true, 'directoryRole'))
    .add('GET', '/me/transitiveMemberOf/microsoft.graph.group', membershipList(true, 'group'))
    .add('GET', '/organization', (ctx) => {
      requireScope(ctx, [...USER_READ, ...ORG_READ], 'directory')
      const t = ctx.principal.tenant
      const org = {
        id: t.id,
        displayName: t.displayName,
        tenantType: 'AAD',
        createdDateTime: t.createdDateTime,
        countryLetterCode: 'NL',
        verifiedDomains: [
          {
            capabilities: 'Email, OfficeCommunicationsOnline',
            isDefault: true,
            isInitial: true,
            name: t.domain,
            type: 'Managed',
          },
        ],
      }
      return listResponse(ctx, [org], {
        resource: 'organization',
        context: 'organization',
        maxTop: 999,
        defaultTop: 100,
      })
    })
    .add('GET', '/subscribedSkus', (ctx) => {
      requireScope(ctx, ORG_READ, 'directory')
      if (ctx.state.knobs.licenceReadDenied) throw graphErrors.forbidden()
      if (ctx.req.query.get('$filter') !== null)
        throw graphErrors.unsupportedQuery('Filtering is not supported on subscribedSkus.')
      const skus = subscribedSkusFor(
        ctx.principal.tenant.id,
        ctx.principal.tenant.license,
      ) as unknown as Record<string, unknown>[]
      return listResponse(ctx, skus, {
        resource: 'subscribedSku',
        context: 'subscribedSkus',
        maxTop: 999,
        defaultTop: 999,
      })
    })
    .add('GET', '/users', (ctx) => {
      requireScope(ctx, USERS_READ, 'directory')
      const users = [...ctx.principal.tenant.users.values()].map(userJson)
      return listResponse(ctx, users, {
        resource: 'User',
        context: 'users',
        filterable: [
          'id',
          'displayName',
          'userPrincipalName',
          'mail',
          'givenName',
          'surname',
          'userType',
          'accountEnabled',
          'employeeId',
          'department',
          'jobTitle',
          'mailNickname',
        ],
        searchable: [
          'displayName',
          'mail',
          'userPrincipalName',
          'givenName',
          'surname',
          'mailNickname',
          'jobTitle',
          'department',
        ],
        defaultSelect: DEFAULT_USER_PROPERTIES,
        maxTop: 999,
        defaultTop: 100,
        directory: true,
      })
    })
    .add('GET', '/users/:id', (ctx) => {
      const id = param(ctx.params, 'id')
      const user = ctx.principal.tenant.findUser(id)
      if (!(user && user.id === ctx.principal.user.id)) requireScope(ctx, USERS_READ, 'directory')
      if (!user) throw graphErrors.notFound(id)
      return entityResponse(ctx, userJson(user), 'users/$entity', DEFAULT_USER_PROPERTIES)
    })
    .add('GET', '/users/:id/manager', (ctx) => {
      requireScope(ctx, USERS_READ, 'directory')
      const id = param(ctx.params, 'id')
      const user = ctx.principal.tenant.findUser(id)
      if (!user) throw graphErrors.notFound(id)
      const manager = user.managerId ? ctx.principal.tenant.users.get(user.managerId) : undefined
      if (!manager) throw graphErrors.notFound('manager')
      return entityResponse(
        ctx,
        { '@odata.type': '#microsoft.graph.user', ...userJson(manager) },
        'directoryObjects/$entity',
      )
    })
    .add('GET', '/groups', (ctx) => {
      requireScope(ctx, GROUPS_READ, 'directory')
      const groups = [...ctx.principal.tenant.groups.values()].map(groupJson)
      return listResponse(ctx, groups, {
        resource: 'Group',
        context: 'groups',
        filterable: [
          'id',
          'displayName',
          'mail',
          'mailNickname',
          'securityEnabled',
          'mailEnabled',
          'groupTypes',
        ],
        searchable: ['displayName', 'description', 'mail', 'mailNickname'],
        maxTop: 999,
        defaultTop: 100,
        directory: true,
      })
    })
    .add('GET', '/groups/:id', (ctx) => {
      requireScope(ctx, GROUPS_READ, 'directory')
      const id = param(ctx.params, 'id')
      const group = ctx.principal.tenant.groups.get(id)
      if (!group) throw graphErrors.notFound(id)
      return entityResponse(ctx, groupJson(group), 'groups/$entity')
    })
    .add('GET', '/groups/:id/members', groupMembers(null))
    .add('GET', '/groups/:id/members/microsoft.graph.user', groupMembers('user'))
    .add('GET', '/groups/:id/members/microsoft.graph.group', groupMembers('group'))
}
