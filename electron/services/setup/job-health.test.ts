import type { QuarantineReason, SynchronizationJob } from '@microsoft/microsoft-graph-types'
import { describe, expect, it } from 'vitest'

import { readExample } from '../../../tests/support/reference-examples'
import { fixFor, jobHealth, type JobHealthState } from './job-health'
import { viewJob } from './job-status'

type Status = NonNullable<SynchronizationJob['status']>
type Execution = NonNullable<Status['lastExecution']>

// Microsoft's documented job bodies (tests/fixtures/graph-examples/SOURCES.md names each page).
const notRunAfterStart = readExample<SynchronizationJob>(
  'synchronizationJob-get.response.after-start-notrun.json',
)
const created = readExample<SynchronizationJob>('synchronizationJob-create.response.json')
const pausedNeverRun = readExample<{ value: SynchronizationJob[] }>('synchronizationJobs-list.response.json')
  .value[0] as SynchronizationJob
const disabledInQuarantine = readExample<SynchronizationJob>('synchronizationJob-get.response.json')

const placeholder = notRunAfterStart.status?.lastExecution as Execution
const ran = (state: NonNullable<Execution['state']>, error: Execution['error'] = null): Execution => ({
  ...placeholder,
  activityIdentifier: 'b7d0c4e2-0000-4000-8000-000000000001',
  state,
  timeBegan: '2026-01-01T10:00:00Z',
  timeEnded: '2026-01-01T10:02:00Z',
  countEscrowed: state === 'EntryLevelErrors' ? 3 : 0,
  error,
})
const credentialError = {
  code: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
  message: 'You appear to have entered invalid credentials.',
  tenantActionable: true,
}
const steadyAt = '2026-01-01T10:02:00Z'

/** The documented NotRun job with some of its status replaced. */
function job(status: Partial<Status>, schedule: 'Active' | 'Disabled' = 'Active'): SynchronizationJob {
  return {
    ...notRunAfterStart,
    schedule: { ...notRunAfterStart.schedule, state: schedule },
    status: { ...notRunAfterStart.status, ...status },
  }
}

const quarantine = (reason: QuarantineReason, error: typeof credentialError | null = credentialError) => ({
  currentBegan: '2026-01-01T10:02:00Z',
  nextAttempt: '2026-01-01T16:02:00Z',
  reason,
  seriesBegan: '2026-01-01T10:02:00Z',
  seriesCount: 1,
  error,
})

