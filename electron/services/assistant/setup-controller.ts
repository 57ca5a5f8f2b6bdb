import { join } from 'node:path'

import {
  initialSetupState,
  type ApplySetupInput,
  type DirectorySearchResult,
  type HelloIdConnectionState,
  type OnDemandReportView,
  type SetupChoicesInput,
  type SetupState,
} from '../../../shared/contract'
import { clouds, type CloudId } from '../../../shared/clouds'
import { errorTable } from '../../../shared/errors'
import { fail, ok, type Result } from '../../../shared/result'
import { stepIndex } from '../../../shared/steps'
import { profileIdFor } from '../auth/customer-sessions'
import { withCustomerLock } from '../setup/customer-lock'
import type { SignInController } from '../auth/sign-in-controller'
import { validateHelloIdSecret, validateHelloIdUrl } from '../helloid/input-validation'
import type { Logger } from '../log/logger'
import type { Redactor } from '../log/redact'
import { SetupEngine } from '../setup/engine'
import { createFileJournal, type JournalEntry } from '../setup/journal'
import { helloIdFormatChecks, preflightPassed, type PreflightReport } from '../setup/preflight'
import type { Timing } from '../setup/run-context'
import type { SetupProgress } from '../setup/types'
import { errorOf, msg, type MessageKey } from '../../../shared/i18n/message'
import type { ReportWarning } from '../report/handover-facts'

/** A simulated tenant attached to the host (practice mode and tests). */
export interface SimulatedGraph {
  graphBaseUrl: string
  scimCaPem: string
  /** A function when it can change while the host runs (practice mode's timing choice). */
  timing?: Timing | (() => Timing)
}

export interface SetupControllerOptions {
  dataDir: string
  signIn: SignInController
  log: Logger
  redactor: Redactor
  publish: (state: SetupState) => void
  simulated?: SimulatedGraph
}

/** The name the assistant gives the enterprise app it creates. */
const APP_DISPLAY_NAME = 'HelloID'

/** The automation phase a job reading puts the panel in: done only when the job is healthy. */
function phaseFor(job: SetupState['job'] & object): SetupState['phase'] {
  if (job.health === 'completed') return 'done'
  return job.health === 'waiting' || job.health === 'not-started' ? 'monitoring' : 'failed'
}

const NO_JOB_YET: MessageKey = 'job.unknown'

/**
 * Runs the setup engine for the UI: keeps the HelloID secret in this process only (the UI gets the URL
 * back, never the secret), runs pre-flight, shows the plan, applies after the person confirms, and
 * publishes every change as one `SetupState` snapshot.
 */
export class SetupController {
  private connection: { url: string; secret: string; unrecognisedHost: string | null } | null = null
  /** The customer's HelloID URL kept from an earlier session (never its secret), until one is pasted. */
  private rememberedUrl: string | null = null
  /** What this session's last apply chose: the report names the notification e-mail (Entra cannot). */
  private lastChoices: SetupChoicesInput | null = null
  /** The host the person confirmed as their HelloID although it is not a helloid.com address. */
  private trustedHost: string | null = null
  private state: SetupState = initialSetupState()
  private report: PreflightReport | null = null
  private busy = false
  /**
   * The read-only check under way, if any. Checks also run by themselves (after the HelloID connection is
   * kept), so a person's action that comes while one runs waits for it instead of being refused as busy.
   */
  private checking: Promise<Result<SetupState>> | null = null
  /** The apps (application object ids) the rollback question names: a rollback removes only these. */
  private rollbackOffer: string[] | null = null

  constructor(private readonly options: SetupControllerOptions) {}

  snapshot(): SetupState {
    return this.state
  }

