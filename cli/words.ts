import type { Message } from '../shared/contract'
import type { Language } from '../shared/i18n/catalog'
import { en } from '../shared/i18n/en'
import { errorIn, wordsIn } from '../shared/i18n/message'
import { nl } from '../shared/i18n/nl'

const catalogs: Record<Language, object> = { en, nl }

/** The language the CLI words its output in (`--language`); one run at a time sets it. */
let catalog: object = en

/** Sets the language of what the CLI prints (and of the handover report it writes). */
export function setCliLanguage(language: Language): void {
  catalog = catalogs[language]
}

/** A service's message in the CLI's language. */
export function say(message: Message): string {
  return wordsIn(catalog, message)
}

/**
 * An error for the terminal, worded from the catalog in the CLI's language: what happened, the next action,
 * and what Microsoft answered when the service gave it.
 */
export function errorWords(error: Parameters<typeof errorIn>[1]): string {
  return errorIn(catalog, error)
}
