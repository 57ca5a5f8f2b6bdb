import type { SynchronizationJob, SynchronizationSchema } from '@microsoft/microsoft-graph-types'
import { describe, expect, it } from 'vitest'

import { readExample } from '../../../tests/support/reference-examples'
import { addOptionalMappings, HELLOID_USER_OBJECT } from './ensure-mappings'
import { viewJob } from './job-status'
import { parseOnDemandResponse } from './troubleshoot'
import { chooseAppRole } from './tenant-reader'

describe('job status', () => {
  it('does not take the placeholder after start for a finished (or failed) cycle', () => {
    const job = readExample<SynchronizationJob>('synchronizationJob-get.response.after-start-notrun.json')
    expect(viewJob(job)).toMatchObject({
      code: 'NotRun',
      lastCycle: null,
      quarantine: null,
      initialCycleCompleted: false,
    })
  })

  it('sees the first cycle done once the job is Active with a real end time', () => {
    const job = readExample<SynchronizationJob>('synchronizationJob-get.response.after-start-notrun.json')
    const done: SynchronizationJob = {
      ...job,
      status: {
        ...job.status,
        code: 'Active',
        lastExecution: {
          ...job.status?.lastExecution,
          state: 'Succeeded',
          timeBegan: '2026-01-01T10:00:00Z',
          timeEnded: '2026-01-01T10:02:00Z',
        },
        synchronizedEntryCountByType: [{ key: 'User', value: 12 }],
      },
    }
    expect(viewJob(done)).toMatchObject({ initialCycleCompleted: true, health: 'completed' })
    expect(viewJob(done).counts.users).toBe(12)
  })
})

describe('provision on demand', () => {
  it('parses the double-encoded answer into steps and an explanation', () => {
    const report = parseOnDemandResponse(readExample('provisionOnDemand.response.json'))
    expect(report.result).toBe('Skipped')
    expect(report.errorCode).toBe('RedundantExport')
    expect(report.steps.length).toBeGreaterThan(2)
    expect(report.steps[0]).toMatchObject({ type: 'Import', status: 'Success' })
    expect(report.explanation).toEqual({ code: 'troubleshoot.explain.upToDate' })
  })

  it('tells "not assigned" from "assigned with Default Access" by Entra’s skip reason', () => {
    const skipped = (reason: string) =>
      parseOnDemandResponse({
        key: JSON.stringify({
          result: 'Skipped',
          details: { errorCode: 'NotEffectivelyEntitled', errorMessage: reason },
        }),
        value: '{}',
      }).explanation.code
    expect(
      skipped(
        "The User 'a@b.c' will be skipped due to the following reasons: 1) This object is not assigned to the application. If you did not expect the object to be skipped, assign the object to the application or change your scoping filter to allow all users and groups to be in scope for provisioning.",
      ),
    ).toBe('troubleshoot.explain.notAssigned')
    expect(
      skipped(
        "The User 'a@b.c' will be skipped due to the following reasons: 1) This object does not have required entitlement for provisioning. If you did not expect the object to be skipped, update the provisioning scope to 'Sync all users and groups' or assign the object to the application with entitlement of provisioning category",
      ),
    ).toBe('troubleshoot.explain.defaultAccess')
  })

  it('handles the group shape with an empty value', () => {
    const report = parseOnDemandResponse(readExample('provisionOnDemand.response.group.json'))
    expect(report.steps).toEqual(expect.any(Array))
  })
})

describe('app role choice and OData quoting', () => {
  it('prefers User and never picks msiam_access or the zero GUID', () => {
    const roles = [
      { id: '1', displayName: 'msiam_access', allowedMemberTypes: ['User'], isEnabled: true },
      {
        id: '00000000-0000-0000-0000-000000000000',
        displayName: 'Default',
        allowedMemberTypes: ['User'],
        isEnabled: true,
      },
      { id: '2', displayName: 'User', value: 'User', allowedMemberTypes: ['User'], isEnabled: true },
    ]
    expect(chooseAppRole(roles)?.id).toBe('2')
    expect(chooseAppRole(roles.slice(0, 2))).toBeNull()
  })
})

