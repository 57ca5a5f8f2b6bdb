import { randomUUID } from 'node:crypto'

import type { Result } from '../../../shared/result'
import { GraphApi, type TokenSource } from '../graph/graph-api'
import { validateHelloIdSecret, validateHelloIdUrl } from '../helloid/input-validation'
import { classifyValidateCredentialsError, probeHelloIdScim } from '../helloid/scim-probe'
import type { Logger } from '../log/logger'
import { applySetup, rollbackSetup, type ApplyOutcome } from './apply'
import type { Journal } from './journal'
import { monitorUntilInitialCycle, type MonitorOptions } from './monitor'
import { buildPlan } from './plan'
import { runPreflight, type HelloIdChecks, type PreflightInput, type PreflightReport } from './preflight'
import { defaultTiming, type RunContext, type Timing } from './run-context'
import { TenantReader } from './tenant-reader'
import { troubleshootUser } from './troubleshoot'
import type { PlannedChange, SetupChoices, SetupProgress } from './types'

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

  /** The list of changes apply would make. */
  plan(report: PreflightReport, choices: Omit<SetupChoices, 'secret'>): PlannedChange[] {
    return buildPlan(report, choices)
  }

  /** Applies steps 9–20 as ensures. The template id comes from pre-flight. */
  apply(templateId: string, choices: SetupChoices): Promise<Result<ApplyOutcome>> {
    return applySetup(this.context(), {
      templateId,
      choices,
      explainValidation: (message) => {
        const error = classifyValidateCredentialsError(message)
        const fix = typeof error.details?.fix === 'string' ? error.details.fix : ''
        return { message: error.message, fix }
      },
    })
  }

  /** Follows the job until the initial cycle completed, quarantine, or the time limit. */
  monitor(ids: { spId: string; jobId: string }, options: MonitorOptions) {
    return monitorUntilInitialCycle(this.context(), ids, options)
  }

  /** Provisions one user on demand and reads their provisioning logs. */
  troubleshoot(ids: { spId: string; jobId: string }, userRef: string) {
    return troubleshootUser(this.context(), ids, userRef)
  }

  /** Removes the job and app that setup runs created for this customer. */
  rollback() {
    return rollbackSetup(this.context())
  }

  /** The ids of the last setup recorded in the journal (for status, troubleshoot, restarts). */
  async lastSetupIds(): Promise<{ spId: string; jobId: string } | null> {
    const entries = await this.options.journal.entries()
    const last = [...entries]
      .reverse()
      .find((e) => (e.event === 'job-created' || e.event === 'job-found') && e.ids?.jobId)
    return last?.ids?.servicePrincipalId && last.ids.jobId
      ? { spId: last.ids.servicePrincipalId, jobId: last.ids.jobId }
      : null
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
    }
  }
}
