/**
 * A small OData v4 $filter parser and evaluator covering what the provisioning flow uses:
 * eq/ne/gt/ge/lt/le, and/or/not, parentheses, startswith/endswith/contains, tolower/toupper,
 * `in (...)`, any() lambdas and slash paths (servicePrincipal/id).
 */
export type Literal =
  | { kind: 'literal'; type: 'string'; value: string }
  | { kind: 'literal'; type: 'number'; value: number }
  | { kind: 'literal'; type: 'boolean'; value: boolean }
  | { kind: 'literal'; type: 'null'; value: null }
  | { kind: 'literal'; type: 'datetime'; value: string }
  | { kind: 'literal'; type: 'guid'; value: string }

export type ValueNode =
  Literal | { kind: 'path'; segments: string[] } | { kind: 'call'; name: string; args: ValueNode[] }

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; left: ValueNode; right: ValueNode }
  | { kind: 'in'; left: ValueNode; values: ValueNode[] }
  | { kind: 'boolcall'; name: string; args: ValueNode[] }
  | { kind: 'any'; path: string[]; variable: string; body: FilterNode | null }

export class FilterSyntaxError extends Error {}

type Token =
  | { t: 'ident'; v: string }
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'datetime'; v: string }
  | { t: 'guid'; v: string }
  | { t: 'punct'; v: '(' | ')' | ',' | '/' | ':' }

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})/
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/

function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const ch = input[i] as string
    if (/\s/.test(ch)) {
      i++
      continue
    }
    if (ch === '(' || ch === ')' || ch === ',' || ch === '/' || ch === ':') {
      tokens.push({ t: 'punct', v: ch })
      i++
      continue
    }
    if (ch === "'") {
      let value = ''
      i++
      for (;;) {
        if (i >= input.length) throw new FilterSyntaxError('unterminated string literal')
        const c = input[i] as string
        if (c === "'") {
          if (input[i + 1] === "'") {
            value += "'"
            i += 2
            continue
          }
          i++
          break
        }
        value += c
        i++
      }
      tokens.push({ t: 'string', v: value })
      continue
    }
    const rest = input.slice(i)
    const dt = DATETIME.exec(rest)
    if (dt) {
      tokens.push({ t: 'datetime', v: dt[0] })
      i += dt[0].length
      continue
    }
    const guid = GUID.exec(rest)
    if (guid) {
      tokens.push({ t: 'guid', v: guid[0] })
      i += guid[0].length
      continue
    }
    const num = /^-?\d+(\.\d+)?/.exec(rest)
    if (num) {
      tokens.push({ t: 'number', v: Number(num[0]) })
      i += num[0].length
      continue
    }
    const ident = /^[A-Za-z_@$][A-Za-z0-9_.@$#-]*/.exec(rest)
    if (ident) {
      tokens.push({ t: 'ident', v: ident[0] })
      i += ident[0].length
      continue
    }
    throw new FilterSyntaxError(`unexpected character '${ch}' at ${i}`)
  }
  return tokens
}

const COMPARE_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le'])
const BOOL_FUNCS = new Set(['startswith', 'endswith', 'contains'])
const VALUE_FUNCS = new Set(['tolower', 'toupper', 'trim'])

