import { describe, expect, it } from 'vitest'

import { criticalPath, roundTrips, unavoidableCalls, type LoggedRequest } from './critical-path'

const lag = { replicationLagSeconds: 20, syncTemplatesLagSeconds: 35, jobCreateLagSeconds: 45 }

let seq = 0
const req = (method: string, path: string, latencyMs: number, status = 200, batch?: true): LoggedRequest => ({
  seq: ++seq,
  method,
  path: `/v1.0${path}`,
  status,
  latencyMs,
  ...(batch ? { batch } : {}),
})

const sp = '/servicePrincipals/sp1'
const job = `${sp}/synchronization/jobs/HelloID.t.1`

/** An apply as the simulator would log it: one request per operation, 100 ms each, one lagging retry. */
const log: LoggedRequest[] = [
  req('GET', '/me/transitiveMemberOf/microsoft.graph.directoryRole', 100),
  req('POST', '/$batch', 100),
  req('GET', '/users/a', 0, 200, true),
  req('GET', '/applications', 100),
  req('POST', '/applicationTemplates/t/instantiate', 100, 201),
  req('GET', `${sp}/synchronization/templates`, 100),
  req('POST', `${sp}/synchronization/jobs`, 100, 401),
  req('POST', `${sp}/synchronization/jobs`, 100, 201),
  req('POST', `${job}/validateCredentials`, 100, 204),
  req('PUT', `${sp}/synchronization/secrets`, 100, 204),
  req('GET', `${job}/schema`, 100),
  req('PUT', `${job}/schema`, 100, 204),
  req('POST', '/$batch', 100),
  req('POST', `${job}/start`, 100, 204),
]

describe('the critical-path bound of an apply', () => {
  it('counts one round trip per unavoidable operation, a batch per 20 principals', () => {
    expect(unavoidableCalls({ principals: 2, mappings: true })).toMatchObject({ resolve: 1, assign: 1 })
    expect(unavoidableCalls({ principals: 1000, mappings: false })).toMatchObject({
      resolve: 50,
      assign: 50,
      'schema-read': 0,
    })
    expect(criticalPath(log, lag, { principals: 2, mappings: true }).boundCalls).toBe(12)
  })

  it('adds the longest replication wait to the sequential round trips around it', () => {
    const { boundS } = criticalPath(log, lag, { principals: 2, mappings: true })
    // 4 round trips before the wait, the job-create wait (45 s), then 6 round trips after it.
    expect(boundS).toBeCloseTo(0.4 + 45 + 0.6, 5)
  })

  it('charges assignments to the time only when they no longer fit inside the wait', () => {
    const short = { ...lag, syncTemplatesLagSeconds: 10, jobCreateLagSeconds: 21 }
    const many = criticalPath(log, short, { principals: 400, mappings: false })
    // Roles, apps, instantiate and 20 resolve batches; then, once the SP appears (20 s), 20 assign
    // batches and the templates read; then create, test, save and start.
    expect(many.boundS).toBeCloseTo(0.3 + 2 + (20 + 2 + 0.1) + 0.4, 5)
  })

  it('does not count the requests inside a $batch as round trips', () => {
    expect(roundTrips(log)).toHaveLength(log.length - 1)
  })
})
