import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphOperationOf, graphOperations } from '../../shared/graph-operations'
import { stepById } from '../../shared/steps'
import { Harness, type RequestLogEntry } from './harness'

/**
 * Every Graph request the assistant makes while it checks, applies, reports status, tests one user,
 * restarts and rolls back, read from the simulator's request log, must be an operation Microsoft
 * documents in v1.0 (shared/graph-operations.ts names each with its reference page). A new request
 * that matches none of them, or any beta path, fails here.
 */
describe('every Graph request is a documented v1.0 operation', () => {
  let h: Harness
  let log: RequestLogEntry[] = []

  beforeAll(async () => {
    h = await Harness.start({ seed: 'documented-requests' })
    const engine = h.engine()
    const report = await engine.preflight({
      scimUrl: h.helloId.url,
      secret: h.helloId.secret,
      assignments: h.choices().assignments,
    })
    if (report.checks.some((c) => c.status === 'fail')) throw new Error('pre-flight failed')
    const applied = await engine.apply(h.templateId, h.choices())
    if (!applied.ok) throw new Error(applied.error.message)
    const ids = { spId: applied.value.app.servicePrincipalId, jobId: applied.value.jobId }
    const watched = await engine.monitor(ids, {
      maxWaitMs: 30 * 60_000,
      sleep: h.sleep,
      now: () => Date.now() + h.slept,
    })
    if (!watched.ok) throw new Error(watched.error.message)
    // `status` is one read of the job.
    const status = await engine.monitor(ids, { maxWaitMs: 0 })
    if (!status.ok) throw new Error(status.error.message)
    // A second apply is the rerun every consultant does.
    const again = await engine.apply(h.templateId, h.choices())
    if (!again.ok) throw new Error(again.error.message)
    const tested = await engine.troubleshoot(ids, 'user@contoso.onmicrosoft.com')
    if (!tested.ok) throw new Error(tested.error.message)
    const restarted = await engine.restart(ids)
    if (!restarted.ok) throw new Error(restarted.error.message)
    const removed = await engine.rollback()
    if (!removed.ok) throw new Error(removed.error.message)
    log = await h.requests()
  })
  afterAll(async () => {
    await h?.stop()
  })

  it('sends only documented operations, and never a beta path', () => {
    // The `$batch` envelope is one request; the requests inside it are logged one by one too.
    const requests = log.map((r) => ({ method: r.method, path: r.path }))
    expect(requests.length).toBeGreaterThan(20)
    const undocumented = requests
      .filter((r) => graphOperationOf(r.method, r.path) === null)
      .map((r) => `${r.method} ${r.path}`)
    expect(undocumented).toEqual([])
    expect(requests.filter((r) => /^\/beta\//i.test(r.path) || !r.path.startsWith('/v1.0/'))).toEqual([])
  })

  it('lists the operations it used, each with its Microsoft reference page', () => {
    const used = [...new Set(log.map((r) => graphOperationOf(r.method, r.path)))].filter(
      (name): name is keyof typeof graphOperations => name !== null,
    )
    // The core of the setup; more may be added, each with its documentation.
    expect(used).toEqual(
      expect.arrayContaining([
        'getMe',
        'listMyDirectoryRoles',
        'listSubscribedSkus',
        'listApplicationTemplates',
        'instantiateApplicationTemplate',
        'listServicePrincipals',
        'listSynchronizationTemplates',
        'createSynchronizationJob',
        'getSynchronizationJob',
        'validateCredentials',
        'putSynchronizationSecrets',
        'getSynchronizationSchema',
        'putSynchronizationSchema',
        'startSynchronizationJob',
        'restartSynchronizationJob',
        'provisionOnDemand',
        'listProvisioningLogs',
        'createAppRoleAssignment',
        'deleteSynchronizationJob',
        'deleteApplication',
        'batch',
      ]),
    )
    for (const name of used) {
      expect(graphOperations[name].doc, name).toMatch(
        /^https:\/\/learn\.microsoft\.com\/graph\/(api\/[a-z0-9-]+\?view=graph-rest-1\.0|json-batching)$/,
      )
    }
  })

  it('names in step 16 both requests saving sends: Test Connection with the saved credentials, then the PUT', () => {
    const saving = log.filter(
      (r) =>
        (r.method === 'PUT' && /\/synchronization\/secrets$/i.test(r.path)) ||
        (/\/validateCredentials$/i.test(r.path) && r.bodyKeys.includes('useSavedCredentials')),
    )
    const sent = [...new Set(saving.map((r) => graphOperationOf(r.method, r.path)))]
    expect(sent.sort()).toEqual(['putSynchronizationSecrets', 'validateCredentials'])
    expect([...stepById('azure-save-credentials').graphOperations].sort()).toEqual(sent)
  })

  it('never reads the synchronization secrets back (Microsoft documents only the PUT)', () => {
    expect(log.filter((r) => r.method === 'GET' && /\/synchronization\/secrets$/i.test(r.path))).toEqual([])
  })
})
