import type { SynchronizationJob } from '@microsoft/microsoft-graph-types'

/** The job as a person needs to see it. */
export interface JobView {
  code: string
  initialCycleCompleted: boolean
  scheduleState: string
  progress: { completed: number; total: number } | null
  counts: { users: number; groups: number }
  lastCycle: { state: string; endedAt: string | null; exported: number; errorCode: string | null } | null
  quarantine: { reason: string; message: string; explanation: string; fix: string } | null
}

const realTime = (value: string | null | undefined): boolean =>
  Boolean(value) && !String(value).startsWith('0001-01-01')

/**
 * The "Initial cycle completed" rule: the job has left NotRun and its last cycle has a
 * real end time. Right after start the last execution is a placeholder (state Failed, zero dates, error
 * None), which is not a failure and not a finished cycle.
 */
export function initialCycleCompleted(job: SynchronizationJob): boolean {
  const status = job.status
  if (!status || status.code === 'NotRun' || status.code === 'NotConfigured') return false
  return realTime(status.lastExecution?.timeEnded) || realTime(status.steadyStateFirstAchievedTime)
}

const quarantineHelp: Record<string, { explanation: string; fix: string }> = {
  EncounteredQuarantineException: {
    explanation: 'HelloID refused the connection, usually because the secret changed or the URL is wrong.',
    fix: 'Create a new secret in HelloID (Directory › Azure AD › New Secret), save it here again, then restart provisioning.',
  },
  EncounteredBaseEscrowThreshold: {
    explanation: 'Too many users or groups failed to provision.',
    fix: 'Open the provisioning logs for the failing users, fix the cause, then restart provisioning.',
  },
  EncounteredTotalEscrowThreshold: {
    explanation: 'Too many users or groups failed to provision.',
    fix: 'Open the provisioning logs for the failing users, fix the cause, then restart provisioning.',
  },
  EncounteredEscrowProportionThreshold: {
    explanation: 'A large share of users or groups failed to provision.',
    fix: 'Open the provisioning logs for the failing users, fix the cause, then restart provisioning.',
  },
  TooManyDeletes: {
    explanation: 'The cycle would delete more accounts than the accidental-deletion threshold allows.',
    fix: 'Check why so many users left scope. If the deletions are intended, allow them and restart provisioning.',
  },
  QuarantinedOnDemand: {
    explanation: 'Provisioning was put in quarantine on request.',
    fix: 'Restart provisioning when ready.',
  },
}

/** Turns a Graph job into the view the UI and CLI show. */
export function viewJob(job: SynchronizationJob): JobView {
  const status = job.status
  const last = status?.lastExecution
  const placeholder = last && !realTime(last.timeBegan) && last.error?.code === 'None'
  const count = (key: string): number =>
    Number((status?.synchronizedEntryCountByType ?? []).find((e) => e.key === key)?.value ?? 0)
  const progress = status?.progress?.at(-1)
  const q = status?.quarantine
  const help = q?.reason ? (quarantineHelp[q.reason] ?? null) : null
  return {
    code: status?.code ?? 'Unknown',
    initialCycleCompleted: initialCycleCompleted(job),
    scheduleState: job.schedule?.state ?? 'Unknown',
    progress: progress
      ? { completed: Number(progress.completedUnits ?? 0), total: Number(progress.totalUnits ?? 0) }
      : null,
    counts: { users: count('User'), groups: count('Group') },
    lastCycle:
      last && !placeholder
        ? {
            state: last.state ?? 'Unknown',
            endedAt: realTime(last.timeEnded) ? (last.timeEnded ?? null) : null,
            exported: Number(last.countExported ?? 0),
            errorCode: last.error?.code && last.error.code !== 'None' ? last.error.code : null,
          }
        : null,
    quarantine: q
      ? {
          reason: q.reason ?? 'Unknown',
          message: q.error?.message ?? '',
          explanation: help?.explanation ?? 'Entra stopped provisioning after repeated errors.',
          fix: help?.fix ?? 'Read the error below, fix the cause, then restart provisioning.',
        }
      : null,
  }
}

/**
 * How long to wait before the next status poll: often right after start, slower later, and never
 * faster than Graph asked (Retry-After).
 */
export function nextPollDelayMs(elapsedMs: number, retryAfterSeconds: number | null, scale = 1): number {
  const base =
    elapsedMs < 60_000 ? 5_000 : elapsedMs < 5 * 60_000 ? 15_000 : elapsedMs < 30 * 60_000 ? 30_000 : 60_000
  return Math.max(base * scale, (retryAfterSeconds ?? 0) * 1000)
}
