import { createHash } from 'node:crypto'

import { fail, ok, type Result } from '../../../shared/result'
import { graphDetails } from '../graph/graph-api'
import type { RunContext } from './run-context'
import { isTransient, jobPath } from './tenant-reader'
import { waitUntil } from './waits'

/** Turns Entra's Test Connection failure text into plain words; injected from the HelloID service. */
export type ExplainValidation = (message: string) => { message: string; fix: string }

/** Fingerprint of what was saved, so a rerun can tell "already saved" without ever storing the secret. */
export function connectionFingerprint(url: string, secret: string, email: string | undefined): string {
  return createHash('sha256')
    .update(`${url}\n${secret}\n${email ?? ''}`)
    .digest('hex')
    .slice(0, 24)
}

/**
 * Worth another try on a synchronization call that is safe to repeat: 401 UnknownError and 404/409
 * while a new job replicates, 409 on busy sync writes, and throttling, 5xx or no answer.
 */
export const transientSync = (result: Result<unknown>): boolean => {
  if (result.ok) return false
  const status = graphDetails(result.error)?.status
  return status === 401 || status === 404 || status === 409 || isTransient(result)
}

/**
 * Step 15: Test Connection. Entra calls HelloID with the candidate URL and secret; a failure is explained
 * in plain words and stops the run before anything is saved.
 */
export async function testConnection(
  ctx: RunContext,
  ids: { spId: string; jobId: string },
  credentials: { url: string; secret: string },
  explain: ExplainValidation,
): Promise<Result<true>> {
  const result = await waitUntil(
    () =>
      ctx.graph.call({
        method: 'POST',
        path: `${jobPath(ids)}/validateCredentials`,
        body: {
          useSavedCredentials: false,
          credentials: [
            { key: 'BaseAddress', value: credentials.url },
            { key: 'SecretToken', value: credentials.secret },
          ],
        },
        // A test changes nothing, so a timeout or reset may simply be repeated.
        idempotent: true,
      }),
    { policy: ctx.timing.jobReady, retryable: transientSync, sleep: ctx.sleep },
  )
  if (result.ok) return ok(true)
  const status = graphDetails(result.error)?.status
  if (status === 400 || status === 422) {
    const plain = explain(graphDetails(result.error)?.graphMessage ?? result.error.message)
    return fail({
      code: 'GRAPH_ERROR',
      message: plain.message,
      details: { fix: plain.fix, ...(result.error.details ?? {}) },
    })
  }
  return result
}

/**
 * Step 16: save the connection. Secrets are replaced as a whole (Graph has no PATCH for them), so every key is sent
 * each time. Microsoft documents only the PUT, not a read of the saved secrets
 * (https://learn.microsoft.com/graph/api/synchronization-serviceprincipal-put-synchronization?view=graph-rest-1.0),
 * so "already saved" is what this customer's journal recorded, confirmed by Test Connection with the saved
 * credentials (`useSavedCredentials`, answered 204 when they work:
 * https://learn.microsoft.com/graph/api/synchronization-synchronizationjob-validatecredentials?view=graph-rest-1.0).
 * Anything else saves again; saving the same values twice changes nothing.
 */
export async function ensureSecretsSaved(
  ctx: RunContext,
  ids: { spId: string; jobId: string },
  values: { url: string; secret: string; notificationEmail?: string },
): Promise<Result<{ changed: boolean }>> {
  const spId = ids.spId
  const fingerprint = connectionFingerprint(values.url, values.secret, values.notificationEmail)
  const journal = await ctx.journal.entries()
  const lastSaved = [...journal]
    .reverse()
    .find((e) => e.event === 'secrets-saved' && e.ids?.servicePrincipalId === spId)
  if (lastSaved?.data?.fingerprint === fingerprint) {
    const saved = await ctx.graph.call({
      method: 'POST',
      path: `${jobPath(ids)}/validateCredentials`,
      body: { useSavedCredentials: true },
      idempotent: true,
    })
    if (saved.ok) return ok({ changed: false })
    // A refusal of the assistant itself is not "not saved": saving would be refused the same way.
    if (graphDetails(saved.error)?.status === 401 || graphDetails(saved.error)?.status === 403) return saved
  }

  await ctx.boundary('before-secrets')
  const notification = {
    Enabled: Boolean(values.notificationEmail),
    Recipients: values.notificationEmail ?? '',
    DeleteThresholdEnabled: true,
    DeleteThresholdValue: 500,
  }
  const saved = await waitUntil(
    () =>
      ctx.graph.call({
        method: 'PUT',
        path: `/servicePrincipals/${spId}/synchronization/secrets`,
        body: {
          value: [
            { key: 'BaseAddress', value: values.url },
            { key: 'SecretToken', value: values.secret },
            { key: 'SyncNotificationSettings', value: JSON.stringify(notification) },
            { key: 'SyncAll', value: 'false' },
          ],
        },
      }),
    { policy: ctx.timing.jobReady, retryable: transientSync, sleep: ctx.sleep },
  )
  if (!saved.ok) return saved
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'secrets-saved',
    ids: { servicePrincipalId: spId },
    data: { fingerprint },
  })
  await ctx.boundary('after-secrets')
  return ok({ changed: true })
}
