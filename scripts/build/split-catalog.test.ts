import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Plugin } from 'vite'
import { describe, expect, it } from 'vitest'

import { en } from '../../shared/i18n/en'
import { firstScreenSections } from './english-split'
import { catalogSections, FIRST_SCREEN_ID, LATER_ID, splitCatalog } from './split-catalog'

const catalog = resolve('shared/i18n/en.ts')

/** The module the plugin serves for `id`, as a script would import it. */
async function served(plugin: Plugin, id: string): Promise<Record<string, unknown>> {
  const resolveId = plugin.resolveId as (id: string) => string | null
  const load = plugin.load as (this: { addWatchFile: (file: string) => void }, id: string) => string | null
  const resolved = resolveId(id)
  if (!resolved) throw new Error(`${id} is not resolved`)
  const code = load.call({ addWatchFile: () => undefined }, resolved)
  if (!code) throw new Error(`${id} is not loaded`)
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    english: Record<string, unknown>
  }
  return module.english
}

describe('the English catalog cut in two', () => {
  it('serves the first screen its sections and the rest the others, together the whole catalog', async () => {
    const plugin = splitCatalog({ catalog, exportName: 'en', firstScreen: firstScreenSections })
    const first = await served(plugin, FIRST_SCREEN_ID)
    const later = await served(plugin, LATER_ID)
    expect(Object.keys(first).sort()).toEqual([...firstScreenSections].sort())
    expect(Object.keys(later).filter((name) => name in first)).toEqual([])
    expect({ ...first, ...later }).toEqual(en)
  })

  it('fails the build for a first-screen section the catalog lacks', async () => {
    const plugin = splitCatalog({ catalog, exportName: 'en', firstScreen: ['app', 'wizzard'] })
    await expect(served(plugin, FIRST_SCREEN_ID)).rejects.toThrow(/wizzard/)
  })

  it('refuses a catalog that is not a plain literal of named sections', () => {
    expect(() => catalogSections('x.ts', 'export const en = { ...other }', 'en')).toThrow(/plain named/)
    expect(() => catalogSections('x.ts', 'export const en = build()', 'en')).toThrow(/object literal/)
    expect(() => catalogSections('x.ts', 'export const nl = {}', 'en')).toThrow(/exports no en/)
    expect(catalogSections('x.ts', readFileSync(catalog, 'utf8'), 'en').map((s) => s.name)).toEqual(
      Object.keys(en),
    )
  })

  it('leaves other modules to the other plugins', () => {
    const plugin = splitCatalog({ catalog, exportName: 'en', firstScreen: [] })
    expect((plugin.resolveId as (id: string) => string | null)('./en')).toBeNull()
  })
})
