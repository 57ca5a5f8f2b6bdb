/** $select / $top / $skiptoken / $orderby / $search helpers shared by the Graph collections. */
export function parseSelect(query: URLSearchParams): string[] | undefined {
  const raw = query.get('$select')
  if (raw === null || raw.trim() === '') return undefined
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

export function applySelect<T extends object>(
  item: T,
  select: string[] | undefined,
): Record<string, unknown> {
  const rec = item as Record<string, unknown>
  if (!select) return { ...rec }
  const out: Record<string, unknown> = {}
  if (typeof rec['@odata.type'] === 'string') out['@odata.type'] = rec['@odata.type']
  for (const name of select) {
    const key = Object.keys(rec).find((k) => k.toLowerCase() === name.toLowerCase())
    if (key !== undefined) out[key] = rec[key]
    else out[name] = null
  }
  return out
}

export interface PageResult<T> {
  items: T[]
  nextSkip: number | undefined
}

export function paginate<T>(items: T[], top: number, skip: number): PageResult<T> {
  const slice = items.slice(skip, skip + top)
  return { items: slice, nextSkip: skip + top < items.length ? skip + top : undefined }
}

/** Opaque-looking skip token (base64url JSON) that only this simulator reads back. */
export function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, v: 1 })).toString('base64url')
}

export function decodeSkipToken(token: string | null): number | undefined {
  if (token === null) return 0
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    if (
      typeof value === 'object' &&
      value !== null &&
      'o' in value &&
      typeof value.o === 'number' &&
      value.o >= 0
    )
      return value.o
  } catch {
    // fall through
  }
  return undefined
}

/** Absolute nextLink: same URL with $skiptoken replaced (Graph tells clients to GET it as-is). */
export function nextLink(
  origin: string,
  pathWithVersion: string,
  query: URLSearchParams,
  offset: number,
): string {
  const q = new URLSearchParams(query)
  q.delete('$skiptoken')
  q.delete('$skip')
  q.set('$skiptoken', encodeSkipToken(offset))
  return `${origin}${pathWithVersion}?${q.toString()}`
}

export function parseTop(query: URLSearchParams, max: number, fallback: number): number | 'invalid' {
  const raw = query.get('$top')
  if (raw === null) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > max) return 'invalid'
  return n
}

export interface SearchClause {
  property: string
  term: string
}

export type SearchExpr =
  { kind: 'clause'; clause: SearchClause } | { kind: 'and' | 'or'; left: SearchExpr; right: SearchExpr }

/**
 * `"displayName:ali" OR "mail:ali"`; every token must be a double-quoted property:term pair. Inside a
 * clause a double quote or backslash is escaped with a backslash:
 * https://learn.microsoft.com/en-us/graph/search-query-parameter#using-search-on-directory-object-collections
 * A backslash before any other character is refused (inferred: the page names only those two).
 */
export function parseSearch(raw: string): SearchExpr | undefined {
  const tokens = raw.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? []
  let pos = 0
  const clause = (): SearchExpr | undefined => {
    const tok = tokens[pos]
    if (tok === undefined || !tok.startsWith('"') || !tok.endsWith('"') || tok.length < 2) return undefined
    pos++
    const escaped = tok.slice(1, -1)
    if (!/^(?:[^"\\]|\\["\\])*$/.test(escaped)) return undefined
    const inner = escaped.replace(/\\(["\\])/g, '$1')
    const idx = inner.indexOf(':')
    if (idx <= 0) return undefined
    return { kind: 'clause', clause: { property: inner.slice(0, idx), term: inner.slice(idx + 1) } }
  }
  const conj = (): SearchExpr | undefined => {
    let left = clause()
    while (left && tokens[pos]?.toUpperCase() === 'AND') {
      pos++
      const right = clause()
      if (!right) return undefined
      left = { kind: 'and', left, right }
    }
    return left
  }
  let expr = conj()
  while (expr && tokens[pos]?.toUpperCase() === 'OR') {
    pos++
    const right = conj()
    if (!right) return undefined
    expr = { kind: 'or', left: expr, right }
  }
  return pos === tokens.length ? expr : undefined
}

/** Directory $search is tokenized prefix matching, case-insensitive. */
export function matchSearch(expr: SearchExpr, item: Record<string, unknown>): boolean {
  if (expr.kind === 'and') return matchSearch(expr.left, item) && matchSearch(expr.right, item)
  if (expr.kind === 'or') return matchSearch(expr.left, item) || matchSearch(expr.right, item)
  if (expr.kind !== 'clause') return false
  const { property, term: rawTerm } = expr.clause
  const key = Object.keys(item).find((k) => k.toLowerCase() === property.toLowerCase())
  const value = key === undefined ? undefined : item[key]
  if (typeof value !== 'string') return false
  const term = rawTerm.toLowerCase()
  if (term === '') return true
  const lower = value.toLowerCase()
  if (lower.startsWith(term)) return true
  return lower.split(/[\s.@_\-,]+/).some((part) => part.startsWith(term))
}

export function searchProperties(expr: SearchExpr): string[] {
  if (expr.kind === 'clause') return [expr.clause.property]
  return [...searchProperties(expr.left), ...searchProperties(expr.right)]
}

export function applyOrderBy<T extends object>(items: T[], raw: string | null): T[] {
  if (raw === null || raw.trim() === '') return items
  const [prop, dir] = raw.trim().split(/\s+/)
  if (prop === undefined) return items
  const desc = dir?.toLowerCase() === 'desc'
  const get = (item: T): string => {
    const rec = item as Record<string, unknown>
    const key = Object.keys(rec).find((k) => k.toLowerCase() === prop.toLowerCase())
    const v = key === undefined ? undefined : rec[key]
    return typeof v === 'string' ? v.toLowerCase() : v === undefined || v === null ? '' : JSON.stringify(v)
  }
  return [...items].sort((a, b) => (get(a) < get(b) ? -1 : get(a) > get(b) ? 1 : 0) * (desc ? -1 : 1))
}
