import { randomUUID } from 'node:crypto'
import { seededGuid } from '../core/ids'
import type { JobState, ServicePrincipalObj } from '../state/objects'
import type { SimulatorState } from '../state/simulator-state'
import type { TenantState } from '../state/tenant-state'
import { classifyProbe } from './credential-check'
import {
  exportGroup,
  exportUser,
  disableUser,
  FatalExportError,
  logSkipped,
  type ExportContext,
  type ExportOutcome,
} from './export'
import {
  execution,
  NEVER_INTERVAL,
  QUARANTINE_DISABLE_AFTER_MS,
  quarantineStatus,
  type CycleCounts,
} from './job-status'
import { findObjectMapping, findRule } from './mapping'
import { ScimClient } from './scim-client'
import { computeScope } from './scope'
import { savedSecrets } from './secrets'

export interface JobRef {
  tenant: TenantState
  sp: ServicePrincipalObj
  job: JobState
}

export function locateJob(
  state: SimulatorState,
  tenantId: string,
  spId: string,
  jobId: string,
): JobRef | undefined {
  const tenant = state.tenants.get(tenantId)
  const sp = tenant?.servicePrincipals.get(spId)
  const job = sp?.sync?.jobs.get(jobId)
  return tenant && sp && job ? { tenant, sp, job } : undefined
}

export const cycleKey = (job: JobState): string => `job:${job.id}:cycle`
const finalizeKey = (job: JobState): string => `job:${job.id}:finalize`

export function scheduleCycle(state: SimulatorState, ref: JobRef, atMs: number): void {
  const ids = { tenantId: ref.tenant.id, spId: ref.sp.id, jobId: ref.job.id }
  state.scheduler.at(cycleKey(ref.job), atMs, () => runCycle(state, ids.tenantId, ids.spId, ids.jobId))
}

/** Builds what exports need: SCIM client with the saved credentials and the job's mappings. */
export function exportContext(
  state: SimulatorState,
  ref: JobRef,
  cycleId: string,
): ExportContext | undefined {
  const secrets = savedSecrets(ref.sp)
  const base = secrets.get('BaseAddress')
  const token = secrets.get('SecretToken')
  if (base === undefined || token === undefined) return undefined
  const rule = findRule(ref.job.schema)
  return {
    state,
    tenant: ref.tenant,
    sp: ref.sp,
    job: ref.job,
    client: new ScimClient(base, token, state.ca.certPem),
    cycleId,
    holdBackOnCreate: ref.sp.sync?.connector === 'helloid',
    userMapping: findObjectMapping(ref.job.schema, 'User'),
    groupMapping: findObjectMapping(ref.job.schema, 'Group'),
    targetDirectory: rule?.targetDirectoryName ?? ref.sp.displayName,
  }
}

/** The job fails as a whole: quarantine, failed lastExecution, retry at the quarantine's nextAttempt. */
export function quarantineJob(
  state: SimulatorState,
  ref: JobRef,
  cycleId: string,
  began: number,
  code: string,
  message: string,
): void {
  const now = state.clock.now()
  const status = ref.job.status
  status.quarantine = quarantineStatus(status.quarantine, now, code, message)
  status.code = 'Quarantine'
  status.countSuccessiveCompleteFailures += 1
  status.lastExecution = {
    ...execution(cycleId, began, now, {
      entitled: 0,
      entitledForProvisioning: 0,
      imported: 0,
      exported: 0,
      escrowed: 0,
      referenceDeltas: 0,
    }),
    state: 'Failed',
    error: { code, message, tenantActionable: true },
  }
  ref.job.engine.activeCycle = null
  ref.job.engine.cycleCount += 1
  if (now - Date.parse(status.quarantine.seriesBegan) > QUARANTINE_DISABLE_AFTER_MS) {
    // More than four weeks in quarantine: the job is disabled. Graph's documented example of such a job
    // reads code Paused, schedule Disabled, with the quarantine still attached.
    // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-get
    ref.job.schedule = { ...ref.job.schedule, state: 'Disabled', interval: NEVER_INTERVAL }
    status.code = 'Paused'
    return
  }
  if (ref.job.schedule.state === 'Active')
    scheduleCycle(state, ref, Date.parse(status.quarantine.nextAttempt))
}

