import { createHash } from 'node:crypto'

import type { Message } from '../../../shared/contract'
import { errorOf, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { graphAnswerWords, graphDetails } from '../graph/graph-api'
import type { RunContext } from './run-context'
import { isTransient, jobPath } from './tenant-reader'
import { waitUntil } from './waits'

/**
 * Turns Entra's Test Connection failure text into catalog words (what went wrong, the next step); injected from
 * the HelloID service.
 */
export type ExplainValidation = (message: string) => { what: Message; fix: Message }

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
 * Worth another Test Connection: the job still replicating (404/409), throttling, 5xx or no answer.
 * Not 401: Entra answers 401 both when the assistant lacks a permission and when HelloID refused the
 * credentials, and neither gets better by asking again.
 */
const transientTest = (result: Result<unknown>): boolean => {
  if (result.ok) return false
  const status = graphDetails(result.error)?.status
  return status === 404 || status === 409 || isTransient(result)
}

/**
 * Step 15: Test Connection. Entra calls HelloID with the candidate URL and secret and answers 204 when
 * they work (https://learn.microsoft.com/graph/api/synchronization-synchronizationjob-validatecredentials?view=graph-rest-1.0).
 * A failure stops the run before anything is saved and says whose it is:
 * - 401: one cheap read of the same job tells the assistant's missing permission (that read fails too) apart
 *   from HelloID refusing the URL or secret (the read works);
 * - 400/422: Entra's provisioning error, explained in plain words;
 * - anything else: Entra's own code and message, as it gave them.
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
    { policy: ctx.timing.jobReady, retryable: transientTest, sleep: ctx.sleep },
  )
  if (result.ok) return ok(true)
  const d = graphDetails(result.error)
  // Every sentence is catalog words; Entra's own message rides along as given text, masked on a shared screen.
  const failed = (what: Message, fix: Message | null, cause: string): Result<never> =>
    fail(
      errorOf(result.error.code, what, {
        ...(result.error.details ?? {}),
        cause,
        ...(fix ? { fixWords: fix } : {}),
        entraWords: graphAnswerWords(d),
      }),
    )
  if (d?.status === 401 || d?.status === 403) {
    const job = await ctx.reader.job(ids.spId, ids.jobId)
    const readStatus = job.ok ? null : graphDetails(job.error)?.status
    if (readStatus === 401 || readStatus === 403) {
      return failed(
        msg('problems.connection.assistantRefused'),
        msg('problems.connection.assistantRefusedFix'),
        'assistant-permission',
      )
    }
    if (job.ok) {
      const plain = explain(d.graphMessage || 'Unauthorized (401)')
      return failed(msg('problems.connection.helloIdRefused'), plain.fix, 'helloid-refused')
    }
  }
  if (d?.status === 400 || d?.status === 422) {
    const plain = explain(d.graphMessage ?? '')
    return failed(plain.what, plain.fix, 'helloid-test-failed')
  }
  return failed(msg('problems.connection.failed'), null, 'test-failed')
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
