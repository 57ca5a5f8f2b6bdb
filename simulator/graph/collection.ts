import {
  FilterSyntaxError,
  evaluateFilter,
  filterPaths,
  parseFilter,
  type FilterNode,
} from '../core/odata-filter'
import {
  applyOrderBy,
  applySelect,
  decodeSkipToken,
  matchSearch,
  nextLink,
  paginate,
  parseSearch,
  parseSelect,
  parseTop,
  searchProperties,
} from '../core/odata-query'
import { graphRoot, type GraphContext, type GraphResult } from './context'
import { GraphError, graphErrors } from './errors'

export interface ListOptions {
  /** Entity name for error texts ("User", "servicePrincipal"). */
  resource: string
  /** Fragment after `$metadata#`. */
  context: string
  /** Properties `$filter` may use (slash paths allowed); undefined = any. */
  filterable?: string[]
  /** Properties `$search` may use; undefined = `$search` unsupported. */
  searchable?: string[]
  defaultSelect?: string[]
  maxTop: number
  defaultTop: number
  /** Provisioning logs compare strings case-sensitively; directory objects do not. */
  caseSensitive?: boolean
  /** Directory objects: `$count`, `$search` and advanced filters need ConsistencyLevel: eventual. */
  directory?: boolean
}

function usesAdvancedOperators(node: FilterNode): boolean {
  switch (node.kind) {
    case 'and':
    case 'or':
      return usesAdvancedOperators(node.left) || usesAdvancedOperators(node.right)
    case 'not':
      return true
    case 'compare':
      return node.op === 'ne'
    case 'boolcall':
      return node.name === 'endswith'
    default:
      return false
  }
}

export function parseFilterOrThrow(raw: string): FilterNode {
  try {
    return parseFilter(raw)
  } catch (error) {
    if (error instanceof FilterSyntaxError)
      throw new GraphError(400, 'BadRequest', `Invalid filter clause: ${error.message}`)
    throw error
  }
}

/** A Graph collection response with $filter/$search/$orderby/$count/$top/$skiptoken/$select. */
export function listResponse(
  ctx: GraphContext,
  all: Record<string, unknown>[],
  opts: ListOptions,
): GraphResult {
  const q = ctx.req.query
  const eventual = (ctx.req.headers.consistencylevel ?? '').toLowerCase() === 'eventual'
  const count = q.get('$count')?.toLowerCase() === 'true'
  let items = all

  const search = q.get('$search')
  if (search !== null) {
    if (!opts.searchable) throw graphErrors.unsupportedQuery(`Search is not supported for ${opts.resource}.`)
    if (opts.directory && !eventual) {
      throw graphErrors.unsupportedQuery(
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      )
    }
    const expr = parseSearch(search)
    if (!expr)
      throw graphErrors.invalidRequest(
        `Syntax error: character '${search.slice(0, 1)}' is not valid at position 0 in '${search}'.`,
      )
    const allowed = opts.searchable.map((s) => s.toLowerCase())
    const bad = searchProperties(expr).find((p) => !allowed.includes(p.toLowerCase()))
    if (bad !== undefined) throw graphErrors.unsupportedQuery(`Unsupported property '${bad}' for $search.`)
    items = items.filter((i) => matchSearch(expr, i))
  }

  const rawFilter = q.get('$filter')
  if (rawFilter !== null) {
    const node = parseFilterOrThrow(rawFilter)
    if (opts.filterable) {
      const allowed = opts.filterable.map((f) => f.toLowerCase())
      const bad = filterPaths(node).find((p) => !allowed.includes(p.toLowerCase()))
      if (bad !== undefined)
        throw graphErrors.unsupportedQuery(
          `Unsupported or invalid query filter clause specified for property '${bad}' of resource '${opts.resource}'.`,
        )
    }
    if (opts.directory && usesAdvancedOperators(node) && !(eventual && count)) {
      throw graphErrors.unsupportedQuery(
        'Unsupported Query. Advanced query operators need ConsistencyLevel: eventual and $count=true.',
      )
    }
    items = items.filter((i) => evaluateFilter(node, i, { caseInsensitive: !opts.caseSensitive }))
  }

  if (count && opts.directory && !eventual)
    throw graphErrors.unsupportedQuery(
      '$count is not currently supported without the ConsistencyLevel: eventual header.',
    )
  items = applyOrderBy(items, q.get('$orderby'))

  const top = parseTop(q, opts.maxTop, opts.defaultTop)
  if (top === 'invalid')
    throw graphErrors.invalidRequest(
      `Invalid page size specified: '${q.get('$top') ?? ''}'. Must be between 1 and ${opts.maxTop} inclusive.`,
    )
  const skipParam = q.get('$skip')
  const skip =
    q.get('$skiptoken') === null && skipParam !== null && /^\d+$/.test(skipParam)
      ? Number(skipParam)
      : decodeSkipToken(q.get('$skiptoken'))
  if (skip === undefined) throw graphErrors.invalidRequest('Invalid $skiptoken value.')
  const page = paginate(items, top, skip)
  const select = parseSelect(q) ?? opts.defaultSelect
  const body: Record<string, unknown> = {
    '@odata.context': `${graphRoot(ctx.state)}/$metadata#${opts.context}`,
  }
  if (count) body['@odata.count'] = items.length
  if (page.nextSkip !== undefined)
    body['@odata.nextLink'] = nextLink(ctx.state.urls.graph, `/v1.0${ctx.req.path}`, q, page.nextSkip)
  body.value = page.items.map((i) => applySelect(i, select))
  return { status: 200, body }
}

/** Single entity with optional $select and an @odata.context. */
export function entityResponse(
  ctx: GraphContext,
  item: Record<string, unknown>,
  context: string,
  defaultSelect?: string[],
): GraphResult {
  const select = parseSelect(ctx.req.query) ?? defaultSelect
  return {
    status: 200,
    body: { '@odata.context': `${graphRoot(ctx.state)}/$metadata#${context}`, ...applySelect(item, select) },
  }
}
