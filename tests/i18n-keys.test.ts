import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  clientIdSources,
  jobFixSchema,
  jobHealthStateSchema,
  quarantineReasons,
  screenshotPackProblemCodes,
  screenshotPackSources,
  setupStateSchema,
  updateStatusSchema,
  customerFileKinds,
  customerRunStates,
} from '../shared/contract'
import { errorCodes } from '../shared/errors'
import { en } from '../shared/i18n/en'
import { nl } from '../shared/i18n/nl'
import { engineActions, handlingKinds, phases, portals, stepIds } from '../shared/steps'
import { stepStatuses } from '../renderer/src/store/step-status'

/** Every leaf of a catalog as `dotted.key → text`. */
function flatten(node: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(node) as [string, unknown][]) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const catalogs = { en: flatten(en), nl: flatten(nl) }

/** The `{{name}}` variables a text interpolates, sorted. */
function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.-]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? ''))].sort()
}

/** A key as asked for: itself, or a plural stem whose `_one` / `_other` forms exist. */
function forms(key: string): string[] {
  if (catalogs.en.has(key)) return [key]
  return [...catalogs.en.keys()].filter((k) => k === `${key}_one` || k === `${key}_other`)
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.(test|e2e)\.tsx?$/.test(name) ? [path] : []
  })
}

/**
 * Keys built from data, by the template as written in the source (`${…}` shown as `*`), with the typed union
 * each one runs over (or, for two levels of data, the keys themselves). `optional` families have a fallback in the code (`defaultValue`), so only the values
 * that have their own words must exist. A template missing here fails the test: add its union.
 */
const families: Record<string, { values?: readonly string[]; keys?: string[]; optional?: boolean }> = {
  'phases.*': { values: phases },
  'handling.*': { values: handlingKinds },
  'portals.*': { values: portals },
  'stepStatus.*': { values: stepStatuses },
  'steps.*.title': { values: stepIds },
  'steps.*.body': { values: stepIds },
  // Numbered instructions, one per callout of the step's drawing (its own test checks the counts match).
  // Numbered instructions, one per callout of the step's drawing (the drawings' own test checks the counts).
  'steps.*.byHand.*': {
    keys: stepIds.flatMap((id) => [...catalogs.en.keys()].filter((k) => k.startsWith(`steps.${id}.byHand.`))),
  },
  'run.expected.*': { values: engineActions },
  // What Entra is doing now during the first cycle (first-cycle-panel.tsx).
  'firstCycle.now.*': { values: ['starting', 'sending', 'reading'] },
  'automation.phase.*': { values: setupStateSchema.shape.phase.options },
  'updates.*': { values: updateStatusSchema.shape.state.options },
  'updates.feedSource.*': { values: updateStatusSchema.shape.feedSource.unwrap().options },
  'settings.source.*': { values: clientIdSources },
  'registration.overridden.*': { values: ['flag', 'environment'] },
  // The summary words "completed" and "waiting" with their own keys; every other health is worded here.
  'job.health.*': {
    values: jobHealthStateSchema.options.filter((h) => h !== 'completed' && h !== 'waiting'),
  },
  'job.reason.*': { values: quarantineReasons, optional: true },
  'job.cause.*': { values: jobFixSchema.options },
  'job.fix.*': { values: jobFixSchema.options },
  'job.fixCli.*': { values: jobFixSchema.options },
  'signIn.errorTitle.*': { values: errorCodes, optional: true },
  'customers.run.*': { values: customerRunStates },
  'customers.kinds.*': { values: customerFileKinds },
  'screenshotPack.problem.*': { values: screenshotPackProblemCodes },
  // "none" is worded by its own key.
  'screenshotPack.source.*': { values: screenshotPackSources.filter((s) => s !== 'none') },
  'errors.*.message': { values: errorCodes },
  'errors.*.action': { values: errorCodes },
}

