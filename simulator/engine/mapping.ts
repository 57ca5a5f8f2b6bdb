import type { AttributeMapping, AttributeMappingSource } from '@microsoft/microsoft-graph-types'
import { isRecord } from '../core/json'
import type { ObjectMappingJson, SchemaJson, SyncRuleJson } from '../tenant/sync-types'
import { ENTRA_DIRECTORY } from '../tenant/sync-schema'
import type { DirGroup, DirUser } from '../tenant/types'

export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'

/** Attributes of the source objects as the provisioning service reads them (reference names). */
export function userSourceValues(user: DirUser, appRoleValue: string | null): Record<string, unknown> {
  return {
    objectId: user.id,
    accountEnabled: user.accountEnabled,
    appRoleAssignments: appRoleValue,
    department: user.department,
    displayName: user.displayName,
    employeeId: user.employeeId,
    givenName: user.givenName,
    IsSoftDeleted: false,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mailNickname: user.mailNickname,
    manager: user.managerId,
    mobile: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    telephoneNumber: user.businessPhones[0] ?? null,
    userPrincipalName: user.userPrincipalName,
    userType: user.userType,
  }
}

export function groupSourceValues(group: DirGroup): Record<string, unknown> {
  return {
    objectId: group.id,
    displayName: group.displayName,
    IsSoftDeleted: false,
    mail: group.mail,
    mailNickname: group.mailNickname,
    members: group.memberIds,
  }
}

/** The outbound rule (Entra → app) and its enabled object mapping for a source object type. */
export function findRule(schema: SchemaJson): SyncRuleJson | undefined {
  return (schema.synchronizationRules ?? []).find(
    (r) => r.sourceDirectoryName === ENTRA_DIRECTORY && r.targetDirectoryName !== ENTRA_DIRECTORY,
  )
}

export function findObjectMapping(
  schema: SchemaJson,
  sourceObject: 'User' | 'Group',
): ObjectMappingJson | undefined {
  return (findRule(schema)?.objectMappings ?? []).find(
    (m) => m.sourceObjectName === sourceObject && m.enabled !== false,
  )
}

function evaluate(source: AttributeMappingSource, values: Record<string, unknown>): unknown {
  const param = (key: string): unknown => {
    const p = (source.parameters ?? []).find((x) => x.key === key)
    return p?.value ? evaluate(p.value, values) : undefined
  }
  switch (source.type) {
    case 'Attribute':
      return source.name ? values[source.name] : undefined
    case 'Constant':
      return source.name ?? (source.expression ?? '').replace(/^"|"$/g, '')
    case 'Function': {
      const name = (source.name ?? '').toLowerCase()
      const arg = param('source')
      if (name === 'not')
        return typeof arg === 'boolean'
          ? !arg
          : typeof arg === 'string'
            ? arg.toLowerCase() !== 'true'
            : undefined
      if (name === 'tolower') return typeof arg === 'string' ? arg.toLowerCase() : undefined
      if (name === 'toupper') return typeof arg === 'string' ? arg.toUpperCase() : undefined
      // Functions the simulator does not implement leave the attribute out, like a null source.
      return undefined
    }
    default:
      return undefined
  }
}

export interface MappedAttribute {
  target: string
  value: unknown
  /** Source was a reference (manager): `value` is the Entra object id to resolve. */
  reference: boolean
  matching: boolean
}

/** Evaluates an object mapping; null source values are skipped (not cleared), as Entra documents. */
export function mapAttributes(
  mapping: ObjectMappingJson,
  values: Record<string, unknown>,
): MappedAttribute[] {
  const out: MappedAttribute[] = []
  for (const m of mapping.attributeMappings ?? ([] as AttributeMapping[])) {
    const target = m.targetAttributeName
    if (!target) continue
    let value = m.source ? evaluate(m.source, values) : undefined
    if ((value === null || value === undefined) && m.defaultValue !== null && m.defaultValue !== undefined)
      value = m.defaultValue
    if (value === null || value === undefined) continue
    if (typeof value === 'string' && (value === 'True' || value === 'False') && /^active$/i.test(target))
      value = value === 'True'
    out.push({
      target,
      value,
      reference: m.source?.type === 'Attribute' && m.source.name === 'manager',
      matching: (m.matchingPriority ?? 0) > 0,
    })
  }
  return out
}

const CORE_USER_ATTRIBUTES = new Set([
  'username',
  'name',
  'displayname',
  'nickname',
  'profileurl',
  'title',
  'usertype',
  'preferredlanguage',
  'locale',
  'timezone',
  'active',
  'emails',
  'phonenumbers',
  'addresses',
  'externalid',
  'members',
])

