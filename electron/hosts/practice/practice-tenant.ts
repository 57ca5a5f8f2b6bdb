import { readFile } from 'node:fs/promises'

import type { PracticeTimingName } from '../../../shared/contract'

import { simulatedTiming } from '../../services/assistant/simulated-timing'
import { defaultTiming, type Timing } from '../../services/setup/run-context'
import { startSimulator, type CaSource, type RunningSimulator } from '../../../simulator'

export type { PracticeTimingName }

/** The practice timing as the host's handlers see it. */
export interface PracticeTiming {
  current(): PracticeTimingName
  /** Switches at once; everything done so far stays. */
  set(name: PracticeTimingName): Promise<void>
}

/** A simulated customer tenant for practice mode: sign-in, Graph and a HelloID stand-in. */
export interface PracticeTenant {
  /** `timing` is read for every run, so a switch applies to the next step the assistant takes. */
  simulated: { authorityHost: string; graphBaseUrl: string; scimCaPem: string; timing: () => Timing }
  timing: PracticeTiming
  /** Plays the person at the practice sign-in page, as `account`. */
  openBrowser: (authorizeUrl: string) => Promise<void>
  /** HelloID's "New Secret" on the practice HelloID. */
  mintHelloId: () => Promise<{ url: string; secret: string }>
  stop: () => Promise<void>
}

async function control<T>(sim: RunningSimulator, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${sim.urls.control}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`Practice tenant ${path} answered ${response.status}`)
  return (await response.json()) as T
}

/**
 * Starts the practice tenant. The process must already trust `ca` (NODE_EXTRA_CA_CERTS), because Node
 * reads extra CAs only at start; the practice launcher restarts itself to arrange that.
 */
export async function startPracticeTenant(options: {
  ca: CaSource
  account?: string
  seed?: string
  /** Realistic unless asked: practice should feel like the customer's tenant. */
  timing?: PracticeTimingName
}): Promise<PracticeTenant> {
  let current: PracticeTimingName = options.timing ?? 'realistic'
  const sim = await startSimulator({ profile: current, ca: options.ca, seed: options.seed ?? 'practice' })
  const account = options.account ?? 'appadmin'
  return {
    simulated: {
      authorityHost: sim.urls.authority,
      graphBaseUrl: sim.urls.graph,
      scimCaPem: await readFile(sim.caCert, 'utf8'),
      // Against realistic lags the engine waits as it would for a real tenant.
      timing: () => (current === 'fast' ? simulatedTiming : defaultTiming),
    },
    timing: {
      current: () => current,
      set: async (name) => {
        await control(sim, '/profile', { name })
        current = name
      },
    },
    openBrowser: async (authorizeUrl) => {
      await control(sim, '/signin', { authorizeUrl, account, deliver: true })
    },
    mintHelloId: () => control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {}),
    stop: () => sim.stop(),
  }
}
