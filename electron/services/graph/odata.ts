/**
 * The one place Graph query values are built. A name typed by a person (a group called
 * "Sales & Marketing", "R+D", "O'Brien's team") must reach Graph as that literal name and nothing else:
 * never split the query string (&, #), turn into a space (+), start an escape (%) or close the string
 * literal early (').
 *
 * - OData string literals double single quotes:
 *   https://learn.microsoft.com/en-us/graph/query-parameters#escaping-single-quotes
 * - Every query parameter value is percent-encoded (RFC 3986):
 *   https://learn.microsoft.com/en-us/graph/query-parameters#encoding-query-parameters
 * - A `$search` clause sits in double quotes; a double quote or backslash inside is escaped with a
 *   backslash, and everything else is URL-encoded:
 *   https://learn.microsoft.com/en-us/graph/search-query-parameter#using-search-on-directory-object-collections
 */

/** An OData string literal: the value in single quotes, each single quote inside doubled. */
export function odataLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`
}

/** `property eq 'value'` for `$filter`, with the value as a literal. */
export function eq(property: string, value: string): string {
  return `${property} eq ${odataLiteral(value)}`
}

/** `contains(property, 'value')` for `$filter`, with the value as a literal. */
export function contains(property: string, value: string): string {
  return `contains(${property}, ${odataLiteral(value)})`
}

/** One `$search` clause, `"property:text"`, with `"` and `\` in the text escaped by a backslash. */
export function searchClause(property: string, text: string): string {
  return `"${property}:${text.replace(/["\\]/g, (c) => `\\${c}`)}"`
}

/** The system query options a request may carry. `$select` and `$top` are ours, never user input. */
export interface ODataQuery {
  $filter?: string
  $search?: string
  $select?: readonly string[]
  $orderby?: string
  $top?: number
  $count?: boolean
}

/**
 * `?$filter=…&$select=…`: each value percent-encoded, so nothing in it can end the parameter or start
 * another. Empty when there is nothing to ask.
 */
export function odataQuery(query: ODataQuery): string {
  const parts: string[] = []
  if (query.$filter !== undefined) parts.push(`$filter=${encodeURIComponent(query.$filter)}`)
  if (query.$search !== undefined) parts.push(`$search=${encodeURIComponent(query.$search)}`)
  if (query.$select !== undefined) parts.push(`$select=${query.$select.map(encodeURIComponent).join(',')}`)
  if (query.$orderby !== undefined) parts.push(`$orderby=${encodeURIComponent(query.$orderby)}`)
  if (query.$top !== undefined) parts.push(`$top=${Math.trunc(query.$top)}`)
  if (query.$count !== undefined) parts.push(`$count=${String(query.$count)}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}