  /** Checks and keeps the pasted HelloID URL and secret (format only; the probe runs in pre-flight). */
  setConnection(input: { url: string; secret: string }): HelloIdConnectionState {
    const url = validateHelloIdUrl(input.url, { allowLoopback: Boolean(this.options.simulated) })
    const secret = validateHelloIdSecret(input.secret)
    const checks = helloIdFormatChecks(url, secret)
    if (url.ok && secret.ok) {
      this.connection = {
        url: url.value.url,
        secret: secret.value.secret,
        unrecognisedHost: url.value.unrecognisedHost,
      }
      this.options.redactor.register(secret.value.secret)
      // A confirmation holds for the host it named only.
      if (this.trustedHost !== url.value.unrecognisedHost) this.trustedHost = null
    }
    return { ...this.connectionState(), checks }
  }

  /** The person confirmed that the saved URL's host, not a helloid.com address, is their HelloID. */
  confirmHost(host: string): Result<HelloIdConnectionState> {
    if (!this.connection?.unrecognisedHost || this.connection.unrecognisedHost !== host)
      return fail(errorOf('INVALID_INPUT', msg('problems.setup.hostNotSaved')))
    this.trustedHost = host
    return ok(this.connectionState())
  }

  /**
   * A customer opened again: its HelloID URL comes back (the secret is never kept, so it is asked
   * again), and a host the person confirmed for this customer stays confirmed.
   */
  restoreConnection(kept: { url: string | null; confirmedHosts: readonly string[] }): void {
    this.rememberedUrl = kept.url
    const host = kept.url ? hostOf(kept.url) : null
    this.trustedHost = host && kept.confirmedHosts.includes(host) ? host : null
  }

  /** True while a run changes or follows the tenant. */
  isBusy(): boolean {
    return this.busy
  }

  /** True when the person confirmed this host as their HelloID (for the HelloID URL). */
  isTrustedHost(host: string): boolean {
    return this.trustedHost !== null && this.trustedHost === host
  }

  /** What the handover report reads from: the engine, the journal, and this session's choices. */
  async reportInputs(): Promise<
    Result<{
      engine: SetupEngine
      journal: JournalEntry[]
      notificationEmail: string | null
      helloIdUrl: string | null
      warnings: ReportWarning[]
    }>
  > {
    const engine = this.engine()
    if (!engine.ok) return engine
    const label = this.options.signIn.state().customer?.label ?? ''
    const journal = await createFileJournal(this.journalPath(label), this.options.redactor).entries()
    return ok({
      engine: engine.value,
      journal,
      notificationEmail: this.lastChoices?.notificationEmail || null,
      helloIdUrl: this.connection?.url ?? this.rememberedUrl,
      warnings: this.state.checks
        .filter((c) => c.status === 'warn')
        .map((c) => ({ title: c.title, detail: c.detail })),
    })
  }

  connectionState(): HelloIdConnectionState {
    const unrecognisedHost = this.connection?.unrecognisedHost ?? null
    return {
      url: this.connection?.url ?? this.rememberedUrl ?? null,
      secretProvided: this.connection !== null,
      checks: [],
      unrecognisedHost,
      hostConfirmed: unrecognisedHost !== null && unrecognisedHost === this.trustedHost,
    }
  }

  /** Read-only pre-flight of the signed-in tenant and the HelloID connection. */
  async preflight(): Promise<Result<SetupState>> {
    const engine = this.engine()
    if (!engine.ok) return engine
    // A check asked for while one runs joins it: both get the same, current answer.
    if (this.checking) return this.checking
    const run = this.runPreflight(engine.value)
    this.checking = run
    const done = (): void => {
      if (this.checking === run) this.checking = null
    }
    run.then(done, done)
    return run
  }

  /** Waits for a check under way (its answer is what the next action builds on). */
  private async afterCheck(): Promise<void> {
    while (this.checking) await this.checking.catch(() => undefined)
  }

