import type { ProvisioningObjectSummary } from '@microsoft/microsoft-graph-types'

import type { Message } from '../../../shared/contract'
import { errorOf, identifier, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { eq, odataQuery } from '../graph/odata'
import type { RunContext } from './run-context'
import { jobPath } from './tenant-reader'

/** One step Entra took for the user, in words. */
export interface OnDemandStep {
  name: string
  type: string
  status: string
  description: string
}

/** What provisioning one user on demand showed, made readable. */
export interface OnDemandReport {
  result: string
  errorCode: string | null
  errorMessage: string | null
  steps: OnDemandStep[]
  /** Why the user does or does not sync, as catalog words (the screens and the CLI word it). */
  explanation: Message
}

interface StepReport {
  provisioningSteps?: {
    name?: string
    type?: string
    status?: string
    description?: string
    details?: Record<string, unknown>
  }[]
}

function parseJsonString(text: unknown): unknown {
  if (typeof text !== 'string') return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * Parses provisionOnDemand's answer, whose key and value are both JSON encoded as strings.
 * Handles both shapes: a `{result, details}` key with one report, or a StatusInfo key with an
 * array of reports.
 */
export function parseOnDemandResponse(body: { key?: unknown; value?: unknown }): OnDemandReport {
  const key = parseJsonString(body.key) as {
    result?: string
    details?: { errorCode?: string; errorMessage?: string }
  } | null
  const value = parseJsonString(body.value)
  const reports: StepReport[] = Array.isArray(value) ? (value as StepReport[]) : value ? [value] : []
  const raw = reports.flatMap((r) => r.provisioningSteps ?? [])
  const steps = raw.map((s) => ({
    name: s.name ?? '',
    type: s.type ?? '',
    status: s.status ?? '',
    description: s.description ?? '',
  }))
  const result =
    key?.result ??
    (steps.some((s) => /fail/i.test(s.status)) ? 'Failure' : steps.length ? 'Success' : 'Unknown')
  const errorCode = key?.details?.errorCode ?? null
  const errorMessage = key?.details?.errorMessage ?? null
  // What Entra said about scope, in its own words: the skip reason and the scoping step's details.
  const scopeText = [
    errorMessage ?? '',
    ...raw
      .filter((s) => /scop/i.test(`${s.type ?? ''} ${s.name ?? ''}`))
      .map((s) => JSON.stringify(s.details ?? {})),
  ].join('\n')
  return {
    result,
    errorCode,
    errorMessage,
    steps,
    explanation: explain(result, errorCode, steps, scopeText),
  }
}

/**
 * Entra skips a user who is not effectively entitled (SkipReason NotEffectivelyEntitled) and says why:
 * "This object is not assigned to the application" or "This object does not have required entitlement
 * for provisioning" (a Default Access assignment); see "The user is not effectively entitled" in
 * https://learn.microsoft.com/entra/identity/app-provisioning/application-provisioning-config-problem-no-users-provisioned
 */
function explain(
  result: string,
  errorCode: string | null,
  steps: OnDemandStep[],
  scopeText: string,
): Message {
  const scoping = steps.find((s) => /scop/i.test(s.type) || /scop/i.test(s.name))
  const skippedForScope =
    errorCode === 'NotEffectivelyEntitled' || (scoping !== undefined && /skip|fail/i.test(scoping.status))
  if (skippedForScope) {
    if (/not assigned to the application|"Assigned to the application":"False"/i.test(scopeText)) {
      return msg('troubleshoot.explain.notAssigned')
    }
    if (/required entitlement|"User has the required role":"False"|default access/i.test(scopeText)) {
      return msg('troubleshoot.explain.defaultAccess')
    }
    return msg('troubleshoot.explain.notInScope')
  }
  if (errorCode === 'RedundantExport') return msg('troubleshoot.explain.upToDate')
  if (result === 'Success') return msg('troubleshoot.explain.provisioned')
  if (/CredentialsMissing/i.test(errorCode ?? '')) return msg('troubleshoot.explain.notSaved')
  return msg('troubleshoot.explain.failed')
}

/**
 * The user's provisioning log entries of this app and job only, newest first. `servicePrincipal/id`,
 * `jobId` and `sourceIdentity/id` are filterable (eq, case-sensitive) and `$orderby` is supported:
 * https://learn.microsoft.com/graph/api/provisioningobjectsummary-list?view=graph-rest-1.0
 */
export function provisioningLogsPath(ids: { spId: string; jobId: string }, userId: string): string {
  const $filter = [
    eq('servicePrincipal/id', ids.spId),
    eq('jobId', ids.jobId),
    eq('sourceIdentity/id', userId),
  ].join(' and ')
  return `/auditLogs/provisioning${odataQuery({ $filter, $orderby: 'activityDateTime desc', $top: 20 })}`
}

/** Newest first whatever order arrived (the ISO timestamps sort as text). */
export function newestFirst(entries: readonly ProvisioningObjectSummary[]): ProvisioningObjectSummary[] {
  return [...entries].sort((a, b) => (b.activityDateTime ?? '').localeCompare(a.activityDateTime ?? ''))
}

/**
 * Troubleshoot "a user does not sync": provisions that user on demand (rule id from the job schema) and
 * reads their provisioning log entries.
 */
export async function troubleshootUser(
  ctx: RunContext,
  ids: { spId: string; jobId: string },
  userRef: string,
): Promise<
  Result<{
    user: { id: string; displayName: string }
    onDemand: OnDemandReport
    logs: ProvisioningObjectSummary[]
  }>
> {
  const user = await ctx.reader.userByRef(userRef)
  if (!user.ok) return user
  if (!user.value?.id)
    return fail(errorOf('INVALID_INPUT', msg('problems.setup.noUser', { user: identifier(userRef) })))
  const schema = await ctx.reader.schema(ids.spId, ids.jobId)
  if (!schema.ok) return schema
  const rule =
    schema.value.synchronizationRules?.find((r) => r.sourceDirectoryName === 'Azure Active Directory') ??
    schema.value.synchronizationRules?.[0]
  if (!rule?.id) return fail(errorOf('GRAPH_ERROR', msg('troubleshoot.noRule')))
  const response = await ctx.graph.call<{ key?: string; value?: string }>({
    method: 'POST',
    path: `${jobPath(ids)}/provisionOnDemand`,
    body: {
      parameters: [{ ruleId: rule.id, subjects: [{ objectId: user.value.id, objectTypeName: 'User' }] }],
    },
  })
  if (!response.ok) return response
  const logs = await ctx.reader.all<ProvisioningObjectSummary>(
    provisioningLogsPath(ids, user.value.id),
    undefined,
    1,
  )
  return ok({
    user: { id: user.value.id, displayName: user.value.displayName ?? userRef },
    onDemand: parseOnDemandResponse(response.value.body),
    logs: logs.ok ? newestFirst(logs.value) : [],
  })
}
