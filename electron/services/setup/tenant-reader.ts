import type {
  AppRole,
  AppRoleAssignment,
  Application,
  ApplicationTemplate,
  DirectoryRole,
  Group,
  ServicePrincipal,
  SubscribedSku,
  SynchronizationJob,
  SynchronizationSchema,
  SynchronizationTemplate,
  User,
} from '@microsoft/microsoft-graph-types'

import { fail, ok, type AppError, type Result } from '../../../shared/result'
import { graphDetails, type GraphApi } from '../graph/graph-api'
import { contains, eq, odataQuery } from '../graph/odata'
import { displayName, errorOf, msg } from '../../../shared/i18n/message'

/** A Graph collection page. */
interface Page<T> {
  value: T[]
  '@odata.nextLink'?: string
}

/** The Graph path of a provisioning job; actions and the schema hang off it. */
export function jobPath(ids: { spId: string; jobId: string }): string {
  return `/servicePrincipals/${ids.spId}/synchronization/jobs/${encodeURIComponent(ids.jobId)}`
}

/** Entra ID P1 and P2 service plans (group assignment needs one of them). */
const P1_PLAN = '41781fb2-bc02-4b7c-bd55-b576c07bb09d'
const P2_PLAN = 'eec0eb4f-6444-4f95-aba0-50c24d67f998'

/** The Entra ID P1/P2 licences among the tenant's subscriptions (enabled or in grace, plan provisioned). */
export function premiumFrom(skus: readonly SubscribedSku[]): { p1: boolean; p2: boolean } {
  const plans = new Set(
    skus
      .filter((s) => s.capabilityStatus === 'Enabled' || s.capabilityStatus === 'Warning')
      .flatMap((s) =>
        (s.servicePlans ?? []).filter((p) => p.provisioningStatus === 'Success').map((p) => p.servicePlanId),
      ),
  )
  return { p1: plans.has(P1_PLAN) || plans.has(P2_PLAN), p2: plans.has(P2_PLAN) }
}

/** The gallery templates named exactly `displayName` (any case) that support automatic provisioning. */
export function provisioningTemplates<
  T extends Pick<ApplicationTemplate, 'displayName' | 'supportedProvisioningTypes'>,
>(templates: readonly T[], displayName: string): T[] {
  return templates.filter(
    (t) =>
      t.displayName?.toLowerCase() === displayName.toLowerCase() &&
      (t.supportedProvisioningTypes ?? []).includes('sync'),
  )
}

/** The error when several gallery entries with provisioning could be HelloID's. */
function lookAlikes(
  displayName: string,
  templates: readonly Pick<ApplicationTemplate, 'displayName' | 'publisher'>[],
): AppError {
  const names = templates
    .map((t) => `“${t.displayName ?? ''}”${t.publisher ? ` (${t.publisher})` : ''}`)
    .join(', ')
  return errorOf('GRAPH_ERROR', msg('problems.setup.galleryLookAlikes', { name: displayName, names }), {
    fixWords: msg('problems.setup.galleryLookAlikesFix'),
  })
}

/** True when a failed result is Graph's 404. */
export function isNotFound(result: Result<unknown>): boolean {
  return !result.ok && graphDetails(result.error)?.status === 404
}

/**
 * True when a failed result is worth trying again later: throttling, a 5xx or no answer at all (reset,
 * timeout). Only for calls that are safe to repeat, or that re-read before repeating.
 */
export function isTransient(result: Result<unknown>): boolean {
  if (result.ok) return false
  const status = graphDetails(result.error)?.status ?? null
  return result.error.code === 'NETWORK_ERROR' || status === 429 || (status !== null && status >= 500)
}

/**
 * The read-only Graph queries the engine needs, each returning plain values. Collections follow
 * `@odata.nextLink` up to a bound, so a huge tenant cannot stall a run.
 */
export class TenantReader {
  constructor(private readonly graph: GraphApi) {}

  async all<T>(path: string, headers?: Record<string, string>, maxPages = 20): Promise<Result<T[]>> {
    const items: T[] = []
    let next: string | undefined = path
    for (let page = 0; next && page < maxPages; page++) {
      const result: Result<{ body: Page<T> }> = await this.graph.get<Page<T>>(next, headers)
      if (!result.ok) return result
      items.push(...(result.value.body.value ?? []))
      next = result.value.body['@odata.nextLink']
    }
    return ok(items)
  }

  myDirectoryRoles(): Promise<Result<DirectoryRole[]>> {
    return this.all<DirectoryRole>(
      '/me/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId&$count=true',
      { ConsistencyLevel: 'eventual' },
    )
  }

  /**
   * HelloID's gallery entry. First the entry named exactly `displayName`; if the gallery has none (a
   * renamed entry), the documented fallback `contains(displayName, …)`
   * (https://learn.microsoft.com/graph/api/applicationtemplate-list?view=graph-rest-1.0). Either way only
   * an entry that supports automatic provisioning (`supportedProvisioningTypes` holds `sync`) counts, and
   * when several look alike the person is told which, rather than one being guessed.
   */
  async helloIdTemplate(displayName = 'HelloID'): Promise<Result<ApplicationTemplate | null>> {
    const list = await this.all<ApplicationTemplate>(
      `/applicationTemplates${odataQuery({ $filter: eq('displayName', displayName) })}`,
    )
    if (!list.ok) return list
    const exact = provisioningTemplates(list.value, displayName)
    if (exact.length > 1) return fail(lookAlikes(displayName, exact))
    if (exact[0]) return ok(exact[0])
    const similar = await this.all<ApplicationTemplate>(
      `/applicationTemplates${odataQuery({ $filter: contains('displayName', displayName) })}`,
    )
    if (!similar.ok) return similar
    const candidates = similar.value.filter((t) => (t.supportedProvisioningTypes ?? []).includes('sync'))
    if (candidates.length > 1) return fail(lookAlikes(displayName, candidates))
    return ok(candidates[0] ?? null)
  }

