import { isoSeconds, ZERO_DATE } from '../core/clock'
import type { JobStatus, Quarantine, TaskExecution } from '../state/objects'

/** "Never" schedule interval of a job that has not been started. */
export const NEVER_INTERVAL = 'P10675199DT2H48M5.4775807S'
export const CYCLE_INTERVAL = 'PT40M'

export function initialStatus(code: 'NotConfigured' | 'Paused'): JobStatus {
  return {
    code,
    countSuccessiveCompleteFailures: 0,
    escrowsPruned: false,
    lastExecution: null,
    lastSuccessfulExecution: null,
    lastSuccessfulExecutionWithExports: null,
    quarantine: null,
    steadyStateFirstAchievedTime: ZERO_DATE,
    steadyStateLastAchievedTime: ZERO_DATE,
    troubleshootingUrl: null,
    synchronizedEntryCountByType: [],
  }
}

/** What Graph shows right after `start`: state Failed, zero dates, error code None — not a failure. */
export function placeholderExecution(): TaskExecution {
  return {
    activityIdentifier: null,
    countEntitled: 0,
    countEntitledForProvisioning: 0,
    countEscrowed: 0,
    countEscrowedRaw: 0,
    countExported: 0,
    countExports: 0,
    countImported: 0,
    countImportedDeltas: 0,
    countImportedReferenceDeltas: 0,
    state: 'Failed',
    timeBegan: ZERO_DATE,
    timeEnded: ZERO_DATE,
    error: { code: 'None', message: '', tenantActionable: false },
  }
}

export interface CycleCounts {
  entitled: number
  entitledForProvisioning: number
  imported: number
  exported: number
  escrowed: number
  referenceDeltas: number
}

export function execution(cycleId: string, began: number, ended: number, counts: CycleCounts): TaskExecution {
  return {
    activityIdentifier: cycleId,
    countEntitled: counts.entitled,
    countEntitledForProvisioning: counts.entitledForProvisioning,
    countEscrowed: counts.escrowed,
    countEscrowedRaw: counts.escrowed,
    countExported: counts.exported,
    countExports: counts.exported,
    countImported: counts.imported,
    countImportedDeltas: counts.imported,
    countImportedReferenceDeltas: counts.referenceDeltas,
    state: counts.escrowed > 0 ? 'EntryLevelErrors' : 'Succeeded',
    timeBegan: isoSeconds(began),
    timeEnded: isoSeconds(ended),
    error: null,
  }
}

/**
 * While in quarantine "the frequency of incremental cycles is gradually reduced to once per day", and a job
 * that "stays in quarantine for more than four weeks" is disabled (stops running).
 * https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-quarantine-status
 * The steps before once a day (6 h, then 12 h) are our guess; see "Where behaviour is inferred".
 */
const RETRY_HOURS = [6, 12, 24]
export const QUARANTINE_DISABLE_AFTER_MS = 28 * 24 * 3600 * 1000

/** Quarantine bookkeeping; retries back off 6 h, 12 h, 24 h, then daily. */
export function quarantineStatus(
  previous: Quarantine | null,
  now: number,
  code: string,
  message: string,
): Quarantine {
  const seriesCount = (previous?.seriesCount ?? 0) + 1
  const hours = RETRY_HOURS[Math.min(seriesCount - 1, RETRY_HOURS.length - 1)] ?? 24
  return {
    currentBegan: isoSeconds(now),
    nextAttempt: isoSeconds(now + hours * 3600 * 1000),
    reason: 'EncounteredQuarantineException',
    seriesBegan: previous?.seriesBegan ?? isoSeconds(now),
    seriesCount,
    error: { code, message, tenantActionable: true },
  }
}
