import { describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../../simulator/index'
import {
  advance,
  at,
  control,
  graph,
  list,
  newHelloIdSecret,
  signIn,
  startTestSimulator,
  str,
  type HttpResult,
} from './helpers'

/** A fixed, sequential client run; retries 429/503 like a well-behaved client (without sleeping). */
async function scriptedRun(sim: RunningSimulator): Promise<string[]> {
  const token = (await signIn(sim, { account: 'appadmin' })).access_token
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<HttpResult> => {
    for (let attempt = 0; ; attempt++) {
      const res = await graph(sim, token, method, path, body, headers)
      if ((res.status !== 429 && res.status < 500) || attempt > 20) return res
    }
  }
  const scim = await newHelloIdSecret(sim)
  await call('GET', '/me')
  await call('GET', '/me/transitiveMemberOf/microsoft.graph.directoryRole?$count=true', undefined, {
    ConsistencyLevel: 'eventual',
  })
  await call('GET', '/subscribedSkus')
  const tpl = list(
    (await call('GET', `/applicationTemplates?$filter=${encodeURIComponent("displayName eq 'HelloID'")}`))
      .body,
    'value',
  )[0]
  const inst = await call('POST', `/applicationTemplates/${str(tpl, 'id')}/instantiate`, {
    displayName: 'HelloID',
  })
  const spId = str(inst.body, 'servicePrincipal.id')
  const roleId = str(
    list(inst.body, 'servicePrincipal.appRoles').find((r) => at(r, 'displayName') === 'User'),
    'id',
  )
  await call('GET', `/servicePrincipals/${spId}`)
  await call('GET', `/servicePrincipals/${spId}/synchronization/templates`)
  const jobId = str(
    (await call('POST', `/servicePrincipals/${spId}/synchronization/jobs`, { templateId: 'HelloID' })).body,
    'id',
  )
  await call('PUT', `/servicePrincipals/${spId}/synchronization/secrets`, {
    value: [
      { key: 'BaseAddress', value: scim.url },
      { key: 'SecretToken', value: scim.secret },
      { key: 'SyncAll', value: 'false' },
    ],
  })
  await call('POST', `/servicePrincipals/${spId}/synchronization/jobs/${jobId}/start`)
  const users = list((await call('GET', '/users?$top=5&$select=id')).body, 'value')
  for (const u of users)
    await call('POST', `/servicePrincipals/${spId}/appRoleAssignedTo`, {
      principalId: str(u, 'id'),
      resourceId: spId,
      appRoleId: roleId,
    })
  await advance(sim, 3)
  await call('GET', `/servicePrincipals/${spId}/synchronization/jobs/${jobId}`)
  await call('GET', `/auditLogs/provisioning?$filter=${encodeURIComponent(`jobId eq '${jobId}'`)}`)
  const log = list(await control(sim, '/requests'), 'value')
  return log
    .filter((e) => at(e, 'listener') !== 'authority')
    .map((e) => `${str(e, 'listener')} ${str(e, 'method')} ${str(e, 'path')} ${String(at(e, 'status'))}`)
}

async function runWithSeed(seed: string): Promise<string[]> {
  const sim = await startTestSimulator({
    seed,
    faults: { throttle: { rate: 0.25, retryAfterSeconds: 1 }, serverError: { rate: 0.15, status: 503 } },
  })
  try {
    return await scriptedRun(sim)
  } finally {
    await sim.stop()
  }
}

describe('determinism', () => {
  it('the same seed replays the same request log; another seed does not', async () => {
    const first = await runWithSeed('replay-1')
    const second = await runWithSeed('replay-1')
    expect(first.length).toBeGreaterThan(25)
    expect(first.some((l) => l.endsWith(' 429'))).toBe(true)
    expect(first.some((l) => l.endsWith(' 503'))).toBe(true)
    expect(first.some((l) => l.startsWith('scim '))).toBe(true)
    expect(second).toEqual(first)
    const other = await runWithSeed('replay-2')
    expect(other).not.toEqual(first)
  })
})
