import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { DeviceCodePrompt } from '../../electron/services/auth/auth-service'
import type { RunningSimulator } from '../../simulator/index'
import { control, graph, startTestSimulator } from '../simulator/helpers'
import { ALL_SCOPES, READ_SCOPES, claimsOf, completeDeviceLogin, harness, requests } from './support'

/** Token-endpoint polls made with a device code. */
async function devicePolls(sim: RunningSimulator): Promise<number> {
  return (await requests(sim, 'authority')).filter(
    (r) => r.path.endsWith('/oauth2/v2.0/token') && r.bodyKeys.includes('device_code'),
  ).length
}

const noBrowser = async (): Promise<void> => {
  throw new Error('device code sign-in must not open a browser')
}

describe('device-code sign-in: real msal-node against the simulated authority', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'auth-device' })
  })
  afterAll(async () => {
    await sim.stop()
  })
  afterEach(async () => {
    await control(sim, '/faults', { deviceCodeBlocked: false, consentMissing: false })
  })

  it('shows the code, and signs in once the person enters it at /devicelogin on another device', async () => {
    const h = harness(sim, noBrowser)
    const prompts: DeviceCodePrompt[] = []
    let donePage = ''
    const result = await h.auth.signInWithDeviceCode({
      scopes: ALL_SCOPES,
      tenant: sim.tenantId,
      onCode: (prompt) => {
        prompts.push(prompt)
        void completeDeviceLogin(sim, prompt.userCode, 'globaladmin').then((html) => (donePage = html))
      },
    })
    expect(result).toMatchObject({
      ok: true,
      value: { username: 'globaladmin@contoso.onmicrosoft.com', tenantId: sim.tenantId },
    })
    expect(donePage).toContain('id="device-done"')
    expect(prompts).toHaveLength(1)
    const [prompt] = prompts
    expect(prompt?.verificationUri).toBe(`${sim.urls.authority}/devicelogin`)
    expect(prompt?.message).toContain(prompt?.userCode)
    expect(Date.parse(prompt?.expiresAt ?? '')).toBeGreaterThan(Date.now())
    expect(h.auth.isSigningIn()).toBe(false)

    const token = await h.auth.getToken(READ_SCOPES)
    if (!token.ok) throw new Error(token.error.message)
    expect(claimsOf(token.value.accessToken).tid).toBe(sim.tenantId)
    expect((await graph(sim, token.value.accessToken, 'GET', '/me')).status).toBe(200)
  })

  it('cancel stops the polling within one interval', async () => {
    const h = harness(sim, noBrowser)
    let pollsAtCancel = 0
    const started = Date.now()
    const result = await h.auth.signInWithDeviceCode({
      scopes: READ_SCOPES,
      onCode: () => {
        void devicePolls(sim).then((n) => {
          pollsAtCancel = n
          h.auth.cancelSignIn()
        })
      },
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'SIGNIN_CANCELLED' } })
    expect(Date.now() - started).toBeLessThan(4_000) // fast profile: 1 s interval
    expect(h.auth.isSigningIn()).toBe(false)
    const pollsAfter = await devicePolls(sim)
    expect(pollsAfter - pollsAtCancel).toBeLessThanOrEqual(1)
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    expect(await devicePolls(sim)).toBe(pollsAfter)
    expect(h.auth.summary()).toBeNull()
  })

  it('cancelled while the code is being requested: no code is shown', async () => {
    const h = harness(sim, noBrowser)
    const shown: DeviceCodePrompt[] = []
    const attempt = h.auth.signInWithDeviceCode({ scopes: READ_SCOPES, onCode: (p) => shown.push(p) })
    h.auth.cancelSignIn()
    expect(await attempt).toMatchObject({ ok: false, error: { code: 'SIGNIN_CANCELLED' } })
    expect(shown).toEqual([])
  }, 6_000)

  it('Conditional Access blocking device code → CONDITIONAL_ACCESS_BLOCKED, offering the browser flow', async () => {
    await control(sim, '/faults', { deviceCodeBlocked: true })
    const h = harness(sim, noBrowser)
    const result = await h.auth.signInWithDeviceCode({
      scopes: READ_SCOPES,
      tenant: sim.tenantId,
      onCode: (prompt) => void completeDeviceLogin(sim, prompt.userCode, 'appadmin'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONDITIONAL_ACCESS_BLOCKED' } })
    if (result.ok) throw new Error('unreachable')
    expect(result.error.message).toMatch(/sign in with browser/i)
    expect(result.error.details).toMatchObject({ aadsts: '53003' })
    expect(h.auth.summary()).toBeNull()
  })

  it('missing consent reported while polling → CONSENT_REQUIRED', async () => {
    await control(sim, '/faults', { consentMissing: true })
    const h = harness(sim, noBrowser)
    const result = await h.auth.signInWithDeviceCode({
      scopes: ALL_SCOPES,
      tenant: sim.tenantId,
      onCode: (prompt) => void completeDeviceLogin(sim, prompt.userCode, 'user'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } })
  })

  it('a personal account on the device page is refused', async () => {
    const h = harness(sim, noBrowser)
    let page = ''
    const result = await h.auth.signInWithDeviceCode({
      scopes: READ_SCOPES,
      onCode: (prompt) =>
        void completeDeviceLogin(sim, prompt.userCode, 'personal').then((html) => (page = html)),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'PERSONAL_ACCOUNT' } })
    expect(page).toContain('AADSTS')
  })

  it('completed through the control plane (POST /_simulator/signin kind=device)', async () => {
    // Earlier tests leave cancelled codes pending; skip past their lifetime so ours is the oldest.
    await control(sim, '/clock', { advanceSeconds: 3600 })
    const h = harness(sim, noBrowser)
    const result = await h.auth.signInWithDeviceCode({
      scopes: READ_SCOPES,
      tenant: 'contoso.onmicrosoft.com',
      onCode: () => void control(sim, '/signin', { kind: 'device', account: 'guestadmin' }),
    })
    expect(result).toMatchObject({
      ok: true,
      value: { username: 'guestadmin@fabrikam.onmicrosoft.com', tenantId: sim.tenantId },
    })
  })
})
