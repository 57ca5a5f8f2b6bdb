import { describe, expect, it } from 'vitest'

import type { JobViewData } from '../../shared/contract'
import { firstCycleJob } from '../../tests/support/job-view'

import { steps, type StepId } from '../../shared/steps'
import {
  nextStepId,
  previousStepId,
  runStepIds,
  screenActionPending,
  screenDone,
  waitingOnFirstCycle,
} from './journey'
import type { StepStatus, StepStatusInput } from './store/step-status'

/** Every step with one status, then the given ones changed. */
const statuses = (
  rest: StepStatus,
  over: Partial<Record<StepId, StepStatus>> = {},
): Record<StepId, StepStatus> => ({
  ...(Object.fromEntries(steps.map((s) => [s.id, rest])) as Record<StepId, StepStatus>),
  ...over,
})

const upTo = (last: StepId, then: StepStatus = 'notStarted'): Record<StepId, StepStatus> => {
  const index = steps.findIndex((s) => s.id === last)
  return Object.fromEntries(steps.map((s, i) => [s.id, i <= index ? 'done' : then])) as Record<
    StepId,
    StepStatus
  >
}

describe('the journey over the documented steps', () => {
  it('walks every step with Next when nothing is done yet', () => {
    const none = statuses('notStarted')
    const walked: string[] = [steps[0]?.id ?? '']
    for (let i = 0; i < steps.length - 1; i++) walked.push(nextStepId(walked.at(-1) ?? '', none))
    expect(walked).toEqual(steps.map((s) => s.id))
  })

  it('skips what is done: a kept HelloID connection goes straight to sign-in, passed checks to the plan', () => {
    expect(nextStepId('helloid-open-azure-ad', upTo('helloid-new-secret'))).toBe('azure-sign-in')
    // Checks done (steps 4–8 verified), nothing written yet: the plan on step 5 is the next stop.
    expect(nextStepId('azure-sign-in', upTo('azure-select-helloid'))).toBe('azure-enterprise-apps')
  })

  it('treats the run as one screen: done only when every step 5–20 is, then Next goes to the first cycle', () => {
    expect(runStepIds).toHaveLength(16)
    expect(screenDone('azure-enterprise-apps', upTo('azure-select-helloid'))).toBe(false)
    expect(screenDone('azure-enterprise-apps', upTo('azure-assign-users'))).toBe(true)
    expect(nextStepId('azure-enterprise-apps', upTo('azure-assign-users', 'running'))).toBe(
      'azure-initial-cycle',
    )
    // Before the run, Next shows the first step of the run not done yet, to do by hand.
    expect(nextStepId('azure-enterprise-apps', upTo('azure-select-helloid'))).toBe('azure-create-app')
  })

  it('always stops at the first cycle, which becomes "Setup complete", even when it is done', () => {
    expect(nextStepId('azure-enterprise-apps', statuses('done'))).toBe('azure-initial-cycle')
    expect(nextStepId('azure-initial-cycle', statuses('done'))).toBe('troubleshoot-one-user')
    expect(nextStepId('troubleshoot-one-user', statuses('done'))).toBe('troubleshoot-one-user')
  })

  it('goes Back to the previous screen over the run’s done steps, and to any step not done', () => {
    expect(previousStepId('azure-initial-cycle', statuses('done'))).toBe('azure-enterprise-apps')
    expect(previousStepId('azure-initial-cycle', statuses('done', { 'azure-assign-users': 'failed' }))).toBe(
      'azure-assign-users',
    )
    expect(previousStepId('helloid-open-azure-ad', statuses('done'))).toBe('helloid-open-azure-ad')
  })

  it('makes the screen’s own action the primary one until it is done', () => {
    const input = (over: Partial<StepStatusInput>): StepStatusInput => ({
      progress: null,
      session: null,
      connection: null,
      setup: null,
      onDemand: null,
      ...over,
    })
    expect(screenActionPending('helloid-new-secret', input({}))).toBe(true)
    expect(
      screenActionPending(
        'helloid-new-secret',
        input({ connection: { secretProvided: true } as StepStatusInput['connection'] }),
      ),
    ).toBe(false)
    expect(screenActionPending('azure-sign-in', input({}))).toBe(true)
    expect(screenActionPending('azure-create-app', input({}))).toBe(false)
  })

  it('while the first cycle runs, the waiting screen has no primary Next; after it, Next is the way on', () => {
    const job = firstCycleJob({ code: 'scim' })
    const setup = (j: JobViewData | null) => ({ job: j }) as unknown as StepStatusInput['setup']
    expect(waitingOnFirstCycle('azure-initial-cycle', setup(job))).toBe(true)
    expect(waitingOnFirstCycle('azure-initial-cycle', setup(null))).toBe(false)
    expect(
      waitingOnFirstCycle(
        'azure-initial-cycle',
        setup({ ...job, health: 'completed' as never, initialCycleCompleted: true }),
      ),
    ).toBe(false)
    expect(waitingOnFirstCycle('troubleshoot-one-user', setup(job))).toBe(false)
  })
})
