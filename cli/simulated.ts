import { createTemporarySimulatorCa, runAgainTrusting } from '../simulator/core/simulator-ca'
import { simulatedTiming } from '../electron/services/assistant/simulated-timing'
import type { Timing } from '../electron/services/setup/run-context'
import { startSimulator } from '../simulator'
import { msg } from '../shared/i18n/message'
import { UsageError, type CliArgs } from './args'

/** A simulated tenant the CLI signs into and configures instead of a real one. */
export interface SimulatorTarget {
  authority: string
  graph: string
  scim: string
  control: string
  caCert: string
  /** Shorter waits: the simulator replicates in seconds, not minutes. */
  timing: Timing
  pollScale: number
  /** Plays the person at the sign-in page: opens the authorize URL and signs in as `account`. */
  completeSignIn: (authorizeUrl: string, account: string) => Promise<void>
  /** HelloID's "New Secret" in the simulated HelloID: a fresh URL and secret (practice runs). */
  newHelloIdSecret: () => Promise<{ url: string; secret: string }>
  /** Plays the person entering the device code on another device. */
  completeDeviceCode: (userCode: string, account: string) => Promise<void>
  stop: () => Promise<void>
}

async function control(base: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const json: unknown = await response.json()
  if (!response.ok)
    throw new Error(`Simulator control ${path} answered ${response.status}: ${JSON.stringify(json)}`)
  return json
}

/** Starts an embedded simulator (`--simulate`) or attaches to a running one (`--simulator <url>`). */
export async function connectSimulator(args: CliArgs, env: NodeJS.ProcessEnv): Promise<SimulatorTarget> {
  let stop = async (): Promise<void> => undefined
  let graph: string
  if (args.simulate) {
    const certPath = env.HELLOID_CLI_SIMULATOR_CA
    const keyPath = env.HELLOID_CLI_SIMULATOR_CA_KEY
    if (!certPath || !keyPath) throw new UsageError(msg('cli.usage.simulatorCaLost'))
    const sim = await startSimulator({
      profile: 'fast',
      ca: { certPath, keyPath },
      ...(args.seed ? { seed: args.seed } : {}),
    })
    stop = () => sim.stop()
    graph = sim.urls.graph
  } else {
    const given = new URL(args.simulator ?? '')
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(given.hostname)) {
      throw new UsageError(msg('cli.usage.simulatorLocal'))
    }
    graph = given.origin
  }
  const info = (await control(graph, '/_simulator/info')) as {
    authority: string
    graph: string
    scim: string
    control: string
    caCert: string
  }
  return {
    ...info,
    timing: simulatedTiming,
    pollScale: 0.1,
    completeSignIn: async (authorizeUrl, account) => {
      await control(info.graph, '/_simulator/signin', { authorizeUrl, account, deliver: true })
    },
    newHelloIdSecret: async () =>
      (await control(info.graph, '/_simulator/helloid/new-secret', {})) as { url: string; secret: string },
    completeDeviceCode: async (userCode, account) => {
      await control(info.graph, '/_simulator/signin', { kind: 'device', userCode, account })
    },
    stop,
  }
}

export { createTemporarySimulatorCa, runAgainTrusting }
