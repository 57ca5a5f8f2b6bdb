import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../../simulator/index'
import { CLIENT_ID, control, pkce, REDIRECT_URI, startTestSimulator } from './helpers'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'signin-target' })
})
afterAll(() => sim.stop())

function authorizeUrl(state: string): string {
  const url = new URL(`${sim.urls.authority}/organizations/oauth2/v2.0/authorize`)
  url.search = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    response_mode: 'form_post',
    scope: 'openid profile offline_access User.Read',
    state,
    code_challenge: pkce().challenge,
    code_challenge_method: 'S256',
  }).toString()
  return url.toString()
}

describe('POST /_simulator/signin targeting', () => {
  it('completes the transaction of the given authorize URL, not an older abandoned one', async () => {
    const abandoned = authorizeUrl('abandoned-tab')
    await fetch(abandoned)
    const current = authorizeUrl('current-tab')
    const result = await control<{ fields: { state: string } }>(sim, '/signin', {
      authorizeUrl: current,
      account: 'appadmin',
      deliver: false,
    })
    expect(result.fields.state).toBe('current-tab')
    // The abandoned one is still waiting and is what an untargeted sign-in now completes.
    const next = await control<{ fields: { state: string } }>(sim, '/signin', {
      account: 'appadmin',
      deliver: false,
    })
    expect(next.fields.state).toBe('abandoned-tab')
  })

  it('refuses an unknown device code instead of completing another one', async () => {
    const res = await fetch(`${sim.urls.control}/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'device', userCode: 'NOPE1234', account: 'appadmin' }),
    })
    expect(res.status).toBe(404)
  })
})