  private runPreflight(engine: SetupEngine): Promise<Result<SetupState>> {
    return this.exclusive(async () => {
      // A check again keeps what the last run did (the steps it confirmed stay done); only a rollback clears it.
      this.update({
        ...initialSetupState(),
        phase: 'checking',
        ids: this.state.ids,
        job: this.state.job,
        progress: this.state.progress,
      })
      const report = await engine.preflight({
        ...(this.connection ? { scimUrl: this.connection.url, secret: this.connection.secret } : {}),
        ...(this.trustedHost ? { trustedHost: this.trustedHost } : {}),
      })
      this.report = report
      const facts = report.facts
      this.update({
        ...this.state,
        phase: 'checked',
        checks: report.checks,
        canApply: preflightPassed(report) && this.connection !== null && facts?.template !== null,
        existingApps: (facts?.existingApps ?? []).map((a) => ({
          // Apply accepts any of the app's ids as the choice; the service principal's when readable.
          servicePrincipalId: a.servicePrincipalId ?? a.applicationId ?? a.appId,
          displayName: a.displayName,
          jobCount: a.jobs.length,
          madeByAssistant: a.madeByAssistant,
        })),
        // An unknown licence does not hide group assignment; pre-flight warns instead.
        hasPremium: facts ? facts.premium.p1 !== false : false,
        ids: this.state.ids ?? toIds(await engine.lastSetupIds()),
      })
      await this.noteCreated(engine)
      return ok(this.state)
    })
  }

  /**
   * Users and groups matching what the person typed, for the assignment picker, with the group licence
   * the last checks found (unknown before them). Read-only.
   */
  async searchDirectory(text: string): Promise<Result<DirectorySearchResult>> {
    const engine = this.engine()
    if (!engine.ok) return engine
    const hits = await engine.value.searchDirectory(text)
    if (!hits.ok) return hits
    const p1 = this.report?.facts?.premium.p1
    return ok({ hits: hits.value, groupLicence: p1 === true ? 'yes' : p1 === false ? 'no' : 'unknown' })
  }

  /** The signed-in tenant's own name, read from Graph (read-only); null when it has none. */
  async organizationName(): Promise<Result<string | null>> {
    const engine = this.engine()
    if (!engine.ok) return engine
    return engine.value.organizationName()
  }

  /**
   * The changes apply would make for these choices, read fresh from the tenant; changes nothing. The
   * state keeps the plan with its fingerprint: apply takes that fingerprint back and refuses when the
   * tenant no longer gives this plan.
   */
  async plan(choices: SetupChoicesInput): Promise<Result<SetupState>> {
    const engine = this.engine()
    if (!engine.ok) return engine
    const templateId = this.report?.facts?.template?.id
    if (!this.report || !this.connection || !templateId)
      return fail(errorOf('INVALID_INPUT', msg('problems.setup.checksFirst')))
    const planned = await engine.value.plan(templateId, {
      ...this.choices(choices),
      scimUrl: this.connection.url,
    })
    if (!planned.ok) {
      this.update({ ...this.state, plan: [], planFingerprint: null, error: planned.error })
      return planned
    }
    this.update({
      ...this.state,
      plan: planned.value.changes,
      planFingerprint: planned.value.fingerprint,
      error: null,
    })
    return ok(this.state)
  }

