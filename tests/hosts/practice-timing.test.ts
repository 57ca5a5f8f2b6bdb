import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createHandlerTable } from '../../electron/hosts/handler-table'
import { startPracticeTenant, type PracticeTenant } from '../../electron/hosts/practice/practice-tenant'
import { startPreviewHost, type PreviewHost } from '../../electron/hosts/web/preview'
import { simulatedTiming } from '../../electron/services/assistant/simulated-timing'
import { silentLogger } from '../../electron/services/log/logger'
import { defaultTiming } from '../../electron/services/setup/run-context'

/** Practice mode starts with realistic timing and switches to fast (and back) through the host. */
describe('practice timing', () => {
  let tenant: PracticeTenant
  let host: PreviewHost

  beforeAll(async () => {
    const certPath = process.env.HELLOID_TEST_CA_CERT
    const keyPath = process.env.HELLOID_TEST_CA_KEY
    if (!certPath || !keyPath) throw new Error('global-ca setup did not run')
    tenant = await startPracticeTenant({ ca: { certPath, keyPath }, seed: 'practice-timing' })
    host = await startPreviewHost({
      rendererDir: mkdtempSync(join(tmpdir(), 'practice-timing-renderer-')),
      dataDir: mkdtempSync(join(tmpdir(), 'practice-timing-data-')),
      version: '0.0.0-test',
      log: silentLogger,
      openExternal: async () => undefined,
      openBrowser: tenant.openBrowser,
      simulated: tenant.simulated,
      mintPracticeHelloId: tenant.mintHelloId,
      practiceTiming: tenant.timing,
    })
  })
  afterAll(async () => {
    await host?.stop()
    await tenant?.stop()
  })

  async function simulatorProfile(): Promise<string> {
    const response = await fetch(`${tenant.simulated.graphBaseUrl}/_simulator/state`)
    return ((await response.json()) as { profile: string }).profile
  }

  it('is realistic by default: the simulator and the engine wait as for a real tenant', async () => {
    const table = createHandlerTable(host.services)
    const info = await table.getAppInfo({})
    expect(info.ok && info.value).toMatchObject({ practice: true, practiceTiming: 'realistic' })
    expect(await simulatorProfile()).toBe('realistic')
    expect(tenant.simulated.timing()).toBe(defaultTiming)
  })

  it('switches to fast and back, keeping the practice HelloID and the tenant', async () => {
    const table = createHandlerTable(host.services)
    const helloId = await table.usePracticeHelloId({})
    expect(helloId.ok).toBe(true)
    const fast = await table.setPracticeTiming({ timing: 'fast' })
    expect(fast.ok && fast.value.practiceTiming).toBe('fast')
    expect(await simulatorProfile()).toBe('fast')
    expect(tenant.simulated.timing()).toBe(simulatedTiming)
    // What was done before the switch is still there.
    const connection = await table.getHelloIdConnection({})
    expect(connection.ok && connection.value.secretProvided).toBe(true)
    const back = await table.setPracticeTiming({ timing: 'realistic' })
    expect(back.ok && back.value.practiceTiming).toBe('realistic')
    expect(await simulatorProfile()).toBe('realistic')
  })
})
