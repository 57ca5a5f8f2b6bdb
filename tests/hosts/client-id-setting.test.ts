import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { composeServices, type HostPlatform } from '../../electron/hosts/compose'
import { dispatchOperation } from '../../electron/hosts/dispatch'
import { createHandlerTable } from '../../electron/hosts/handler-table'
import { createCloudResolver } from '../../electron/services/auth/cloud-resolver'
import { silentLogger } from '../../electron/services/log/logger'
import { Redactor } from '../../electron/services/log/redact'
import { createFileSettingsStore } from '../../electron/services/settings-store'
import type { SessionState } from '../../shared/contract'
import type { RunningSimulator } from '../../simulator/index'
import { CLIENT_ID, ORG_CLIENT_ID, startTestSimulator } from '../simulator/helpers'
import { playBrowser } from '../auth/support'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'client-id', clientIds: [CLIENT_ID, ORG_CLIENT_ID] })
})
afterAll(() => sim.stop())

function host(
  interactiveTimeoutMs = 30_000,
  clientIds: HostPlatform['clientIds'] = { deploymentFile: { kind: 'absent' } },
) {
  const authorizeUrls: string[] = []
  const services = composeServices({
    info: { version: '1.0.0', host: 'browser', practice: true },
    dataDir: mkdtempSync(join(tmpdir(), 'client-id-')),
    log: silentLogger,
    redactor: new Redactor(),
    cipher: null,
    clientIds,
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
      value: { clientId: '', effectiveClientId: CLIENT_ID, clientIdSource: 'default' },
    })
    expect(await h.table.saveSettings({ clientId: ORG_CLIENT_ID })).toMatchObject({
      ok: true,
      value: { effectiveClientId: ORG_CLIENT_ID, clientIdSource: 'settings' },
    })
    await h.table.signIn(signIn)
    const state = await h.outcome
    expect(state.account?.username).toBe('appadmin@contoso.onmicrosoft.com')
    expect(new URL(h.authorizeUrls[0] ?? '').searchParams.get('client_id')).toBe(ORG_CLIENT_ID)
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
    await createFileSettingsStore(file).save({ clientId: ORG_CLIENT_ID })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ clientId: ORG_CLIENT_ID })
  })

  it('the environment variable beats Settings; Settings beat the deployment file', async () => {
    const withEnv = host(30_000, {
      environment: CLIENT_ID,
      deploymentFile: { kind: 'valid', path: '/opt/app/helloid-setup.config.json', clientId: ORG_CLIENT_ID },
    })
    expect(await withEnv.table.getSettings({})).toMatchObject({
      ok: true,
      value: { effectiveClientId: CLIENT_ID, clientIdSource: 'environment' },
    })
    await withEnv.table.saveSettings({ clientId: ORG_CLIENT_ID })
    expect(await withEnv.table.getSettings({})).toMatchObject({ value: { clientIdSource: 'environment' } })

    const withFile = host(30_000, {
      deploymentFile: { kind: 'valid', path: '/opt/app/helloid-setup.config.json', clientId: ORG_CLIENT_ID },
    })
    expect(await withFile.table.getSettings({})).toMatchObject({
      value: { effectiveClientId: ORG_CLIENT_ID, clientIdSource: 'deployment-file' },
    })
    await withFile.table.signIn(signIn)
    await withFile.outcome
    expect(new URL(withFile.authorizeUrls[0] ?? '').searchParams.get('client_id')).toBe(ORG_CLIENT_ID)
    await withFile.table.saveSettings({ clientId: CLIENT_ID })
    expect(await withFile.table.getSettings({})).toMatchObject({
      value: { effectiveClientId: CLIENT_ID, clientIdSource: 'settings' },
    })
  })

  it('a bad deployment file: Settings show the problem and sign-in refuses with it, opening no browser', async () => {
    const h = host(30_000, {
      deploymentFile: {
        kind: 'invalid',
        path: '/opt/app/helloid-setup.config.json',
        problem: 'not-json',
      },
    })
    const settings = await h.table.getSettings({})
    expect(settings).toMatchObject({
      ok: true,
      value: { effectiveClientId: '', clientIdSource: 'deployment-file' },
    })
    if (settings.ok) expect(settings.value.clientIdProblem).toContain('/opt/app/helloid-setup.config.json')
    // The screen words it from the catalog, the path marked as an identifier (masked when presenting).
    if (settings.ok)
      expect(settings.value.clientIdProblemWords).toEqual({
        code: 'clientId.file.notJson',
        params: { path: { id: '/opt/app/helloid-setup.config.json' }, settings: '' },
      })
    const refused = await h.table.signIn(signIn)
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!refused.ok) expect(refused.error.message).toContain('not valid JSON')
    expect(h.authorizeUrls).toEqual([])
    // Settings › app registration is the way out without touching the file.
    await h.table.saveSettings({ clientId: ORG_CLIENT_ID })
    expect(await h.table.getSettings({})).toMatchObject({ value: { effectiveClientId: ORG_CLIENT_ID } })
  })
})
