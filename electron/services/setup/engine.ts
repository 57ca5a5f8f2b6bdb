import { randomUUID } from 'node:crypto'

import type { Message } from '../../../shared/contract'
import { errorOf, errorSummary, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { GraphApi, type TokenSource } from '../graph/graph-api'
import { odataQuery } from '../graph/odata'
import { validateHelloIdSecret, validateHelloIdUrl } from '../helloid/input-validation'
import {
  classifyValidateCredentialsError,
  probeHelloIdScim,
  type ScimProbeFailureDetails,
} from '../helloid/scim-probe'
import type { Logger } from '../log/logger'
import { applySetup, type ApplyOutcome } from './apply'
import { searchDirectory, type DirectoryHit } from './directory-search'
import type { Journal } from './journal'
import { monitorUntilInitialCycle, type MonitorOptions } from './monitor'
import { planChanged, previewPlan, type PlanChoices, type PreviewedPlan } from './plan-preview'
import {
  runPreflight,
  unconfirmedHost,
  unconfirmedHostCheck,
  type HelloIdChecks,
  type PreflightInput,
  type PreflightReport,
} from './preflight'
import { findRollbackTargets, rollbackSetup, type RollbackTarget } from './rollback'
import { defaultTiming, type RunContext, type Timing } from './run-context'
import { decideApp, findHelloIdApps } from './tenant-apps'
import { jobPath, TenantReader } from './tenant-reader'
import { troubleshootUser } from './troubleshoot'
import type { SetupChoices, SetupProgress } from './types'
import { realSleep } from './waits'

export interface SetupEngineOptions {
  graphBaseUrl: string
  tokens: TokenSource
  customerTenantId: () => string | null
  journal: Journal
  log: Logger
  timing?: Timing
  /** Accept loopback HelloID URLs and trust this CA for the SCIM probe (simulated tenants only). */
  simulated?: { scimCaPem: string }
  onProgress?: (progress: SetupProgress) => void
  /** Crash-injection seam for tests: called at every step boundary. */
  boundary?: (name: string) => void | Promise<void>
  graphTimeoutMs?: number
  sleep?: (ms: number) => Promise<void>
}

/**
 * The setup engine for one signed-in customer: pre-flight, plan, apply, monitor, troubleshoot and
 * rollback over Microsoft Graph. The desktop app, the browser preview and the CLI all drive this.
 */
export class SetupEngine {
  readonly graph: GraphApi
  private readonly reader: TenantReader
  private readonly helloId: HelloIdChecks

  constructor(private readonly options: SetupEngineOptions) {
    this.graph = new GraphApi({
      graphBaseUrl: options.graphBaseUrl,
      tokens: options.tokens,
      customerTenantId: options.customerTenantId,
      log: options.log,
      ...(options.graphTimeoutMs ? { timeoutMs: options.graphTimeoutMs } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    })
    this.reader = new TenantReader(this.graph)
    const allowLoopback = Boolean(options.simulated)
    this.helloId = {
      validateUrl: (raw) => validateHelloIdUrl(raw, { allowLoopback }),
      validateSecret: validateHelloIdSecret,
      probe: ({ url, secret }) =>
        probeHelloIdScim({ url, secret, ...(options.simulated ? { ca: options.simulated.scimCaPem } : {}) }),
    }
  }

  /** Read-only checks; changes nothing in the tenant. */
  preflight(input: PreflightInput): Promise<PreflightReport> {
    return runPreflight(this.graph, this.reader, this.helloId, input)
  }

  /**
   * The changes apply would make for these choices, read fresh from the tenant (read-only), with the
   * fingerprint apply checks. The template id comes from pre-flight.
   */
  plan(templateId: string, choices: PlanChoices): Promise<Result<PreviewedPlan>> {
    return previewPlan(this.context(), {
      tenantId: this.options.customerTenantId() ?? '',
      templateId,
      choices,
    })
  }

  /**
   * Applies steps 9–20 as ensures. The template id comes from pre-flight. The choices are checked again
   * here (apply may be called without a pre-flight): bad input is refused before any Graph call.
   * With `planFingerprint` (the UI and the CLI always pass it) apply first plans again from a fresh
   * read of the tenant and, when that plan is not the one previewed, refuses with PLAN_CHANGED before
   * any write. Without it apply simply converges the tenant on the choices.
   */
  async apply(
    templateId: string,
    choices: SetupChoices,
    options: { planFingerprint?: string } = {},
  ): Promise<Result<ApplyOutcome>> {
    const checked = checkChoices(this.helloId, templateId, choices)
    if (!checked.ok) return checked
    if (options.planFingerprint !== undefined) {
      const { secret: _secret, ...planChoices } = checked.value
      const fresh = await this.plan(templateId, planChoices)
      if (!fresh.ok) return fresh
      if (fresh.value.fingerprint !== options.planFingerprint) {
        await this.options.journal.append({ runId: randomUUID(), event: 'apply-refused-plan-changed' })
        return planChanged()
      }
    }
    return applySetup(this.context(), {
      templateId,
      choices: checked.value,
      explainValidation: (message) => {
        const error = classifyValidateCredentialsError(message)
        const fix = (error.details as ScimProbeFailureDetails | undefined)?.fixWords
        return {
          what: errorSummary(error),
          fix: fix ?? msg('problems.connection.newSecret'),
        }
      },
    })
  }

  /** Users and groups whose name, UPN or e-mail matches what the person typed (read-only). */
  searchDirectory(text: string): Promise<Result<DirectoryHit[]>> {
    return searchDirectory(this.graph, text)
  }

  /**
   * The signed-in tenant's own name (its organization's displayName), to name a customer the person did
   * not name. Read-only; User.Read is enough
   * (https://learn.microsoft.com/graph/api/organization-list?view=graph-rest-1.0). Null when it has none.
   */
  async organizationName(): Promise<Result<string | null>> {
    const read = await this.graph.get<{ value?: { displayName?: string | null }[] }>(
      `/organization${odataQuery({ $select: ['displayName'] })}`,
    )
    if (!read.ok) return read
    const name = read.value.body.value?.[0]?.displayName?.trim()
    return ok(name ? name.slice(0, 80) : null)
  }

  /** Follows the job until the initial cycle completed, quarantine, or the time limit. */
  monitor(ids: { spId: string; jobId: string }, options: MonitorOptions) {
    return monitorUntilInitialCycle(this.context(), ids, options)
  }

  /** Provisions one user on demand and reads their provisioning logs. */
  troubleshoot(ids: { spId: string; jobId: string }, userRef: string) {
    return troubleshootUser(this.context(), ids, userRef)
  }

  /**
   * Restarts provisioning after a fix (the portal's "Restart provisioning"): clears quarantine,
   * escrows and the watermark, so the next cycle re-evaluates everyone. Journaled.
   */
  async restart(ids: { spId: string; jobId: string }): Promise<Result<true>> {
    const ctx = this.context()
    const restarted = await ctx.graph.call({
      method: 'POST',
      path: `${jobPath(ids)}/restart`,
      body: { criteria: { resetScope: 'Watermark, Escrows, QuarantineState' } },
      // Restarting twice is harmless, so transient failures may be retried.
      idempotent: true,
    })
    if (!restarted.ok) return restarted
    await ctx.journal.append({
      runId: ctx.runId,
      event: 'job-restarted',
      ids: { servicePrincipalId: ids.spId, jobId: ids.jobId },
    })
    return ok(true)
  }

  /**
   * Removes the assistant's own HelloID apps (with their jobs and assignments), found in the tenant;
   * with `only`, just the apps (application object ids) the person was shown by {@link rollbackTargets}.
   */
  rollback(only?: readonly string[]) {
    return rollbackSetup(this.context(), only)
  }

  /**
   * What a rollback would remove, read from the tenant (so it is right after "Sign out and forget" and
   * on any computer): the person is shown this before confirming.
   */
  rollbackTargets(): Promise<Result<RollbackTarget[]>> {
    return findRollbackTargets(this.context())
  }

  /**
   * The HelloID app and job of this customer's setup (for status, troubleshoot, restarts), read from
   * the tenant: the app this data folder last used when it is still there, else the assistant's app
   * (or the only HelloID app), with its job from GET …/synchronization/jobs. The journal only narrows
   * the choice; without it (another computer, after "forget") the tenant still answers.
   */
  async lastSetupIds(): Promise<{ spId: string; jobId: string } | null> {
    const entries = await this.options.journal.entries()
    const last = [...entries]
      .reverse()
      .find((e) => (e.event === 'job-created' || e.event === 'job-found') && e.ids?.jobId)
    const recorded =
      last?.ids?.servicePrincipalId && last.ids.jobId
        ? { spId: last.ids.servicePrincipalId, jobId: last.ids.jobId }
        : null
    const template = await this.reader.helloIdTemplate()
    if (!template.ok || !template.value?.id) return recorded
    const apps = await findHelloIdApps(this.reader, template.value.id)
    if (!apps.ok) return recorded
    const decision = decideApp(apps.value)
    const app =
      apps.value.find((a) => recorded && a.servicePrincipalId === recorded.spId) ??
      (decision.kind === 'use' || apps.value.length === 1
        ? decision.kind === 'use'
          ? decision.app
          : apps.value[0]
        : undefined)
    if (!app?.servicePrincipalId) return null
    const jobs = await this.reader.jobs(app.servicePrincipalId)
    if (!jobs.ok) return recorded
    const job = jobs.value.find((j) => j.id === recorded?.jobId) ?? jobs.value[0]
    return job?.id ? { spId: app.servicePrincipalId, jobId: job.id } : null
  }

  private context(): RunContext {
    return {
      runId: randomUUID(),
      graph: this.graph,
      reader: this.reader,
      journal: this.options.journal,
      log: this.options.log,
      timing: this.options.timing ?? defaultTiming,
      emit: (progress) => this.options.onProgress?.(progress),
      boundary: this.options.boundary ?? (() => undefined),
      sleep: this.options.sleep ?? realSleep,
    }
  }
}

const MAX_DISPLAY_NAME = 120
const MAX_EMAIL = 254
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function invalid(field: string, words: Message): Result<never> {
  return fail(errorOf('INVALID_INPUT', words, { field }))
}

/**
 * Validates and cleans what apply is about to write: the HelloID URL and secret (same rules as
 * pre-flight), the app name, the notification e-mail, the principals and the template id. Messages
 * never echo the secret.
 */
function checkChoices(
  helloId: HelloIdChecks,
  templateId: string,
  choices: SetupChoices,
): Result<SetupChoices> {
  if (!GUID.test(templateId) && !/^[A-Za-z0-9._-]{1,100}$/.test(templateId))
    return invalid('templateId', msg('problems.choices.template'))
  const url = helloId.validateUrl(choices.scimUrl)
  if (!url.ok) return url
  // Apply hands the secret to Entra, which sends it to this host: the same confirmation applies.
  const host = unconfirmedHost(url.value, choices.trustedHost)
  if (host !== null)
    return fail(errorOf('INVALID_INPUT', unconfirmedHostCheck(host).detail, { field: 'scimUrl' }))
  const secret = helloId.validateSecret(choices.secret)
  if (!secret.ok) return secret
  const name = typeof choices.appDisplayName === 'string' ? choices.appDisplayName.trim() : ''
  if (name === '' || name.length > MAX_DISPLAY_NAME || /[\p{Cc}\p{Cf}]/u.test(name))
    return invalid('appDisplayName', msg('problems.choices.appName', { max: MAX_DISPLAY_NAME }))
  const email = choices.notificationEmail?.trim()
  if (
    email !== undefined &&
    email !== '' &&
    (email.length > MAX_EMAIL || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || /[\p{Cc}\p{Cf}]/u.test(email))
  )
    return invalid('notificationEmail', msg('problems.choices.email'))
  const badRef = choices.assignments.find(
    (a) =>
      typeof a.ref !== 'string' || a.ref.trim() === '' || a.ref.length > 256 || /[\p{Cc}\p{Cf}]/u.test(a.ref),
  )
  if (badRef) return invalid('assignments', msg('problems.choices.assignment'))
  if (choices.reuseServicePrincipalId !== undefined && !GUID.test(choices.reuseServicePrincipalId))
    return invalid('reuseServicePrincipalId', msg('problems.choices.reuseId'))
  const { notificationEmail: _email, ...rest } = choices
  return {
    ok: true,
    value: {
      ...rest,
      scimUrl: url.value.url,
      secret: secret.value.secret,
      appDisplayName: name,
      ...(email ? { notificationEmail: email } : {}),
    },
  }
}
