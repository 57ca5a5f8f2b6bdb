import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

import type { ProvisioningObjectSummary } from '@microsoft/microsoft-graph-types'

import { clouds, type CloudId } from '../shared/clouds'
import type { Message } from '../shared/contract'
import { displayName, english, errorOf, givenText, identifier, msg } from '../shared/i18n/message'
import {
  provisioningActionWords,
  provisioningResultWords,
  provisioningStepTypeWords,
} from '../shared/provisioning-words'
import { scopesFor, scopesForAccess } from '../shared/scopes'
import { stepNumber, type StepId } from '../shared/steps'
import { AuthService } from '../electron/services/auth/auth-service'
import {
  CLIENT_ID_ENV,
  deploymentFileCandidates,
  readDeploymentFile,
  resolveClientId,
} from '../electron/services/auth/client-id-resolver'
import { authCloudFor } from '../electron/services/auth/cloud-resolver'
import { createMemoryCacheStore } from '../electron/services/auth/token-cache-store'
import type { Logger } from '../electron/services/log/logger'
import { createConsoleLogger } from '../electron/services/log/console-logger'
import { createFileLogger } from '../electron/services/log/file-logger'
import { Redactor } from '../electron/services/log/redact'
import { openInSystemBrowser } from '../electron/services/system-browser'
import { SetupEngine } from '../electron/services/setup/engine'
import { withCustomerLock } from '../electron/services/setup/customer-lock'
import { createFileJournal, type JournalEntry } from '../electron/services/setup/journal'
import { writeFileAtomic } from '../electron/services/file-store'
import { buildHandoverReport } from '../electron/services/report/handover-report'
import type { ReportWarning } from '../electron/services/report/handover-facts'
import type { CustomerProfileRecord } from '../shared/contract/customers'
import type { Language } from '../shared/i18n/catalog'
import type { Result } from '../shared/result'
import { preflightPassed } from '../electron/services/setup/preflight'
import type { JobView } from '../electron/services/setup/job-status'
import type { RemovedObject, RollbackTarget } from '../electron/services/setup/rollback'
import { CustomerProfileStore, runStateFor } from '../electron/services/customers/customer-profiles'
import { runAppRegistration } from './app-registration'
import { cliLanguage, parseCliArgs, UsageError, type CliArgs } from './args'
import { confirm } from './confirm'
import { runCustomersCommand } from './customers'
import { exitCodes } from './exit-codes'
import { helpText, wantsHelp } from './help'
import { jobLines, jobWords } from './job-words'
import { CliOutput } from './output'
import {
  connectSimulator,
  createTemporarySimulatorCa,
  runAgainTrusting,
  type SimulatorTarget,
} from './simulated'
import { errorWords, say, setCliLanguage } from './words'

