/** One Graph request as the simulator logged it (`GET /_simulator/requests?listener=graph`). */
export interface LoggedRequest {
  seq: number
  method: string
  path: string
  status: number
  batch?: true
  latencyMs?: number
}

/** The replication waits the simulator imposes after instantiate (its fault knobs, in seconds). */
export interface ReplicationLag {
  replicationLagSeconds: number
  syncTemplatesLagSeconds: number
  jobCreateLagSeconds: number
}

/** What one apply must do at the least, given the person's choices. */
export interface ApplyShape {
  principals: number
  mappings: boolean
}

/** The operations one apply cannot do without, in the order they depend on each other. */
export type Operation =
  | 'roles'
  | 'resolve'
  | 'existing-apps'
  | 'instantiate'
  | 'sync-templates'
  | 'create-job'
  | 'test-connection'
  | 'save-connection'
  | 'schema-read'
  | 'schema-write'
  | 'assign'
  | 'start'

/** Recognises each operation in the request log (paths as the simulator logs them, without query). */
const matchers: Record<Exclude<Operation, 'resolve' | 'assign'>, (r: LoggedRequest) => boolean> = {
  roles: (r) =>
    r.method === 'GET' && /\/me\/transitiveMemberOf\/microsoft\.graph\.directoryRole$/i.test(r.path),
  'existing-apps': (r) => r.method === 'GET' && /\/v1\.0\/applications$/i.test(r.path),
  instantiate: (r) => r.method === 'POST' && /\/applicationTemplates\/[^/]+\/instantiate$/i.test(r.path),
  'sync-templates': (r) => r.method === 'GET' && /\/synchronization\/templates$/i.test(r.path),
  'create-job': (r) => r.method === 'POST' && /\/synchronization\/jobs$/i.test(r.path),
  'test-connection': (r) => r.method === 'POST' && /\/validateCredentials$/i.test(r.path),
  'save-connection': (r) => r.method === 'PUT' && /\/synchronization\/secrets$/i.test(r.path),
  'schema-read': (r) => r.method === 'GET' && /\/synchronization\/jobs\/[^/]+\/schema$/i.test(r.path),
  'schema-write': (r) => r.method === 'PUT' && /\/synchronization\/jobs\/[^/]+\/schema$/i.test(r.path),
  start: (r) => r.method === 'POST' && /\/synchronization\/jobs\/[^/]+\/start$/i.test(r.path),
}

/** JSON batching carries at most 20 requests (https://learn.microsoft.com/en-us/graph/json-batching). */
export const BATCH_LIMIT = 20

/** The round trips an apply cannot avoid, by operation. */
export function unavoidableCalls(shape: ApplyShape): Record<Operation, number> {
  const batches = Math.ceil(shape.principals / BATCH_LIMIT)
  return {
    roles: 1,
    resolve: batches,
    'existing-apps': 1,
    instantiate: 1,
    'sync-templates': 1,
    'create-job': 1,
    'test-connection': 1,
    'save-connection': 1,
    'schema-read': shape.mappings ? 1 : 0,
    'schema-write': shape.mappings ? 1 : 0,
    assign: batches,
    start: 1,
  }
}

/** Round trips (outer requests; the requests inside a `$batch` are not extra round trips). */
export function roundTrips(log: readonly LoggedRequest[]): LoggedRequest[] {
  return log.filter((r) => !r.batch)
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * The critical-path bound of one apply, from the simulator's own request log: the unavoidable
 * sequential round trips, each at the latency the simulator gave that operation (its last successful
 * request; the run's median for an operation the log lacks), plus the replication waits the simulator
 * imposed after instantiate. Assignments need only the service principal, so a client that knows the
 * waits does them inside the job-create wait; they count towards the time only where they do not fit.
 */
export function criticalPath(
  log: readonly LoggedRequest[],
  lag: ReplicationLag,
  shape: ApplyShape,
): { boundS: number; boundCalls: number } {
  const trips = roundTrips(log)
  const typical = median(trips.map((r) => r.latencyMs ?? 0))
  const latency = (op: keyof typeof matchers): number => {
    const hits = trips.filter((r) => matchers[op](r) && r.status >= 200 && r.status < 300)
    return hits.at(-1)?.latencyMs ?? typical
  }
  const calls = unavoidableCalls(shape)
  const batchMs = (count: number): number => count * typical
  const before = latency('roles') + batchMs(calls.resolve) + latency('existing-apps') + latency('instantiate')
  const templatesReadable = lag.syncTemplatesLagSeconds * 1000 + latency('sync-templates')
  const assignedThenTemplates =
    lag.replicationLagSeconds * 1000 + batchMs(calls.assign) + latency('sync-templates')
  const jobAccepted = Math.max(lag.jobCreateLagSeconds * 1000, templatesReadable, assignedThenTemplates)
  const after =
    latency('create-job') +
    latency('test-connection') +
    latency('save-connection') +
    (shape.mappings ? latency('schema-read') + latency('schema-write') : 0) +
    latency('start')
  const boundCalls = Object.values(calls).reduce((a, b) => a + b, 0)
  return { boundS: (before + jobAccepted + after) / 1000, boundCalls }
}
