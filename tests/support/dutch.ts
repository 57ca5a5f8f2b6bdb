import i18next from 'i18next'

import type { Message } from '../../shared/contract'
import { en } from '../../shared/i18n/en'
import { paramValues } from '../../shared/i18n/message'
import { nl } from '../../shared/i18n/nl'

/** Every text of a catalog as `dotted.key → text`. */
function leaves(node: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(node) as [string, unknown][]) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

// Dutch only, with no fallback: a key Dutch lacks comes back as the key itself, which the checks below catch.
const dutch = i18next.createInstance()
void dutch.init({
  lng: 'nl',
  resources: { nl: { translation: nl } },
  interpolation: { escapeValue: false },
  initAsync: false,
})

/** A service's message worded as the renderer words it (`t(code, params)`), in Dutch. */
export function inDutch(message: Message): string {
  return dutch.t(message.code, paramValues(message.params))
}

/**
 * The runs of English catalog wording (three words or more between variables and quoted portal labels) whose
 * Dutch text differs: none of them may show in a Dutch rendering.
 */
const englishRuns: string[] = (() => {
  const dutchTexts = leaves(nl)
  const runs = new Set<string>()
  for (const [key, text] of leaves(en)) {
    if (dutchTexts.get(key) === text) continue
    // Labels quoted from a portal (“Initial cycle completed”) stay in English in every language.
    for (const part of text.replace(/“[^”]*”/g, '{{quoted}}').split(/\{\{[^}]*\}\}/)) {
      const run = part.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
      if (run.split(/\s+/).length >= 3) runs.add(run)
    }
  }
  // Portal labels the Dutch catalog itself quotes in English are not English wording.
  const quotedInDutch = new Set(
    [...dutchTexts.values()].flatMap((t) => [...t.matchAll(/“([^”]*)”/g)].map((m) => m[1])),
  )
  return [...runs].filter((run) => !quotedInDutch.has(run))
})()

/** The English catalog wording found in `text` (empty when there is none). */
export function englishIn(text: string): string[] {
  return englishRuns.filter((run) => text.includes(run))
}