  /**
   * Applies exactly the previewed plan (steps 9–20), then follows the job; returns at once, progress
   * arrives as events. The engine plans again from the tenant and refuses when the fingerprint differs.
   */
  async apply({ choices, planFingerprint }: ApplySetupInput): Promise<Result<SetupState>> {
    await this.afterCheck()
    const engine = this.engine()
    if (!engine.ok) return engine
    const report = this.report
    const connection = this.connection
    if (!report?.facts?.template || !connection || !preflightPassed(report)) {
      return fail(errorOf('INVALID_INPUT', msg('problems.setup.checksFailed')))
    }
    if (this.busy) return fail({ code: 'BUSY', message: errorTable.BUSY })
    this.busy = true
    this.lastChoices = choices
    this.update({ ...this.state, phase: 'applying', progress: [], error: null })
    const templateId = report.facts.template.id
    void (async () => {
      try {
        const applied = await this.locked(() =>
          engine.value.apply(
            templateId,
            {
              ...this.choices(choices),
              scimUrl: connection.url,
              secret: connection.secret,
              ...(this.trustedHost ? { trustedHost: this.trustedHost } : {}),
            },
            { planFingerprint },
          ),
        )
        if (!applied.ok && applied.error.code === 'PLAN_CHANGED') {
          // Nothing was changed; the old preview is void and must be made again.
          this.update({
            ...this.state,
            phase: 'checked',
            plan: [],
            planFingerprint: null,
            error: applied.error,
          })
          return
        }
        if (!applied.ok) {
          this.update({ ...this.state, phase: 'failed', error: applied.error })
          return
        }
        const ids = {
          servicePrincipalId: applied.value.app.servicePrincipalId,
          jobId: applied.value.jobId,
          ...(applied.value.app.appId ? { appId: applied.value.app.appId } : {}),
        }
        this.update({ ...this.state, phase: 'monitoring', ids, planFingerprint: null })
        await this.noteCreated(engine.value)
        const watched = await engine.value.monitor(
          { spId: ids.servicePrincipalId, jobId: ids.jobId },
          {
            maxWaitMs: 2 * 60 * 60_000,
            ...(this.options.simulated ? { pollScale: 0.1 } : {}),
            onUpdate: (job) =>
              this.update({ ...this.state, job, created: withCounts(this.state.created, job) }),
          },
        )
        if (watched.ok) {
          const { timedOut: _t, ...job } = watched.value
          this.update({
            ...this.state,
            job,
            phase: phaseFor(job),
          })
        } else this.update({ ...this.state, phase: 'failed', error: watched.error })
      } catch (error) {
        this.options.log.error('apply failed unexpectedly', { error: String(error) })
        this.update({
          ...this.state,
          phase: 'failed',
          error: { code: 'INTERNAL', message: errorTable.INTERNAL },
        })
      } finally {
        this.busy = false
      }
    })()
    return ok(this.state)
  }

  /** Reads the job once more (the "refresh" a person would press in the portal). */
  async refresh(): Promise<Result<SetupState>> {
    const found = await this.jobContext(NO_JOB_YET)
    if (!found.ok) return found
    const { engine, ids } = found.value
    const job = await engine.monitor(ids, { maxWaitMs: 0 })
    if (!job.ok) return job
    const { timedOut: _t, ...view } = job.value
    this.update({
      ...this.state,
      ids: toIds(ids, this.state.ids),
      job: view,
      phase: view.health === 'waiting' ? this.state.phase : phaseFor(view),
    })
    await this.noteCreated(engine)
    return ok(this.state)
  }

  /**
   * Restarts provisioning (after a fix for a quarantine), reads the job again, and keeps following it
   * until the cycle after the restart has an outcome.
   */
  async restart(): Promise<Result<SetupState>> {
    await this.afterCheck()
    const found = await this.jobContext(NO_JOB_YET)
    if (!found.ok) return found
    if (this.busy) return fail({ code: 'BUSY', message: errorTable.BUSY })
    const restarted = await found.value.engine.restart(found.value.ids)
    if (!restarted.ok) return restarted
    this.update({ ...this.state, error: null, phase: 'monitoring' })
    const read = await this.refresh()
    if (read.ok && read.value.job?.health === 'waiting') this.follow(found.value.engine, found.value.ids)
    return read
  }

  /** Follows the job in the background, publishing each reading, until it has an outcome. */
  private follow(engine: SetupEngine, ids: { spId: string; jobId: string }): void {
    this.busy = true
    void engine
      .monitor(ids, {
        maxWaitMs: 2 * 60 * 60_000,
        ...(this.options.simulated ? { pollScale: 0.1 } : {}),
        onUpdate: (job) => this.update({ ...this.state, job }),
      })
      .then((watched) => {
        if (watched.ok) {
          const { timedOut: _t, ...job } = watched.value
          this.update({ ...this.state, job, phase: phaseFor(job) })
        } else this.update({ ...this.state, phase: 'failed', error: watched.error })
      })
      .catch((error: unknown) => {
        this.options.log.error('following the job failed unexpectedly', { error: String(error) })
      })
      .finally(() => {
        this.busy = false
      })
  }

