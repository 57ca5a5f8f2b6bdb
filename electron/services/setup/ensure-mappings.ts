import type {
  AttributeDefinition,
  AttributeMapping,
  SynchronizationSchema,
} from '@microsoft/microsoft-graph-types'

import { errorOf, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { transientSync } from './ensure-connection'
import type { RunContext } from './run-context'
import { isNotFound, isTransient, jobPath } from './tenant-reader'
import type { OptionalMapping } from './types'
import { waitUntil } from './waits'

export const HELLOID_USER_OBJECT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'

/**
 * What HelloID documents for Entra ("Add Azure AD user mappings",
 * https://docs.helloid.com/en/access-management/directory-sync/azure-ad-sync/enable-azure-ad-sync/add-azure-ad-user-mappings.html):
 * `employeeId` and `manager.id` on HelloID's enterprise-user object, fed from Entra's `employeeId` and `manager`.
 * Entra's `manager` is a Reference attribute (its `referencedObjects` name the `User` object,
 * https://learn.microsoft.com/graph/api/resources/synchronization-attributedefinition?view=graph-rest-1.0), and a
 * reference only flows to a target attribute that is a Reference too, naming the target directory's user object
 * ("Referenced Object Attribute",
 * https://learn.microsoft.com/entra/identity/app-provisioning/customize-application-attributes).
 */
const definitions: Record<
  OptionalMapping,
  { target: string; source: string; type: 'String' | 'Reference'; references: string[] }
> = {
  employeeId: { target: 'employeeId', source: 'employeeId', type: 'String', references: [] },
  manager: { target: 'manager.id', source: 'manager', type: 'Reference', references: [HELLOID_USER_OBJECT] },
}

/** The attribute definition HelloID's page gives, typed as Entra needs it. */
function attributeDefinition(name: OptionalMapping): AttributeDefinition {
  const { target, type, references } = definitions[name]
  return {
    name: target,
    type,
    anchor: false,
    caseExact: false,
    defaultValue: null,
    flowNullValues: false,
    multivalued: false,
    mutability: 'ReadWrite',
    required: false,
    referencedObjects: references.map((referencedObjectName) => ({
      referencedObjectName,
      referencedProperty: null,
    })),
    apiExpressions: [],
    metadata: [],
  }
}

/** True when an existing definition already has the type and references Entra needs. */
function sameShape(existing: AttributeDefinition, wanted: AttributeDefinition): boolean {
  const names = (d: AttributeDefinition) =>
    (d.referencedObjects ?? [])
      .map((r) => r.referencedObjectName ?? '')
      .sort()
      .join('\n')
  return existing.type === wanted.type && names(existing) === names(wanted)
}

/**
 * Drops the read-only OData annotations a GET returns (`@odata.context`, `@odata.etag`, …) from a body
 * about to be PUT back; `@odata.type` stays, as it tells Graph which type an object is.
 * https://learn.microsoft.com/graph/api/synchronization-synchronizationschema-update?view=graph-rest-1.0
 */
export function withoutReadOnlyAnnotations<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withoutReadOnlyAnnotations(v)) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('@odata.') && key !== '@odata.type') continue
    out[key] = withoutReadOnlyAnnotations(inner)
  }
  return out as T
}

/**
 * Adds the attribute definition and mapping HelloID documents for each chosen optional mapping, to the
 * schema read from the tenant. Finds directories, objects and rules by name, never by position, and
 * never adds a mapping whose target already has one. A definition already there with the wrong shape
 * (a `manager.id` typed String, which Entra cannot fill from a reference) is corrected.
 * Returns the edited copy, without read-only annotations, and what was added or corrected.
 */
export function addOptionalMappings(
  schema: SynchronizationSchema,
  wanted: readonly OptionalMapping[],
): Result<{ schema: SynchronizationSchema; added: string[] }> {
  const copy = withoutReadOnlyAnnotations(structuredClone(schema))
  const directory = copy.directories?.find((d) => d.name === 'HelloID')
  const object = directory?.objects?.find((o) => o.name === HELLOID_USER_OBJECT)
  const rule = copy.synchronizationRules?.find(
    (r) => r.sourceDirectoryName === 'Azure Active Directory' && r.targetDirectoryName === 'HelloID',
  )
  const mapping = rule?.objectMappings?.find(
    (m) => m.sourceObjectName === 'User' && m.targetObjectName === HELLOID_USER_OBJECT,
  )
  if (!object || !mapping) {
    return fail(errorOf('GRAPH_ERROR', msg('problems.apply.noUserMapping')))
  }
  const added: string[] = []
  for (const name of wanted) {
    const { target, source } = definitions[name]
    const definition = attributeDefinition(name)
    object.attributes ??= []
    const index = object.attributes.findIndex((a) => a.name === target)
    const existing = index >= 0 ? object.attributes[index] : undefined
    let changed = false
    if (!existing) {
      object.attributes.push(definition)
      changed = true
    } else if (!sameShape(existing, definition)) {
      object.attributes[index] = {
        ...existing,
        type: definitions[name].type,
        referencedObjects: definition.referencedObjects ?? [],
      }
      changed = true
    }
    mapping.attributeMappings ??= []
    if (!mapping.attributeMappings.some((m) => m.targetAttributeName === target)) {
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
      changed = true
    }
    if (changed) added.push(target)
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
