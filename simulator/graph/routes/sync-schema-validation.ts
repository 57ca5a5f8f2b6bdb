import { isRecord } from '../../core/json'
import type { SchemaJson } from '../../tenant/sync-types'
import { GraphError } from '../errors'

function fail(message: string): GraphError {
  return new GraphError(400, 'BadRequest', message)
}

/**
 * PUT schema replaces everything, so only the shape is enforced — plus what the backend is known
 * to reject: mappings to attributes the target object does not define, and duplicate mappings.
 */
export function validateSchema(body: unknown): SchemaJson {
  if (!isRecord(body)) throw fail('The synchronization schema must be a JSON object.')
  const annotation = readOnlyAnnotation(body)
  if (annotation)
    throw fail(
      `The property '${annotation}' is a read-only annotation and cannot be part of the synchronization schema.`,
    )
  const { directories, synchronizationRules } = body
  if (directories !== undefined && directories !== null && !Array.isArray(directories))
    throw fail("Property 'directories' must be an array.")
  if (
    synchronizationRules !== undefined &&
    synchronizationRules !== null &&
    !Array.isArray(synchronizationRules)
  )
    throw fail("Property 'synchronizationRules' must be an array.")
  const schema = body as SchemaJson
  for (const rule of schema.synchronizationRules ?? []) {
    if (typeof rule !== 'object' || rule === null) throw fail('Each synchronization rule must be an object.')
    const target = (schema.directories ?? []).find(
      (d) => typeof d === 'object' && d !== null && d.name === rule.targetDirectoryName,
    )
    const source = (schema.directories ?? []).find(
      (d) => typeof d === 'object' && d !== null && d.name === rule.sourceDirectoryName,
    )
    for (const om of rule.objectMappings ?? []) {
      if (typeof om !== 'object' || om === null) throw fail('Each object mapping must be an object.')
      const targetObject = target?.objects?.find((o) => o.name === om.targetObjectName)
      const sourceObject = source?.objects?.find((o) => o.name === om.sourceObjectName)
      const seen = new Set<string>()
      for (const am of om.attributeMappings ?? []) {
        if (typeof am !== 'object' || am === null || typeof am.targetAttributeName !== 'string')
          throw fail("Each attribute mapping needs a 'targetAttributeName'.")
        const name = am.targetAttributeName
        if (seen.has(name.toLowerCase())) {
          throw new GraphError(
            409,
            'Conflict',
            `The object mapping '${om.name ?? ''}' contains more than one mapping for the target attribute '${name}'.`,
          )
        }
        seen.add(name.toLowerCase())
        if (
          targetObject?.attributes &&
          !targetObject.attributes.some((a) => a.name?.toLowerCase() === name.toLowerCase())
        ) {
          throw fail(
            `The attribute '${name}' is not defined on object '${om.targetObjectName ?? ''}' of directory '${rule.targetDirectoryName ?? ''}'. Add the attribute definition to the schema first.`,
          )
        }
        const src = am.source
        const sourceDefinition =
          src?.type === 'Attribute' && typeof src.name === 'string'
            ? sourceObject?.attributes?.find((a) => a.name?.toLowerCase() === src.name?.toLowerCase())
            : undefined
        if (sourceDefinition?.type === 'Reference') {
          // A reference (manager) only flows into a Reference attribute whose referencedObjects name an
          // object of the target directory ("Referenced Object Attribute" in
          // https://learn.microsoft.com/entra/identity/app-provisioning/customize-application-attributes).
          const targetDefinition = targetObject?.attributes?.find(
            (a) => a.name?.toLowerCase() === name.toLowerCase(),
          )
          const referenced = targetDefinition?.referencedObjects ?? []
          const known = new Set((target?.objects ?? []).map((o) => o.name))
          if (
            targetDefinition &&
            (targetDefinition.type !== 'Reference' ||
              referenced.length === 0 ||
              referenced.some((r) => !known.has(r.referencedObjectName ?? '')))
          ) {
            throw fail(
              `The source attribute '${src?.name ?? ''}' is a Reference, so the target attribute '${name}' of object '${om.targetObjectName ?? ''}' must be of type Reference with referencedObjects naming an object of directory '${rule.targetDirectoryName ?? ''}'.`,
            )
          }
        }
        if (
          src &&
          src.type === 'Attribute' &&
          typeof src.name === 'string' &&
          sourceObject?.attributes &&
          !sourceObject.attributes.some((a) => a.name?.toLowerCase() === src.name?.toLowerCase())
        ) {
          throw fail(
            `The source attribute '${src.name}' is not defined on object '${om.sourceObjectName ?? ''}' of directory '${rule.sourceDirectoryName ?? ''}'.`,
          )
        }
      }
    }
  }
  return schema
}

/**
 * The first read-only OData annotation (`@odata.context`, `@odata.etag`, `…@odata.nextLink`) anywhere in
 * a body, or null. A GET returns them; the PUT takes the schema itself, so a client must drop them.
 * Whether Entra refuses or ignores them is not documented; refusing keeps the assistant honest.
 */
function readOnlyAnnotation(value: unknown, depth = 0): string | null {
  if (depth > 12 || value === null || typeof value !== 'object') return null
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = readOnlyAnnotation(item, depth + 1)
      if (found) return found
    }
    return null
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('@odata.') && key !== '@odata.type') return key
    const found = readOnlyAnnotation(inner, depth + 1)
    if (found) return found
  }
  return null
}
