import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { composeServices } from '../../electron/hosts/compose'
import { createHandlerTable } from '../../electron/hosts/handler-table'
import { createCloudResolver } from '../../electron/services/auth/cloud-resolver'
import { silentLogger } from '../../electron/services/log/logger'
import { Redactor } from '../../electron/services/log/redact'
import type { SessionState } from '../../shared/contract'
import type { RunningSimulator } from '../../simulator/index'
import { playBrowser } from '../auth/support'

/**
 * The handler table as the practice host builds it, on a simulator, with its own data folder (a
 * computer of its own). Sign-in goes through the simulated browser as `appadmin`; the authorize URLs
 * it opened are kept.
 */
export function simulatedHost(sim: RunningSimulator, dataDirPrefix: string) {
  const authorizeUrls: string[] = []
  const services = composeServices({
    info: { version: '1.0.0', host: 'browser', practice: true },
    dataDir: mkdtempSync(join(tmpdir(), dataDirPrefix)),
    log: silentLogger,
    redactor: new Redactor(),
    cipher: null,
    clientIds: { deploymentFile: { kind: 'absent' } },
    cloudFor: createCloudResolver({ authorityHost: sim.urls.authority }),
    allowedCloudIds: ['simulated'],
    openBrowser: async (url) => {
      authorizeUrls.push(url)
      await playBrowser(url, { account: 'appadmin' })
    },
    openExternal: async () => undefined,
    simulatedGraph: { graphBaseUrl: sim.urls.graph, scimCaPem: readFileSync(sim.caCert, 'utf8') },
  })
  const table = createHandlerTable(services)
  /** Signs in to Contoso (under this customer name; empty: named after the tenant) and resolves with the session once sign-in ended (signed in, or its error). */
  const signIn = async (customerLabel = 'Contoso'): Promise<SessionState> => {
    const done = new Promise<SessionState>((resolve) => {
      const off = services.events.subscribe((event) => {
        const state = event.payload as SessionState
        if (event.name === 'sessionChanged' && !state.signingIn && (state.account || state.lastError)) {
          off()
          resolve(state)
        }
      })
    })
    await table.signIn({ customerLabel, cloudId: 'simulated', method: 'browser', scopeSet: 'all' })
    return done
  }
  return { table, services, authorizeUrls, signIn }
}
