import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { msg } from '../../shared/i18n/message'
import { fail, ok, type Result } from '../../shared/result'
import type {
  GraphApi,
  GraphCall,
  GraphFailureDetails,
  GraphOk,
} from '../../electron/services/graph/graph-api'
import { testConnection } from '../../electron/services/setup/ensure-connection'
import type { RunContext } from '../../electron/services/setup/run-context'
import { TenantReader } from '../../electron/services/setup/tenant-reader'
import { Harness, harnessTiming } from './harness'

const explain = () => ({ what: msg('probe.what.entra'), fix: msg('probe.fix.entra') })

/** A Graph failure as GraphApi reports it. */
function graphFailure(status: number, graphCode: string, graphMessage: string): Result<never> {
  const details: GraphFailureDetails = {
    status,
    graphCode,
    graphMessage,
    requestId: 'r',
    clientRequestId: 'c',
    timedOut: false,
    retryAfterSeconds: null,
    method: 'POST',
    path: '/x',
  }
  return fail({ code: 'GRAPH_ERROR', message: graphMessage || `answered ${status}`, details: { ...details } })
}

/** A run context whose Graph answers from `answer` and records what was asked. */
function fakeContext(answer: (call: GraphCall) => Result<GraphOk<unknown>>): {
  ctx: RunContext
  calls: GraphCall[]
} {
  const calls: GraphCall[] = []
  const graph = {
    call: async (call: GraphCall) => {
      calls.push(call)
      return answer(call)
    },
    get: async (path: string) => {
      calls.push({ method: 'GET', path })
      return answer({ method: 'GET', path })
    },
  } as unknown as GraphApi
  const ctx: RunContext = {
    runId: 'test',
    graph,
    reader: new TenantReader(graph),
    journal: { append: async () => undefined, entries: async () => [] },
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    timing: harnessTiming,
    emit: () => undefined,
    boundary: () => undefined,
    sleep: async () => undefined,
  }
  return { ctx, calls }
}

const ids = { spId: 'sp', jobId: 'HelloID.x' }
const credentials = { url: 'https://example.invalid/scim', secret: 'not-a-secret' }
const jobRead = ok({ status: 200, body: { id: ids.jobId }, requestId: null, clientRequestId: 'c' })

describe('Test Connection (validateCredentials)', () => {
  it('401 while the job can be read: HelloID refused the URL or secret; asked once, not a dozen times', async () => {
    const { ctx, calls } = fakeContext((call) =>
      call.method === 'POST' ? graphFailure(401, 'Unauthorized', 'HelloID answered 401') : jobRead,
    )
    const result = await testConnection(ctx, ids, credentials, explain)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toMatch(/^HelloID refused the URL or secret/)
    expect(result.error.words).toEqual({ code: 'problems.connection.helloIdRefused' })
    // The next step is the explanation's; Entra's answer is catalog words around its own text.
    expect(result.error.details).toMatchObject({
      cause: 'helloid-refused',
      fixWords: { code: 'probe.fix.entra' },
      entraWords: {
        code: 'problems.graph.answeredWith',
        params: { answer: '401 Unauthorized', text: { text: 'HelloID answered 401' } },
      },
    })
    expect(calls.map((c) => c.method)).toEqual(['POST', 'GET'])
  })

  it('any other failure shows Entra’s code and message as given', async () => {
    const { ctx } = fakeContext(() =>
      graphFailure(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
    )
    const denied = await testConnection(ctx, ids, credentials, explain)
    expect(denied.ok).toBe(false)
    if (denied.ok) return
    expect(denied.error.message).toContain('Authorization_RequestDenied')
    expect(denied.error.message).toContain('Insufficient privileges to complete the operation.')

    const odd = fakeContext((call) =>
      call.method === 'POST' ? graphFailure(405, 'Request_BadRequest', 'Method not allowed.') : jobRead,
    )
    const other = await testConnection(odd.ctx, ids, credentials, explain)
    expect(other.ok).toBe(false)
    if (other.ok) return
    expect(other.error.message).toBe(
      'Test Connection failed. Try again in a few minutes. If it keeps failing, the details are in the log. Microsoft Graph answered 405 Request_BadRequest: “Method not allowed.”',
    )
  })

  it('204 is success', async () => {
    const { ctx } = fakeContext(() => ok({ status: 204, body: null, requestId: null, clientRequestId: 'c' }))
    expect(await testConnection(ctx, ids, credentials, explain)).toEqual({ ok: true, value: true })
  })
})

describe('Test Connection against the simulated tenant', () => {
  let h: Harness
  beforeAll(async () => {
    h = await Harness.start({ seed: 'test-connection' })
  })
  afterAll(async () => {
    await h?.stop()
  })

  it('an account without an admin role: "the assistant lacks a permission", one test and one read, HelloID not asked', async () => {
    const applied = await h.engine().apply(h.templateId, h.choices())
    if (!applied.ok) throw new Error(applied.error.message)
    const jobIds = { spId: applied.value.app.servicePrincipalId, jobId: applied.value.jobId }
    await h.switchAccount('user')
    const engine = h.engine()
    const ctx: RunContext = {
      runId: 'test',
      graph: engine.graph,
      reader: new TenantReader(engine.graph),
      journal: h.journal,
      log: h.log,
      timing: harnessTiming,
      emit: () => undefined,
      boundary: () => undefined,
      sleep: h.sleep,
    }
    const before = await h.lastSeq()
    const scimBefore = (await h.control<{ value: unknown[] }>('/requests?listener=scim')).value.length
    const result = await testConnection(ctx, jobIds, h.helloId, explain)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toMatch(/^The assistant may not test this app’s connection/)
    expect(result.error.message).toContain('401 UnknownError')
    expect(result.error.details).toMatchObject({ cause: 'assistant-permission' })
    const asked = (await h.requests()).filter((r) => r.seq > before)
    expect(asked.map((r) => `${r.method} ${r.path.split('/').at(-1) ?? ''}`)).toEqual([
      'POST validateCredentials',
      `GET ${encodeURIComponent(jobIds.jobId)}`,
    ])
    expect((await h.control<{ value: unknown[] }>('/requests?listener=scim')).value.length).toBe(scimBefore)
  })
})
