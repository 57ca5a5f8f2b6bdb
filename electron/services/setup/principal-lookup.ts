import type { Group, User } from '@microsoft/microsoft-graph-types'

import { errorOf } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import {
  graphAnswerWords,
  type BatchAnswer,
  type GraphApi,
  type GraphFailureDetails,
} from '../graph/graph-api'
import type { TenantReader } from './tenant-reader'
import type { AssignmentTarget } from './types'

/** JSON batching carries at most 20 requests (https://learn.microsoft.com/en-us/graph/json-batching). */
const BATCH_LIMIT = 20
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** What a lookup found: the object's id and name, or null when no such principal exists. */
export type FoundPrincipal = Pick<User | Group, 'id' | 'displayName'> | null

/** A failed request inside a `$batch`, in the shape of a failed single call, so it is worded alike. */
function batchFailure(answer: BatchAnswer | undefined, url: string): Result<never> {
  const error = (answer?.body as { error?: { code?: string; message?: string } } | undefined)?.error
  const details: GraphFailureDetails = {
    status: answer?.status ?? null,
    graphCode: error?.code ?? null,
    graphMessage: error?.message ?? null,
    requestId: null,
    clientRequestId: '',
    timedOut: false,
    retryAfterSeconds: null,
    method: 'GET',
    path: url.split('?')[0] ?? url,
  }
  return fail(
    errorOf(
      answer?.status === 429 ? 'GRAPH_THROTTLED' : 'GRAPH_ERROR',
      graphAnswerWords(details, 'problems.graph.lookup'),
      {
        ...details,
      },
    ),
  )
}

/**
 * Looks up the principals to assign, in the order given. Users (by UPN or id) and groups by id go 20
 * to a JSON `$batch`, each as the same GET the single lookups make, so a thousand principals cost 50
 * round trips instead of a thousand. Groups named by display name are few and need a filter that may
 * match several; those go through {@link TenantReader.groupByRef} one by one.
 */
export async function lookUpPrincipals(
  graph: GraphApi,
  reader: TenantReader,
  targets: readonly AssignmentTarget[],
): Promise<Result<FoundPrincipal[]>> {
  const found: FoundPrincipal[] = new Array<FoundPrincipal>(targets.length).fill(null)
  const direct: { index: number; url: string }[] = []
  for (const [index, target] of targets.entries()) {
    if (target.kind === 'user')
      direct.push({ index, url: `/users/${encodeURIComponent(target.ref)}?$select=id,displayName` })
    else if (GUID.test(target.ref))
      direct.push({ index, url: `/groups/${target.ref}?$select=id,displayName` })
    else {
      const group = await reader.groupByRef(target.ref)
      if (!group.ok) return group
      found[index] = group.value
    }
  }
  for (let start = 0; start < direct.length; start += BATCH_LIMIT) {
    const chunk = direct.slice(start, start + BATCH_LIMIT)
    const answers = await graph.batch(
      chunk.map(({ url }, i) => ({ id: String(i), method: 'GET', url })),
      'read',
    )
    if (!answers.ok) return answers
    for (const [i, { index, url }] of chunk.entries()) {
      const answer = answers.value.get(String(i))
      if (answer?.status === 404) continue
      if (!answer || answer.status < 200 || answer.status >= 300) return batchFailure(answer, url)
      found[index] = answer.body as FoundPrincipal
    }
  }
  return ok(found)
}
