import { readFileSync } from 'node:fs'

import { parseSync, type Plugin } from 'vite'

/** The modules the plugin serves, by the name a script imports them under. */
export const FIRST_SCREEN_ID = 'virtual:english/first-screen'
export const LATER_ID = 'virtual:english/later'

interface Section {
  name: string
  /** The property's source text, `name: { … }`, exactly as written in the catalog. */
  text: string
}

/**
 * The top-level sections of the object literal exported as `exportName` from `source` (a TypeScript file), in
 * the order written. Throws when the export is missing or is not a plain literal of named sections: the split
 * must fail the build rather than ship a catalog with words missing.
 */
export function catalogSections(file: string, source: string, exportName: string): Section[] {
  const { program, errors } = parseSync(file, source)
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message ?? ''}`)
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration')
      continue
    for (const declarator of statement.declaration.declarations) {
      if (declarator.id.type !== 'Identifier' || declarator.id.name !== exportName) continue
      let init = declarator.init
      while (init && (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression'))
        init = init.expression
      if (init?.type !== 'ObjectExpression')
        throw new Error(`${exportName} in ${file} is not an object literal`)
      return init.properties.map((property) => {
        if (property.type !== 'Property' || property.computed || property.key.type !== 'Identifier')
          throw new Error(`${exportName} in ${file} has a section that is not a plain named property`)
        return { name: property.key.name, text: source.slice(property.start, property.end) }
      })
    }
  }
  throw new Error(`${file} exports no ${exportName}`)
}

/** A module that exports `sections` as one object, `english`. */
function moduleOf(sections: readonly Section[]): string {
  return `export const english = {\n${sections.map((section) => section.text).join(',\n')}\n}\n`
}

/**
 * The English catalog is one object of sections (`app`, `wizard`, `errors`, `steps`, …), and English is the
 * page's fallback, so it cannot wait for a download the way Dutch does. Yet most sections are words of later
 * screens. This plugin cuts the catalog at build time into two modules: `virtual:english/first-screen`, the
 * sections named in `firstScreen`, which the first script bundles, and `virtual:english/later`, every other
 * section, which loads on demand. Both are cut from the catalog's own source, so a key added to it lands in
 * one of them without anyone listing it; a section named in `firstScreen` that the catalog lacks fails the build.
 */
export function splitCatalog(options: {
  catalog: string
  exportName: string
  firstScreen: readonly string[]
}): Plugin {
  const ids = { [FIRST_SCREEN_ID]: 'first', [LATER_ID]: 'later' } as const
  return {
    name: 'split-catalog',
    resolveId(id) {
      return id in ids ? `\0${id}` : null
    },
    load(id) {
      if (!id.startsWith('\0')) return null
      const part = ids[id.slice(1) as keyof typeof ids]
      if (!part) return null
      this.addWatchFile(options.catalog)
      const sections = catalogSections(
        options.catalog,
        readFileSync(options.catalog, 'utf8'),
        options.exportName,
      )
      const names = new Set(sections.map((section) => section.name))
      const unknown = options.firstScreen.filter((name) => !names.has(name))
      if (unknown.length > 0)
        throw new Error(`The first screen names sections the catalog lacks: ${unknown.join(', ')}`)
      const first = new Set(options.firstScreen)
      return moduleOf(sections.filter((section) => first.has(section.name) === (part === 'first')))
    },
  }
}
