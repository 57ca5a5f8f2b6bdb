/**
 * Path-template router. Literal segments match case-insensitively (Graph does), `:name` captures
 * one decoded segment, so job ids with dots stay whole.
 */
export type Params = Record<string, string>

interface Route<H> {
  methods: string[]
  segments: string[]
  handler: H
}

export type RouteResult<H> =
  { kind: 'match'; handler: H; params: Params } | { kind: 'method-not-allowed' } | { kind: 'not-found' }

export class Router<H> {
  private readonly routes: Route<H>[] = []

  add(methods: string | string[], template: string, handler: H): this {
    const list = (Array.isArray(methods) ? methods : [methods]).map((m) => m.toUpperCase())
    this.routes.push({ methods: list, segments: split(template), handler })
    return this
  }

  match(method: string, path: string): RouteResult<H> {
    const segments = split(path)
    let pathMatched = false
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments)
      if (!params) continue
      pathMatched = true
      if (route.methods.includes(method.toUpperCase()))
        return { kind: 'match', handler: route.handler, params }
    }
    return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' }
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0)
}

function matchSegments(template: string[], actual: string[]): Params | undefined {
  if (template.length !== actual.length) return undefined
  const params: Params = {}
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string
    const a = actual[i] as string
    if (t.startsWith(':')) params[t.slice(1)] = a
    else if (t.toLowerCase() !== a.toLowerCase()) return undefined
  }
  return params
}

export function param(params: Params, name: string): string {
  const value = params[name]
  if (value === undefined) throw new Error(`route parameter ${name} missing`)
  return value
}
