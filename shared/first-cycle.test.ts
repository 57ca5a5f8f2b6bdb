import { describe, expect, it } from 'vitest'

import { firstCycleOutcome, newFirstCycleOutcome } from './first-cycle'
import { firstCycleJob } from '../tests/support/job-view'

const job = firstCycleJob

describe('the first cycle’s outcome', () => {
  it('is completed only for a healthy, completed cycle; quarantine and failures are named; running is none', () => {
    expect(firstCycleOutcome(job({ health: 'completed', initialCycleCompleted: true }))).toBe('completed')
    expect(firstCycleOutcome(job({ health: 'quarantined' }))).toBe('quarantined')
    expect(firstCycleOutcome(job({ health: 'entry-errors' }))).toBe('failed')
    expect(firstCycleOutcome(job({ health: 'waiting' }))).toBeNull()
    expect(firstCycleOutcome(null)).toBeNull()
  })

  it('is announced once, when a running cycle ends, not on a later reading or on the first one seen', () => {
    const running = job({ health: 'waiting' })
    const done = job({ health: 'completed', initialCycleCompleted: true })
    expect(newFirstCycleOutcome(running, done)).toBe('completed')
    expect(newFirstCycleOutcome(done, done)).toBeNull()
    expect(newFirstCycleOutcome(null, done)).toBeNull()
    expect(newFirstCycleOutcome(done, job({ health: 'quarantined' }))).toBe('quarantined')
  })
})