/** What the code asks for: literal keys, and the keys each data-built template expands to. */
function scanUsage(): { used: Set<string>; missing: string[]; unknownTemplates: string[]; calls: number } {
  const used = new Set<string>()
  const missing: string[] = []
  const unknownTemplates: string[] = []
  let calls = 0
  for (const file of ['renderer/src', 'cli', 'electron', 'shared'].flatMap(sourceFiles)) {
    // The catalogs themselves are not usage; message.ts and message-parts.ts are (they word errors and refused values).
    if (file.startsWith(join('shared', 'i18n')) && !/message(-parts)?\.ts$/.test(file)) continue
    const text = readFileSync(file, 'utf8')
    // `msg('…')` is how services name a message for the renderer and the CLI to word.
    for (const match of text.matchAll(/\b(?:t|msg)\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
      calls++
      const key = match[1] ?? ''
      const found = forms(key)
      if (found.length === 0) missing.push(`${file}: ${key}`)
      for (const k of found) used.add(k)
    }
    // A key picked by a condition (`t(a ? 'x.y' : 'x.z')`) is used too: any quoted literal that names a key.
    for (const match of text.matchAll(/'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
      for (const k of forms(match[1] ?? '')) used.add(k)
    }
    // Templates in `t(…)` on the screens and in `msg(…)` in services: each expands over its family's union.
    for (const match of text.matchAll(/\b(?:t|msg)\(\s*`([^`]*)`/g)) {
      calls++
      const template = (match[1] ?? '').replace(/\$\{[^}]*\}/g, '*')
      const family = families[template]
      if (!family) {
        unknownTemplates.push(`${file}: ${template}`)
        continue
      }
      for (const key of family.keys ?? (family.values ?? []).map((value) => template.replace('*', value))) {
        const found = forms(key)
        if (found.length === 0 && !family.optional) missing.push(`${file}: ${key}`)
        for (const k of found) used.add(k)
      }
    }
  }
  return { used, missing, unknownTemplates, calls }
}

describe('the message catalogs', () => {
  it('have the same keys in English and Dutch', () => {
    const en = [...catalogs.en.keys()]
    const nl = [...catalogs.nl.keys()]
    expect(
      en.filter((k) => !catalogs.nl.has(k)),
      'missing in Dutch',
    ).toEqual([])
    expect(
      nl.filter((k) => !catalogs.en.has(k)),
      'missing in English',
    ).toEqual([])
    expect(en.length).toBeGreaterThan(200)
  })

  it('give every error code a message and a next action in both languages', () => {
    const incomplete = errorCodes.flatMap((code) =>
      (['en', 'nl'] as const).flatMap((language) =>
        (['message', 'action'] as const)
          .filter((part) => !catalogs[language].get(`errors.${code}.${part}`)?.trim())
          .map((part) => `${language}: errors.${code}.${part}`),
      ),
    )
    expect(incomplete).toEqual([])
    expect(errorCodes.length).toBeGreaterThan(20)
  })

  it('interpolate the same variables in both languages', () => {
    const differ = [...catalogs.en].flatMap(([key, text]) => {
      const dutch = catalogs.nl.get(key)
      if (dutch === undefined) return []
      const a = variables(text).join(',')
      const b = variables(dutch).join(',')
      return a === b ? [] : [`${key}: en {${a}} nl {${b}}`]
    })
    expect(differ).toEqual([])
  })

  it('leave no text empty in one language and filled in the other', () => {
    const uneven = [...catalogs.en].filter(([key, text]) => (text === '') !== (catalogs.nl.get(key) === ''))
    expect(uneven.map(([key]) => key)).toEqual([])
  })

  it('have every key the code asks for, and only keys the code uses', () => {
    const { used, missing, unknownTemplates, calls } = scanUsage()
    expect(unknownTemplates, 'keys built from data without their union in `families`').toEqual([])
    expect(missing, 'keys asked for but not in en.ts').toEqual([])
    expect(
      [...catalogs.en.keys()].filter((k) => !used.has(k)),
      'keys in en.ts that no code uses',
    ).toEqual([])
    // The scan really reads the sources (guards against a pattern that matches nothing).
    expect(calls).toBeGreaterThan(150)
  })
})
