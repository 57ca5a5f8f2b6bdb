import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../../simulator/index'
import {
  advance,
  assign,
  at,
  control,
  findUser,
  graph,
  obj,
  setupHelloId,
  signIn,
  startTestSimulator,
  str,
  type HelloIdSetup,
} from './helpers'

const UNAVAILABLE = 'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable'
const FAILURE = 'SystemForCrossDomainIdentityManagementCredentialValidationFailure'
const HOUR = 3600

/**
 * First cycles that fail as a whole end in quarantine, the way Entra's quarantine page describes it:
 * https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-quarantine-status
 */
describe('a failing first cycle', () => {
  let sim: RunningSimulator
  let token: string
  let hello: HelloIdSetup
  beforeAll(async () => {
    // Long-lived tokens: these tests skip weeks of simulated time.
    sim = await startTestSimulator({ seed: 'first-cycle', tokenLifetimeSeconds: 60 * 86_400 })
  })
  afterAll(async () => {
    await sim.stop()
  })
  beforeEach(async () => {
    await control(sim, '/reset', {})
    token = (await signIn(sim, { account: 'appadmin' })).access_token
    hello = await setupHelloId(sim, token)
    await assign(sim, hello, str(await findUser(sim, token, 'appadmin@'), 'id'))
  })

  const job = async (): Promise<Record<string, unknown>> =>
    obj((await graph(sim, token, 'GET', `${hello.jobs}/${hello.jobId}`)).body)
  const start = () => graph(sim, token, 'POST', `${hello.jobs}/${hello.jobId}/start`)

  it('quarantines when the secret was replaced in HelloID after it was saved', async () => {
    await control(sim, '/helloid/new-secret', {})
    await start()
    await advance(sim, 2)
    const j = await job()
    expect(at(j, 'status.code')).toBe('Quarantine')
    expect(at(j, 'status.quarantine.reason')).toBe('EncounteredQuarantineException')
    expect(at(j, 'status.quarantine.error.code')).toBe(FAILURE)
    expect(at(j, 'status.lastExecution.state')).toBe('Failed')
    expect(at(j, 'status.steadyStateFirstAchievedTime')).toBe('0001-01-01T00:00:00Z')
    expect(at(j, 'status.lastSuccessfulExecution')).toBeNull()
  })

  it.each([
    ['unreachable', UNAVAILABLE],
    ['refusing', FAILURE],
  ] as const)(
    'quarantines when HelloID is %s during the first cycle, and recovers by itself once it is back',
    async (outage, code) => {
      await start()
      await control(sim, '/faults', { helloIdOutage: outage })
      await advance(sim, 2)
      const j = await job()
      expect(at(j, 'status.code')).toBe('Quarantine')
      expect(at(j, 'status.quarantine.error.code')).toBe(code)
      expect(at(j, 'status.lastExecution.error.code')).toBe(code)

      // "Removed from quarantine after all errors are fixed and the next sync cycle starts."
      await control(sim, '/faults', { helloIdOutage: null })
      await advance(sim, 6 * HOUR)
      const back = await job()
      expect(at(back, 'status.code')).toBe('Active')
      expect(at(back, 'status.quarantine')).toBeNull()
      expect(at(back, 'status.lastExecution.state')).toBe('Succeeded')
    },
  )

  it('retries less often, down to once a day, and disables the job after four weeks in quarantine', async () => {
    await control(sim, '/faults', { helloIdOutage: 'unreachable' })
    await start()
    await advance(sim, 2)
    const first = await job()
    const gaps: number[] = []
    let previous = Date.parse(str(first, 'status.quarantine.currentBegan'))
    for (let day = 0; day < 40; day++) {
      const next = Date.parse(str(await job(), 'status.quarantine.nextAttempt'))
      gaps.push((next - previous) / 3_600_000)
      await advance(sim, (next - previous) / 1000 + 1)
      const j = await job()
      if (at(j, 'status.code') !== 'Quarantine') break
      previous = Date.parse(str(j, 'status.quarantine.currentBegan'))
    }
    expect(gaps.slice(0, 4)).toEqual([6, 12, 24, 24])
    const disabled = await job()
    // Graph's documented example of such a job: code Paused, schedule Disabled, quarantine still attached.
    expect(at(disabled, 'status.code')).toBe('Paused')
    expect(at(disabled, 'schedule.state')).toBe('Disabled')
    expect(at(disabled, 'status.quarantine.reason')).toBe('EncounteredQuarantineException')
    const began = Date.parse(str(disabled, 'status.quarantine.seriesBegan'))
    const ended = Date.parse(str(disabled, 'status.lastExecution.timeEnded'))
    expect((ended - began) / 86_400_000).toBeGreaterThan(28)
    expect((ended - began) / 86_400_000).toBeLessThan(30)

    // Disabled means no more cycles, even once HelloID is back.
    await control(sim, '/faults', { helloIdOutage: null })
    await advance(sim, 3 * 24 * HOUR)
    expect(at(await job(), 'status.lastExecution.timeEnded')).toBe(
      str(disabled, 'status.lastExecution.timeEnded'),
    )
  })
})
