import type { Router } from '../../core/router'
import { LOG_READER_ROLES } from '../../tenant/roles'
import { hasPremium } from '../../tenant/skus'
import { requireRole, requireScope } from '../auth'
import { listResponse } from '../collection'
import type { GraphHandler } from '../context'
import { graphErrors } from '../errors'

const FILTERABLE = [
  'id',
  'activityDateTime',
  'tenantId',
  'jobId',
  'cycleId',
  'changeId',
  'provisioningAction',
  'servicePrincipal/id',
  'servicePrincipal/displayName',
  'sourceIdentity/id',
  'sourceIdentity/displayName',
  'targetIdentity/id',
  'targetIdentity/displayName',
  'provisioningStatusInfo/status',
]

export function registerAuditLogRoutes(router: Router<GraphHandler>): void {
  router.add('GET', '/auditLogs/provisioning', (ctx) => {
    requireScope(ctx, ['AuditLog.Read.All'], 'directory')
    requireRole(ctx, LOG_READER_ROLES, 'directory')
    if (!hasPremium(ctx.principal.tenant.license)) throw graphErrors.nonPremium()
    // Identity & access reports: 5 requests per 10 s per app per tenant.
    const wait = ctx.state.limits.reports.take(`${ctx.principal.tenant.id}|${ctx.principal.appId}`)
    if (wait !== undefined) throw graphErrors.throttled(String(wait))
    // Microsoft documents no default order, only `$orderby`; in the order written (oldest first), a
    // client that wants the newest must ask for it.
    // https://learn.microsoft.com/graph/api/provisioningobjectsummary-list?view=graph-rest-1.0
    const asWritten = [...ctx.principal.tenant.provisioningLogs] as unknown as Record<string, unknown>[]
    return listResponse(ctx, asWritten, {
      resource: 'provisioningObjectSummary',
      context: 'auditLogs/provisioning',
      filterable: FILTERABLE,
      maxTop: 1000,
      defaultTop: 50,
      caseSensitive: true,
    })
  })
}