describe('job health: the truth table', () => {
  const table: [string, SynchronizationJob, JobHealthState][] = [
    ['created, never configured (documented)', created, 'not-started'],
    ['paused, never run (documented)', pausedNeverRun, 'not-started'],
    ['just started: placeholder execution (documented)', notRunAfterStart, 'waiting'],
    ['NotRun, first cycle still running', job({ lastExecution: null }), 'waiting'],
    [
      'first cycle succeeded, Active',
      job({ code: 'Active', lastExecution: ran('Succeeded'), steadyStateFirstAchievedTime: steadyAt }),
      'completed',
    ],
    [
      'Active with a succeeded execution (no steady-state time yet)',
      job({ code: 'Active', lastExecution: ran('Succeeded') }),
      'completed',
    ],
    [
      'steady state reached, code not Active yet',
      job({ code: 'NotRun', lastExecution: ran('Succeeded'), steadyStateFirstAchievedTime: steadyAt }),
      'completed',
    ],
    [
      'NotRun with a succeeded run but no steady state',
      job({ code: 'NotRun', lastExecution: ran('Succeeded') }),
      'waiting',
    ],
    [
      'first cycle failed: credentials, quarantined',
      job({
        code: 'Quarantine',
        lastExecution: ran('Failed', credentialError),
        quarantine: quarantine('EncounteredQuarantineException'),
      }),
      'quarantined',
    ],
    [
      'quarantined after a completed first cycle (secret replaced later)',
      job({
        code: 'Quarantine',
        lastExecution: ran('Failed', credentialError),
        steadyStateFirstAchievedTime: steadyAt,
        quarantine: quarantine('EncounteredQuarantineException'),
      }),
      'quarantined',
    ],
    ['quarantined, disabled after four weeks: code Paused (documented)', disabledInQuarantine, 'quarantined'],
    [
      'code Quarantine without quarantine details',
      job({ code: 'Quarantine', lastExecution: ran('Failed', credentialError) }),
      'quarantined',
    ],
    [
      'Active but the quarantine is still attached',
      job({
        code: 'Active',
        lastExecution: ran('Succeeded'),
        quarantine: quarantine('TooManyDeletes', null),
      }),
      'quarantined',
    ],
    [
      'first run failed, not quarantined',
      job({
        code: 'NotRun',
        lastExecution: ran('Failed', credentialError),
        countSuccessiveCompleteFailures: 1,
      }),
      'failed',
    ],
    [
      'restarted after a failure: NotRun, failure count cleared, the failed execution still shown',
      job({
        code: 'NotRun',
        lastExecution: ran('Failed', credentialError),
        countSuccessiveCompleteFailures: 0,
      }),
      'waiting',
    ],
    [
      'started again after a quarantine: Active, failure count cleared, the failed execution still shown',
      job({
        code: 'Active',
        lastExecution: ran('Failed', credentialError),
        steadyStateFirstAchievedTime: steadyAt,
      }),
      'waiting',
    ],
    [
      'a failed cycle while Active, counted, not quarantined yet',
      job({
        code: 'Active',
        lastExecution: ran('Failed', credentialError),
        steadyStateFirstAchievedTime: steadyAt,
        countSuccessiveCompleteFailures: 2,
      }),
      'failed',
    ],
    [
      'paused after a failed first run',
      job({ code: 'Paused', lastExecution: ran('Failed', credentialError) }, 'Disabled'),
      'failed',
    ],
    [
      'first cycle with object errors',
      job({ code: 'Active', lastExecution: ran('EntryLevelErrors'), steadyStateFirstAchievedTime: steadyAt }),
      'entry-errors',
    ],
    [
      'initial cycle pruned its escrows, then paused',
      job({ code: 'Paused', escrowsPruned: true, lastExecution: ran('Succeeded') }, 'Disabled'),
      'entry-errors',
    ],
    [
      'turned off after a good cycle',
      job(
        { code: 'Paused', lastExecution: ran('Succeeded'), steadyStateFirstAchievedTime: steadyAt },
        'Disabled',
      ),
      'paused',
    ],
  ]

  it.each(table)('%s', (_name, graphJob, expected) => {
    expect(jobHealth(graphJob).state).toBe(expected)
    const view = viewJob(graphJob)
    expect(view.health).toBe(expected)
    // "Initial cycle completed" exactly when healthy, never alongside a quarantine or a problem.
    expect(view.initialCycleCompleted).toBe(expected === 'completed')
    if (view.initialCycleCompleted) expect([view.quarantine, view.problem]).toEqual([null, null])
    expect(view.quarantine !== null).toBe(expected === 'quarantined')
  })

  it('carries Entra’s reason, error and message for a quarantine, and the fix it needs', () => {
    const view = viewJob(disabledInQuarantine)
    expect(view.quarantine).toMatchObject({ errorCode: 'SalesforceInvalidCredentials', seriesCount: 2 })
    expect(view.quarantine?.message).toMatch(/credentials are invalid/)
    expect(view.problem?.fix).toBe('new-secret')
    // The documented example leaves its dates empty: they stay unknown rather than invented.
    expect(view.quarantine).toMatchObject({ since: null, nextAttempt: null })

    const ours = viewJob(
      job({
        code: 'Quarantine',
        lastExecution: ran('Failed', credentialError),
        quarantine: quarantine('EncounteredQuarantineException'),
      }),
    )
    expect(ours.quarantine).toMatchObject({
      reason: 'EncounteredQuarantineException',
      errorCode: credentialError.code,
      since: '2026-01-01T10:02:00Z',
      nextAttempt: '2026-01-01T16:02:00Z',
    })
    expect(ours.lastCycle).toMatchObject({ state: 'Failed', errorCode: credentialError.code })
  })

  it('chooses the fix from the error, then the quarantine reason', () => {
    expect(fixFor('EncounteredQuarantineException', credentialError.code)).toBe('new-secret')
    expect(
      fixFor(
        'EncounteredQuarantineException',
        'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable',
      ),
    ).toBe('check-url')
    expect(fixFor('EncounteredEscrowProportionThreshold', null)).toBe('fix-entries')
    expect(fixFor('TooManyDeletes', null)).toBe('allow-deletes')
    expect(fixFor('QuarantinedOnDemand', null)).toBe('restart')
    expect(fixFor('Unknown', 'SomethingNew')).toBe('read-error')
  })
})