describe('optional mappings', () => {
  const schema = (): SynchronizationSchema => ({
    directories: [
      { name: 'Azure Active Directory', objects: [{ name: 'User', attributes: [] }] },
      {
        name: 'HelloID',
        objects: [
          { name: 'Group', attributes: [] },
          { name: HELLOID_USER_OBJECT, attributes: [{ name: 'userName' }] },
        ],
      },
    ],
    synchronizationRules: [
      {
        id: 'rule',
        sourceDirectoryName: 'Azure Active Directory',
        targetDirectoryName: 'HelloID',
        objectMappings: [
          { sourceObjectName: 'Group', targetObjectName: 'Group', attributeMappings: [] },
          {
            sourceObjectName: 'User',
            targetObjectName: HELLOID_USER_OBJECT,
            attributeMappings: [{ targetAttributeName: 'userName' }],
          },
        ],
      },
    ],
  })

  it('adds definitions and mappings by name, once, leaving the input untouched', () => {
    const original = schema()
    const first = addOptionalMappings(original, ['employeeId', 'manager'])
    expect(first.ok && first.value.added).toEqual(['employeeId', 'manager.id'])
    expect(original.synchronizationRules?.[0]?.objectMappings?.[1]?.attributeMappings).toHaveLength(1)
    if (!first.ok) return
    const again = addOptionalMappings(first.value.schema, ['employeeId', 'manager'])
    expect(again.ok && again.value.added).toEqual([])
    const mapping = first.value.schema.synchronizationRules?.[0]?.objectMappings?.[1]
    expect(mapping?.attributeMappings?.map((m) => m.targetAttributeName)).toEqual([
      'userName',
      'employeeId',
      'manager.id',
    ])
    expect(mapping?.attributeMappings?.[2]?.source).toMatchObject({
      type: 'Attribute',
      name: 'manager',
      expression: '[manager]',
    })
  })

  it('defines manager.id as a Reference to the HelloID user object, and corrects a String one', () => {
    const added = addOptionalMappings(schema(), ['manager'])
    if (!added.ok) throw new Error(added.error.message)
    const helloIdUser = (s: SynchronizationSchema) =>
      s.directories?.[1]?.objects?.find((o) => o.name === HELLOID_USER_OBJECT)
    expect(helloIdUser(added.value.schema)?.attributes?.find((a) => a.name === 'manager.id')).toMatchObject({
      type: 'Reference',
      referencedObjects: [{ referencedObjectName: HELLOID_USER_OBJECT, referencedProperty: null }],
    })
    // A schema where manager.id was added as a String (Entra cannot fill it from the manager reference).
    const stale = structuredClone(added.value.schema)
    const definition = helloIdUser(stale)?.attributes?.find((a) => a.name === 'manager.id')
    if (definition) Object.assign(definition, { type: 'String', referencedObjects: [] })
    const corrected = addOptionalMappings(stale, ['manager'])
    expect(corrected.ok && corrected.value.added).toEqual(['manager.id'])
    if (!corrected.ok) return
    expect(helloIdUser(corrected.value.schema)?.attributes?.filter((a) => a.name === 'manager.id')).toEqual([
      expect.objectContaining({ type: 'Reference' }),
    ])
  })

  it('drops the read-only annotations a GET returned before the schema is PUT back', () => {
    const read = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#schema/$entity',
      ...schema(),
    } as SynchronizationSchema
    const directory = read.directories?.[1] as Record<string, unknown>
    directory['@odata.etag'] = 'W/"1"'
    directory['@odata.type'] = '#microsoft.graph.directoryDefinition'
    const added = addOptionalMappings(read, ['employeeId'])
    if (!added.ok) throw new Error(added.error.message)
    const text = JSON.stringify(added.value.schema)
    expect(text).not.toContain('@odata.context')
    expect(text).not.toContain('@odata.etag')
    expect(text).toContain('@odata.type')
  })

  it('refuses when the HelloID user mapping is missing rather than guessing', () => {
    const broken = schema()
    broken.directories = broken.directories?.slice(0, 1) ?? []
    expect(addOptionalMappings(broken, ['employeeId']).ok).toBe(false)
  })
})