  /** Provision one user on demand and explain the outcome. */
  async troubleshoot(userRef: string): Promise<Result<OnDemandReportView>> {
    const found = await this.jobContext('problems.setup.setUpFirst')
    if (!found.ok) return found
    const report = await found.value.engine.troubleshoot(found.value.ids, userRef)
    if (!report.ok) return report
    const logs = [...report.value.logs]
      .sort((a, b) => String(b.activityDateTime ?? '').localeCompare(String(a.activityDateTime ?? '')))
      .slice(0, 10)
      .map((entry) => ({
        when: String(entry.activityDateTime ?? ''),
        action: String(entry.provisioningAction ?? 'other'),
        status: String(entry.provisioningStatusInfo?.status ?? 'unknown'),
        reason: entry.provisioningStatusInfo?.errorInformation?.reason ?? null,
      }))
    return ok({
      user: report.value.user,
      ...report.value.onDemand,
      logEntries: report.value.logs.length,
      logs,
    })
  }

  /** Removes what setup created in this tenant. */
  async rollback(): Promise<Result<SetupState>> {
    await this.afterCheck()
    const engine = this.engine()
    if (!engine.ok) return engine
    const offer = this.rollbackOffer
    if (!offer?.length) return fail(errorOf('NOT_FOUND', msg('problems.setup.nothingToRemove')))
    return this.exclusive(async () => {
      this.update({ ...this.state, phase: 'rolling-back' })
      const removed = await this.locked(() => engine.value.rollback(offer))
      if (!removed.ok) {
        this.update({ ...this.state, phase: 'failed', error: removed.error })
        return removed
      }
      // What rollback undid is no longer done: the run state starts empty and only says what went.
      this.rollbackOffer = null
      this.update({
        ...initialSetupState(),
        rolledBack: {
          jobs: removed.value.removed.filter((r) => r.kind === 'job').length,
          apps: removed.value.removed.filter((r) => r.kind === 'application').length,
        },
      })
      return ok(this.state)
    })
  }

  /** Forgets the secret and the run state (sign-out, customer switch). */
  forget(): void {
    if (this.connection) this.options.redactor.forget(this.connection.secret)
    this.connection = null
    this.rememberedUrl = null
    this.lastChoices = null
    this.report = null
    this.rollbackOffer = null
    this.update(initialSetupState())
  }

  private choices(input: SetupChoicesInput) {
    return {
      appDisplayName: APP_DISPLAY_NAME,
      assignments: input.assignments,
      mappings: input.mappings,
      ...(input.notificationEmail ? { notificationEmail: input.notificationEmail } : {}),
      ...(input.reuseServicePrincipalId ? { reuseServicePrincipalId: input.reuseServicePrincipalId } : {}),
    }
  }

  /** The job this run set up, else the last one the customer's journal records. */
  /** The engine and the job this customer's setup uses, or NOT_FOUND with `missing` as the message. */
  private async jobContext(
    missing: MessageKey,
  ): Promise<Result<{ engine: SetupEngine; ids: { spId: string; jobId: string } }>> {
    const engine = this.engine()
    if (!engine.ok) return engine
    const ids = await this.setupIds(engine.value)
    return ids ? ok({ engine: engine.value, ids }) : fail(errorOf('NOT_FOUND', msg(missing)))
  }

  private async setupIds(engine: SetupEngine): Promise<{ spId: string; jobId: string } | null> {
    const ids = this.state.ids
    return ids ? { spId: ids.servicePrincipalId, jobId: ids.jobId } : engine.lastSetupIds()
  }

  private journalPath(customerLabel: string): string {
    const id = this.options.signIn.activeCustomerId() ?? profileIdFor(customerLabel)
    return join(this.options.dataDir, 'customers', id, 'journal.jsonl')
  }

