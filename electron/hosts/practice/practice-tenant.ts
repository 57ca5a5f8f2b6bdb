import { readFile } from 'node:fs/promises'

import { simulatedTiming } from '../../services/assistant/simulated-timing'
import type { Timing } from '../../services/setup/run-context'
import { startSimulator, type CaSource, type RunningSimulator } from '../../../simulator'

/** A simulated customer tenant for practice mode: sign-in, Graph and a HelloID stand-in. */
export interface PracticeTenant {
  simulated: { authorityHost: string; graphBaseUrl: string; scimCaPem: string; timing: Timing }
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
}): Promise<PracticeTenant> {
  const sim = await startSimulator({ profile: 'fast', ca: options.ca, seed: options.seed ?? 'practice' })
  const account = options.account ?? 'appadmin'
  return {
    simulated: {
      authorityHost: sim.urls.authority,
      graphBaseUrl: sim.urls.graph,
      scimCaPem: await readFile(sim.caCert, 'utf8'),
      timing: simulatedTiming,
    },
    openBrowser: async (authorizeUrl) => {
      await control(sim, '/signin', { authorizeUrl, account, deliver: true })
    },
    mintHelloId: () => control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {}),
    stop: () => sim.stop(),
  }
}