/** Runs the CLI and returns its exit code. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // The language comes first, so help and a refused command line are worded in it too (--language, else
  // the locale).
  const language = cliLanguage(argv, env)
  setCliLanguage(language)
  if (wantsHelp(argv)) {
    new CliOutput(false).text(helpText(say))
    return exitCodes.ok
  }
  let args: CliArgs
  try {
    args = parseCliArgs(argv, language)
  } catch (error) {
    new CliOutput(false).note(error instanceof UsageError ? error.in(say) : String(error))
    return exitCodes.usage
  }
  const out = new CliOutput(args.json)
  const dataDir = args.dataDir ?? join(homedir(), '.helloid-entra-setup', 'cli')
  const customers = new CustomerProfileStore({
    dataDir,
    allowLoopback: args.simulate || args.simulator !== undefined,
  })
  if (args.command === 'customers') return runCustomersCommand(customers, out)

  // Node trusts extra CAs only from process start: an embedded simulator's CA, or the CA of a running
  // simulator (--simulator-ca), means a fresh process. The embedded one's folder goes when we end.
  if ((args.simulate || args.simulatorCa) && !env.HELLOID_CLI_SIMULATOR_CA) {
    const script = process.argv[1] ?? ''
    if (args.simulatorCa) {
      if (!existsSync(args.simulatorCa)) {
        out.note(say(msg('cli.usage.simulatorCa', { path: args.simulatorCa })))
        return exitCodes.usage
      }
      return runAgainTrusting([script, ...argv], args.simulatorCa, {
        ...env,
        HELLOID_CLI_SIMULATOR_CA: args.simulatorCa,
      })
    }
    const ca = await createTemporarySimulatorCa('helloid-cli-')
    return runAgainTrusting([script, ...argv], ca.certPath, {
      ...env,
      HELLOID_CLI_SIMULATOR_CA: ca.certPath,
      HELLOID_CLI_SIMULATOR_CA_KEY: ca.keyPath,
    })
  }

  let secret = args.secretEnv ? env[args.secretEnv] : undefined
  if (args.secretEnv && secret === undefined) {
    out.note(say(msg('cli.usage.secretEnvUnset', { name: args.secretEnv })))
    return exitCodes.usage
  }
  const needsHelloId = args.command === 'plan' || args.command === 'apply'
  if (needsHelloId && !args.simulate && (!args.scimUrl || secret === undefined)) {
    out.note(say(msg('cli.usage.helloIdNeeded')))
    return exitCodes.usage
  }

  const redactor = new Redactor()
  redactor.register(secret)
  // A log file, so a message that says "the details are in the log" is true; its path is printed.
  const logPath = join(dataDir, 'logs', 'cli.log')
  const fileLog = createFileLogger(logPath, redactor)
  const log = env.HELLOID_CLI_DEBUG ? teeLogger(fileLog, createConsoleLogger(redactor, 'debug')) : fileLog
  const pointAtLog = (text: string): string =>
    redactor
      .text(text)
      .replace(/\bthe details are in the log\b/gi, `the details are in ${logPath}`)
      .replace(/\bstaan de details in het logboek\b/gi, `staan de details in ${logPath}`)
  log.info('cli run', { command: args.command, cloud: args.cloud })

  let simulator: SimulatorTarget | null = null
  try {
    // --customer names a profile in the same list the app keeps: its tenant, cloud and portal.
    const profile = await customers.ensure({
      name: args.customer,
      cloudId: args.cloud,
      ...(args.tenant ? { tenant: args.tenant } : {}),
      ...(args.helloIdPortal ? { helloIdPortal: args.helloIdPortal } : {}),
    })
    if (!profile.ok) {
      out.note(say(msg('cli.usage.helloIdPortal', { problem: errorWords(profile.error) })))
      return exitCodes.usage
    }
    if (args.simulate || args.simulator) {
      simulator = await connectSimulator(args, env)
      // Practice runs play HelloID too: without a URL and secret, press its "New Secret".
      if (needsHelloId && (!args.scimUrl || secret === undefined)) {
        const minted = await simulator.newHelloIdSecret()
        args = { ...args, scimUrl: minted.url }
        secret = minted.secret
        redactor.register(secret)
        out.note(say(msg('cli.practiceSecret')))
      }
    }
    const catalogCloud = clouds[args.cloud as CloudId]
    if (!simulator && !catalogCloud)
      throw new UsageError(
        msg('cli.usage.cloud', { cloud: args.cloud, clouds: Object.keys(clouds).join(', ') }),
      )
    const cloud = authCloudFor(args.cloud, simulator ? { authorityHost: simulator.authority } : null)
    const graphBaseUrl = simulator ? simulator.graph : catalogCloud.graphHost

    // The CLI has no Settings: flag, then environment, then a deployment file in the working folder.
    const clientId = resolveClientId({
      flag: args.clientId,
      environment: env[CLIENT_ID_ENV],
      deploymentFile: await readDeploymentFile(deploymentFileCandidates([process.cwd()])),
    })
    if (!clientId.ok) {
      out.note(errorWords(clientId.error))
      return exitCodes.usage
    }
    const auth = new AuthService({
      clientId: clientId.value.clientId,
      cloud,
      store: createMemoryCacheStore(),
      openBrowser: simulator
        ? (url) => simulator!.completeSignIn(url, args.simulatorAccount)
        : openInSystemBrowser,
      log,
      redactor,
      language: () => args.language,
    })
    const needsWrite =
      args.command === 'apply' ||
      args.command === 'restart' ||
      args.command === 'rollback' ||
      args.command === 'test-user' ||
      args.command === 'app-registration'
    const scopes = scopesFor(needsWrite ? 'all' : 'read')
    const signedIn = args.deviceCode
      ? await auth.signInWithDeviceCode({
          scopes,
          ...(args.tenant ? { tenant: args.tenant } : {}),
          onCode: (prompt) => {
            out.note(prompt.message)
            if (simulator) void simulator.completeDeviceCode(prompt.userCode, args.simulatorAccount)
          },
        })
      : await auth.signInInteractive({ scopes, ...(args.tenant ? { tenant: args.tenant } : {}) })
    if (!signedIn.ok) {
      log.error('sign-in failed', { code: signedIn.error.code, details: signedIn.error.details })
      out.note(say(msg('cli.signInFailed', { error: pointAtLog(errorWords(signedIn.error)) })))
      out.note(say(msg('cli.log', { path: logPath })))
      out.result({
        command: args.command,
        outcome: 'sign-in-failed',
        error: { code: signedIn.error.code, message: signedIn.error.message },
      })
      return exitCodes.signIn
    }
    const tenantId = signedIn.value.tenantId
    const signedInAt = new Date().toISOString()
    out.note(say(msg('cli.signedIn', { user: signedIn.value.username, tenant: tenantId })))
    await customers.update(profile.value.id, (p) => ({ ...p, tenantId }))

    if (args.command === 'app-registration') {
      return await runAppRegistration({ auth, cloud, graphBaseUrl, tenantId, yes: args.yes, out, log })
    }
    const journalPath = join(customers.folder(profile.value.id), 'journal.jsonl')
    const engine = new SetupEngine({
      graphBaseUrl,
      tokens: (access, options) => auth.getToken(scopesForAccess(access), options),
      customerTenantId: () => tenantId,
      journal: createFileJournal(journalPath, redactor),
      log,
      onProgress: (p) => out.progress(p),
      ...(simulator
        ? { simulated: { scimCaPem: readFileSync(simulator.caCert, 'utf8') }, timing: simulator.timing }
        : {}),
    })
    // Writes hold the customer's lock: a second process on this data folder waits for this one.
    const writes = args.command === 'apply' || args.command === 'rollback'
    const runOutcome: RunOutcome = { job: null, apply: 'none', warnings: [] }
    const run = (): Promise<number> =>
      runCommand(args, engine, out, secret, simulator, pointAtLog, runOutcome)
    const locked = writes
      ? await withCustomerLock(journalPath, run)
      : { ok: true as const, value: await run() }
    if (!locked.ok) {
      out.note(errorWords(locked.error))
      out.result({ command: args.command, outcome: 'failed', error: { code: locked.error.code }, checks: [] })
      return exitCodes.failed
    }
    const code = locked.value
    await recordRun(customers, profile.value.id, runOutcome)
    if (args.report) {
      const written = await writeHandoverReport(args.report, {
        engine,
        journal: await createFileJournal(journalPath, redactor).entries(),
        profile: (await customers.get(profile.value.id)) ?? profile.value,
        tenantId,
        signedIn: { name: signedIn.value.name, username: signedIn.value.username, at: signedInAt },
        notificationEmail: args.notificationEmail ?? null,
        warnings: runOutcome.warnings,
        language: args.language,
      })
      if (written.ok) out.note(say(msg('cli.report', { path: written.value })))
      else {
        out.note(say(msg('cli.reportFailed', { error: pointAtLog(errorWords(written.error)) })))
        return code === exitCodes.ok ? exitCodes.failed : code
      }
    }
    if (code === exitCodes.failed || code === exitCodes.unhealthy)
      out.note(say(msg('cli.log', { path: logPath })))
    return code
  } catch (error) {
    if (error instanceof UsageError) {
      out.note(error.in(say))
      return exitCodes.usage
    }
    log.error('cli failed', {
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    })
    out.note(
      say(msg('cli.failed', { error: pointAtLog(error instanceof Error ? error.message : String(error)) })),
    )
    out.note(say(msg('cli.log', { path: logPath })))
    return exitCodes.failed
  } finally {
    await simulator?.stop()
  }
}

async function runCommand(
  args: CliArgs,
  engine: SetupEngine,
  out: CliOutput,
  secret: string | undefined,
  simulator: SimulatorTarget | null,
  pointAtLog: (text: string) => string,
  runOutcome: RunOutcome,
): Promise<number> {
  const base = { command: args.command }
  const checkList = (checks: { id: string; status: string; step: StepId }[]) =>
    checks.map((c) => ({ id: c.id, status: c.status, step: stepNumber(c.step), stepId: c.step }))

  if (args.command === 'status' || args.command === 'restart' || args.command === 'test-user') {
    const ids = await engine.lastSetupIds()
    if (!ids) {
      out.note(say(msg('cli.noSetup')))
      out.result({ ...base, outcome: 'failed', ids: {}, checks: [] })
      return exitCodes.failed
    }
    if (args.command === 'restart') {
      if (!args.yes && !(await confirm(say(msg('cli.restartAsk'))))) {
        out.note(say(msg('cli.notRestarted')))
        out.result({ ...base, outcome: 'not-confirmed', ids, checks: [] })
        return exitCodes.notConfirmed
      }
      const restarted = await engine.restart(ids)
      if (!restarted.ok) {
        out.note(errorWords(restarted.error))
        out.result({ ...base, outcome: 'failed', ids, error: { code: restarted.error.code }, checks: [] })
        return exitCodes.failed
      }
      out.text(say(msg('cli.restarted')))
    }
    if (args.command === 'status' || args.command === 'restart') {
      const following = args.command === 'restart' && args.wait
      const view = await engine.monitor(ids, {
        maxWaitMs: following ? args.waitMinutes * 60_000 : 0,
        ...(simulator ? { pollScale: simulator.pollScale } : {}),
      })
      if (!view.ok) {
        out.note(pointAtLog(errorWords(view.error)))
        out.result({ ...base, outcome: 'failed', ids, error: { code: view.error.code }, checks: [] })
        return exitCodes.failed
      }
      const { timedOut: _t, ...job } = view.value
      runOutcome.job = job
      for (const line of jobLines(job)) out.text(line)
      const code = exitCodeFor(job)
      out.result({ ...base, outcome: outcomeFor(code), ids, job, words: jobWords(job), checks: [] })
      return code
    }
    if (!args.user) throw new UsageError(msg('cli.usage.testUser'))
    const report = await engine.troubleshoot(ids, args.user)
    if (!report.ok) {
      out.note(pointAtLog(errorWords(report.error)))
      out.result({ ...base, outcome: 'failed', ids, error: { code: report.error.code }, checks: [] })
      return exitCodes.failed
    }
    const onDemand = report.value.onDemand
    out.text(
      `${say(msg('troubleshoot.outcome', { user: displayName(report.value.user.displayName), result: say(provisioningResultWords(onDemand.result)) }))} ${say(onDemand.explanation)}`,
    )
    for (const s of onDemand.steps)
      out.text(
        `  - ${say(msg('troubleshoot.step', { type: say(provisioningStepTypeWords(s.type)), status: say(provisioningResultWords(s.status)), description: givenText(s.description) }))}`,
      )
    out.text(say(msg('troubleshoot.logs', { count: report.value.logs.length })))
    for (const entry of report.value.logs.slice(0, 10)) out.text(`  - ${say(logLine(entry))}`)
    out.result({
      ...base,
      outcome: 'ok',
      ids: { ...ids, userId: report.value.user.id },
      onDemand: report.value.onDemand,
      logEntries: report.value.logs.length,
      checks: [],
    })
    return exitCodes.ok
  }

  if (args.command === 'rollback') {
    // What goes is read from the tenant, named, and confirmed; then only that is removed.
    const targets = await engine.rollbackTargets()
    if (!targets.ok) {
      out.note(pointAtLog(errorWords(targets.error)))
      out.result({ ...base, outcome: 'failed', ids: {}, error: { code: targets.error.code }, checks: [] })
      return exitCodes.failed
    }
    const apps = targets.value.map((t) => t.applicationId)
    if (apps.length === 0) {
      out.text(say(msg('rollback.cli.nothing')))
      out.result({ ...base, outcome: 'ok', ids: {}, removed: [], checks: [] })
      return exitCodes.ok
    }
    out.note(say(msg('rollback.cli.removes')))
    for (const line of rollbackLines(targets.value)) out.note(`  - ${say(line)}`)
    if (!args.yes && !(await confirm(say(msg('rollback.cli.ask'))))) {
      out.note(say(msg('rollback.cli.notConfirmed')))
      out.result({ ...base, outcome: 'not-confirmed', ids: {}, toRemove: targets.value, checks: [] })
      return exitCodes.notConfirmed
    }
    const removed = await engine.rollback(apps)
    out.text(removed.ok ? say(removedWords(removed.value.removed)) : pointAtLog(errorWords(removed.error)))
    out.result({
      ...base,
      outcome: removed.ok ? 'ok' : 'failed',
      ids: {},
      removed: removed.ok ? removed.value.removed : [],
      checks: [],
    })
    return removed.ok ? exitCodes.ok : exitCodes.failed
  }

  // --allow-unrecognised-host confirms the host of this very URL, and nothing else.
  const trustedHost = args.allowUnrecognisedHost ? hostOf(args.scimUrl) : undefined
  const report = await engine.preflight({
    ...(args.scimUrl !== undefined ? { scimUrl: args.scimUrl } : {}),
    ...(secret !== undefined ? { secret } : {}),
    assignments: args.assignments,
    ...(trustedHost ? { trustedHost } : {}),
  })
  out.checks(report.checks)
  runOutcome.warnings = report.checks
    .filter((c) => c.status === 'warn')
    .map((c) => ({ title: c.title, detail: c.detail }))
  if (report.checks.some((c) => c.id === 'helloid-host' && c.status === 'fail'))
    out.note(say(msg('cli.hostNotSent')))
  const passed = preflightPassed(report)
  if (args.command === 'preflight') {
    out.result({ ...base, outcome: passed ? 'ok' : 'failed', ids: {}, checks: checkList(report.checks) })
    return passed ? exitCodes.ok : exitCodes.failed
  }
  const choices = {
    scimUrl: report.helloId?.url ?? args.scimUrl ?? '',
    appDisplayName: 'HelloID',
    assignments: args.assignments,
    mappings: args.mappings,
    ...(args.notificationEmail ? { notificationEmail: args.notificationEmail } : {}),
    ...(args.reuse ? { reuseServicePrincipalId: args.reuse } : {}),
    ...(trustedHost ? { trustedHost } : {}),
  }
  if (!passed || !report.facts?.template || !report.helloId) {
    // The changes are still shown where the tenant could be read, so the person sees what would happen.
    const shown = report.facts?.template ? await engine.plan(report.facts.template.id, choices) : null
    out.note(say(msg('cli.preflightFailed')))
    out.result({
      ...base,
      outcome: 'failed',
      ids: {},
      checks: checkList(report.checks),
      ...(shown?.ok ? { plan: shown.value.changes } : {}),
    })
    return exitCodes.failed
  }
  const planned = await engine.plan(report.facts.template.id, choices)
  if (!planned.ok) {
    out.note(say(msg('cli.stoppedBeforeChange', { error: pointAtLog(errorWords(planned.error)) })))
    out.result({
      ...base,
      outcome: 'failed',
      ids: {},
      error: { code: planned.error.code, message: planned.error.message },
      checks: checkList(report.checks),
    })
    return exitCodes.failed
  }
  const plan = planned.value.changes
  // Scripts read the plan in English, each line worded from the catalog, whatever --language says.
  const planLines = plan.map((change) => ({ ...change, action: english(change.action) }))
  const planFingerprint = planned.value.fingerprint
  out.plan(plan)
  // A plan reviewed earlier (plan, then apply --plan-fingerprint): the tenant must still give it.
  if (args.planFingerprint !== undefined && args.planFingerprint !== planFingerprint) {
    const changed = errorOf('PLAN_CHANGED')
    out.note(say(msg('cli.stopped', { error: errorWords(changed) })))
    out.result({
      ...base,
      outcome: 'failed',
      ids: {},
      error: { code: changed.code, message: changed.message },
      checks: checkList(report.checks),
      plan: planLines,
      planFingerprint,
    })
    return exitCodes.failed
  }
  // The tenant holds HelloID apps the assistant may not pick itself: the person chooses, by id.
  if (plan.some((change) => change.kind === 'choose')) {
    out.note(say(msg('cli.chooseApp')))
    out.result({
      ...base,
      outcome: 'choice-needed',
      ids: {},
      existingApps: (report.facts.existingApps ?? []).map((a) => ({
        servicePrincipalId: a.servicePrincipalId,
        applicationId: a.applicationId,
        displayName: a.displayName,
        madeByAssistant: a.madeByAssistant,
      })),
      checks: checkList(report.checks),
      plan: planLines,
      planFingerprint,
    })
    return exitCodes.failed
  }
  if (args.command === 'plan') {
    out.note(say(msg('cli.fingerprint', { fingerprint: planFingerprint })))
    out.result({
      ...base,
      outcome: 'ok',
      ids: {},
      checks: checkList(report.checks),
      plan: planLines,
      planFingerprint,
    })
    return exitCodes.ok
  }
  if (!args.yes && !(await confirm(say(msg('cli.applyAsk'))))) {
    out.note(say(msg('cli.notApplied')))
    out.result({
      ...base,
      outcome: 'not-confirmed',
      ids: {},
      checks: checkList(report.checks),
      plan: planLines,
    })
    return exitCodes.notConfirmed
  }
  // Apply plans again from the tenant and refuses when it changed while the question was open.
  const applied = await engine.apply(
    report.facts.template.id,
    { ...choices, secret: report.helloId.secret },
    { planFingerprint },
  )
  runOutcome.apply = applied.ok ? 'done' : 'failed'
  if (applied.ok) runOutcome.scimUrl = choices.scimUrl
  if (!applied.ok) {
    out.note(say(msg('cli.stopped', { error: pointAtLog(errorWords(applied.error)) })))
    out.result({
      ...base,
      outcome: 'failed',
      ids: {},
      error: { code: applied.error.code, message: applied.error.message },
      checks: checkList(report.checks),
    })
    return exitCodes.failed
  }
  const ids = {
    applicationId: applied.value.app.applicationId,
    appId: applied.value.app.appId,
    servicePrincipalId: applied.value.app.servicePrincipalId,
    jobId: applied.value.jobId,
  }
  let job: JobView | null = null
  let code: number = exitCodes.ok
  out.text(say(msg('cli.applied')))
  if (args.wait) {
    const watched = await engine.monitor(
      { spId: ids.servicePrincipalId, jobId: ids.jobId },
      {
        maxWaitMs: args.waitMinutes * 60_000,
        ...(simulator ? { pollScale: simulator.pollScale } : {}),
      },
    )
    if (watched.ok) {
      const { timedOut: _t, ...view } = watched.value
      job = view
      runOutcome.job = view
      code = exitCodeFor(view)
      for (const line of jobLines(view)) out.text(line)
    } else code = exitCodes.failed
  }
  out.result({
    ...base,
    outcome: outcomeFor(code),
    ids,
    applied: { ...applied.value, app: undefined },
    job,
    ...(job ? { words: jobWords(job) } : {}),
    checks: checkList(report.checks),
  })
  return code
}

/** What a run learned that the customer list keeps: the job's reading, and whether apply ran. */
interface RunOutcome {
  job: JobView | null
  apply: 'none' | 'done' | 'failed'
  scimUrl?: string
  /** Pre-flight checks that warned, for the handover report (worded in the report's language). */
  warnings: ReportWarning[]
}

