import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { composeServices } from '../../electron/hosts/compose'
import { dispatchOperation } from '../../electron/hosts/dispatch'
import { createHandlerTable } from '../../electron/hosts/handler-table'
import { createCloudResolver } from '../../electron/services/auth/cloud-resolver'
import { silentLogger } from '../../electron/services/log/logger'
import { Redactor } from '../../electron/services/log/redact'
import { createFileSettingsStore } from '../../electron/services/settings-store'
import type { SessionState } from '../../shared/contract'
import type { RunningSimulator } from '../../simulator/index'
import { GRAPH_CLI_CLIENT_ID, startTestSimulator } from '../simulator/helpers'
import { playBrowser } from '../auth/support'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'client-id' })
})
afterAll(() => sim.stop())

function host(interactiveTimeoutMs = 30_000) {
  const authorizeUrls: string[] = []
  const services = composeServices({
    info: { version: '1.0.0', host: 'browser', practice: true },
    dataDir: mkdtempSync(join(tmpdir(), 'client-id-')),
    log: silentLogger,
    redactor: new Redactor(),
    cipher: null,
    clientId: '7c1f3d2e-5b8a-4e36-9d0f-2a6b4c8e1f90',
    cloudFor: createCloudResolver({ authorityHost: sim.urls.authority }),
    allowedCloudIds: ['simulated'],
    openBrowser: async (url) => {
      authorizeUrls.push(url)
      // Like a real browser: an error page stays on screen and never reaches the app.
      await playBrowser(url, { account: 'appadmin' }).catch(() => undefined)
    },
    interactiveTimeoutMs,
    openExternal: async () => undefined,
  })
  const outcome = new Promise<SessionState>((resolve) =>
    services.events.subscribe((event) => {
      if (event.name === 'sessionChanged' && !(event.payload as SessionState).signingIn)
        resolve(event.payload as SessionState)
    }),
  )
  return { table: createHandlerTable(services), authorizeUrls, outcome }
}

const signIn = {
  customerLabel: 'Contoso',
  cloudId: 'simulated',
  method: 'browser',
  scopeSet: 'read',
} as const

describe('Settings › app registration', () => {
  it('signs in with the client id chosen in Settings, and says which one is in use', async () => {
    const h = host()
    expect(await h.table.getSettings({})).toMatchObject({
      ok: true,
      value: { clientId: '', effectiveClientId: '7c1f3d2e-5b8a-4e36-9d0f-2a6b4c8e1f90' },
    })
    expect(await h.table.saveSettings({ clientId: GRAPH_CLI_CLIENT_ID })).toMatchObject({
      ok: true,
      value: { effectiveClientId: GRAPH_CLI_CLIENT_ID },
    })
    await h.table.signIn(signIn)
    const state = await h.outcome
    expect(state.account?.username).toBe('appadmin@contoso.onmicrosoft.com')
    expect(new URL(h.authorizeUrls[0] ?? '').searchParams.get('client_id')).toBe(GRAPH_CLI_CLIENT_ID)
  })

  it('after an unknown app registration (Entra shows its error page), the time-out points to Settings', async () => {
    const h = host(1500)
    await h.table.saveSettings({ clientId: '11111111-2222-3333-4444-555555555555' })
    await h.table.signIn(signIn)
    const state = await h.outcome
    expect(state.account).toBeNull()
    expect(state.lastError?.code).toBe('SIGNIN_TIMED_OUT')
    expect(state.lastError?.message).toMatch(/AADSTS700016.*Settings › app registration/)
  })

  it('refuses a client id that is not a GUID, and ignores a corrupt settings file', async () => {
    const h = host()
    const refused = await dispatchOperation(h.table, 'saveSettings', { clientId: 'my-app' }, silentLogger)
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await h.table.getSettings({})).toMatchObject({ ok: true, value: { clientId: '' } })
    const file = join(mkdtempSync(join(tmpdir(), 'settings-')), 'settings.json')
    writeFileSync(file, '{"clientId": 42}')
    expect(await createFileSettingsStore(file).load()).toEqual({ clientId: '' })
    await createFileSettingsStore(file).save({ clientId: GRAPH_CLI_CLIENT_ID })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ clientId: GRAPH_CLI_CLIENT_ID })
  })
})