class Parser {
  private pos = 0
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.parseOr()
    if (this.pos < this.tokens.length) throw new FilterSyntaxError('unexpected trailing tokens')
    return node
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset]
  }

  private isKeyword(word: string): boolean {
    const tok = this.peek()
    return tok?.t === 'ident' && tok.v.toLowerCase() === word
  }

  private expectPunct(v: string): void {
    const tok = this.peek()
    if (tok?.t !== 'punct' || tok.v !== v) throw new FilterSyntaxError(`expected '${v}'`)
    this.pos++
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd()
    while (this.isKeyword('or')) {
      this.pos++
      left = { kind: 'or', left, right: this.parseAnd() }
    }
    return left
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary()
    while (this.isKeyword('and')) {
      this.pos++
      left = { kind: 'and', left, right: this.parseUnary() }
    }
    return left
  }

  private parseUnary(): FilterNode {
    if (this.isKeyword('not')) {
      this.pos++
      return { kind: 'not', operand: this.parseUnary() }
    }
    const tok = this.peek()
    if (tok?.t === 'punct' && tok.v === '(') {
      this.pos++
      const inner = this.parseOr()
      this.expectPunct(')')
      return inner
    }
    return this.parseComparison()
  }

  private parseComparison(): FilterNode {
    const first = this.peek()
    const next = this.peek(1)
    if (
      first?.t === 'ident' &&
      BOOL_FUNCS.has(first.v.toLowerCase()) &&
      next?.t === 'punct' &&
      next.v === '('
    ) {
      const call = this.parseCall()
      if (this.peek()?.t === 'ident' && COMPARE_OPS.has((this.peek() as { v: string }).v.toLowerCase())) {
        return this.finishCompare(call)
      }
      return { kind: 'boolcall', name: call.name, args: call.args }
    }
    const left = this.parseValue()
    if (left.kind === 'path') {
      const lambda = this.tryLambda(left.segments)
      if (lambda) return lambda
    }
    if (this.isKeyword('in')) {
      this.pos++
      this.expectPunct('(')
      const values: ValueNode[] = [this.parseValue()]
      while (this.peek()?.t === 'punct' && (this.peek() as { v: string }).v === ',') {
        this.pos++
        values.push(this.parseValue())
      }
      this.expectPunct(')')
      return { kind: 'in', left, values }
    }
    return this.finishCompare(left)
  }

  private finishCompare(left: ValueNode): FilterNode {
    const opTok = this.peek()
    if (opTok?.t !== 'ident' || !COMPARE_OPS.has(opTok.v.toLowerCase()))
      throw new FilterSyntaxError('expected comparison operator')
    this.pos++
    return { kind: 'compare', op: opTok.v.toLowerCase() as CompareOp, left, right: this.parseValue() }
  }

  /** `categories/any(c:contains(c,'hr'))` — the path was already read up to `any`. */
  private tryLambda(segments: string[]): FilterNode | undefined {
    const last = segments[segments.length - 1]
    if (last === undefined || (last.toLowerCase() !== 'any' && last.toLowerCase() !== 'all')) return undefined
    const tok = this.peek()
    if (tok?.t !== 'punct' || tok.v !== '(') return undefined
    this.pos++
    if (this.peek()?.t === 'punct' && (this.peek() as { v: string }).v === ')') {
      this.pos++
      return { kind: 'any', path: segments.slice(0, -1), variable: '', body: null }
    }
    const variable = this.peek()
    if (variable?.t !== 'ident') throw new FilterSyntaxError('expected lambda variable')
    this.pos++
    this.expectPunct(':')
    const body = this.parseOr()
    this.expectPunct(')')
    return { kind: 'any', path: segments.slice(0, -1), variable: variable.v, body }
  }

  private parseCall(): { kind: 'call'; name: string; args: ValueNode[] } {
    const name = (this.peek() as { v: string }).v.toLowerCase()
    this.pos++
    this.expectPunct('(')
    const args: ValueNode[] = []
    if (!(this.peek()?.t === 'punct' && (this.peek() as { v: string }).v === ')')) {
      args.push(this.parseValue())
      while (this.peek()?.t === 'punct' && (this.peek() as { v: string }).v === ',') {
        this.pos++
        args.push(this.parseValue())
      }
    }
    this.expectPunct(')')
    return { kind: 'call', name, args }
  }

  private parseValue(): ValueNode {
    const tok = this.peek()
    if (!tok) throw new FilterSyntaxError('unexpected end of filter')
    switch (tok.t) {
      case 'string':
        this.pos++
        return { kind: 'literal', type: 'string', value: tok.v }
      case 'number':
        this.pos++
        return { kind: 'literal', type: 'number', value: tok.v }
      case 'datetime':
        this.pos++
        return { kind: 'literal', type: 'datetime', value: tok.v }
      case 'guid':
        this.pos++
        return { kind: 'literal', type: 'guid', value: tok.v }
      case 'punct':
        throw new FilterSyntaxError(`unexpected '${tok.v}'`)
      case 'ident': {
        const lower = tok.v.toLowerCase()
        if (lower === 'true' || lower === 'false') {
          this.pos++
          return { kind: 'literal', type: 'boolean', value: lower === 'true' }
        }
        if (lower === 'null') {
          this.pos++
          return { kind: 'literal', type: 'null', value: null }
        }
        const next = this.peek(1)
        if ((VALUE_FUNCS.has(lower) || BOOL_FUNCS.has(lower)) && next?.t === 'punct' && next.v === '(')
          return this.parseCall()
        const segments = [tok.v]
        this.pos++
        while (this.peek()?.t === 'punct' && (this.peek() as { v: string }).v === '/') {
          this.pos++
          const seg = this.peek()
          if (seg?.t !== 'ident') throw new FilterSyntaxError('expected property after /')
          segments.push(seg.v)
          this.pos++
        }
        return { kind: 'path', segments }
      }
    }
  }
}

export function parseFilter(input: string): FilterNode {
  return new Parser(tokenize(input)).parse()
}

