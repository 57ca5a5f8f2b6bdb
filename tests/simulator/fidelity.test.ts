import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
  instantiateHelloId,
} from './helpers'
import { shapeDifferences } from './shape'
import { examplesDir } from '../support/reference-examples'

const EXAMPLES = examplesDir
const RESPONSE_FILES = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json') && (f.includes('.response') || f.startsWith('error.')))
  .sort()

/** Documented quirks of individual examples that a faithful Graph does not reproduce. */
const QUIRKS: Record<string, string[]> = {
  // The provisioning-log list sample has a stray `initiatingType`; v1.0 metadata and the other samples say initiatorType.
  'provisioningObjectSummary-list.response.json': ['$.value[0].initiatedBy.initiatingType'],
}

/** Examples that are single objects of a collection: compare with value[0] of the list call. */
type Capture = () => Promise<HttpResult>

describe('fidelity: simulator responses have the keys and JSON types of the reference examples', () => {
  let sim: RunningSimulator
  let admin: string
  let plain: string
  const captured = new Map<string, HttpResult>()
  let spId = ''
  let jobId = ''
  let quarantinedSp = ''
  let quarantinedJob = ''
  let ruleId = ''
  let provisionedUser = ''
  let groupId = ''
  let userRoleId = ''

  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'fidelity' })
    admin = (await signIn(sim, { account: 'appadmin' })).access_token
    plain = (await signIn(sim, { account: 'user' })).access_token
    const helloid = await newHelloIdSecret(sim)
    const inst = await instantiateHelloId(sim, admin)
    spId = str(inst.body, 'servicePrincipal.id')
    userRoleId = str(
      list(inst.body, 'servicePrincipal.appRoles').find((r) => at(r, 'displayName') === 'User'),
      'id',
    )
    const created = await graph(sim, admin, 'POST', `/servicePrincipals/${spId}/synchronization/jobs`, {
      templateId: 'HelloID',
    })
    captured.set('job-create', created)
    jobId = str(created.body, 'id')
    const jobs = `/servicePrincipals/${spId}/synchronization/jobs`
    await graph(sim, admin, 'PUT', `/servicePrincipals/${spId}/synchronization/secrets`, {
      value: [
        { key: 'BaseAddress', value: helloid.url },
        { key: 'SecretToken', value: helloid.secret },
        { key: 'SyncAll', value: 'false' },
      ],
    })
    await graph(sim, admin, 'POST', `${jobs}/${jobId}/start`)
    captured.set('job-after-start', await graph(sim, admin, 'GET', `${jobs}/${jobId}`))
    const users = list(
      (await graph(sim, admin, 'GET', '/users?$top=10&$select=id,userPrincipalName')).body,
      'value',
    )
    provisionedUser = str(users[5], 'id')
    for (const u of users.slice(5, 8)) {
      const res = await graph(sim, admin, 'POST', `/servicePrincipals/${spId}/appRoleAssignedTo`, {
        principalId: str(u, 'id'),
        resourceId: spId,
        appRoleId: userRoleId,
      })
      if (!captured.has('assignment')) captured.set('assignment', res)
    }
    groupId = str(
      list(
        (
          await graph(
            sim,
            admin,
            'GET',
            `/groups?$filter=${encodeURIComponent("displayName eq 'HelloID Users'")}`,
          )
        ).body,
        'value',
      )[0],
      'id',
    )
    await graph(sim, admin, 'POST', `/servicePrincipals/${spId}/appRoleAssignedTo`, {
      principalId: groupId,
      resourceId: spId,
      appRoleId: userRoleId,
    })
    await advance(sim, 5)
    ruleId = str(
      list((await graph(sim, admin, 'GET', `${jobs}/${jobId}/schema`)).body, 'synchronizationRules')[0],
      'id',
    )

    // A second provisioning app whose saved token is wrong ends up in quarantine.
    const custom = await graph(
      sim,
      admin,
      'POST',
      '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate',
      { displayName: 'Quarantined SCIM app' },
    )
    quarantinedSp = str(custom.body, 'servicePrincipal.id')
    quarantinedJob = str(
      (
        await graph(sim, admin, 'POST', `/servicePrincipals/${quarantinedSp}/synchronization/jobs`, {
          templateId: 'scim',
        })
      ).body,
      'id',
    )
    await graph(sim, admin, 'PUT', `/servicePrincipals/${quarantinedSp}/synchronization/secrets`, {
      value: [
        { key: 'BaseAddress', value: helloid.url },
        { key: 'SecretToken', value: 'stale-token' },
      ],
    })
    await graph(
      sim,
      admin,
      'POST',
      `/servicePrincipals/${quarantinedSp}/synchronization/jobs/${quarantinedJob}/start`,
    )
    await advance(sim, 5)

    // One failed export, for the failure example.
    await control(sim, '/faults', { scimErrorRate: 1 })
    const extra = str(users[8], 'id')
    await graph(sim, admin, 'POST', `/servicePrincipals/${spId}/appRoleAssignedTo`, {
      principalId: extra,
      resourceId: spId,
      appRoleId: userRoleId,
    })
    await graph(sim, admin, 'POST', `${jobs}/${jobId}/provisionOnDemand`, {
      parameters: [{ ruleId, subjects: [{ objectId: extra, objectTypeName: 'User' }] }],
    })
    await control(sim, '/faults', { scimErrorRate: 0 })
  })
  afterAll(async () => {
    await sim.stop()
  })

  const jobsPath = (): string => `/servicePrincipals/${spId}/synchronization/jobs`
  const firstOf = async (res: Promise<HttpResult>): Promise<HttpResult> => {
    const r = await res
    return { ...r, body: list(r.body, 'value')[0] }
  }

  const scenarios: Record<string, Capture> = {
    'appRoleAssignedTo-create.response.json': () => Promise.resolve(captured.get('assignment') as HttpResult),
    'applicationTemplates-filter-displayName.response.json': () =>
      graph(
        sim,
        admin,
        'GET',
        `/applicationTemplates?$filter=${encodeURIComponent("displayName eq 'AWS Single-Account Access'")}`,
      ),
    'applicationTemplates-list.response.json': () => graph(sim, admin, 'GET', '/applicationTemplates'),
    'batch.response.json': () =>
      graph(sim, admin, 'POST', '/$batch', {
        requests: [
          { id: '1', method: 'GET', url: '/me/memberOf?$top=1' },
          { id: '2', method: 'DELETE', url: `/applications/${'0'.repeat(8)}-0000-0000-0000-000000000000` },
          {
            id: '3',
            method: 'GET',
            url: 'users?$select=id,displayName,userPrincipalName&$count=true',
            headers: { ConsistencyLevel: 'eventual' },
          },
        ],
      }),
    'error.approleassignment-duplicate.observed.json': () =>
      graph(sim, admin, 'POST', `/servicePrincipals/${spId}/appRoleAssignedTo`, {
        principalId: provisionedUser,
        resourceId: spId,
        appRoleId: userRoleId,
      }),
    'error.authorization-requestdenied.example.json': () =>
      graph(sim, plain, 'POST', '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate', {
        displayName: 'Not allowed',
      }),
    'error.conflict-multipleobjects.example.json': () =>
      graph(sim, admin, 'POST', jobsPath(), { templateId: 'HelloID' }),
    'error.example.json': () =>
      graph(sim, admin, 'GET', '/servicePrincipals/73f6134c-e647-4ab1-8ccb-287be982da02'),
    'error.request-badrequest-method.example.json': () => graph(sim, admin, 'PUT', '/me', {}),
    'error.search-without-consistencylevel.example.json': () =>
      graph(sim, admin, 'GET', `/users?$search=${encodeURIComponent('"displayName:meg"')}`),
    'error.synchronization-401-unknownerror.observed.json': () => graph(sim, plain, 'GET', jobsPath()),
    'instantiate.response.beta-legacy-objectId.json': async () => {
      await control(sim, '/faults', { instantiate: { shape: 'legacy-objectId' } })
      try {
        return await graph(
          sim,
          admin,
          'POST',
          '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate',
          { displayName: 'testProperties' },
        )
      } finally {
        await control(sim, '/faults', { instantiate: { shape: 'v1' } })
      }
    },
    'instantiate.response.json': () =>
      graph(sim, admin, 'POST', '/applicationTemplates/229946b9-a9fb-45b8-9531-efa47453ac9e/instantiate', {
        displayName: 'Azure AD SAML Toolkit',
      }),
    'me-transitiveMemberOf-search.response.json': () =>
      graph(
        sim,
        admin,
        'GET',
        `/me/transitiveMemberOf/microsoft.graph.directoryRole?$search=${encodeURIComponent('"displayName:Application"')}&$count=true&$select=displayName,id`,
        undefined,
        { ConsistencyLevel: 'eventual' },
      ),
    'provisionOnDemand.response.group.json': () =>
      graph(sim, admin, 'POST', `${jobsPath()}/${jobId}/provisionOnDemand`, {
        parameters: [
          { ruleId, subjects: [{ objectId: groupId, objectTypeName: 'Group', links: { members: [] } }] },
        ],
      }),
    'provisionOnDemand.response.json': () =>
      graph(sim, admin, 'POST', `${jobsPath()}/${jobId}/provisionOnDemand`, {
        parameters: [{ ruleId, subjects: [{ objectId: provisionedUser, objectTypeName: 'User' }] }],
      }),
    'provisioningObjectSummary-list.response.json': () =>
      graph(
        sim,
        admin,
        'GET',
        `/auditLogs/provisioning?$filter=${encodeURIComponent(`servicePrincipal/id eq '${spId}' and provisioningAction eq 'create' and provisioningStatusInfo/status eq 'success'`)}`,
      ),
    'provisioningObjectSummary.failure.example.json': () =>
      firstOf(
        graph(
          sim,
          admin,
          'GET',
          `/auditLogs/provisioning?$filter=${encodeURIComponent("provisioningStatusInfo/status eq 'failure'")}`,
        ),
      ),
    'provisioningObjectSummary.user-scoping.example.json': () =>
      firstOf(
        graph(
          sim,
          admin,
          'GET',
          `/auditLogs/provisioning?$filter=${encodeURIComponent(`sourceIdentity/id eq '${provisionedUser}' and provisioningAction eq 'create'`)}`,
        ),
      ),
    'servicePrincipals-filter-startswith.response.json': () =>
      graph(
        sim,
        admin,
        'GET',
        `/servicePrincipals?$filter=${encodeURIComponent("startswith(displayName,'Hello')")}&$select=id,appId,displayName`,
      ),
    'subscribedSkus-list.response.json': () => graph(sim, admin, 'GET', '/subscribedSkus'),
    'synchronizationJob-create.response.json': () =>
      Promise.resolve(captured.get('job-create') as HttpResult),
    'synchronizationJob-create.response.v1-crosstenant.json': () =>
      Promise.resolve(captured.get('job-create') as HttpResult),
    'synchronizationJob-get.response.after-start-notrun.json': () =>
      Promise.resolve(captured.get('job-after-start') as HttpResult),
    'synchronizationJob-get.response.json': () =>
      graph(sim, admin, 'GET', `/servicePrincipals/${quarantinedSp}/synchronization/jobs/${quarantinedJob}`),
    'synchronizationJobs-list.response.json': () => graph(sim, admin, 'GET', jobsPath()),
    'synchronizationSchema-get.response.json': () =>
      graph(sim, admin, 'GET', `${jobsPath()}/${jobId}/schema`),
    'synchronizationSchema-get.response.tutorial.json': () =>
      graph(sim, admin, 'GET', `${jobsPath()}/${jobId}/schema`),
    'synchronizationTemplates-list.response.json': () =>
      graph(sim, admin, 'GET', `/servicePrincipals/${spId}/synchronization/templates`),
  }

  it('has a scenario for every response and error example', () => {
    expect(RESPONSE_FILES.length).toBeGreaterThan(25)
    expect(RESPONSE_FILES.filter((f) => !(f in scenarios))).toEqual([])
  })

  it.each(RESPONSE_FILES)('%s', async (file) => {
    const scenario = scenarios[file]
    if (!scenario) throw new Error(`no scenario for ${file}`)
    const example: unknown = JSON.parse(readFileSync(resolve(EXAMPLES, file), 'utf8'))
    const res = await scenario()
    expect(shapeDifferences(example, res.body, '$', new Set(QUIRKS[file] ?? []))).toEqual([])
    if (file.startsWith('error.')) {
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(at(res.body, 'error.code')).toBe(at(example, 'error.code'))
      expect(res.headers.get('request-id')).toBeTruthy()
    }
  })

  it('provisionOnDemand key/value decode to the documented structures (double-encoded JSON)', async () => {
    const example = JSON.parse(
      readFileSync(resolve(EXAMPLES, 'provisionOnDemand.response.json'), 'utf8'),
    ) as Record<string, string>
    const res = await scenarios['provisionOnDemand.response.json']?.()
    const body = res?.body as Record<string, string>
    expect(shapeDifferences(JSON.parse(example.key ?? ''), JSON.parse(body.key ?? ''))).toEqual([])
    expect(shapeDifferences(JSON.parse(example.value ?? ''), JSON.parse(body.value ?? ''))).toEqual([])
    expect(JSON.parse(body.key ?? '')).toMatchObject({
      result: 'Skipped',
      details: { errorCode: 'RedundantExport' },
    })
  })
})
