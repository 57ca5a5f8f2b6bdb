import {
  CLIENT_ID_ENV,
  deploymentFileCandidates,
  readDeploymentFile,
} from '../../services/auth/client-id-resolver'
import { createCloudResolver, type SimulatedCloud } from '../../services/auth/cloud-resolver'
import type { SimulatedGraph } from '../../services/assistant/setup-controller'
import type { CacheCipher } from '../../services/auth/token-cache-store'
import type { Logger } from '../../services/log/logger'
import { Redactor } from '../../services/log/redact'
import { cloudIds } from '../../../shared/clouds'
import { composeServices } from '../compose'
import { createHandlerTable } from '../handler-table'
import type { PracticeTiming } from '../practice/practice-tenant'
import { startWebHost, type WebHost } from './server'

/** Options for the browser preview: where state lives, how links and sign-in pages open. */
export interface PreviewOptions {
  rendererDir: string
  dataDir: string
  version: string
  log: Logger
  redactor?: Redactor
  openExternal: (url: string) => Promise<void>
  /** Opens the Microsoft (or simulated) sign-in page; defaults to `openExternal`'s opener. */
  openBrowser?: (url: string) => Promise<void>
  /** A client id given on the command line (highest precedence). */
  clientId?: string
  /** Folders to look in for the deployment file (none: no deployment file). */
  deploymentFileDirs?: string[]
  /** Attach a simulated tenant: offers the `simulated` cloud (practice mode and tests). */
  simulated?: SimulatedCloud & SimulatedGraph
  interactiveTimeoutMs?: number
  /** Encrypts each customer's token cache on disk; without one (the default) tokens stay in memory. */
  cipher?: CacheCipher
  /** Practice mode: HelloID's "New Secret" on the practice HelloID. */
  mintPracticeHelloId?: () => Promise<{ url: string; secret: string }>
  /** `--screenshots <folder>`: an organisation's screenshot pack (wins over Settings). */
  screenshotsFolder?: string
  /** Folders looked in for a shipped `screenshots` pack. */
  screenshotsBesideDirs?: string[]
  /** Practice mode: the practice tenant's timing, fast or realistic. */
  practiceTiming?: PracticeTiming
  port?: number
  token?: string
}

/** A running preview with the services it bound (tests reach the sign-in controller through it). */
export interface PreviewHost extends WebHost {
  services: ReturnType<typeof composeServices>
}

/**
 * Wires the services and the handler table into a loopback web host (browser preview, e2e tests).
 * There is no OS keychain here, so token caches stay in memory.
 */
export async function startPreviewHost(options: PreviewOptions): Promise<PreviewHost> {
  const services = composeServices({
    info: { version: options.version, host: 'browser', practice: Boolean(options.simulated) },
    dataDir: options.dataDir,
    log: options.log,
    redactor: options.redactor ?? new Redactor(),
    cipher: options.cipher ?? null,
    clientIds: {
      flag: options.clientId,
      environment: process.env[CLIENT_ID_ENV],
      deploymentFile: await readDeploymentFile(deploymentFileCandidates(options.deploymentFileDirs ?? [])),
    },
    cloudFor: createCloudResolver(options.simulated ?? null),
    allowedCloudIds: options.simulated ? [...cloudIds, 'simulated'] : cloudIds,
    openBrowser: options.openBrowser ?? options.openExternal,
    openExternal: options.openExternal,
    screenshotPack: {
      flagFolder: options.screenshotsFolder,
      besideApp: options.screenshotsBesideDirs ?? [],
    },
    ...(options.interactiveTimeoutMs ? { interactiveTimeoutMs: options.interactiveTimeoutMs } : {}),
    ...(options.mintPracticeHelloId ? { mintPracticeHelloId: options.mintPracticeHelloId } : {}),
    ...(options.practiceTiming ? { practiceTiming: options.practiceTiming } : {}),
    ...(options.simulated
      ? {
          simulatedGraph: {
            graphBaseUrl: options.simulated.graphBaseUrl,
            scimCaPem: options.simulated.scimCaPem,
            ...(options.simulated.timing ? { timing: options.simulated.timing } : {}),
          },
        }
      : {}),
  })
  const host = await startWebHost({
    rendererDir: options.rendererDir,
    table: createHandlerTable(services),
    events: services.events,
    log: options.log,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.token !== undefined ? { token: options.token } : {}),
  })
  return { ...host, services }
}