/** Reads the tenant and writes the handover report (HTML) to `file`; returns its full path. */
async function writeHandoverReport(
  file: string,
  input: {
    engine: SetupEngine
    journal: JournalEntry[]
    profile: CustomerProfileRecord
    tenantId: string
    signedIn: { name: string; username: string; at: string }
    notificationEmail: string | null
    warnings: ReportWarning[]
    language: Language
  },
): Promise<Result<string>> {
  const made = await buildHandoverReport({
    engine: input.engine,
    journal: input.journal,
    customer: {
      name: input.profile.name,
      tenant: input.profile.tenant ?? null,
      tenantId: input.tenantId,
      cloudId: input.profile.cloudId,
      helloIdPortal: input.profile.helloIdPortal ?? null,
      helloIdUrl: input.profile.helloIdUrl ?? null,
    },
    signedIn: input.signedIn,
    notificationEmail: input.notificationEmail,
    warnings: input.warnings,
    language: input.language,
  })
  if (!made.ok) return made
  const path = resolve(file)
  await writeFileAtomic(path, made.value.html)
  return { ok: true, value: path }
}

/** Keeps the customer's last run (and, after apply, its HelloID URL — never the secret) in its profile. */
async function recordRun(store: CustomerProfileStore, id: string, outcome: RunOutcome): Promise<void> {
  const state = outcome.job
    ? runStateFor(outcome.job.health)
    : outcome.apply === 'done'
      ? 'in-progress'
      : outcome.apply === 'failed'
        ? 'needs-attention'
        : null
  if (state) await store.recordRun(id, state)
  if (outcome.scimUrl) await store.update(id, (p) => ({ ...p, helloIdUrl: outcome.scimUrl }))
}