function finalize(
  state: SimulatorState,
  ref: JobRef,
  cycleId: string,
  began: number,
  counts: CycleCounts,
): void {
  const now = state.clock.now()
  const job = ref.job
  const status = job.status
  const exec = execution(cycleId, began, now, counts)
  status.lastExecution = exec
  if (exec.state === 'Succeeded') {
    status.lastSuccessfulExecution = exec
    if (counts.exported > 0) status.lastSuccessfulExecutionWithExports = exec
  }
  if (status.steadyStateFirstAchievedTime.startsWith('0001'))
    status.steadyStateFirstAchievedTime = exec.timeEnded
  status.steadyStateLastAchievedTime = exec.timeEnded
  status.quarantine = null
  status.countSuccessiveCompleteFailures = 0
  const exported = [...job.engine.exported.values()]
  const users = exported.filter((e) => e.kind === 'User').length
  const groups = exported.filter((e) => e.kind === 'Group').length
  status.synchronizedEntryCountByType =
    users + groups > 0
      ? [
          { key: 'User', value: users },
          { key: 'Group', value: groups },
        ]
      : []
  status.code = job.schedule.state === 'Active' ? 'Active' : 'Paused'
  job.engine.activeCycle = null
  job.engine.cycleCount += 1
  if (job.schedule.state === 'Active')
    scheduleCycle(state, ref, now + state.profile.timing.cycleIntervalSeconds * 1000)
}

/** One provisioning cycle: probe the SCIM endpoint, export everything in scope, then report. */
export async function runCycle(
  state: SimulatorState,
  tenantId: string,
  spId: string,
  jobId: string,
): Promise<void> {
  const ref = locateJob(state, tenantId, spId, jobId)
  if (!ref) return
  const { job, tenant, sp } = ref
  if (job.schedule.state !== 'Active') return
  if (job.engine.running || job.engine.activeCycle) {
    // One cycle at a time: try again shortly instead of dropping this one.
    scheduleCycle(state, ref, state.clock.now() + 1000)
    return
  }
  job.engine.running = true
  const cycleId = seededGuid(state.streams.engine)
  const began = state.clock.now()
  try {
    const ctx = exportContext(state, ref, cycleId)
    if (!ctx) {
      quarantineJob(
        state,
        ref,
        cycleId,
        began,
        'CredentialsMissing',
        'Please configure provisioning by providing your admin credentials then retry the provisioning on-demand.',
      )
      return
    }
    const probe = classifyProbe(
      await ctx.client.send('GET', `/Users?filter=${encodeURIComponent(`userName eq "${randomUUID()}"`)}`),
    )
    if (!probe.ok) {
      quarantineJob(state, ref, cycleId, began, probe.code, probe.message)
      return
    }
    const scope = computeScope(tenant, sp, job.engine.syncAllEffective)
    const tally = new Map<ExportOutcome, number>()
    const bump = (o: ExportOutcome): void => void tally.set(o, (tally.get(o) ?? 0) + 1)
    for (const skipped of scope.skipped) {
      if (job.engine.skippedLogged.has(skipped.id)) continue
      job.engine.skippedLogged.add(skipped.id)
      logSkipped(ctx, skipped)
    }
    let references = 0
    for (const scoped of scope.users) {
      const result = await exportUser(ctx, scoped)
      bump(result.outcome)
      if (result.steps.some((s) => s.provisioningStepType === 'referenceResolution')) references += 1
    }
    const inScope = new Set(scope.users.map((u) => u.user.id))
    for (const [sourceId, entry] of [...job.engine.exported]) {
      if (entry.kind === 'User' && !inScope.has(sourceId))
        bump((await disableUser(ctx, sourceId, entry.targetId, entry.displayName)).outcome)
    }
    for (const scoped of scope.groups) bump((await exportGroup(ctx, scoped)).outcome)

    const objects = scope.users.length + scope.groups.length
    const timing = state.profile.timing
    const perObject =
      timing.cycleSecondsPerObject.min +
      state.streams.engine.next() * (timing.cycleSecondsPerObject.max - timing.cycleSecondsPerObject.min)
    const durationMs = Math.round((timing.cycleOverheadSeconds + perObject * objects) * 1000)
    const counts: CycleCounts = {
      entitled: objects + scope.skipped.length,
      entitledForProvisioning: objects,
      imported: objects + scope.skipped.length,
      exported: (tally.get('created') ?? 0) + (tally.get('updated') ?? 0) + (tally.get('disabled') ?? 0),
      escrowed: tally.get('failed') ?? 0,
      referenceDeltas: references,
    }
    const endsAt = began + durationMs
    job.engine.activeCycle = { id: cycleId, began, endsAt, totalUnits: Math.max(1, objects) }
    if (endsAt <= state.clock.now()) finalize(state, ref, cycleId, began, counts)
    else state.scheduler.at(finalizeKey(job), endsAt, () => finalize(state, ref, cycleId, began, counts))
  } catch (error) {
    if (!(error instanceof FatalExportError)) throw error
    quarantineJob(state, ref, cycleId, began, error.code, error.message)
  } finally {
    job.engine.running = false
  }
}

export function cancelJobTasks(state: SimulatorState, job: JobState): void {
  state.scheduler.cancelPrefix(`job:${job.id}:`)
}
