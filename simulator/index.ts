import { startListener, type Listener } from './core/http'
import {
  issueServerCertificate,
  issueUntrustedCertificate,
  loadOrCreateCa,
  type CaSource,
  type ServerCertificate,
} from './core/tls'
import { applyKnobsPatch, type KnobsPatch } from './config/knobs'
import { profileFor, type ProfileName } from './config/profiles'
import { createAuthorityHandler } from './authority/server'
import { createControlHandler } from './control/server'
import { createGraphHandler } from './graph/server'
import { createScimHandler } from './scim/server'
import { DEFAULT_CLIENT_IDS, SimulatorState, type SimulatorUrls } from './state/simulator-state'

export interface StartSimulatorOptions {
  /** Authority port; Graph and SCIM take port+1 and port+2. 0 or omitted = random ports. */
  port?: number
  seed?: number | string
  profile?: ProfileName
  /** CA to sign the listeners' certificate with (tests pass the global test CA; practice mode its key in memory). */
  ca?: CaSource
  tokenLifetimeSeconds?: number
  /** Registered public client ids; unknown clients get AADSTS700016. */
  clientIds?: string[]
  /** Initial fault knobs (same shape as POST /_simulator/faults). */
  faults?: KnobsPatch
  /** Extra Contoso members (`loadtest.user.0001@…`) for load runs such as the benchmark. */
  extraUsers?: number
}

export interface RunningSimulator {
  urls: SimulatorUrls
  /** Path of the CA certificate (PEM) clients must trust. */
  caCert: string
  /** Contoso, the customer tenant. */
  tenantId: string
  /** Fabrikam, the guest admin's home tenant. */
  fabrikamTenantId: string
  stop(): Promise<void>
}

export { DEFAULT_CLIENT_IDS }
export type { CaSource, KnobsPatch, ProfileName, SimulatorUrls }

/** Starts the simulated Entra tenant: authority, Graph (+ control) and the HelloID SCIM stand-in. */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const ca = await loadOrCreateCa(options.ca)
  const certificate = await issueServerCertificate(ca)
  const profile = profileFor(options.profile ?? 'realistic')
  let knobs = applyKnobsPatch(profile.knobs, options.faults ?? {})
  if (options.tokenLifetimeSeconds !== undefined)
    knobs = { ...knobs, tokenLifetimeSeconds: options.tokenLifetimeSeconds }
  const state = new SimulatorState({
    seed: String(options.seed ?? 1),
    profile,
    clientIds: options.clientIds ?? DEFAULT_CLIENT_IDS,
    initialKnobs: knobs,
    ca,
    ...(options.extraUsers ? { extraUsers: options.extraUsers } : {}),
  })

  const base = options.port ?? 0
  const portFor = (offset: number): number => (base === 0 ? 0 : base + offset)
  const listeners: Listener[] = []
  try {
    const authority = await startListener({
      port: portFor(0),
      certificate,
      handler: createAuthorityHandler(state),
    })
    listeners.push(authority)
    const graph = await startListener({
      port: portFor(1),
      certificate,
      handler: createGraphHandler(state, createControlHandler(state)),
    })
    listeners.push(graph)
    const scim = await startListener({ port: portFor(2), certificate, handler: createScimHandler(state) })
    listeners.push(scim)
    state.urls = {
      authority: authority.origin,
      graph: graph.origin,
      scim: `${scim.origin}${state.scim.basePath()}`,
      control: `${graph.origin}/_simulator`,
    }

    let untrusted: ServerCertificate | undefined
    let servingUntrusted = false
    state.onKnobsChanged = (k) => {
      if (k.scimUntrustedCertificate === servingUntrusted) return
      servingUntrusted = k.scimUntrustedCertificate
      if (!servingUntrusted) {
        scim.setCertificate(certificate)
        return
      }
      const swap = (cert: ServerCertificate): void => {
        // The knob may have flipped back while the certificate was being generated.
        if (servingUntrusted) scim.setCertificate(cert)
      }
      if (untrusted) swap(untrusted)
      else
        void issueUntrustedCertificate().then((cert) => {
          untrusted = cert
          swap(cert)
        })
    }
    // Generate the untrusted certificate up front if the run starts with the knob on.
    if (knobs.scimUntrustedCertificate) {
      untrusted = await issueUntrustedCertificate()
      servingUntrusted = false
      state.onKnobsChanged(state.knobs)
    }
    state.scheduler.start((error) =>
      state.errors.push(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    )
  } catch (error) {
    await Promise.all(listeners.map((l) => l.close()))
    throw error
  }

  return {
    urls: state.urls,
    caCert: ca.certPath,
    tenantId: state.contoso.id,
    fabrikamTenantId: state.fabrikam.id,
    async stop() {
      state.scheduler.stop()
      await Promise.all(listeners.map((l) => l.close()))
    },
  }
}
