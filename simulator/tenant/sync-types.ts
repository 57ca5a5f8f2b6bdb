import type {
  ObjectMapping,
  SynchronizationRule,
  SynchronizationSchema,
  SynchronizationTemplate,
} from '@microsoft/microsoft-graph-types'

/**
 * Graph's typings model objectMapping.flowTypes as a single enum member, but the wire format is a
 * flags string ("Add, Update, Delete"); these aliases keep everything else typed.
 */
export type ObjectMappingJson = Omit<ObjectMapping, 'flowTypes'> & { flowTypes?: string }
export type SyncRuleJson = Omit<SynchronizationRule, 'objectMappings'> & {
  objectMappings?: ObjectMappingJson[] | null
}
export type SchemaJson = Omit<SynchronizationSchema, 'synchronizationRules'> & {
  synchronizationRules?: SyncRuleJson[] | null
}
export type SyncTemplateJson = Omit<SynchronizationTemplate, 'schema'> & { schema?: SchemaJson | null }
