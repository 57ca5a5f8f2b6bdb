import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { simulatedTiming } from '../../electron/services/assistant/simulated-timing'
import type { CacheCipher } from '../../electron/services/auth/token-cache-store'
import { startPreviewHost, type PreviewHost } from '../../electron/hosts/web/preview'
import type { WebHost } from '../../electron/hosts/web/server'
import { silentLogger } from '../../electron/services/log/logger'
import type { RunningSimulator } from '../../simulator/index'

/** Starts the real web host on the built renderer with a throw-away data folder; records opened links. */
export async function startTestPreview(): Promise<{ host: WebHost; openedLinks: string[]; dataDir: string }> {
  const openedLinks: string[] = []
  const dataDir = mkdtempSync(join(tmpdir(), 'helloid-e2e-'))
  const host = await startPreviewHost({
    rendererDir: resolve('out/renderer'),
    dataDir,
    version: '0.0.0-test',
    log: silentLogger,
    openExternal: async (url) => {
      openedLinks.push(url)
    },
  })
  return { host, openedLinks, dataDir }
}

/** A practice preview host: the real web host attached to a simulated tenant, as practice mode runs it. */
export interface PracticeHost {
  host: PreviewHost
  dataDir: string
  /** What the assistant opened in the system browser (Entra admin center, HelloID). */
  openedLinks: string[]
}

/**
 * Starts the web host on the built renderer against a running simulator, with a throw-away data folder.
 * Shared by the end-to-end tests and the benchmark, so it must not load vitest.
 */
export async function startPracticeHost(options: {
  sim: RunningSimulator
  /** Opens the sign-in page as a person would (a throw-away browser profile picks the account). */
  openBrowser: (url: string) => Promise<void>
  /** HelloID's "New Secret" on the practice HelloID (practice mode offers it; leave it out to not). */
  mintPracticeHelloId?: () => Promise<{ url: string; secret: string }>
  /** Encrypts each customer's token cache on disk, as the desktop app does with the OS keychain. */
  cipher?: CacheCipher
  version?: string
}): Promise<PracticeHost> {
  const { sim } = options
  const openedLinks: string[] = []
  const dataDir = mkdtempSync(join(tmpdir(), 'helloid-e2e-practice-'))
  const host = await startPreviewHost({
    rendererDir: resolve('out/renderer'),
    dataDir,
    version: options.version ?? '0.0.0-test',
    log: silentLogger,
    openExternal: async (url) => void openedLinks.push(url),
    openBrowser: options.openBrowser,
    simulated: {
      authorityHost: sim.urls.authority,
      graphBaseUrl: sim.urls.graph,
      scimCaPem: readFileSync(sim.caCert, 'utf8'),
      timing: simulatedTiming,
    },
    ...(options.cipher ? { cipher: options.cipher } : {}),
    ...(options.mintPracticeHelloId ? { mintPracticeHelloId: options.mintPracticeHelloId } : {}),
  })
  return { host, dataDir, openedLinks }
}
