import type { AttributeMapping, SynchronizationSchema } from '@microsoft/microsoft-graph-types'

import { fail, ok, type Result } from '../../../shared/result'
import { transientSync } from './ensure-connection'
import type { RunContext } from './run-context'
import { isNotFound, isTransient, jobPath } from './tenant-reader'
import type { OptionalMapping } from './types'
import { waitUntil } from './waits'

export const HELLOID_USER_OBJECT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'

const definitions: Record<OptionalMapping, { target: string; source: string }> = {
  employeeId: { target: 'employeeId', source: 'employeeId' },
  manager: { target: 'manager.id', source: 'manager' },
}

/**
 * Adds the attribute definition and mapping HelloID documents for each chosen optional mapping, to the
 * schema read from the tenant. Finds directories, objects and rules by name, never by position, and
 * never adds a mapping whose target already has one. Returns the edited copy and what was added.
 */
export function addOptionalMappings(
  schema: SynchronizationSchema,
  wanted: readonly OptionalMapping[],
): Result<{ schema: SynchronizationSchema; added: string[] }> {
  const copy = structuredClone(schema)
  const directory = copy.directories?.find((d) => d.name === 'HelloID')
  const object = directory?.objects?.find((o) => o.name === HELLOID_USER_OBJECT)
  const rule = copy.synchronizationRules?.find(
    (r) => r.sourceDirectoryName === 'Azure Active Directory' && r.targetDirectoryName === 'HelloID',
  )
  const mapping = rule?.objectMappings?.find(
    (m) => m.sourceObjectName === 'User' && m.targetObjectName === HELLOID_USER_OBJECT,
  )
  if (!object || !mapping) {
    return fail({
      code: 'GRAPH_ERROR',
      message:
        'The HelloID provisioning schema does not have the expected user mapping, so the optional mappings were not added. Add them by hand in Mappings.',
    })
  }
  const added: string[] = []
  for (const name of wanted) {
    const { target, source } = definitions[name]
    object.attributes ??= []
    if (!object.attributes.some((a) => a.name === target)) {
      object.attributes.push({
        name: target,
        type: 'String',
        anchor: false,
        caseExact: false,
        flowNullValues: false,
        multivalued: false,
        mutability: 'ReadWrite',
        required: false,
        referencedObjects: [],
        apiExpressions: [],
        metadata: [],
      })
    }
    mapping.attributeMappings ??= []
    if (mapping.attributeMappings.some((m) => m.targetAttributeName === target)) continue
    const entry: AttributeMapping = {
      targetAttributeName: target,
      flowType: 'Always',
      flowBehavior: 'FlowWhenChanged',
      matchingPriority: 0,
      defaultValue: null,
      exportMissingReferences: false,
      source: { type: 'Attribute', name: source, expression: `[${source}]`, parameters: [] },
    }
    mapping.attributeMappings.push(entry)
    added.push(target)
  }
  return ok({ schema: copy, added })
}

/** Step 17: ensure the optional mappings, backing the schema up to the journal before the full replace. */
export async function ensureOptionalMappings(
  ctx: RunContext,
  ids: { spId: string; jobId: string },
  wanted: readonly OptionalMapping[],
): Promise<Result<{ added: string[] }>> {
  if (wanted.length === 0) return ok({ added: [] })
  // A job created a moment ago may still 404 while it replicates.
  const schema = await waitUntil(() => ctx.reader.schema(ids.spId, ids.jobId), {
    policy: ctx.timing.jobReady,
    retryable: (r) => isNotFound(r) || isTransient(r),
    sleep: ctx.sleep,
  })
  if (!schema.ok) return schema
  const edited = addOptionalMappings(schema.value, wanted)
  if (!edited.ok) return edited
  if (edited.value.added.length === 0) return ok({ added: [] })
  // As one JSON string: the journal's redaction walks objects only a few levels deep and would cut a
  // nested schema short, leaving a backup that cannot be restored.
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'schema-backup',
    ids: { ...ids },
    data: { schemaJson: JSON.stringify(schema.value) },
  })
  await ctx.boundary('before-schema')
  // The PUT replaces the whole schema, so repeating it after a conflict is safe.
  const put = await waitUntil(
    () =>
      ctx.graph.call({
        method: 'PUT',
        path: `${jobPath(ids)}/schema`,
        body: edited.value.schema,
      }),
    { policy: ctx.timing.jobReady, retryable: transientSync, sleep: ctx.sleep },
  )
  if (!put.ok) return put
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'mappings-added',
    ids: { ...ids },
    data: { added: edited.value.added },
  })
  return ok({ added: edited.value.added })
}
