import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../../simulator/index'
import { startTestSimulator } from '../simulator/helpers'
import { launchChromium } from './browser'
import { runShortestJourney } from './journey'

let browser: Browser
let sim: RunningSimulator

beforeAll(async () => {
  browser = await launchChromium()
  sim = await startTestSimulator({ seed: 'e2e-journey' })
})

afterAll(async () => {
  await browser?.close()
  await sim?.stop()
})

describe('the shortest journey the benchmark counts', () => {
  it('goes from launch to "provisioning started" with pasted HelloID values, then shows the finished cycle', async () => {
    const { actions, uiLegMs } = await runShortestJourney({ browser, sim })
    // The benchmark's human-action count is this list; the journey must still reach its end.
    expect(actions.filter((a) => a.kind === 'paste').map((a) => a.target)).toEqual([
      'helloid-url',
      'helloid-secret',
    ])
    expect(actions.some((a) => a.target.startsWith('microsoft-sign-in'))).toBe(true)
    expect(actions.at(-1)?.target).toBe('apply')
    expect(uiLegMs).not.toBeNull()
  })
})