/** HelloID documents that employeeId and manager are not sent when the user is created. */
export function isUpdateOnly(target: string): boolean {
  const t = target.toLowerCase()
  return t === 'employeeid' || t.startsWith('manager') || t.endsWith(':employeeid') || t.endsWith(':manager')
}

/** SCIM path for a target attribute name: core attributes as-is, the rest in the enterprise extension. */
export function scimPath(target: string): string {
  if (target.toLowerCase().startsWith('urn:')) return target
  const head = (target.split(/[.[]/)[0] ?? target).toLowerCase()
  if (CORE_USER_ATTRIBUTES.has(head)) return target
  const ext = /^manager(\.(id|value))?$/i.test(target) ? 'manager' : target
  return `${ENTERPRISE}:${ext}`
}

const FILTERED = /^(\w+)\[type eq "([^"]+)"\]\.value$/

function setIn(doc: Record<string, unknown>, path: string, value: unknown): void {
  const filtered = FILTERED.exec(path)
  if (filtered) {
    const [, attr, type] = filtered as unknown as [string, string, string]
    const list = Array.isArray(doc[attr]) ? (doc[attr] as unknown[]) : []
    const entry = list.find((e) => isRecord(e) && e.type === type)
    if (isRecord(entry)) entry.value = value
    else list.push({ type, value, primary: list.length === 0 })
    doc[attr] = list
    return
  }
  if (path.startsWith(`${ENTERPRISE}:`)) {
    const current = doc[ENTERPRISE]
    const ext = isRecord(current) ? current : {}
    const key = path.slice(ENTERPRISE.length + 1)
    ext[key] = key === 'manager' ? { value } : value
    doc[ENTERPRISE] = ext
    return
  }
  const [head, ...rest] = path.split('.')
  if (head === undefined) return
  if (rest.length === 0) {
    doc[head] = value
    return
  }
  const existing = doc[head]
  const child = isRecord(existing) ? existing : {}
  setIn(child, rest.join('.'), value)
  doc[head] = child
}

export function getIn(doc: Record<string, unknown>, path: string): unknown {
  const filtered = FILTERED.exec(path)
  if (filtered) {
    const [, attr, type] = filtered as unknown as [string, string, string]
    const key = Object.keys(doc).find((k) => k.toLowerCase() === attr.toLowerCase())
    const list: unknown = key ? doc[key] : undefined
    const entry: unknown = Array.isArray(list)
      ? (list as unknown[]).find((e) => isRecord(e) && e.type === type)
      : undefined
    return isRecord(entry) ? entry.value : undefined
  }
  if (path.startsWith(`${ENTERPRISE}:`)) {
    const ext = doc[ENTERPRISE]
    const v = isRecord(ext) ? ext[path.slice(ENTERPRISE.length + 1)] : undefined
    return isRecord(v) && 'value' in v ? v.value : v
  }
  let cur: unknown = doc
  for (const seg of path.split('.')) {
    if (!isRecord(cur)) return undefined
    const key = Object.keys(cur).find((k) => k.toLowerCase() === seg.toLowerCase())
    cur = key === undefined ? undefined : cur[key]
  }
  return cur
}

export interface ResolvedAttribute {
  path: string
  value: unknown
  updateOnly: boolean
}

/** The SCIM resource body for a create: update-only attributes are left out. */
export function createBody(attrs: ResolvedAttribute[], schemas: string[]): Record<string, unknown> {
  const doc: Record<string, unknown> = { schemas: [...schemas] }
  for (const a of attrs) if (!a.updateOnly) setIn(doc, a.path, a.value)
  if (isRecord(doc[ENTERPRISE]) && !schemas.includes(ENTERPRISE)) (doc.schemas as string[]).push(ENTERPRISE)
  return doc
}

export interface PatchOp {
  op: 'Add' | 'Replace' | 'Remove'
  path: string
  value?: unknown
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Entra-style PATCH operations ("Add" for absent attributes, "Replace" otherwise; manager as a bare id). */
export function diffOperations(existing: Record<string, unknown>, attrs: ResolvedAttribute[]): PatchOp[] {
  const ops: PatchOp[] = []
  for (const a of attrs) {
    const current = getIn(existing, a.path)
    if (current !== undefined && same(current, a.value)) continue
    ops.push({ op: current === undefined ? 'Add' : 'Replace', path: a.path, value: a.value })
  }
  return ops
}
