import { deepCopy } from '../core/json'
import { seededGuid } from '../core/ids'
import type { JobState, ServicePrincipalObj } from '../state/objects'
import type { SimulatorState } from '../state/simulator-state'
import type { TenantState } from '../state/tenant-state'
import type { SchemaJson } from '../tenant/sync-types'
import { cancelJobTasks, cycleKey, scheduleCycle, type JobRef } from './cycle'
import { CYCLE_INTERVAL, initialStatus, NEVER_INTERVAL, placeholderExecution } from './job-status'
import { hasCredentials, syncAllSecret } from './secrets'

/** POST …/synchronization/jobs: NotConfigured until credentials exist, schedule Disabled. */
export function createJob(
  state: SimulatorState,
  tenant: TenantState,
  sp: ServicePrincipalObj,
  templateId: string,
  schema: SchemaJson,
): JobState {
  const job: JobState = {
    id: `${templateId}.${tenant.id.replace(/-/g, '')}.${seededGuid(state.streams.ids)}`,
    templateId,
    createdAt: state.clock.now(),
    schedule: { state: 'Disabled', interval: NEVER_INTERVAL, expiration: null },
    status: initialStatus(hasCredentials(sp) ? 'Paused' : 'NotConfigured'),
    schema: deepCopy(schema),
    settings: [
      { name: 'AzureIngestionAttributeOptimization', value: 'False' },
      { name: 'LookaheadQueryEnabled', value: 'False' },
      { name: 'QuarantineTooManyDeletesThreshold', value: '500' },
    ],
    engine: {
      exported: new Map(),
      skippedLogged: new Set(),
      cycleCount: 0,
      running: false,
      activeCycle: null,
      syncAllEffective: false,
    },
  }
  sp.sync?.jobs.set(job.id, job)
  return job
}

/** Saving credentials makes a NotConfigured job Paused. */
export function afterSecretsSaved(sp: ServicePrincipalObj): void {
  if (!hasCredentials(sp)) return
  for (const job of sp.sync?.jobs.values() ?? [])
    if (job.status.code === 'NotConfigured') job.status.code = 'Paused'
}

function firstCycleAt(state: SimulatorState): number {
  const { min, max } = state.profile.timing.firstCycleDelaySeconds
  return state.clock.now() + state.streams.engine.int(min, max) * 1000
}

/**
 * After a switch to a faster profile: a first cycle still waiting longer than that profile allows is
 * brought forward, so practice mode speeds up at once and keeps everything done so far.
 */
export function bringFirstCyclesForward(state: SimulatorState): void {
  const latest = state.clock.now() + state.profile.timing.firstCycleDelaySeconds.max * 1000
  for (const tenant of state.tenants.values())
    for (const sp of tenant.servicePrincipals.values())
      for (const job of sp.sync?.jobs.values() ?? []) {
        const due = state.scheduler.dueAt(cycleKey(job))
        if (job.engine.cycleCount === 0 && due !== undefined && due > latest)
          scheduleCycle(state, { tenant, sp, job }, firstCycleAt(state))
      }
}

/** Provisioning Status On: schedule Active, NotRun with the placeholder execution until the first cycle ends. */
export function startJob(state: SimulatorState, ref: JobRef): void {
  const { job } = ref
  if (job.schedule.state === 'Active' && job.status.code !== 'Quarantine') return
  job.schedule = { state: 'Active', interval: CYCLE_INTERVAL, expiration: null }
  job.engine.syncAllEffective = syncAllSecret(ref.sp)
  // "If the job is in quarantine, the quarantine status is cleared."
  // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-start
  // Clearing the failure count with it is our guess (see "Where behaviour is inferred").
  if (job.status.quarantine) job.status.countSuccessiveCompleteFailures = 0
  job.status.quarantine = null
  if (job.engine.cycleCount === 0) {
    job.status.code = 'NotRun'
    job.status.lastExecution ??= placeholderExecution()
    job.status.troubleshootingUrl = ''
  } else job.status.code = 'Active'
  scheduleCycle(state, ref, firstCycleAt(state))
}

/** Provisioning Status Off: a running cycle finishes, no new one starts. */
export function pauseJob(state: SimulatorState, ref: JobRef): void {
  ref.job.schedule.state = 'Paused'
  ref.job.status.code = 'Paused'
  state.scheduler.cancel(`job:${ref.job.id}:cycle`)
}

/** Restart with a resetScope ("Watermark, Escrows, QuarantineState", "Full", "ForceDeletes", …). */
export function restartJob(state: SimulatorState, ref: JobRef, resetScope: string): void {
  const { job } = ref
  const parts = resetScope
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p.length > 0)
  const all = parts.length === 0 || parts.includes('full')
  if (
    all ||
    parts.includes('quarantinestate') ||
    (parts.includes('forcedeletes') && job.status.quarantine?.reason === 'TooManyDeletes')
  ) {
    job.status.quarantine = null
    job.status.countSuccessiveCompleteFailures = 0
  }
  if (all || parts.includes('connectordatastore')) job.engine.exported.clear()
  if (all || parts.includes('watermark')) job.engine.skippedLogged.clear()
  // Resetting escrows drops the object errors, so none are left pruned.
  if (all || parts.includes('escrows')) job.status.escrowsPruned = false
  job.schedule = { state: 'Active', interval: CYCLE_INTERVAL, expiration: null }
  job.engine.syncAllEffective = syncAllSecret(ref.sp)
  job.status.code = job.status.quarantine ? 'Quarantine' : 'NotRun'
  scheduleCycle(state, ref, firstCycleAt(state))
}

export function deleteJob(state: SimulatorState, ref: JobRef): void {
  cancelJobTasks(state, ref.job)
  ref.sp.sync?.jobs.delete(ref.job.id)
}
