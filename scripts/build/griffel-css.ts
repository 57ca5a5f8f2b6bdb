import { createHash } from 'node:crypto'
import { runInNewContext } from 'node:vm'

import { tokens, typographyStyles } from '@fluentui/react-theme'
import {
  normalizeCSSBucketEntry,
  resolveResetStyleRules,
  resolveStyleRulesForSlots,
  shorthands,
  styleBucketOrdering,
  type CSSRulesByBucket,
  type GriffelResetStyle,
  type GriffelStyle,
  type StyleBucketName,
} from '@griffel/core'
import { parseSync, type ESTree, type Plugin } from 'vite'

/**
 * Griffel, Fluent UI's CSS-in-JS, ships each component's CSS as strings in its scripts (`__styles(classes,
 * rules)`, precompiled by Fluent) and inserts the rules into `<style>` elements when the component first
 * renders; our own `makeStyles({ … })` calls are compiled to CSS in the browser, which brings Griffel's
 * compiler (stylis, rtl-css-js, hashing) into the first script. This plugin does both ahead of time, as
 * Griffel's own extraction does for webpack (https://griffel.js.org/react/ahead-of-time-compilation/css-extraction):
 * every call becomes its class-names-only twin (`__css`, `__resetCSS`, `__staticCSS`, which insert nothing), and
 * the rules of every module the build keeps go, sorted as Griffel's renderer sorts them (by style bucket: reset,
 * default, link, …, hover, active, at-rules, media), into one style sheet the page links. One sheet, because the
 * buckets' order must hold across all screens; rules spread over per-screen sheets would not keep it.
 *
 * A style the build cannot evaluate fails the build, naming the file: a half-extracted page would mix runtime
 * rules with the sheet and break the bucket order silently.
 */
export function griffelCss(options: { sheetName?: string } = {}): Plugin {
  const rulesByModule = new Map<string, CSSRulesByBucket[]>()
  return {
    name: 'griffel-css',
    apply: 'build',
    transform: {
      filter: { code: /__styles|__resetStyles|__staticStyles|makeStyles|makeResetStyles|makeStaticStyles/ },
      handler(code, id) {
        if (!/\.[cm]?[jt]sx?$/.test(id.split('?')[0] ?? '')) return null
        // Griffel's own modules define and wrap these functions; they are not calls to compile.
        if (/[\\/]node_modules[\\/]@griffel[\\/]/.test(id)) return null
        const result = extractGriffel(id, code)
        if (!result) return null
        rulesByModule.set(id, result.rules)
        return { code: result.code, map: null }
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const kept: CSSRulesByBucket[] = []
        const ids = new Set<string>()
        for (const output of Object.values(bundle))
          if (output.type === 'chunk')
            for (const [moduleId, info] of Object.entries(output.modules))
              if (info.renderedLength > 0) ids.add(moduleId)
        for (const moduleId of [...ids].sort()) kept.push(...(rulesByModule.get(moduleId) ?? []))
        if (kept.length === 0) return
        const css = sortCSSRules(kept)
        const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8)
        const fileName = `assets/${options.sheetName ?? 'griffel'}-${hash}.css`
        this.emitFile({ type: 'asset', fileName, source: css })
        const html = Object.values(bundle).find(
          (output) => output.type === 'asset' && output.fileName.endsWith('.html'),
        )
        if (html?.type !== 'asset' || typeof html.source !== 'string' || !html.source.includes('</body>'))
          throw new Error('griffel-css: the build has no page to link the style sheet from')
        // After the static shell, so the shell paints without waiting for the sheet; the page's module script
        // still waits for it (a script runs only once the style sheets the parser met have loaded), so nothing
        // React renders is ever unstyled.
        html.source = html.source.replace(
          '</body>',
          `  <link rel="stylesheet" href="./${fileName}">\n  </body>`,
        )
      },
    },
  }
}

type Kind =
  '__styles' | '__resetStyles' | '__staticStyles' | 'makeStyles' | 'makeResetStyles' | 'makeStaticStyles'

/** What each call becomes: Griffel's build-output twin that only maps class names. */
const twinOf: Record<Kind, '__css' | '__resetCSS' | '__staticCSS'> = {
  __styles: '__css',
  __resetStyles: '__resetCSS',
  __staticStyles: '__staticCSS',
  makeStyles: '__css',
  makeResetStyles: '__resetCSS',
  makeStaticStyles: '__staticCSS',
}

