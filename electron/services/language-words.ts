import type { Message } from '../../shared/contract'
import type { Catalog, Language } from '../../shared/i18n/catalog'
import { en } from '../../shared/i18n/en'
import { wordsIn } from '../../shared/i18n/message'
import { nl } from '../../shared/i18n/nl'

const catalogs: Record<Language, Catalog> = { en, nl }

/**
 * A message in one of the product's languages, for what the main process or a service shows itself (a save
 * dialog, the browser page after sign-in). The renderer words its own texts with i18next.
 */
export function wordsInLanguage(language: Language, message: Message): string {
  return wordsIn(catalogs[language], message)
}
