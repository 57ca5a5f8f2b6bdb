import { queryForLog } from '../../core/request-log'
import { graphDate } from '../../core/clock'
import { randomGuid } from '../../core/ids'
import { isRecord } from '../../core/json'
import type { Router } from '../../core/router'
import type { GraphHandler, GraphRequest, GraphResult } from '../context'
import { GraphError, graphErrorBody, graphErrors } from '../errors'

const MAX_REQUESTS = 20

interface BatchItem {
  id: string
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
  dependsOn: string[]
}

function parseItems(body: unknown): BatchItem[] {
  if (!isRecord(body) || !Array.isArray(body.requests))
    throw graphErrors.invalidRequest("The batch request must contain a 'requests' array.")
  if (body.requests.length === 0)
    throw graphErrors.invalidRequest('The batch request must contain at least one request.')
  if (body.requests.length > MAX_REQUESTS)
    throw graphErrors.invalidRequest(
      `The number of requests in the batch exceeds the limit of ${MAX_REQUESTS}.`,
    )
  const seen = new Set<string>()
  const items = body.requests.map((raw): BatchItem => {
    if (
      !isRecord(raw) ||
      typeof raw.id !== 'string' ||
      typeof raw.method !== 'string' ||
      typeof raw.url !== 'string'
    ) {
      throw graphErrors.invalidRequest("Each batch request needs string 'id', 'method' and 'url'.")
    }
    if (seen.has(raw.id))
      throw graphErrors.invalidRequest(`Batch request ids must be unique; '${raw.id}' is repeated.`)
    seen.add(raw.id)
    if (/^[a-z]+:\/\//i.test(raw.url))
      throw graphErrors.invalidRequest('Batch request urls must be relative to the version root.')
    const headers: Record<string, string> = {}
    if (isRecord(raw.headers))
      for (const [k, v] of Object.entries(raw.headers))
        if (typeof v === 'string') headers[k.toLowerCase()] = v
    if (raw.body !== undefined && headers['content-type'] === undefined)
      throw graphErrors.invalidRequest(
        `Content-Type header must be specified for request '${raw.id}', which has a body.`,
      )
    const dependsOn = Array.isArray(raw.dependsOn)
      ? raw.dependsOn.filter((d): d is string => typeof d === 'string')
      : []
    return { id: raw.id, method: raw.method.toUpperCase(), url: raw.url, headers, body: raw.body, dependsOn }
  })
  for (const item of items)
    for (const dep of item.dependsOn)
      if (!seen.has(dep))
        throw graphErrors.invalidRequest(`Request '${item.id}' depends on unknown request '${dep}'.`)
  return items
}

/** Runs items in dependency order; items without dependencies keep request order. */
function ordered(items: BatchItem[]): BatchItem[] {
  const done = new Set<string>()
  const out: BatchItem[] = []
  while (out.length < items.length) {
    const next = items.find((i) => !done.has(i.id) && i.dependsOn.every((d) => done.has(d)))
    if (!next) throw graphErrors.invalidRequest('The dependsOn references in the batch form a cycle.')
    done.add(next.id)
    out.push(next)
  }
  return out
}

function responseHeaders(result: GraphResult): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-cache', 'x-ms-resource-unit': '1' }
  if (result.body !== undefined)
    headers['Content-Type'] =
      result.status < 400
        ? 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8'
        : 'application/json'
  if (result.status < 400 && result.body !== undefined) headers['OData-Version'] = '4.0'
  for (const [k, v] of Object.entries(result.headers ?? {}))
    if (k.toLowerCase() === 'retry-after') headers['Retry-After'] = v
  return headers
}

export function registerBatchRoute(router: Router<GraphHandler>): void {
  router.add('POST', '/$batch', async (ctx) => {
    const items = ordered(parseItems(ctx.req.body))
    const statuses = new Map<string, number>()
    const responses: Record<string, unknown>[] = []
    for (const item of items) {
      const [rawPath = '', rawQuery = ''] = item.url.split('?', 2)
      const path = `/${rawPath.replace(/^\/+/, '').replace(/^v1\.0\//i, '')}`
      const inner: GraphRequest = {
        method: item.method,
        path: decodeURIComponent(path),
        query: new URLSearchParams(rawQuery),
        headers: {
          ...item.headers,
          ...(ctx.req.headers.authorization !== undefined
            ? { authorization: ctx.req.headers.authorization }
            : {}),
        },
        body: item.body,
        requestId: randomGuid(),
        clientRequestId: ctx.req.clientRequestId,
        inBatch: true,
      }
      let result: GraphResult
      const failedDep = item.dependsOn.find((d) => (statuses.get(d) ?? 0) >= 400)
      if (failedDep !== undefined) {
        result = {
          status: 424,
          body: graphErrorBody(
            'FailedDependency',
            `The request depends on request '${failedDep}', which failed.`,
            graphDate(ctx.state.clock.now()),
            inner.requestId,
            inner.clientRequestId,
          ),
        }
      } else {
        try {
          result = await ctx.dispatch(inner)
        } catch (error) {
          if (!(error instanceof GraphError)) throw error
          result = {
            status: error.status,
            body: graphErrorBody(
              error.code,
              error.message,
              graphDate(ctx.state.clock.now()),
              inner.requestId,
              inner.clientRequestId,
            ),
          }
        }
      }
      if (result.socketAction)
        result = {
          status: 504,
          body: graphErrorBody(
            'GatewayTimeout',
            'The operation timed out.',
            graphDate(ctx.state.clock.now()),
            inner.requestId,
            inner.clientRequestId,
          ),
        }
      statuses.set(item.id, result.status)
      ctx.state.log.add({
        time: ctx.state.clock.nowIso(),
        listener: 'graph',
        method: item.method,
        path: `/v1.0${inner.path}`,
        query: queryForLog(rawQuery),
        status: result.status,
        bodyKeys: isRecord(item.body) ? Object.keys(item.body) : [],
        batch: true,
      })
      const entry: Record<string, unknown> = {
        id: item.id,
        status: result.status,
        headers: responseHeaders(result),
      }
      if (result.body !== undefined) entry.body = result.body
      responses.push(entry)
    }
    const order = new Map(parseOrder(ctx.req.body))
    responses.sort((a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0))
    return { status: 200, body: { responses } }
  })
}

function parseOrder(body: unknown): [string, number][] {
  if (!isRecord(body) || !Array.isArray(body.requests)) return []
  return body.requests.map((r, i): [string, number] => [isRecord(r) ? String(r.id) : String(i), i])
}
