import type { Group, User } from '@microsoft/microsoft-graph-types'

import { ok, type Result } from '../../../shared/result'
import type { BatchAnswer, BatchItem, GraphApi } from '../graph/graph-api'
import { odataQuery, searchClause } from '../graph/odata'

/** One user or group found for the assignment picker. */
export interface DirectoryHit {
  kind: 'user' | 'group'
  id: string
  displayName: string
  /** Users only. */
  userPrincipalName: string | null
  mail: string | null
  /** Groups only: direct members that are users (the ones provisioning reaches); null when unread. */
  memberUsers: number | null
  /** Groups only: direct members that are groups, whose own members are not provisioned. */
  memberGroups: number | null
}

/** How many users and groups one search shows; two counts per group still fit one `$batch` (20). */
export const SEARCH_TOP = 8

/**
 * Directory `$search` needs the ConsistencyLevel header, also inside a `$batch`:
 * https://learn.microsoft.com/en-us/graph/aad-advanced-queries
 */
const EVENTUAL = { ConsistencyLevel: 'eventual' }

/** The longest text searched; Graph's own limit is not documented, a person types far less. */
const MAX_TEXT = 100

/**
 * Searches users and groups as a person types, in two round trips: one `$batch` with `$search` on
 * /users and /groups (https://learn.microsoft.com/en-us/graph/search-query-parameter#using-search-on-directory-object-collections,
 * https://learn.microsoft.com/graph/api/user-list?view=graph-rest-1.0,
 * https://learn.microsoft.com/graph/api/group-list?view=graph-rest-1.0), then one `$batch` counting
 * each group's direct members that are users and that are groups, with an OData cast and `$count`
 * (https://learn.microsoft.com/graph/api/group-list-members?view=graph-rest-1.0). Provisioning reaches
 * only direct members of an assigned group, so nested groups are worth a warning. Read-only.
 */
export async function searchDirectory(graph: GraphApi, rawText: string): Promise<Result<DirectoryHit[]>> {
  const text = rawText.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT)
  if (text === '') return ok([])
  const found = await graph.batch(
    [
      {
        id: 'users',
        method: 'GET',
        url: `/users${odataQuery({
          $search: [
            searchClause('displayName', text),
            searchClause('userPrincipalName', text),
            searchClause('mail', text),
          ].join(' OR '),
          $select: ['id', 'displayName', 'userPrincipalName', 'mail'],
          $orderby: 'displayName',
          $top: SEARCH_TOP,
          $count: true,
        })}`,
        headers: EVENTUAL,
      },
      {
        id: 'groups',
        method: 'GET',
        url: `/groups${odataQuery({
          $search: [searchClause('displayName', text), searchClause('mail', text)].join(' OR '),
          $select: ['id', 'displayName', 'mail'],
          $orderby: 'displayName',
          $top: SEARCH_TOP,
          $count: true,
        })}`,
        headers: EVENTUAL,
      },
    ],
    'read',
  )
  if (!found.ok) return found
  const users = valueOf<User>(found.value.get('users'))
  const groups = valueOf<Group>(found.value.get('groups'))
  if (!users.ok) return users
  if (!groups.ok) return groups

  const counts = new Map<string, number>()
  const countItems: BatchItem[] = groups.value.flatMap((g) =>
    (['user', 'group'] as const).map((type) => ({
      id: `${type}:${g.id ?? ''}`,
      method: 'GET' as const,
      url: `/groups/${g.id ?? ''}/members/microsoft.graph.${type}${odataQuery({
        $select: ['id'],
        $top: 1,
        $count: true,
      })}`,
      headers: EVENTUAL,
    })),
  )
  if (countItems.length > 0) {
    // Counts only decorate the results: when they cannot be read the hits still show, without them.
    const answered = await graph.batch(countItems, 'read')
    if (answered.ok)
      for (const [id, answer] of answered.value) {
        const count = (answer.body as { '@odata.count'?: unknown } | undefined)?.['@odata.count']
        if (answer.status === 200 && typeof count === 'number') counts.set(id, count)
      }
  }

  return ok([
    ...users.value.map((u): DirectoryHit => ({
      kind: 'user',
      id: u.id ?? '',
      displayName: u.displayName ?? u.userPrincipalName ?? '',
      userPrincipalName: u.userPrincipalName ?? null,
      mail: u.mail ?? null,
      memberUsers: null,
      memberGroups: null,
    })),
    ...groups.value.map((g): DirectoryHit => ({
      kind: 'group',
      id: g.id ?? '',
      displayName: g.displayName ?? '',
      userPrincipalName: null,
      mail: g.mail ?? null,
      memberUsers: counts.get(`user:${g.id ?? ''}`) ?? null,
      memberGroups: counts.get(`group:${g.id ?? ''}`) ?? null,
    })),
  ])
}

/** The `value` of a list answer inside a `$batch`, or the failure worded like a single call's. */
function valueOf<T>(answer: BatchAnswer | undefined): Result<T[]> {
  if (answer && answer.status >= 200 && answer.status < 300)
    return ok(((answer.body as { value?: T[] } | undefined)?.value ?? []).slice(0, SEARCH_TOP))
  const error = (answer?.body as { error?: { code?: string; message?: string } } | undefined)?.error
  return {
    ok: false,
    error: {
      code: answer?.status === 429 ? 'GRAPH_THROTTLED' : 'GRAPH_ERROR',
      message: error?.message || `Microsoft Graph answered ${answer?.status ?? 'nothing'} to the search.`,
      details: { status: answer?.status ?? null, graphCode: error?.code ?? null },
    },
  }
}