  applicationsFromTemplate(templateId: string): Promise<Result<Application[]>> {
    return this.all<Application>(
      `/applications${odataQuery({
        $filter: eq('applicationTemplateId', templateId),
        $select: ['id', 'appId', 'displayName', 'applicationTemplateId', 'createdDateTime'],
      })}`,
    )
  }

  /**
   * Service principals made from the template, with their tags (where the assistant's mark lives).
   * applicationTemplateId and tags both support $filter eq on servicePrincipal:
   * https://learn.microsoft.com/graph/api/resources/serviceprincipal
   */
  servicePrincipalsFromTemplate(templateId: string): Promise<Result<ServicePrincipal[]>> {
    return this.all<ServicePrincipal>(
      `/servicePrincipals${odataQuery({
        $filter: eq('applicationTemplateId', templateId),
        $select: ['id', 'appId', 'displayName', 'applicationTemplateId', 'tags'],
      })}`,
    )
  }

  async servicePrincipalByAppId(appId: string): Promise<Result<ServicePrincipal | null>> {
    const list = await this.all<ServicePrincipal>(
      `/servicePrincipals${odataQuery({
        $filter: eq('appId', appId),
        $select: [
          'id',
          'appId',
          'displayName',
          'applicationTemplateId',
          'appRoles',
          'appRoleAssignmentRequired',
          'tags',
        ],
      })}`,
    )
    return list.ok ? ok(list.value[0] ?? null) : list
  }

  async servicePrincipal(id: string): Promise<Result<ServicePrincipal>> {
    const r = await this.graph.get<ServicePrincipal>(
      `/servicePrincipals/${id}?$select=id,appId,displayName,applicationTemplateId,appRoles,appRoleAssignmentRequired,tags`,
    )
    return r.ok ? ok(r.value.body) : r
  }

  syncTemplates(spId: string): Promise<Result<SynchronizationTemplate[]>> {
    return this.all<SynchronizationTemplate>(`/servicePrincipals/${spId}/synchronization/templates`)
  }

  jobs(spId: string): Promise<Result<SynchronizationJob[]>> {
    return this.all<SynchronizationJob>(`/servicePrincipals/${spId}/synchronization/jobs`)
  }

  async job(spId: string, jobId: string): Promise<Result<SynchronizationJob>> {
    const r = await this.graph.get<SynchronizationJob>(jobPath({ spId, jobId }))
    return r.ok ? ok(r.value.body) : r
  }

  async schema(spId: string, jobId: string): Promise<Result<SynchronizationSchema>> {
    const r = await this.graph.get<SynchronizationSchema>(`${jobPath({ spId, jobId })}/schema`)
    return r.ok ? ok(r.value.body) : r
  }

  assignments(spId: string): Promise<Result<AppRoleAssignment[]>> {
    return this.all<AppRoleAssignment>(`/servicePrincipals/${spId}/appRoleAssignedTo`)
  }

  async userByRef(ref: string): Promise<Result<User | null>> {
    const r = await this.graph.get<User>(
      `/users/${encodeURIComponent(ref)}?$select=id,displayName,userPrincipalName`,
    )
    if (isNotFound(r)) return ok(null)
    return r.ok ? ok(r.value.body) : r
  }

  async groupByRef(ref: string): Promise<Result<Group | null>> {
    if (/^[0-9a-f-]{36}$/i.test(ref)) {
      const r = await this.graph.get<Group>(`/groups/${ref}?$select=id,displayName`)
      if (isNotFound(r)) return ok(null)
      return r.ok ? ok(r.value.body) : r
    }
    const list = await this.all<Group>(
      `/groups${odataQuery({ $filter: eq('displayName', ref), $select: ['id', 'displayName'] })}`,
    )
    if (!list.ok) return list
    if (list.value.length > 1) {
      return fail(errorOf('INVALID_INPUT', msg('problems.setup.groupAmbiguous', { group: displayName(ref) })))
    }
    return ok(list.value[0] ?? null)
  }

  async groupHasNestedGroups(groupId: string): Promise<Result<boolean>> {
    const members = await this.all<{ '@odata.type'?: string }>(`/groups/${groupId}/members?$select=id`)
    return members.ok ? ok(members.value.some((m) => m['@odata.type'] === '#microsoft.graph.group')) : members
  }
}

/**
 * The app role to assign: enabled, for users, preferably named "User"; never
 * msiam_access ("Default Access", whose holders are not provisioned) nor the zero GUID.
 */
export function chooseAppRole(roles: readonly AppRole[]): AppRole | null {
  const usable = roles.filter(
    (r) =>
      r.isEnabled !== false &&
      (r.allowedMemberTypes ?? []).includes('User') &&
      r.displayName !== 'msiam_access' &&
      r.id !== '00000000-0000-0000-0000-000000000000',
  )
  return usable.find((r) => r.value === 'User' || r.displayName === 'User') ?? usable[0] ?? null
}