/** Where Griffel's functions come from; `makeStyles` from Fluent's barrel is Griffel's React one. */
const griffelSources: Record<string, string> = {
  '@griffel/react': '@griffel/react',
  '@griffel/core': '@griffel/core',
  '@fluentui/react-components': '@griffel/react',
}

/**
 * The values a style object may use from its imports, as the browser would see them. Tokens are CSS
 * variable references (`var(--colorNeutralForeground1)`), the same in every theme; the theme sets the variables.
 */
const knownImports: Record<string, unknown> = { tokens, typographyStyles, shorthands }

interface Edit {
  start: number
  end: number
  text: string
}

/**
 * `code` with each Griffel call in it replaced by its class-names-only twin, and the CSS rules the calls held;
 * null when the module has none.
 */
export function extractGriffel(id: string, code: string): { code: string; rules: CSSRulesByBucket[] } | null {
  const { program, module, errors } = parseSync(id, code)
  if (errors.length > 0) return null
  const kinds = new Map<string, { kind: Kind; source: string }>()
  const imported = new Map<string, { source: string; name: string }>()
  for (const statement of module.staticImports)
    for (const entry of statement.entries) {
      if (entry.isType || entry.importName.kind !== 'Name' || !entry.importName.name) continue
      const source = statement.moduleRequest.value
      imported.set(entry.localName.value, { source, name: entry.importName.name })
      const griffel = griffelSources[source]
      if (griffel && entry.importName.name in twinOf)
        kinds.set(entry.localName.value, { kind: entry.importName.name as Kind, source: griffel })
    }
  if (kinds.size === 0) return null

  const scope = new ModuleScope(id, code, program, imported)
  const edits: Edit[] = []
  const rules: CSSRulesByBucket[] = []
  const twins = new Map<string, string>()
  const twin = (kind: Kind, source: string): string => {
    const key = `${source}\0${twinOf[kind]}`
    if (!twins.has(key)) twins.set(key, `__griffelAot${twins.size}`)
    return twins.get(key) ?? ''
  }
  walk(program, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return
    const found = kinds.get(node.callee.name)
    if (!found) return
    const where = `${id}:${lineOf(code, node.start)}`
    const args = node.arguments
    const call = (argsText: string): string => `${twin(found.kind, found.source)}(${argsText})`
    switch (found.kind) {
      case '__styles': {
        if (args.length !== 2)
          throw new Error(`griffel-css: ${where}: __styles with ${args.length} arguments`)
        rules.push(literal(code, args[1], where) as CSSRulesByBucket)
        edits.push({ start: node.start, end: node.end, text: call(code.slice(args[0]!.start, args[0]!.end)) })
        return
      }
      case '__resetStyles': {
        if (args.length !== 3)
          throw new Error(`griffel-css: ${where}: __resetStyles with ${args.length} arguments`)
        const value = literal(code, args[2], where) as string[] | CSSRulesByBucket
        rules.push(Array.isArray(value) ? { r: value } : value)
        edits.push({ start: node.start, end: node.end, text: call(code.slice(args[0]!.start, args[1]!.end)) })
        return
      }
      case '__staticStyles': {
        rules.push(literal(code, args[0], where) as CSSRulesByBucket)
        edits.push({ start: node.start, end: node.end, text: call('') })
        return
      }
      case 'makeStyles': {
        const styles = scope.evaluate(args[0], where) as Record<string, GriffelStyle>
        const [classes, cssRules] = resolveStyleRulesForSlots(styles)
        rules.push(cssRules)
        edits.push({ start: node.start, end: node.end, text: call(JSON.stringify(classes)) })
        return
      }
      case 'makeResetStyles': {
        const styles = scope.evaluate(args[0], where) as GriffelResetStyle
        const [ltr, rtl, cssRules] = resolveResetStyleRules(styles)
        rules.push(Array.isArray(cssRules) ? { r: cssRules } : cssRules)
        edits.push({
          start: node.start,
          end: node.end,
          text: call(`${JSON.stringify(ltr)}, ${JSON.stringify(rtl)}`),
        })
        return
      }
      case 'makeStaticStyles':
        throw new Error(
          `griffel-css: ${where}: makeStaticStyles is not compiled ahead of time; use makeStyles`,
        )
    }
  })
  if (edits.length === 0) return null
  let out = code
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  const imports = [...twins].map(([key, local]) => {
    const [source, name] = key.split('\0')
    return `import { ${name} as ${local} } from ${JSON.stringify(source)};`
  })
  return { code: dropDeadConstants(id, `${imports.join('\n')}\n${out}`), rules }
}

