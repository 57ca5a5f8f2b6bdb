import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { parseSync, type Plugin } from 'vite'

/**
 * Fluent UI's packages re-export their parts through barrel modules (`index.js` files that only say
 * `export { … } from './…'`), and import one another through those barrels. Rolldown places a module by the
 * static imports that reach it and does not look through a side-effect-free barrel
 * (https://github.com/rolldown/rolldown/issues/8920): a barrel reached from the first screen reaches every
 * part any later screen takes from it, and those parts load with the first screen. This plugin rewrites
 * each named import from a package under `scope` into an import of the module that defines the
 * name, following the re-exports the barrels would have handed over anyway; each part then lands in the
 * chunk of the screens that use it. A barrel that may have side effects is kept (skipping it would skip them).
 */
export function flattenBarrels(scope = '@fluentui/'): Plugin {
  const definitions = new Definitions()
  return {
    name: 'flatten-barrels',
    apply: 'build',
    transform: {
      filter: { code: scope },
      async handler(code, id) {
        if (!/\.[cm]?[jt]sx?$/.test(id)) return null
        const { module, errors } = parseSync(id, code)
        if (errors.length > 0) return null
        const edits: { start: number; end: number; text: string }[] = []
        for (const statement of module.staticImports) {
          const source = statement.moduleRequest.value
          if (!source.startsWith(scope) || statement.entries.length === 0) continue
          const resolved = await this.resolve(source, id)
          if (!resolved || resolved.external) continue
          const lines: string[] = []
          for (const entry of statement.entries) {
            if (entry.isType) continue
            const local = entry.localName.value
            const imported = entry.importName.kind === 'Name' ? entry.importName.name : null
            // A namespace or default import keeps the barrel: it may need every name the barrel has.
            if (!imported) {
              lines.length = 0
              break
            }
            const owner = await definitions.find(resolved.id, imported, (spec, from) =>
              this.resolve(spec, from),
            )
            const from = owner?.file ?? resolved.id
            const name = owner?.name ?? imported
            lines.push(
              `import { ${name === local ? local : `${name} as ${local}`} } from ${JSON.stringify(from)};`,
            )
          }
          if (lines.length > 0)
            edits.push({ start: statement.start, end: statement.end, text: lines.join(' ') })
        }
        if (edits.length === 0) return null
        let out = code
        for (const edit of edits.sort((a, b) => b.start - a.start))
          out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
        return { code: out, map: null }
      },
    },
  }
}

type Resolve = (spec: string, from: string) => Promise<{ id: string; external?: unknown } | null>

/** Where each exported name of a module is defined, following side-effect-free re-exports. */
class Definitions {
  private readonly parsed = new Map<string, ReturnType<typeof parseSync>['module'] | null>()
  private readonly pure = new Map<string, boolean>()

  /** The module and name that define `name` as exported by `file`, or null when it cannot be told. */
  async find(
    file: string,
    name: string,
    resolve: Resolve,
    depth = 0,
  ): Promise<{ file: string; name: string } | null> {
    if (depth > 20) return null
    const module = this.parse(file)
    if (!module) return null
    if (!this.sideEffectFree(file)) return { file, name }
    const stars: string[] = []
    for (const statement of module.staticExports)
      for (const entry of statement.entries) {
        if (entry.isType) continue
        const source = entry.moduleRequest?.value
        if (entry.exportName.kind === 'None' && entry.importName.kind === 'AllButDefault' && source) {
          stars.push(source)
          continue
        }
        if (entry.exportName.name !== name) continue
        // Defined here, or a namespace re-export (`export * as name`): this module is the owner.
        if (!source || entry.importName.kind !== 'Name' || !entry.importName.name) return { file, name }
        const next = await resolve(source, file)
        if (!next || next.external) return { file, name }
        return (await this.find(next.id, entry.importName.name, resolve, depth + 1)) ?? { file, name }
      }
    for (const source of stars) {
      const next = await resolve(source, file)
      if (!next || next.external) continue
      const found = await this.find(next.id, name, resolve, depth + 1)
      if (found) return found
    }
    return null
  }

  private parse(file: string): ReturnType<typeof parseSync>['module'] | null {
    if (!this.parsed.has(file)) {
      let module: ReturnType<typeof parseSync>['module'] | null = null
      try {
        const result = parseSync(file, readFileSync(file, 'utf8'))
        if (result.errors.length === 0) module = result.module
      } catch {
        module = null
      }
      this.parsed.set(file, module)
    }
    return this.parsed.get(file) ?? null
  }

  /** The package around `file` says its scripts have no side effects (style sheets may). */
  private sideEffectFree(file: string): boolean {
    for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
      const manifest = join(dir, 'package.json')
      if (!existsSync(manifest)) continue
      if (!this.pure.has(manifest)) {
        const { sideEffects } = JSON.parse(readFileSync(manifest, 'utf8')) as { sideEffects?: unknown }
        this.pure.set(
          manifest,
          sideEffects === false ||
            (Array.isArray(sideEffects) && sideEffects.every((glob) => String(glob).endsWith('.css'))),
        )
      }
      return this.pure.get(manifest) ?? false
    }
    return false
  }
}
