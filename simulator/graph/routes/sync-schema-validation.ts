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