/** Every property path the filter touches (lambda variables excluded), for "unsupported property" checks. */
export function filterPaths(node: FilterNode, bound: Set<string> = new Set()): string[] {
  const out: string[] = []
  const fromValue = (v: ValueNode): void => {
    if (v.kind === 'path') {
      if (!bound.has(v.segments[0] ?? '')) out.push(v.segments.join('/'))
    } else if (v.kind === 'call') v.args.forEach(fromValue)
  }
  switch (node.kind) {
    case 'and':
    case 'or':
      out.push(...filterPaths(node.left, bound), ...filterPaths(node.right, bound))
      break
    case 'not':
      out.push(...filterPaths(node.operand, bound))
      break
    case 'compare':
      fromValue(node.left)
      fromValue(node.right)
      break
    case 'in':
      fromValue(node.left)
      node.values.forEach(fromValue)
      break
    case 'boolcall':
      node.args.forEach(fromValue)
      break
    case 'any':
      out.push(node.path.join('/'))
      if (node.body) out.push(...filterPaths(node.body, new Set([...bound, node.variable])))
      break
  }
  return out
}

export interface EvalOptions {
  /** Directory string comparisons ignore case; provisioning-log filters do not. */
  caseInsensitive: boolean
}

type Scalar = string | number | boolean | null | undefined | unknown[]

function resolvePath(obj: unknown, segments: string[]): unknown {
  let cur: unknown = obj
  for (const seg of segments) {
    if (typeof cur !== 'object' || cur === null) return undefined
    const rec = cur as Record<string, unknown>
    const key = Object.keys(rec).find((k) => k.toLowerCase() === seg.toLowerCase())
    cur = key === undefined ? undefined : rec[key]
  }
  return cur
}

export function evaluateFilter(
  node: FilterNode,
  item: unknown,
  options: EvalOptions,
  scope: Record<string, unknown> = {},
): boolean {
  const value = (v: ValueNode): Scalar => {
    if (v.kind === 'literal') return v.value
    if (v.kind === 'path') {
      const head = v.segments[0] ?? ''
      if (head in scope) return resolvePath(scope[head], v.segments.slice(1)) as Scalar
      return resolvePath(item, v.segments) as Scalar
    }
    const args = v.args.map(value)
    const s = args[0]
    if (typeof s !== 'string') return null
    if (v.name === 'tolower') return s.toLowerCase()
    if (v.name === 'toupper') return s.toUpperCase()
    if (v.name === 'trim') return s.trim()
    return null
  }
  const norm = (s: string): string => (options.caseInsensitive ? s.toLowerCase() : s)
  const compare = (op: CompareOp, a: Scalar, b: Scalar): boolean => {
    if (op === 'eq') return equal(a, b)
    if (op === 'ne') return !equal(a, b)
    if (a === null || a === undefined || b === null || b === undefined) return false
    let x: number | string
    let y: number | string
    if (typeof a === 'number' && typeof b === 'number') {
      x = a
      y = b
    } else if (
      typeof a === 'string' &&
      typeof b === 'string' &&
      !Number.isNaN(Date.parse(a)) &&
      !Number.isNaN(Date.parse(b)) &&
      /^\d{4}-/.test(a) &&
      /^\d{4}-/.test(b)
    ) {
      x = Date.parse(a)
      y = Date.parse(b)
    } else {
      x = norm(String(a))
      y = norm(String(b))
    }
    if (op === 'gt') return x > y
    if (op === 'ge') return x >= y
    if (op === 'lt') return x < y
    return x <= y
  }
  const equal = (a: Scalar, b: Scalar): boolean => {
    if (Array.isArray(a)) return a.some((el) => equal(el as Scalar, b))
    if (a === undefined) a = null
    if (typeof a === 'string' && typeof b === 'string') return norm(a) === norm(b)
    return a === b
  }
  switch (node.kind) {
    case 'and':
      return (
        evaluateFilter(node.left, item, options, scope) && evaluateFilter(node.right, item, options, scope)
      )
    case 'or':
      return (
        evaluateFilter(node.left, item, options, scope) || evaluateFilter(node.right, item, options, scope)
      )
    case 'not':
      return !evaluateFilter(node.operand, item, options, scope)
    case 'compare':
      return compare(node.op, value(node.left), value(node.right))
    case 'in': {
      const left = value(node.left)
      return node.values.some((v) => equal(left, value(v)))
    }
    case 'boolcall': {
      const [a, b] = node.args.map(value)
      if (typeof a !== 'string' || typeof b !== 'string') return false
      const x = norm(a)
      const y = norm(b)
      if (node.name === 'startswith') return x.startsWith(y)
      if (node.name === 'endswith') return x.endsWith(y)
      return x.includes(y)
    }
    case 'any': {
      const collection = resolvePath(item, node.path)
      if (!Array.isArray(collection)) return false
      if (!node.body) return collection.length > 0
      const body = node.body
      return (collection as unknown[]).some((el) =>
        evaluateFilter(body, item, options, { ...scope, [node.variable]: el }),
      )
    }
  }
}
