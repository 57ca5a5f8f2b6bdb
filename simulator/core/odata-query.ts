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
 * `"displayName:ali" OR ("mail:ali" AND "displayName:bo")`, as Microsoft documents the syntax
 * (https://learn.microsoft.com/en-us/graph/search-query-parameter#using-search-on-directory-object-collections):
 * every clause is a double-quoted `property:text`; a double quote or backslash inside is escaped with
 * a backslash; `AND` and `OR` stand outside the quotes and must be upper case; parentheses group.
 * AND binds tighter than OR (inferred: the page gives no precedence). A backslash before any other
 * character is refused (inferred: the page names only those two).
 */
export function parseSearch(raw: string): SearchExpr | undefined {
  const tokens = raw.match(/"(?:[^"\\]|\\.)*"|[()]|[^\s()"]+|"/g) ?? []
  let pos = 0
  const clause = (): SearchExpr | undefined => {
    const tok = tokens[pos]
    if (tok === '(') {
      pos++
      const inner = disj()
      if (!inner || tokens[pos] !== ')') return undefined
      pos++
      return inner
    }
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
    while (left && tokens[pos] === 'AND') {
      pos++
      const right = clause()
      if (!right) return undefined
      left = { kind: 'and', left, right }
    }
    return left
  }
  const disj = (): SearchExpr | undefined => {
    let expr = conj()
    while (expr && tokens[pos] === 'OR') {
      pos++
      const right = conj()
      if (!right) return undefined
      expr = { kind: 'or', left: expr, right }
    }
    return expr
  }
  const expr = disj()
  return pos === tokens.length ? expr : undefined
}

/**
 * The tokens Microsoft's directory search extracts from a text: words split at spaces, at a change
 * from lower to upper case (`HelloWorld` → hello, world; `HELLOworld` stays one), between letters,
 * numbers and symbols (`hello123world` → hello, 123, world; each symbol is a token of its own), and
 * words joined only by symbols also as one (`hello.world` → hello, ., world, helloworld). Lower case.
 * https://learn.microsoft.com/en-us/graph/search-query-parameter#using-search-on-directory-object-collections
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const runs = word.match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]/gu) ?? []
    for (const run of runs) {
      if (/^\p{L}+$/u.test(run)) tokens.push(...run.split(/(?<=\p{Ll})(?=\p{Lu})/u))
      else tokens.push(run)
    }
    const words = runs.filter((r) => /[\p{L}\p{N}]/u.test(r))
    if (words.length > 1 && runs.length > words.length) tokens.push(words.join(''))
  }
  return tokens.map((t) => t.toLowerCase())
}

/** Only these properties are searched by token; on any other `$search` behaves like `startsWith`. */
const TOKENIZED = ['displayname', 'description']

/**
 * Directory `$search`: on displayName and description every token of the search text must begin a
 * token of the value, in any order and any case ("Guthr" finds "Guthrie"); on other string properties
 * the value must start with the text (any case). An empty text matches everything (inferred).
 */
export function matchSearch(expr: SearchExpr, item: Record<string, unknown>): boolean {
  if (expr.kind === 'and') return matchSearch(expr.left, item) && matchSearch(expr.right, item)
  if (expr.kind === 'or') return matchSearch(expr.left, item) || matchSearch(expr.right, item)
  if (expr.kind !== 'clause') return false
  const { property, term } = expr.clause
  const key = Object.keys(item).find((k) => k.toLowerCase() === property.toLowerCase())
  const value = key === undefined ? undefined : item[key]
  if (typeof value !== 'string') return false
  if (term.trim() === '') return true
  if (!TOKENIZED.includes(property.toLowerCase())) return value.toLowerCase().startsWith(term.toLowerCase())
  const have = searchTokens(value)
  return searchTokens(term).every((wanted) => have.some((token) => token.startsWith(wanted)))
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
