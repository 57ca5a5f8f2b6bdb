import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../../simulator/index'
import {
  control,
  graph,
  instantiateHelloId,
  newHelloIdSecret,
  signIn,
  startTestSimulator,
  str,
} from './helpers'

interface ProfileState {
  profile: string
  tenants: {
    id: string
    applications: { id: string }[]
    servicePrincipals: { jobs: { id: string; cycles: number }[] }[]
  }[]
}

/** Practice mode switches between realistic and fast timing without losing what was set up. */
describe('simulator profile switch', () => {
  let sim: RunningSimulator

  beforeAll(async () => {
    sim = await startTestSimulator({
      profile: 'realistic',
      seed: 'profile-switch',
      // The profile's lags and first-cycle delay stay; no random throttling in a test.
      faults: { throttle: null, serverError: null, latencyMs: { min: 0, max: 0 } },
    })
  })
  afterAll(async () => {
    await sim?.stop()
  })

  const jobsOf = (state: ProfileState) =>
    state.tenants.find((t) => t.id === sim.tenantId)?.servicePrincipals.flatMap((sp) => sp.jobs) ?? []

  it('keeps the tenant, brings a waiting first cycle forward, and uses the new profile’s lags', async () => {
    const token = (await signIn(sim, { account: 'appadmin' })).access_token
    const scim = await newHelloIdSecret(sim)
    const made = await instantiateHelloId(sim, token)
    expect(made.status).toBe(201)
    const spId = str(made.body, 'servicePrincipal.id')
    // Realistic: the new app replicates for a while before a job can be made.
    await control(sim, '/clock', { advanceSeconds: 60 })
    const jobs = `/servicePrincipals/${spId}/synchronization/jobs`
    const job = await graph(sim, token, 'POST', jobs, { templateId: 'HelloID' })
    expect(job.status).toBe(201)
    const jobId = str(job.body, 'id')
    const saved = await graph(sim, token, 'PUT', `/servicePrincipals/${spId}/synchronization/secrets`, {
      value: [
        { key: 'BaseAddress', value: scim.url },
        { key: 'SecretToken', value: scim.secret },
        { key: 'SyncAll', value: 'false' },
      ],
    })
    expect(saved.status).toBe(204)
    expect((await graph(sim, token, 'POST', `${jobs}/${jobId}/start`)).status).toBe(204)
    // Realistic: the first cycle is minutes away.
    await control(sim, '/clock', { advanceSeconds: 10 })
    const before = await control<ProfileState>(sim, '/state')
    expect(before.profile).toBe('realistic')
    expect(jobsOf(before)).toMatchObject([{ id: jobId, cycles: 0 }])

    expect(await control(sim, '/profile', { name: 'fast' })).toEqual({ profile: 'fast' })
    await control(sim, '/clock', { advanceSeconds: 3 })
    const after = await control<ProfileState>(sim, '/state')
    expect(after.profile).toBe('fast')
    expect(after.tenants.find((t) => t.id === sim.tenantId)?.applications.map((a) => a.id)).toContain(
      str(made.body, 'application.id'),
    )
    expect(jobsOf(after)).toMatchObject([{ id: jobId, cycles: 1 }])
    // The same session and the same HelloID secret still work.
    expect((await graph(sim, token, 'GET', `${jobs}/${jobId}`)).status).toBe(200)
    const faults = await control<{ replicationLagSeconds: number; jobCreateLagSeconds: number }>(
      sim,
      '/faults',
    )
    expect(faults).toMatchObject({ replicationLagSeconds: 0, jobCreateLagSeconds: 0 })

    // Back to realistic: its lags return.
    await control(sim, '/profile', { name: 'realistic' })
    expect(await control(sim, '/faults')).toMatchObject({
      replicationLagSeconds: 20,
      jobCreateLagSeconds: 45,
    })
  })

  it('refuses a profile it does not know', async () => {
    const response = await fetch(`${sim.urls.control}/profile`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'slow' }),
    })
    expect(response.status).toBe(400)
    expect((await control<ProfileState>(sim, '/state')).profile).toBe('realistic')
  })
})