/**
 * `code` without the top-level constants nothing reads any more. Fluent's precompiled style modules keep the
 * constants their rules were built from (`const horizontalPadding = { small: tokens.spacingHorizontalS, … }`);
 * with the rules gone they are dead, but the bundler keeps them (reading a property might run a getter), and
 * with them the whole token table. Only constants built from literals and property reads are dropped.
 */
export function dropDeadConstants(id: string, code: string): string {
  for (;;) {
    const { program, module, errors } = parseSync(id, code)
    if (errors.length > 0) return code
    // Griffel's shorthands (`shorthands.borderColor(…)`) only build style objects.
    const pureHelpers = new Set(
      module.staticImports
        .filter((statement) => statement.moduleRequest.value in griffelSources)
        .flatMap((statement) => statement.entries)
        .filter((entry) => entry.importName.kind === 'Name' && entry.importName.name === 'shorthands')
        .map((entry) => entry.localName.value),
    )
    const reads = new Map<string, number>()
    walk(program, (node, parent, key) => {
      if (node.type !== 'Identifier') return
      if (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) return
      if (parent?.type === 'Property' && key === 'key' && !parent.computed) return
      if (parent?.type === 'VariableDeclarator' && key === 'id') return
      reads.set(node.name, (reads.get(node.name) ?? 0) + 1)
    })
    const dead = program.body.filter(
      (statement): statement is ESTree.VariableDeclaration =>
        statement.type === 'VariableDeclaration' &&
        statement.kind === 'const' &&
        statement.declarations.every(
          (declarator) =>
            declarator.id.type === 'Identifier' &&
            !reads.has(declarator.id.name) &&
            (!declarator.init || isInert(declarator.init, pureHelpers)),
        ),
    )
    if (dead.length === 0) return code
    for (const statement of dead.sort((a, b) => b.start - a.start))
      code = code.slice(0, statement.start) + code.slice(statement.end)
  }
}

/**
 * Built only from literals, templates, object and array literals, property reads and calls of `pureHelpers`'
 * functions: evaluating it does nothing.
 */
function isInert(node: ESTree.Node, pureHelpers: ReadonlySet<string>): boolean {
  let inert = true
  walk(node, (child) => {
    if (
      child.type === 'CallExpression' &&
      child.callee.type === 'MemberExpression' &&
      child.callee.object.type === 'Identifier' &&
      pureHelpers.has(child.callee.object.name)
    )
      return
    if (
      ![
        'Literal',
        'TemplateLiteral',
        'TemplateElement',
        'ObjectExpression',
        'ArrayExpression',
        'Property',
        'SpreadElement',
        'MemberExpression',
        'Identifier',
      ].includes(child.type)
    )
      inert = false
  })
  return inert
}

/** A literal's value (Fluent's precompiled rules are plain strings in arrays and objects). */
function literal(code: string, node: ESTree.Node | undefined, where: string): unknown {
  if (!node) throw new Error(`griffel-css: ${where}: a call without its rules`)
  try {
    return evaluateIn(code.slice(node.start, node.end), {})
  } catch (error) {
    throw new Error(`griffel-css: ${where}: rules that are not a literal (${String(error)})`, {
      cause: error,
    })
  }
}

/** The value of the expression `text` in a fresh context that holds only the standard built-ins and `bindings`. */
function evaluateIn(text: string, bindings: Record<string, unknown>): unknown {
  return runInNewContext(`"use strict"; (${text})`, { ...bindings }, { timeout: 1000 }) as unknown
}

/** The names every fresh context has (Object, Math, JSON, …): not the module's to supply. */
const builtIns = new Set(Object.getOwnPropertyNames(runInNewContext('globalThis') as object))

/**
 * Evaluates a style object at build time: literals, the module's own top-level constants, and the few imports
 * in `knownImports`. Anything else (a function of runtime values, another import) fails with where it is.
 */
class ModuleScope {
  private readonly constants = new Map<string, ESTree.Node>()
  private readonly values = new Map<string, unknown>()

