import type { SynchronizationJob } from '@microsoft/microsoft-graph-types'

import type { JobFix, JobHealthState } from '../../../shared/contract'

export type { JobFix, JobHealthState }

/**
 * Where a provisioning job stands, derived in this one place from what Graph returns.
 *
 * Facts this rests on (Microsoft's documentation):
 * - status.code is NotConfigured, NotRun, Active, Paused or Quarantine; NotRun = "configured, and may have
 *   been started, but has not yet completed its first run"; Active = "running periodically";
 *   Quarantine = "many errors or a critical error, for example revoked or expired credentials".
 *   https://learn.microsoft.com/en-us/graph/api/resources/synchronization-synchronizationstatus
 * - lastExecution.state is Succeeded, Failed or EntryLevelErrors.
 *   https://learn.microsoft.com/en-us/graph/api/resources/synchronization-synchronizationtaskexecution
 * - A quarantined job still retries, less and less often (down to once a day), and after four weeks in
 *   quarantine it is disabled and stops running. The documented job example shows such a job: code
 *   Paused, schedule Disabled, the quarantine still attached.
 *   https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-quarantine-status
 *   https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-get
 * - escrowsPruned: too many object errors during the initial cycle; it finishes, then the job pauses until
 *   someone cleans up the errors (same synchronizationStatus page).
 * - The portal's "Initial cycle completed" is the end of the initial cycle, after which incremental cycles
 *   run about every 40 minutes.
 *   https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-when-will-provisioning-finish-specific-user
 *
 * Right after start Graph shows a placeholder last execution (state Failed, zero dates, error None): it is
 * neither a failure nor a finished cycle.
 */
/**
 * The states (contract: shared/contract/schemas.ts): not-started (never started, or turned off before a
 * cycle ran), waiting (the first cycle has not finished), completed (healthy: the initial cycle finished
 * without errors and nothing is wrong now), quarantined (whatever the code says: a disabled quarantined
 * job reads Paused), failed (the last cycle failed as a whole, not in quarantine), entry-errors (the last
 * cycle finished but some users or groups could not be provisioned), paused (turned off after it ran).
 */
export interface JobHealth {
  state: JobHealthState
  /** Null when healthy or still waiting. */
  problem: { fix: JobFix; errorCode: string | null; message: string } | null
}

/** Graph's "no date" value, 0001-01-01T00:00:00Z. */
export const realTime = (value: string | null | undefined): boolean =>
  Boolean(value) && !String(value).startsWith('0001-01-01')

const presentCode = (code: string | null | undefined): string | null =>
  code && code !== 'None' ? code : null

/** The placeholder execution Graph shows after start (see above). */
export function isPlaceholderExecution(
  execution: NonNullable<SynchronizationJob['status']>['lastExecution'],
): boolean {
  return !execution || (!realTime(execution.timeBegan) && !presentCode(execution.error?.code))
}

/**
 * Which fix an error asks for. Credential failures (the HelloID secret was replaced, or is wrong) need a
 * new secret; an endpoint that cannot be reached or answers 404 needs the URL checked. The quarantine
 * page lists invalid credentials and a 404 from the target as the common causes.
 */
export function fixFor(reason: string | null, errorCode: string | null): JobFix {
  const code = errorCode ?? ''
  if (/CredentialValidationFailure|InvalidCredentials|Unauthorized|CredentialsMissing|401|403/i.test(code))
    return 'new-secret'
  if (/CredentialValidationUnavailable|Unavailable|Unreachable|NotFound|404|Tls|Certificate/i.test(code))
    return 'check-url'
  switch (reason) {
    case 'EncounteredBaseEscrowThreshold':
    case 'EncounteredTotalEscrowThreshold':
    case 'EncounteredEscrowProportionThreshold':
      return 'fix-entries'
    case 'TooManyDeletes':
      return 'allow-deletes'
    case 'QuarantinedOnDemand':
      return 'restart'
    default:
      return 'read-error'
  }
}

/**
 * The health rule. "Initial cycle completed" (state `completed`) only when: no quarantine, the job is
 * Active (or reached steady state once), and its last real execution Succeeded.
 */
export function jobHealth(job: SynchronizationJob): JobHealth {
  const status = job.status
  const code = status?.code ?? 'NotConfigured'
  const last = status?.lastExecution
  const ran = !isPlaceholderExecution(last)
  const steady = realTime(status?.steadyStateFirstAchievedTime)

  const quarantine = status?.quarantine
  if (quarantine && (quarantine.reason || quarantine.error?.code || code === 'Quarantine')) {
    const errorCode = presentCode(quarantine.error?.code) ?? presentCode(last?.error?.code)
    return {
      state: 'quarantined',
      problem: {
        fix: fixFor(quarantine.reason ?? null, errorCode),
        errorCode,
        message: quarantine.error?.message ?? last?.error?.message ?? '',
      },
    }
  }
  if (code === 'Quarantine') {
    const errorCode = presentCode(last?.error?.code)
    return {
      state: 'quarantined',
      problem: { fix: fixFor(null, errorCode), errorCode, message: last?.error?.message ?? '' },
    }
  }
  if (code === 'NotConfigured')
    return { state: 'not-started', problem: { fix: 'turn-on', errorCode: null, message: '' } }
  if (status?.escrowsPruned && code === 'Paused') {
    return {
      state: 'entry-errors',
      problem: { fix: 'fix-entries', errorCode: 'EscrowsPruned', message: '' },
    }
  }
  // A failed execution counts while countSuccessiveCompleteFailures ("number of consecutive times this
  // job failed") does. Start and restart clear the quarantine and that count, but Graph keeps showing the
  // failed execution until the next cycle ends: that job is waiting for its cycle, not failed. A paused job
  // will not run again by itself, so its failed run stands.
  const failureCounts = Number(status?.countSuccessiveCompleteFailures ?? 0) > 0 || code === 'Paused'
  if (ran && last?.state === 'Failed' && failureCounts) {
    const errorCode = presentCode(last.error?.code)
    return {
      state: 'failed',
      problem: { fix: fixFor(null, errorCode), errorCode, message: last.error?.message ?? '' },
    }
  }
  if (code === 'Paused') {
    return ran || steady
      ? { state: 'paused', problem: { fix: 'turn-on', errorCode: null, message: '' } }
      : { state: 'not-started', problem: { fix: 'turn-on', errorCode: null, message: '' } }
  }
  if (ran && last?.state === 'EntryLevelErrors') {
    return {
      state: 'entry-errors',
      problem: {
        fix: 'fix-entries',
        errorCode: presentCode(last.error?.code),
        message: last.error?.message ?? '',
      },
    }
  }
  const finished = ran && realTime(last?.timeEnded) && last?.state === 'Succeeded'
  if (finished && (code === 'Active' || steady)) return { state: 'completed', problem: null }
  return { state: 'waiting', problem: null }
}

/** Whether following the job can stop: it finished, or it needs a person. */
export function needsNoMoreWaiting(health: JobHealth): boolean {
  return health.state !== 'waiting'
}