/** Healthy and done → 0; still on its way → "not yet" (5); anything that needs a person → 6. */
function exitCodeFor(job: JobView): number {
  if (job.health === 'completed') return exitCodes.ok
  return job.health === 'waiting' ? exitCodes.timedOut : exitCodes.unhealthy
}

function outcomeFor(code: number): string {
  return code === exitCodes.ok
    ? 'ok'
    : code === exitCodes.timedOut
      ? 'waiting'
      : code === exitCodes.unhealthy
        ? 'unhealthy'
        : 'failed'
}

/** The host name of a URL (without a trailing dot), or undefined when it is not a URL. */
function hostOf(url: string | undefined): string | undefined {
  try {
    return url === undefined ? undefined : new URL(url.trim()).hostname.replace(/\.$/, '')
  } catch {
    return undefined
  }
}

/** Sends every line to both loggers. */
function teeLogger(a: Logger, b: Logger): Logger {
  return {
    debug: (m, f) => (a.debug(m, f), b.debug(m, f)),
    info: (m, f) => (a.info(m, f), b.info(m, f)),
    warn: (m, f) => (a.warn(m, f), b.warn(m, f)),
    error: (m, f) => (a.error(m, f), b.error(m, f)),
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => process.exit(code))
}

/** "1 user", "3 groups": a count in English words from the catalog. */
function counted(count: number, what: 'users' | 'groups'): string {
  return say({ code: `count.${what}`, params: { count } })
}

