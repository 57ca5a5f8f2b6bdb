import type { SocketAction } from '../core/http'
import type { Params } from '../core/router'
import type { SimulatorState } from '../state/simulator-state'
import type { TenantState } from '../state/tenant-state'
import type { DirUser } from '../tenant/types'

/** A Graph request after transport concerns: also what a $batch item turns into. */
export interface GraphRequest {
  method: string
  /** Path relative to the version root, starting with "/" (e.g. "/servicePrincipals/…/jobs"). */
  path: string
  query: URLSearchParams
  /** Lower-cased header names. */
  headers: Record<string, string>
  body: unknown
  requestId: string
  clientRequestId: string
  inBatch: boolean
}

export interface GraphResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
  socketAction?: SocketAction
}

/** Who is calling, from a verified access token. */
export interface Principal {
  tenant: TenantState
  user: DirUser
  scopes: Set<string>
  appId: string
  /** Role template ids the user holds right now in this tenant. */
  roles: string[]
}

export interface GraphContext {
  state: SimulatorState
  req: GraphRequest
  params: Params
  principal: Principal
  /** Runs another request through the full pipeline (used by $batch). */
  dispatch: (req: GraphRequest) => Promise<GraphResult>
}

export type GraphHandler = (ctx: GraphContext) => GraphResult | Promise<GraphResult>

export function ok(body: unknown, status = 200, headers: Record<string, string> = {}): GraphResult {
  return { status, body, headers }
}

export function noContent(): GraphResult {
  return { status: 204 }
}

/** Absolute URL of the Graph version root, for @odata.context / nextLink. */
export function graphRoot(state: SimulatorState): string {
  return `${state.urls.graph}/v1.0`
}
