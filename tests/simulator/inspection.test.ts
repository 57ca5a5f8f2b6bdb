import { createHash } from 'node:crypto'
import { PublicClientApplication } from '@azure/msal-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../../simulator/index'
import {
  ALL_SCOPES,
  at,
  CLIENT_ID,
  control,
  graph,
  list,
  setupHelloId,
  signIn,
  startTestSimulator,
  str,
} from './helpers'

/** The loopback control plane: state view without secrets, request log, reset, scripted sign-in. */
describe('inspection and control endpoints', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'inspection' })
  })
  afterAll(async () => {
    await sim.stop()
  })

  it('GET state shows apps, jobs and hashed secrets — never a raw secret — and logs body keys only', async () => {
    const token = (await signIn(sim, { account: 'appadmin' })).access_token
    const hello = await setupHelloId(sim, token)
    const state = await control(sim, '/state')
    const text = JSON.stringify(state)
    expect(text).not.toContain(hello.scim.secret)
    const sp = list(state, 'tenants.0.servicePrincipals').find((s) => at(s, 'id') === hello.spId)
    const secret = list(sp, 'secrets').find((s) => at(s, 'key') === 'SecretToken')
    expect(at(secret, 'sha256')).toBe(createHash('sha256').update(hello.scim.secret).digest('hex'))
    expect(at(list(sp, 'jobs')[0], 'status.code')).toBe('Paused')
    const put = list(state, 'requestLog').find(
      (e) => at(e, 'method') === 'PUT' && str(e, 'path').endsWith('/synchronization/secrets'),
    )
    expect(at(put, 'bodyKeys')).toEqual(['value'])
    expect(at(put, 'status')).toBe(204)
  })

  it('POST reset restores the seeded tenant (same ids) and clears the log', async () => {
    const before = await control(sim, '/state')
    await control(sim, '/reset', {})
    const after = await control(sim, '/state')
    expect(list(after, 'tenants.0.servicePrincipals')).toHaveLength(0)
    expect(list(after, 'requestLog')).toHaveLength(0)
    expect(at(after, 'tenants.0.id')).toBe(at(before, 'tenants.0.id'))
  })

  it('POST signin delivers the form_post to msal-node’s loopback listener (the CLI’s simulated person)', async () => {
    const pca = new PublicClientApplication({
      auth: {
        clientId: CLIENT_ID,
        authority: `${sim.urls.authority}/organizations`,
        knownAuthorities: [new URL(sim.urls.authority).host],
      },
    })
    const result = await pca.acquireTokenInteractive({
      scopes: ALL_SCOPES,
      // A headless "browser": the control opens msal's URL and signs in as the person would.
      openBrowser: async (url) => {
        await control(sim, '/signin', { account: 'globaladmin', authorizeUrl: url })
      },
      successTemplate: 'ok',
      errorTemplate: 'error',
    })
    expect(result.account?.username).toBe('globaladmin@contoso.onmicrosoft.com')
    expect((await graph(sim, result.accessToken, 'GET', '/me')).status).toBe(200)
  })

  it('refuses to sign in when nothing is pending', async () => {
    const res = await fetch(`${sim.urls.control}/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'appadmin' }),
    })
    expect(res.status).toBe(409)
  })
})
