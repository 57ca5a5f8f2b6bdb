import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../../simulator/index'
import {
  advance,
  at,
  CLIENT_ID,
  startTestSimulator,
  control,
  graph,
  list,
  newHelloIdSecret,
  obj,
  REDIRECT_URI,
  browserAuthorize,
  str,
  tokenRequest,
  ALL_SCOPES,
} from './helpers'

/**
 * The reference's step map, end to end, with plain fetch and no product code: the test plays the
 * browser for the PKCE sign-in and then drives every Graph call of the wizard.
 */
describe('step map against the simulator (plain fetch)', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'step-map' })
  })
  afterAll(async () => {
    await sim.stop()
  })

  it('signs in, instantiates HelloID, configures provisioning, assigns users and completes the first cycle', async () => {
    // Step 1: HelloID > Directory > Azure AD > New Secret.
    const helloid = await newHelloIdSecret(sim)
    expect(helloid.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/scim\//)

    // Step 0: sign-in by auth code + PKCE, the test being the browser.
    const { fields, verifier } = await browserAuthorize(sim, { account: 'appadmin', tenant: 'organizations' })
    expect(fields.state).toBe('st-123')
    expect(fields.code).toBeTruthy()
    const clientInfo = JSON.parse(
      Buffer.from(fields.client_info ?? '', 'base64url').toString('utf8'),
    ) as Record<string, string>
    expect(clientInfo.utid).toBe(sim.tenantId)
    const tokenRes = await tokenRequest(sim, 'organizations', {
      client_id: CLIENT_ID,
      grant_type: 'authorization_code',
      code: fields.code ?? '',
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
      scope: [...ALL_SCOPES, 'openid', 'profile', 'offline_access'].join(' '),
      client_info: '1',
    })
    expect(tokenRes.status).toBe(200)
    const token = str(tokenRes.body, 'access_token')

    const me = await graph(sim, token, 'GET', '/me?$select=id,displayName,userPrincipalName,userType')
    expect(me.status).toBe(200)
    expect(at(me.body, 'userPrincipalName')).toBe('appadmin@contoso.onmicrosoft.com')
    const roles = await graph(
      sim,
      token,
      'GET',
      '/me/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId&$count=true',
      undefined,
      { ConsistencyLevel: 'eventual' },
    )
    expect(roles.status).toBe(200)
    expect(list(roles.body, 'value').map((r) => at(r, 'roleTemplateId'))).toContain(
      '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
    )
    const skus = await graph(
      sim,
      token,
      'GET',
      '/subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus,servicePlans',
    )
    const plans = list(skus.body, 'value').flatMap((s) =>
      list(s, 'servicePlans').map((p) => at(p, 'servicePlanId')),
    )
    expect(plans).toContain('41781fb2-bc02-4b7c-bd55-b576c07bb09d')

    // Step 2: find the gallery template and instantiate it.
    const templates = await graph(
      sim,
      token,
      'GET',
      `/applicationTemplates?$filter=${encodeURIComponent("displayName eq 'HelloID'")}`,
    )
    const matches = list(templates.body, 'value')
    expect(matches).toHaveLength(1)
    expect(list(matches[0], 'supportedProvisioningTypes')).toContain('sync')
    const inst = await graph(
      sim,
      token,
      'POST',
      `/applicationTemplates/${str(matches[0], 'id')}/instantiate`,
      { displayName: 'HelloID' },
    )
    expect(inst.status).toBe(201)
    const spId = str(inst.body, 'servicePrincipal.id')
    const sp = await graph(
      sim,
      token,
      'GET',
      `/servicePrincipals/${spId}?$select=id,appId,displayName,applicationTemplateId,appRoles,appRoleAssignmentRequired`,
    )
    expect(sp.status).toBe(200)

    // Step 3: provisioning templates and job.
    const syncTemplates = await graph(
      sim,
      token,
      'GET',
      `/servicePrincipals/${spId}/synchronization/templates`,
    )
    const template = list(syncTemplates.body, 'value').find((t) => at(t, 'default') === true)
    expect(template).toBeDefined()
    const job = await graph(sim, token, 'POST', `/servicePrincipals/${spId}/synchronization/jobs`, {
      templateId: str(template, 'id'),
    })
    expect(job.status).toBe(201)
    const jobId = str(job.body, 'id')
    expect(jobId.startsWith(`${str(template, 'id')}.${sim.tenantId.replace(/-/g, '')}.`)).toBe(true)
    expect(at(job.body, 'status.code')).toBe('NotConfigured')
    const jobs = `/servicePrincipals/${spId}/synchronization/jobs`

    // Step 4: Test Connection — a wrong secret fails for the real reason, the right one passes.
    const wrong = await graph(sim, token, 'POST', `${jobs}/${jobId}/validateCredentials`, {
      useSavedCredentials: false,
      credentials: [
        { key: 'BaseAddress', value: helloid.url },
        { key: 'SecretToken', value: 'not-the-secret' },
      ],
    })
    expect(wrong.status).toBe(400)
    expect(str(wrong.body, 'error.message')).toContain(
      'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
    )
    const good = await graph(sim, token, 'POST', `${jobs}/${jobId}/validateCredentials`, {
      useSavedCredentials: false,
      credentials: [
        { key: 'BaseAddress', value: helloid.url },
        { key: 'SecretToken', value: helloid.secret },
      ],
    })
    expect(good.status).toBe(204)

    // Step 5: save.
    const save = await graph(sim, token, 'PUT', `/servicePrincipals/${spId}/synchronization/secrets`, {
      value: [
        { key: 'BaseAddress', value: helloid.url },
        { key: 'SecretToken', value: helloid.secret },
        {
          key: 'SyncNotificationSettings',
          value: JSON.stringify({
            Enabled: true,
            Recipients: 'admin@contoso.com',
            DeleteThresholdEnabled: true,
            DeleteThresholdValue: 500,
          }),
        },
        { key: 'SyncAll', value: 'false' },
      ],
    })
    expect(save.status).toBe(204)
    // Microsoft documents no read of the saved secrets; the saved ones are checked by Test Connection.
    const secrets = await graph(sim, token, 'GET', `/servicePrincipals/${spId}/synchronization/secrets`)
    expect(secrets.status).toBe(405)
    const savedCheck = await graph(sim, token, 'POST', `${jobs}/${jobId}/validateCredentials`, {
      useSavedCredentials: true,
    })
    expect(savedCheck.status).toBe(204)
    expect(at(await graph(sim, token, 'GET', `${jobs}/${jobId}`).then((r) => r.body), 'status.code')).toBe(
      'Paused',
    )

    // Step 6: optional employeeId mapping, edited into the full schema and PUT back.
    const schema = obj((await graph(sim, token, 'GET', `${jobs}/${jobId}/schema`)).body)
    const directories = list(schema, 'directories')
    const helloIdDir = directories.find((d) => at(d, 'name') === 'HelloID')
    const userObject = list(helloIdDir, 'objects').find(
      (o) => at(o, 'name') === 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
    )
    list(userObject, 'attributes').push({
      anchor: false,
      caseExact: false,
      defaultValue: null,
      flowNullValues: false,
      multivalued: false,
      mutability: 'ReadWrite',
      name: 'employeeId',
      required: false,
      type: 'String',
      apiExpressions: [],
      metadata: [],
      referencedObjects: [],
    })
    const rule = list(schema, 'synchronizationRules').find(
      (r) =>
        at(r, 'sourceDirectoryName') === 'Azure Active Directory' &&
        at(r, 'targetDirectoryName') === 'HelloID',
    )
    const userMapping = list(rule, 'objectMappings').find((m) => at(m, 'sourceObjectName') === 'User')
    list(userMapping, 'attributeMappings').push({
      targetAttributeName: 'employeeId',
      flowType: 'Always',
      flowBehavior: 'FlowWhenChanged',
      matchingPriority: 0,
      defaultValue: null,
      exportMissingReferences: false,
      source: { type: 'Attribute', name: 'employeeId', expression: '[employeeId]', parameters: [] },
    })
    delete schema['@odata.context']
    expect((await graph(sim, token, 'PUT', `${jobs}/${jobId}/schema`, schema)).status).toBe(204)

    // Step 7: provisioning on.
    expect((await graph(sim, token, 'POST', `${jobs}/${jobId}/start`)).status).toBe(204)
    const started = await graph(sim, token, 'GET', `${jobs}/${jobId}`)
    expect(at(started.body, 'status.code')).toBe('NotRun')
    expect(at(started.body, 'status.lastExecution.timeEnded')).toBe('0001-01-01T00:00:00Z')
    expect(at(started.body, 'schedule.state')).toBe('Active')

    // Step 8: assignments with a role other than Default Access (+ one Default Access decoy).
    const appRoles = list(sp.body, 'appRoles')
    const userRole = appRoles.find((r) => at(r, 'displayName') === 'User')
    const defaultAccess = appRoles.find((r) => at(r, 'displayName') === 'msiam_access')
    const users = list(
      (await graph(sim, token, 'GET', '/users?$top=40&$select=id,userPrincipalName,employeeId')).body,
      'value',
    )
    const direct = users.filter((u) => /^(user|appadmin)@/.test(str(u, 'userPrincipalName')))
    const decoy = users.find((u) => str(u, 'userPrincipalName').startsWith('globaladmin@'))
    const group = list(
      (
        await graph(
          sim,
          token,
          'GET',
          `/groups?$filter=${encodeURIComponent("displayName eq 'HelloID Users'")}`,
        )
      ).body,
      'value',
    )[0]
    for (const principal of [...direct, group]) {
      const res = await graph(sim, token, 'POST', `/servicePrincipals/${spId}/appRoleAssignedTo`, {
        principalId: str(principal, 'id'),
        resourceId: spId,
        appRoleId: str(userRole, 'id'),
      })
      expect(res.status).toBe(201)
      expect(str(res.body, 'id')).toHaveLength(43)
    }
    expect(
      (
        await graph(sim, token, 'POST', `/servicePrincipals/${spId}/appRoleAssignedTo`, {
          principalId: str(decoy, 'id'),
          resourceId: spId,
          appRoleId: str(defaultAccess, 'id'),
        })
      ).status,
    ).toBe(201)

    // Step 9: the first cycle runs a couple of (simulated) seconds after start.
    await advance(sim, 3)
    const done = await graph(sim, token, 'GET', `${jobs}/${jobId}`)
    expect(at(done.body, 'status.code')).toBe('Active')
    expect(str(done.body, 'status.lastExecution.timeEnded')).not.toBe('0001-01-01T00:00:00Z')
    expect(at(done.body, 'status.lastExecution.state')).toBe('Succeeded')

    const state = await control(sim, '/state')
    const scimUsers = list(state, 'scim.users').map((u) => str(u, 'userName'))
    const members = list(
      (await graph(sim, token, 'GET', `/groups/${str(group, 'id')}/members?$select=id,userPrincipalName`))
        .body,
      'value',
    )
    const directMemberUpns = members
      .filter((m) => at(m, '@odata.type') === '#microsoft.graph.user')
      .map((m) => str(m, 'userPrincipalName'))
    expect(directMemberUpns.length).toBeGreaterThan(3)
    for (const upn of [...direct.map((u) => str(u, 'userPrincipalName')), ...directMemberUpns])
      expect(scimUsers).toContain(upn)
    expect(scimUsers).not.toContain(str(decoy, 'userPrincipalName'))
    // Nested groups are not expanded: members of "HelloID Contractors" (nested in HelloID Users) stay out.
    const nested = members.find((m) => at(m, '@odata.type') === '#microsoft.graph.group')
    const nestedMembers = list(
      (await graph(sim, token, 'GET', `/groups/${str(nested, 'id')}/members?$select=userPrincipalName`)).body,
      'value',
    ).map((m) => str(m, 'userPrincipalName'))
    expect(nestedMembers.length).toBeGreaterThan(0)
    for (const upn of nestedMembers) expect(scimUsers).not.toContain(upn)
    expect(list(state, 'scim.groups').map((g) => at(g, 'displayName'))).toContain('HelloID Users')
    expect(at(done.body, 'status.synchronizedEntryCountByType.0')).toEqual({
      key: 'User',
      value: scimUsers.length,
    })
  })
})