  constructor(
    private readonly id: string,
    private readonly code: string,
    program: ESTree.Program,
    private readonly imported: Map<string, { source: string; name: string }>,
  ) {
    for (const statement of program.body) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
      if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue
      for (const declarator of declaration.declarations)
        if (declarator.id.type === 'Identifier' && declarator.init)
          this.constants.set(declarator.id.name, declarator.init)
    }
  }

  evaluate(node: ESTree.Node | undefined, where: string, depth = 0): unknown {
    if (!node) throw new Error(`griffel-css: ${where}: a style call without styles`)
    if (depth > 10) throw new Error(`griffel-css: ${where}: constants that refer to each other too deeply`)
    const bindings: Record<string, unknown> = {}
    for (const name of freeNames(node))
      if (!builtIns.has(name)) bindings[name] = this.value(name, where, depth)
    try {
      return evaluateIn(this.code.slice(node.start, node.end), bindings)
    } catch (error) {
      throw new Error(`griffel-css: ${where}: styles the build cannot evaluate (${String(error)})`, {
        cause: error,
      })
    }
  }

  private value(name: string, where: string, depth: number): unknown {
    if (this.values.has(name)) return this.values.get(name)
    let value: unknown
    const from = this.imported.get(name)
    const constant = this.constants.get(name)
    if (from) {
      if (!(from.name in knownImports))
        throw new Error(
          `griffel-css: ${where}: styles use ${from.name} from ${from.source}, which the build cannot evaluate`,
        )
      value = knownImports[from.name]
    } else if (constant)
      value = this.evaluate(constant, `${this.id}:${lineOf(this.code, constant.start)}`, depth + 1)
    else throw new Error(`griffel-css: ${where}: styles use ${name}, which is not a top-level constant`)
    this.values.set(name, value)
    return value
  }
}

/** Names an expression reads from its surroundings (property names and keys are not reads). */
function freeNames(root: ESTree.Node): Set<string> {
  const names = new Set<string>()
  walk(root, (node, parent, key) => {
    if (node.type !== 'Identifier') return
    if (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) return
    if (parent?.type === 'Property' && key === 'key' && !parent.computed) return
    if (
      parent &&
      (parent.type === 'ArrowFunctionExpression' || parent.type === 'FunctionExpression') &&
      key === 'params'
    )
      throw new Error(`griffel-css: a function inside styles is not evaluated at build time`)
    names.add(node.name)
  })
  return names
}

type Visit = (node: ESTree.Node, parent: ESTree.Node | null, key: string | null) => void

function walk(
  node: ESTree.Node,
  visit: Visit,
  parent: ESTree.Node | null = null,
  key: string | null = null,
): void {
  visit(node, parent, key)
  for (const [childKey, child] of Object.entries(node)) {
    if (childKey === 'parent') continue
    const children: unknown[] = Array.isArray(child) ? child : [child]
    for (const value of children)
      if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string')
        walk(value as ESTree.Node, visit, node, childKey)
  }
}

function lineOf(code: string, offset: number): number {
  return code.slice(0, offset).split('\n').length
}

/** The media or container query a rule's metadata names. */
function conditionOf(meta: Record<string, unknown> | undefined): string {
  const condition = meta?.m ?? meta?.x
  return typeof condition === 'string' ? condition : ''
}

const bucketRank = new Map<string, number>(styleBucketOrdering.map((bucket, index) => [bucket, index]))

/**
 * The rules of `sets` as one style sheet, each rule once, ordered as Griffel's DOM renderer orders its
 * `<style>` elements: by bucket, media rules by their query, and by priority within a bucket.
 */
export function sortCSSRules(sets: readonly CSSRulesByBucket[]): string {
  const unique = new Map<string, { bucket: number; media: string; priority: number; order: number }>()
  for (const set of sets)
    for (const [bucket, entries] of Object.entries(set) as [StyleBucketName, CSSRulesByBucket['d']][])
      for (const entry of entries ?? []) {
        const [rule, meta] = normalizeCSSBucketEntry(entry)
        if (unique.has(rule)) continue
        unique.set(rule, {
          bucket: bucketRank.get(bucket) ?? styleBucketOrdering.length,
          media: bucket === 'm' || bucket === 'x' ? conditionOf(meta) : '',
          priority: Number(meta?.p ?? 0),
          order: unique.size,
        })
      }
  return [...unique]
    .sort(
      ([, a], [, b]) =>
        a.bucket - b.bucket ||
        (a.media < b.media ? -1 : a.media > b.media ? 1 : 0) ||
        a.priority - b.priority ||
        a.order - b.order,
    )
    .map(([rule]) => rule)
    .join('\n')
}
