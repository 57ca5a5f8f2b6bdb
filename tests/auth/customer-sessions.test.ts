import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { PublicClientApplication } from '@azure/msal-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pruneOtherTenants } from '../../electron/services/auth/auth-service'
import { createCachePlugin } from '../../electron/services/auth/cache-plugin'
import { createCloudResolver } from '../../electron/services/auth/cloud-resolver'
import { CustomerSessions, type CustomerProfile } from '../../electron/services/auth/customer-sessions'
import { SignInController } from '../../electron/services/auth/sign-in-controller'
import { createEncryptedFileCacheStore } from '../../electron/services/auth/token-cache-store'
import { Redactor } from '../../electron/services/log/redact'
import type { SessionState } from '../../shared/contract'
import type { RunningSimulator } from '../../simulator/index'
import { testCipher } from '../support/test-cipher'
import { startTestSimulator, waitFor } from '../simulator/helpers'
import {
  ALL_SCOPES,
  CLIENT_ID,
  READ_SCOPES,
  capturingLogger,
  claimsOf,
  decryptedCache,
  harness,
  playBrowser,
  reopen,
  secretsOf,
} from './support'

describe('customer sessions: one customer at a time, one encrypted cache per profile', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'auth-sessions' })
  })
  afterAll(async () => {
    await sim.stop()
  })

  function sessions(cipher = testCipher(randomBytes(32))): {
    sessions: CustomerSessions
    dataDir: string
    browserAs: { account: string }
    browserCalls: string[]
  } {
    const dataDir = mkdtempSync(join(tmpdir(), 'sessions-'))
    const browserAs = { account: 'appadmin' }
    const browserCalls: string[] = []
    const redactor = new Redactor()
    return {
      dataDir,
      browserAs,
      browserCalls,
      sessions: new CustomerSessions({
        dataDir,
        cipher,
        clientId: CLIENT_ID,
        cloudFor: createCloudResolver({ authorityHost: sim.urls.authority }),
        openBrowser: async (url) => {
          browserCalls.push(url)
          await playBrowser(url, { account: browserAs.account })
        },
        log: capturingLogger(redactor),
        redactor,
      }),
    }
  }

  const contoso = (): CustomerProfile => ({
    id: 'contoso',
    label: 'Contoso',
    cloudId: 'simulated',
    tenant: 'contoso.onmicrosoft.com',
  })
  const fabrikam = (): CustomerProfile => ({
    id: 'fabrikam',
    label: 'Fabrikam',
    cloudId: 'simulated',
    tenant: sim.fabrikamTenantId,
  })

  it('switching customer never reuses the other customer’s account; the first comes back on re-select', async () => {
    const key = randomBytes(32)
    const { sessions: s, browserAs, browserCalls } = sessions(testCipher(key))
    expect(await s.select(contoso())).toBeNull()
    const a = s.active()?.auth
    if (!a) throw new Error('no active customer')
    expect(
      await a.signInInteractive({ scopes: ALL_SCOPES, tenant: 'contoso.onmicrosoft.com' }),
    ).toMatchObject({ ok: true, value: { tenantId: sim.tenantId } })
    const contosoToken = await a.getToken(ALL_SCOPES)
    if (!contosoToken.ok) throw new Error(contosoToken.error.message)

    // Switch to Fabrikam: nothing of Contoso is usable until Fabrikam signs in.
    expect(await s.select(fabrikam())).toBeNull()
    const b = s.active()?.auth
    if (!b) throw new Error('no active customer')
    expect(b).not.toBe(a)
    expect(b.summary()).toBeNull()
    expect(await b.getToken(ALL_SCOPES)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    expect(await a.getToken(ALL_SCOPES)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })

    // Contoso's cache stays on disk, encrypted.
    const contosoFile = s.cacheFile('contoso')
    const sealed = readFileSync(contosoFile)
    const cache = await decryptedCache({ file: contosoFile, key })
    const secrets = [...secretsOf(cache, 'AccessToken'), ...secretsOf(cache, 'RefreshToken')]
    expect(secrets).toContain(contosoToken.value.accessToken)
    for (const secret of secrets) expect(sealed.toString('latin1')).not.toContain(secret)

    browserAs.account = 'fabrikamadmin'
    expect(await b.signInInteractive({ scopes: ALL_SCOPES, tenant: sim.fabrikamTenantId })).toMatchObject({
      ok: true,
      value: { tenantId: sim.fabrikamTenantId, username: 'fabrikamadmin@fabrikam.onmicrosoft.com' },
    })
    const fabrikamToken = await b.getToken(ALL_SCOPES)
    if (!fabrikamToken.ok) throw new Error(fabrikamToken.error.message)
    expect(claimsOf(fabrikamToken.value.accessToken).tid).toBe(sim.fabrikamTenantId)
    expect(readFileSync(contosoFile).equals(sealed)).toBe(true) // Fabrikam's sign-in never touched it
    expect(existsSync(s.cacheFile('fabrikam'))).toBe(true)

    // Back to Contoso: restored from its own file, no browser needed.
    const browserBefore = browserCalls.length
    expect(await s.select(contoso())).toMatchObject({
      username: 'appadmin@contoso.onmicrosoft.com',
      tenantId: sim.tenantId,
    })
    const again = await s.active()?.auth.getToken(ALL_SCOPES)
    expect(again).toMatchObject({ ok: true, value: { tenantId: sim.tenantId } })
    if (!again?.ok) throw new Error('unreachable')
    expect(claimsOf(again.value.accessToken).tid).toBe(sim.tenantId)
    expect(browserCalls).toHaveLength(browserBefore)
  })

  it('forgetting the active customer deletes its folder and leaves the other customer alone', async () => {
    const { sessions: s, browserAs, dataDir } = sessions()
    await s.select(fabrikam())
    browserAs.account = 'fabrikamadmin'
    expect((await s.active()?.auth.signInInteractive({ scopes: READ_SCOPES }))?.ok).toBe(true)
    await s.select(contoso())
    browserAs.account = 'appadmin'
    expect((await s.active()?.auth.signInInteractive({ scopes: READ_SCOPES }))?.ok).toBe(true)
    const auth = s.active()?.auth
    await s.forgetActive()
    expect(s.active()).toBeNull()
    expect(existsSync(join(dataDir, 'customers', 'contoso'))).toBe(false)
    expect(existsSync(s.cacheFile('fabrikam'))).toBe(true)
    expect(await auth?.getToken(READ_SCOPES)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    expect(await s.select(fabrikam())).toMatchObject({ tenantId: sim.fabrikamTenantId })
  })

  it('a profile whose tenant id no longer matches the cached sign-in is not restored', async () => {
    const { sessions: s } = sessions()
    await s.select(contoso())
    expect((await s.active()?.auth.signInInteractive({ scopes: READ_SCOPES }))?.ok).toBe(true)
    await s.select({ ...contoso(), tenant: sim.tenantId })
    expect(s.active()?.auth.summary()).toMatchObject({ tenantId: sim.tenantId }) // same tenant: restored
    expect(await s.select({ ...contoso(), tenant: sim.fabrikamTenantId })).toBeNull()
    expect(await s.active()?.auth.getToken(READ_SCOPES)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    })
  })

  it('without OS encryption, tokens stay in memory and nothing is written to disk', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sessions-'))
    const s = new CustomerSessions({
      dataDir,
      cipher: null,
      clientId: CLIENT_ID,
      cloudFor: createCloudResolver({ authorityHost: sim.urls.authority }),
      openBrowser: (url) => playBrowser(url, { account: 'appadmin' }).then(() => undefined),
      log: capturingLogger(new Redactor()),
    })
    await s.select(contoso())
    expect(s.active()?.persistence).toBe('memory')
    expect(await s.active()?.auth.signInInteractive({ scopes: READ_SCOPES })).toMatchObject({
      ok: true,
      value: { persistence: 'memory' },
    })
    expect((await s.active()?.auth.getToken(READ_SCOPES))?.ok).toBe(true)
    expect(readdirSync(dataDir)).toEqual([])
  })

  it('signing in to another tenant within one customer clears the first tenant’s tokens', async () => {
    const browser = { account: 'appadmin' }
    const h = harness(sim, (url) => playBrowser(url, browser))
    expect((await h.auth.signInInteractive({ scopes: ALL_SCOPES })).ok).toBe(true)
    const first = await decryptedCache(h)
    const contosoRefresh = secretsOf(first, 'RefreshToken')
    expect(contosoRefresh).toHaveLength(1)

    browser.account = 'fabrikamadmin'
    expect(await h.auth.signInInteractive({ scopes: ALL_SCOPES })).toMatchObject({
      ok: true,
      value: { tenantId: sim.fabrikamTenantId },
    })
    const after = await decryptedCache(h)
    expect(Object.values(after.Account ?? {}).map((a) => a.username)).toEqual([
      'fabrikamadmin@fabrikam.onmicrosoft.com',
    ])
    for (const section of ['AccessToken', 'IdToken'] as const)
      for (const entry of Object.values(after[section] ?? {})) expect(entry.realm).toBe(sim.fabrikamTenantId)
    const refresh = secretsOf(after, 'RefreshToken')
    expect(refresh).toHaveLength(1)
    expect(refresh).not.toContain(contosoRefresh[0])
    const token = await h.auth.getToken(ALL_SCOPES)
    expect(token).toMatchObject({ ok: true, value: { tenantId: sim.fabrikamTenantId } })
  })

  it('signOutAndForget removes the cache file and everything in memory', async () => {
    const h = harness(sim, (url) => playBrowser(url, { account: 'appadmin' }))
    expect((await h.auth.signInInteractive({ scopes: READ_SCOPES })).ok).toBe(true)
    expect(existsSync(h.file)).toBe(true)
    await h.auth.signOutAndForget()
    expect(existsSync(h.file)).toBe(false)
    expect(h.auth.summary()).toBeNull()
    expect(await h.auth.getToken(READ_SCOPES)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    expect(await h.auth.restore()).toBeNull()
    expect(await reopen(sim, h).restore()).toBeNull()
    expect(existsSync(h.file)).toBe(false)
  })

  it('a cache that spans two tenants (written without pruning) is not restored; pruning keeps one', async () => {
    const key = randomBytes(32)
    const file = join(mkdtempSync(join(tmpdir(), 'auth-')), 'token-cache.bin')
    const store = createEncryptedFileCacheStore(file, testCipher(key))
    // Plain msal-node on the same store, as an older build would have left it.
    const pca = new PublicClientApplication({
      auth: {
        clientId: CLIENT_ID,
        authority: `${sim.urls.authority}/organizations`,
        knownAuthorities: [new URL(sim.urls.authority).host],
      },
      cache: { cachePlugin: createCachePlugin(store) },
    })
    for (const tenant of ['organizations', 'contoso.onmicrosoft.com']) {
      await pca.acquireTokenInteractive({
        scopes: READ_SCOPES,
        authority: `${sim.urls.authority}/${tenant}`,
        openBrowser: (url) => playBrowser(url, { account: 'guestadmin' }).then(() => undefined),
        successTemplate: 'ok',
        errorTemplate: 'error',
      })
    }
    const serialized = JSON.stringify(await decryptedCache({ file, key }))
    const realms = (json: string, section: 'AccessToken' | 'IdToken'): string[] =>
      Object.values((JSON.parse(json) as Record<string, Record<string, { realm: string }>>)[section] ?? {})
        .map((e) => e.realm)
        .sort()
    expect(realms(serialized, 'IdToken')).toEqual([sim.tenantId, sim.fabrikamTenantId].sort())

    const log = capturingLogger(new Redactor())
    expect(await reopen(sim, { store, log, redactor: new Redactor() }).restore()).toBeNull()
    expect(log.lines.map((l) => l.raw).join('\n')).toContain('several tenants')

    const [account] = Object.values(JSON.parse(serialized) as Record<string, Record<string, unknown>>)
      .flatMap((section) => Object.values(section as Record<string, { home_account_id?: string }>))
      .filter((e) => e.home_account_id)
    const pruned = pruneOtherTenants(serialized, account?.home_account_id ?? '', sim.tenantId)
    if (pruned === null) throw new Error('nothing pruned')
    expect(realms(pruned, 'IdToken')).toEqual([sim.tenantId])
    expect(realms(pruned, 'AccessToken')).toEqual([sim.tenantId])
    expect(pruneOtherTenants(pruned, account?.home_account_id ?? '', sim.tenantId)).toBeNull()
  })

  it('SignInController publishes the sign-in and hands out a write token for the pinned tenant', async () => {
    const { sessions: s } = sessions()
    const published: SessionState[] = []
    const controller = new SignInController(
      s,
      (state) => published.push(state),
      capturingLogger(new Redactor()),
      ['simulated'],
    )
    expect(await controller.token('read')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    const started = await controller.start({
      customerLabel: 'Contoso Ltd',
      tenant: 'contoso.onmicrosoft.com',
      cloudId: 'simulated',
      method: 'browser',
      scopeSet: 'all',
    })
    expect(started).toMatchObject({ ok: true, value: { signingIn: 'browser', account: null } })
    const done = await waitFor(async () => published.find((p) => p.account !== null && !p.signingIn))
    expect(done).toMatchObject({
      customer: { label: 'Contoso Ltd', cloudId: 'simulated' },
      account: { tenantId: sim.tenantId },
      tokenStorage: 'encrypted-file',
      lastError: null,
    })
    expect(JSON.stringify(published)).not.toMatch(/eyJ/)
    const write = await controller.token('write')
    if (!write.ok) throw new Error(write.error.message)
    expect(claimsOf(write.value.accessToken).tid).toBe(sim.tenantId)
    expect(String(claimsOf(write.value.accessToken).scp)).toContain('Application.ReadWrite.All')

    const state = await controller.signOutAndForget()
    expect(state).toMatchObject({ customer: null, account: null })
    expect(await controller.token('write')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
  })
})
