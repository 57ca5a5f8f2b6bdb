import { timingSafeEqual } from 'node:crypto'
import { scimPatch, type ScimPatchOperation } from 'scim-patch'
import { seededGuid } from '../core/ids'
import { deepCopy, isRecord, parseJson } from '../core/json'
import { jsonResponse, type SimRequest, type SimResponse } from '../core/http'
import { bodyKeysOf } from '../core/request-log'
import { applyLatency, decideFault } from '../state/faults'
import type { SimulatorState } from '../state/simulator-state'
import { matchesFilter, parseScimFilter, scimError, SCHEMA, SERVICE_PROVIDER_CONFIG } from './resources'
import type { ScimResource } from '../state/scim-store'

const SCIM_JSON = { 'content-type': 'application/scim+json; charset=utf-8' }

function scim(status: number, body: unknown): SimResponse {
  return jsonResponse(status, body, SCIM_JSON)
}

function secretMatches(expected: string | null, header: string | undefined): boolean {
  if (expected === null || header === undefined) return false
  const m = /^Bearer\s+(.+)$/i.exec(header.trim())
  if (!m?.[1]) return false
  const a = Buffer.from(m[1])
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

type Kind = 'Users' | 'Groups'

/** The HelloID SCIM endpoint the Entra provisioning service talks to. */
export function createScimHandler(state: SimulatorState): (req: SimRequest) => Promise<SimResponse> {
  return async (req) => {
    const response = await handle(state, req)
    state.log.add({
      time: state.clock.nowIso(),
      listener: 'scim',
      method: req.method,
      path: req.path,
      status: response.socketAction ? 0 : response.status,
      bodyKeys: bodyKeysOf(req.rawBody, req.headers['content-type']),
    })
    return response
  }
}

async function handle(state: SimulatorState, req: SimRequest): Promise<SimResponse> {
  await applyLatency(state, 'scim')
  if (state.knobs.helloIdOutage === 'unreachable')
    return { status: 0, headers: {}, socketAction: { kind: 'reset' } }
  if (state.knobs.helloIdOutage === 'refusing')
    return scim(403, scimError(403, 'This connection is disabled in HelloID.'))
  const fault = decideFault(state, 'scim', req.method, req.path)
  if (fault.kind === 'reset') return { status: 0, headers: {}, socketAction: { kind: 'reset' } }
  if (fault.kind === 'server-error') return scim(fault.status, scimError(fault.status, 'Service unavailable'))
  if (fault.kind === 'throttle')
    return {
      ...scim(429, scimError(429, 'Too many requests')),
      headers: { ...SCIM_JSON, 'retry-after': fault.retryAfter },
    }

  const store = state.scim
  const base = store.basePath()
  if (req.path !== base && !req.path.startsWith(`${base}/`))
    return scim(404, scimError(404, `The requested resource '${req.path}' was not found.`))
  if (!secretMatches(store.secret, req.headers.authorization))
    return scim(401, scimError(401, 'Authorization failure. The authorization header is invalid or missing.'))

  const rest = req.path
    .slice(base.length)
    .split('/')
    .filter((s) => s.length > 0)
  const [collection, id] = rest
  if (collection === 'ServiceProviderConfig' && req.method === 'GET')
    return scim(200, SERVICE_PROVIDER_CONFIG)
  if (collection !== 'Users' && collection !== 'Groups')
    return scim(404, scimError(404, `The requested resource '${req.path}' was not found.`))
  if (rest.length > 2) return scim(404, scimError(404, 'Not found'))
  const kind: Kind = collection

  let body: unknown
  if (req.rawBody.length > 0) {
    const parsed = parseJson(req.rawBody.toString('utf8'))
    if (!parsed.ok) return scim(400, scimError(400, 'Request body is not valid JSON.', 'invalidSyntax'))
    body = parsed.value
  }
  const isWrite = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH'
  if (isWrite && state.streams.faults.scim.chance(state.knobs.scimErrorRate))
    return scim(500, scimError(500, 'An unexpected error occurred in HelloID. Please try again later.'))

  if (id === undefined) {
    if (req.method === 'GET') return list(state, kind, req.url.searchParams)
    if (req.method === 'POST') return create(state, kind, body)
    return scim(405, scimError(405, 'Method not allowed'))
  }
  const map = kind === 'Users' ? store.users : store.groups
  const existing = map.get(id)
  if (!existing) return scim(404, scimError(404, `Resource ${id} not found`))
  switch (req.method) {
    case 'GET':
      return scim(200, existing)
    case 'DELETE':
      map.delete(id)
      if (kind === 'Users') for (const g of store.groups.values()) removeMember(g, id)
      return { status: 204, headers: {} }
    case 'PUT':
      return replace(state, kind, existing, body)
    case 'PATCH':
      return patch(state, kind, existing, body)
    default:
      return scim(405, scimError(405, 'Method not allowed'))
  }
}

function removeMember(group: ScimResource, userId: string): void {
  const members = group.members
  if (Array.isArray(members)) group.members = members.filter((m) => !(isRecord(m) && m.value === userId))
}

function list(state: SimulatorState, kind: Kind, q: URLSearchParams): SimResponse {
  let items = [...(kind === 'Users' ? state.scim.users : state.scim.groups).values()]
  const rawFilter = q.get('filter')
  if (rawFilter !== null) {
    const filter = parseScimFilter(rawFilter)
    if (!filter)
      return scim(
        400,
        scimError(400, `The specified filter syntax was invalid: ${rawFilter}`, 'invalidFilter'),
      )
    items = items.filter((r) => matchesFilter(r, filter))
  }
  const startIndex = Math.max(1, Number(q.get('startIndex') ?? '1') || 1)
  const count = Math.max(0, Math.min(200, Number(q.get('count') ?? '100') || 100))
  const page = items.slice(startIndex - 1, startIndex - 1 + count)
  return scim(200, {
    schemas: [SCHEMA.list],
    totalResults: items.length,
    itemsPerPage: page.length,
    startIndex,
    Resources: page,
  })
}

function uniquenessKey(kind: Kind, resource: Record<string, unknown>): string | undefined {
  const v = kind === 'Users' ? resource.userName : resource.displayName
  return typeof v === 'string' ? v.toLowerCase() : undefined
}

function conflicts(
  state: SimulatorState,
  kind: Kind,
  resource: Record<string, unknown>,
  selfId?: string,
): boolean {
  const key = uniquenessKey(kind, resource)
  for (const r of (kind === 'Users' ? state.scim.users : state.scim.groups).values())
    if (r.id !== selfId && uniquenessKey(kind, r) === key) return true
  return false
}

function withMeta(
  state: SimulatorState,
  kind: Kind,
  resource: Record<string, unknown>,
  id: string,
  created?: unknown,
): ScimResource {
  const now = state.clock.nowIso()
  return {
    ...resource,
    id,
    meta: {
      resourceType: kind === 'Users' ? 'User' : 'Group',
      created: typeof created === 'string' ? created : now,
      lastModified: now,
      location: `${state.urls.scim}/${kind}/${id}`,
    },
  }
}

type Validated = { ok: true; resource: Record<string, unknown> } | { ok: false; response: SimResponse }

function validate(kind: Kind, body: unknown): Validated {
  const bad = (detail: string, type: string): Validated => ({
    ok: false,
    response: scim(400, scimError(400, detail, type)),
  })
  if (!isRecord(body)) return bad('A JSON object was expected.', 'invalidSyntax')
  if (kind === 'Users' && (typeof body.userName !== 'string' || body.userName.trim() === ''))
    return bad("Attribute 'userName' is required.", 'invalidValue')
  if (kind === 'Groups' && (typeof body.displayName !== 'string' || body.displayName.trim() === ''))
    return bad("Attribute 'displayName' is required.", 'invalidValue')
  return { ok: true, resource: body }
}

function create(state: SimulatorState, kind: Kind, body: unknown): SimResponse {
  const valid = validate(kind, body)
  if (!valid.ok) return valid.response
  const resource = valid.resource
  if (conflicts(state, kind, resource))
    return scim(
      409,
      scimError(
        409,
        `A ${kind === 'Users' ? 'user' : 'group'} with the same ${kind === 'Users' ? 'userName' : 'displayName'} already exists.`,
        'uniqueness',
      ),
    )
  const { id: _ignored, meta: _meta, ...rest } = resource
  const stored = withMeta(state, kind, rest, seededGuid(state.streams.scimIds))
  ;(kind === 'Users' ? state.scim.users : state.scim.groups).set(stored.id, stored)
  return scim(201, stored)
}

function replace(state: SimulatorState, kind: Kind, existing: ScimResource, body: unknown): SimResponse {
  const valid = validate(kind, body)
  if (!valid.ok) return valid.response
  const resource = valid.resource
  if (conflicts(state, kind, resource, existing.id))
    return scim(409, scimError(409, 'Uniqueness conflict.', 'uniqueness'))
  const { id: _ignored, meta: _meta, ...rest } = resource
  const meta = existing.meta
  const stored = withMeta(state, kind, rest, existing.id, isRecord(meta) ? meta.created : undefined)
  ;(kind === 'Users' ? state.scim.users : state.scim.groups).set(existing.id, stored)
  return scim(200, stored)
}

function patch(state: SimulatorState, kind: Kind, existing: ScimResource, body: unknown): SimResponse {
  if (!isRecord(body) || !Array.isArray(body.Operations))
    return scim(400, scimError(400, 'PATCH request must contain Operations.', 'invalidSyntax'))
  const meta = existing.meta
  let patched: Record<string, unknown>
  try {
    // scim-patch wants meta dates; the stored copy keeps ISO strings, so patch a copy without meta.
    const { meta: _m, ...doc } = deepCopy(existing)
    const operations = body.Operations as ScimPatchOperation[]
    const schemas = Array.isArray(doc.schemas) ? doc.schemas.map(String) : []
    patched = scimPatch(
      { ...doc, schemas, meta: { created: new Date(), lastModified: new Date() } },
      operations,
    )
  } catch (error) {
    return scim(
      400,
      scimError(400, error instanceof Error ? error.message : 'Invalid PATCH operation.', 'invalidPath'),
    )
  }
  if (conflicts(state, kind, patched, existing.id))
    return scim(409, scimError(409, 'Uniqueness conflict.', 'uniqueness'))
  const { meta: _drop, id: _id, ...rest } = patched
  const stored = withMeta(state, kind, rest, existing.id, isRecord(meta) ? meta.created : undefined)
  ;(kind === 'Users' ? state.scim.users : state.scim.groups).set(existing.id, stored)
  return scim(200, stored)
}