/** What a rollback removes, one line per app, job and set of assignments. */
function rollbackLines(targets: readonly RollbackTarget[]): Message[] {
  const counts = (users: number, groups: number) => ({
    users: counted(users, 'users'),
    groups: counted(groups, 'groups'),
  })
  return targets.flatMap((t) => [
    t.servicePrincipalId
      ? msg('rollback.cli.appWithSp', {
          app: displayName(t.displayName),
          applicationId: identifier(t.applicationId),
          spId: identifier(t.servicePrincipalId),
        })
      : msg('rollback.cli.app', {
          app: displayName(t.displayName),
          applicationId: identifier(t.applicationId),
        }),
    ...t.jobs.map((j) => msg('rollback.cli.job', { id: identifier(j.id), ...counts(j.users, j.groups) })),
    msg('rollback.cli.assignments', counts(t.assignments.users, t.assignments.groups)),
  ])
}

/** One provisioning log entry: when, what Entra did and how it went, and Entra's reason (its own text). */
function logLine(entry: ProvisioningObjectSummary): Message {
  const reason = entry.provisioningStatusInfo?.errorInformation?.reason
  const words = {
    when: String(entry.activityDateTime ?? ''),
    action: say(provisioningActionWords(String(entry.provisioningAction ?? 'other'))),
    status: say(provisioningResultWords(String(entry.provisioningStatusInfo?.status ?? 'unknown'))),
  }
  return reason
    ? msg('troubleshoot.logReason', { ...words, reason: givenText(reason) })
    : msg('troubleshoot.logLine', words)
}

/** What a rollback removed, as one line: each job and application by its id. */
function removedWords(removed: readonly RemovedObject[]): Message {
  const list = removed
    .map((r) =>
      say(
        msg(r.kind === 'job' ? 'rollback.cli.removedJob' : 'rollback.cli.removedApp', {
          id: identifier(r.id),
        }),
      ),
    )
    .join(', ')
  return msg('rollback.cli.removedList', { list })
}
