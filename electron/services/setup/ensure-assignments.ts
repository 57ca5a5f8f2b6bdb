import type { AppRole } from '@microsoft/microsoft-graph-types'

import { fail, ok, type Result } from '../../../shared/result'
import type { BatchItem } from '../graph/graph-api'
import { lookUpPrincipals } from './principal-lookup'
import type { RunContext } from './run-context'
import { chooseAppRole, isNotFound, isTransient } from './tenant-reader'
import type { AssignmentTarget } from './types'
import { delayFor, waitUntil } from './waits'
import { displayName, errorOf, identifier, msg } from '../../../shared/i18n/message'

/** A principal resolved to its object id. */
export interface Principal {
  target: AssignmentTarget
  id: string
  displayName: string
}

const DUPLICATE = /already exists/i
/** Rounds of retries for assignments Entra refused for now (replication, throttling, 5xx). */
const MAX_ROUNDS = 8

/**
 * Resolves every principal to assign, read-only, in `$batch`es of 20. Apply does this before its first
 * write, so a typo in a name stops the run before anything is created.
 */
export async function resolvePrincipals(
  ctx: RunContext,
  targets: readonly AssignmentTarget[],
): Promise<Result<Principal[]>> {
  const found = await lookUpPrincipals(ctx.graph, ctx.reader, targets)
  if (!found.ok) return found
  const principals: Principal[] = []
  for (const [index, target] of targets.entries()) {
    const value = found.value[index]
    if (!value?.id)
      return fail(
        errorOf(
          'INVALID_INPUT',
          target.kind === 'user'
            ? msg('problems.setup.noUser', { user: identifier(target.ref) })
            : msg('problems.setup.noGroup', { group: displayName(target.ref) }),
        ),
      )
    principals.push({ target, id: value.id, displayName: value.displayName ?? target.ref })
  }
  return ok(principals)
}

/**
 * Step 20: assign users and groups with a role other than Default Access. Reads the
 * current assignments first and only adds what is missing, in `$batch`es of 20; an answer saying the
 * assignment already exists counts as done, so a lost answer can simply be sent again. 404s right after
 * the app was created, throttling and 5xx are retried for a bounded number of rounds.
 */
export async function ensureAssignments(
  ctx: RunContext,
  spId: string,
  targets: readonly AssignmentTarget[],
  resolved?: readonly Principal[],
): Promise<Result<{ added: number; existing: number; role: string }>> {
  if (targets.length === 0) return ok({ added: 0, existing: 0, role: '' })
  const sp = await waitUntil(() => ctx.reader.servicePrincipal(spId), {
    policy: ctx.timing.replication,
    retryable: (r) => isNotFound(r) || isTransient(r),
    sleep: ctx.sleep,
  })
  if (!sp.ok) return sp
  const role: AppRole | null = chooseAppRole(sp.value.appRoles ?? [])
  if (!role?.id) {
    return fail(errorOf('GRAPH_ERROR', msg('problems.apply.noUserRole')))
  }

  let principals: readonly Principal[]
  if (resolved) principals = resolved
  else {
    const found = await resolvePrincipals(ctx, targets)
    if (!found.ok) return found
    principals = found.value
  }

  const current = await waitUntil(() => ctx.reader.assignments(spId), {
    policy: ctx.timing.replication,
    retryable: (r) => isNotFound(r) || isTransient(r),
    sleep: ctx.sleep,
  })
  if (!current.ok) return current
  const has = new Set(current.value.map((a) => `${a.principalId}:${a.appRoleId}`))
  const missing = principals.filter(
    (p, index) => !has.has(`${p.id}:${role.id}`) && principals.findIndex((q) => q.id === p.id) === index,
  )
  let existing = principals.length - missing.length
  let added = 0
  await ctx.boundary('before-assignments')

  for (let start = 0; start < missing.length; start += 20) {
    let chunk = missing.slice(start, start + 20)
    for (let round = 0; chunk.length > 0 && round < MAX_ROUNDS; round++) {
      if (round > 0) await ctx.sleep(delayFor(ctx.timing.replication, round - 1))
      const items: BatchItem[] = chunk.map((p, index) => ({
        id: String(index),
        method: 'POST',
        url: `/servicePrincipals/${spId}/appRoleAssignedTo`,
        headers: { 'Content-Type': 'application/json' },
        body: { principalId: p.id, resourceId: spId, appRoleId: role.id },
      }))
      const answers = await ctx.graph.batch(items, 'write')
      if (!answers.ok) {
        // Assignments are duplicate-safe, so a lost or refused batch is simply sent again.
        if (isTransient(answers)) continue
        return answers
      }
      const retry: Principal[] = []
      for (const [index, p] of chunk.entries()) {
        const answer = answers.value.get(String(index))
        const message = JSON.stringify(answer?.body ?? '')
        if (answer && answer.status >= 200 && answer.status < 300) {
          added++
          await ctx.journal.append({
            runId: ctx.runId,
            event: 'assignment-added',
            ids: { servicePrincipalId: spId, principalId: p.id },
          })
        } else if (answer?.status === 400 && DUPLICATE.test(message)) {
          existing++
        } else if (
          !answer ||
          answer.status === 404 ||
          answer.status === 409 ||
          answer.status === 429 ||
          answer.status >= 500 ||
          (answer.status === 400 && /Not a valid reference update/i.test(message))
        ) {
          retry.push(p)
        } else {
          return fail(
            errorOf(
              'GRAPH_ERROR',
              msg('problems.apply.assignRefused', {
                name: displayName(p.displayName),
                status: answer.status,
              }),
              { status: answer.status },
            ),
          )
        }
      }
      chunk = retry
    }
    if (chunk.length > 0) {
      return fail(errorOf('GRAPH_ERROR', msg('problems.apply.assignKeptRefusing', { count: chunk.length })))
    }
  }
  return ok({ added, existing, role: role.displayName ?? role.value ?? 'User' })
}
