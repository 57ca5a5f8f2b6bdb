/**
 * "At least the same keys with the same JSON types", recursively; arrays are compared by their
 * first element. A null in the example says nothing about the type, so anything goes there.
 */
export function shapeDifferences(
  example: unknown,
  actual: unknown,
  path = '$',
  ignore: ReadonlySet<string> = new Set(),
): string[] {
  if (ignore.has(path) || example === null) return []
  if (Array.isArray(example)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${describe(actual)}`]
    if (example.length === 0) return []
    if (actual.length === 0) return [`${path}: expected a non-empty array`]
    return shapeDifferences(example[0], actual[0], `${path}[0]`, ignore)
  }
  if (typeof example === 'object') {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
      return [`${path}: expected an object, got ${describe(actual)}`]
    const out: string[] = []
    for (const [key, value] of Object.entries(example)) {
      const childPath = `${path}.${key}`
      if (ignore.has(childPath)) continue
      if (!(key in actual)) out.push(`${childPath}: missing`)
      else out.push(...shapeDifferences(value, (actual as Record<string, unknown>)[key], childPath, ignore))
    }
    return out
  }
  return typeof example === typeof actual
    ? []
    : [`${path}: expected ${typeof example}, got ${describe(actual)}`]
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