  /** Runs a change to the tenant under the customer's lock (another window or the CLI may be at it). */
  private async locked<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
    const label = this.options.signIn.state().customer?.label
    if (label === undefined) return run()
    const held = await withCustomerLock(this.journalPath(label), run)
    return held.ok ? held.value : held
  }

  private engine(): Result<SetupEngine> {
    const session = this.options.signIn.state()
    if (!session.account || !session.customer)
      return fail({ code: 'NOT_SIGNED_IN', message: errorTable.NOT_SIGNED_IN })
    const tenantId = session.account.tenantId
    const cloudId = session.customer.cloudId
    const graphBaseUrl =
      cloudId === 'simulated' && this.options.simulated
        ? this.options.simulated.graphBaseUrl
        : clouds[cloudId as CloudId]?.graphHost
    if (!graphBaseUrl) return fail(errorOf('CLOUD_NOT_SUPPORTED'))
    const simulated = cloudId === 'simulated' ? this.options.simulated : undefined
    return ok(
      new SetupEngine({
        graphBaseUrl,
        tokens: (access, options) => this.options.signIn.token(access, options),
        customerTenantId: () => tenantId,
        journal: createFileJournal(this.journalPath(session.customer.label), this.options.redactor),
        log: this.options.log,
        onProgress: (p) => this.progress(p),
        ...(simulated
          ? {
              simulated: { scimCaPem: simulated.scimCaPem },
              ...(simulated.timing
                ? { timing: typeof simulated.timing === 'function' ? simulated.timing() : simulated.timing }
                : {}),
            }
          : {}),
      }),
    )
  }

  /** Keeps the latest report per action, with when it started and ended, so every screen shows true times. */
  private progress(p: SetupProgress): void {
    const previous = this.state.progress.find((x) => x.id === p.id)
    const others = this.state.progress.filter((x) => x.id !== p.id)
    const now = new Date().toISOString()
    const underWay = p.status === 'running' || p.status === 'waiting'
    const timed = {
      ...p,
      startedAt: previous?.startedAt ?? now,
      ...(underWay ? {} : { endedAt: now }),
    }
    this.update({
      ...this.state,
      progress: [...others, timed].sort((a, b) => stepIndex(a.step) - stepIndex(b.step)),
    })
  }

  /**
   * Reads from the tenant what a rollback would remove (the assistant's own apps, their jobs and how many
   * users and groups those keep in sync), so the page can name it, and offers rollback only then.
   */
  private async noteCreated(engine: SetupEngine): Promise<void> {
    const targets = await engine.rollbackTargets()
    if (!targets.ok)
      this.options.log.warn('could not read what a rollback would remove', { code: targets.error.code })
    const found = targets.ok ? targets.value : []
    this.rollbackOffer = found.map((t) => t.applicationId)
    const jobs = found.flatMap((t) => t.jobs)
    const total = (key: 'users' | 'groups') => jobs.reduce((sum, j) => sum + j[key], 0)
    this.update({
      ...this.state,
      created:
        found.length > 0
          ? {
              appName: [...new Set(found.map((t) => t.displayName))].join(', '),
              applications: found.length,
              jobs: jobs.length,
              users: jobs.length > 0 ? total('users') : null,
              groups: jobs.length > 0 ? total('groups') : null,
            }
          : null,
    })
  }

  private async exclusive<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
    if (this.busy) return fail({ code: 'BUSY', message: errorTable.BUSY })
    this.busy = true
    try {
      return await run()
    } finally {
      this.busy = false
    }
  }

  private update(next: SetupState): void {
    this.state = { ...next, revision: this.state.revision + 1 }
    this.options.publish(this.state)
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname
  } catch {
    return null
  }
}

/** The ids for the page; the appId read earlier for the same app is kept (a refresh reads only the job). */
function toIds(ids: { spId: string; jobId: string } | null, known?: SetupState['ids']): SetupState['ids'] {
  if (!ids) return null
  const appId = known?.servicePrincipalId === ids.spId ? known.appId : undefined
  return { servicePrincipalId: ids.spId, jobId: ids.jobId, ...(appId ? { appId } : {}) }
}

/** The created objects with the job's live counts: how many users and groups stop syncing on rollback. */
function withCounts(created: SetupState['created'], job: SetupState['job']): SetupState['created'] {
  return created && job ? { ...created, users: job.counts.users, groups: job.counts.groups } : created
}
