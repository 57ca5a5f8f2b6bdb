import { isLanguage, languageFromSystem, type Language } from '../../shared/i18n/catalog'

const LANGUAGE_KEY = 'assistant.language'

/** The language to show: the person's choice when they made one, else the system's when it is Dutch, else English. */
export function readLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
  systemLanguage: string | undefined = globalThis.navigator?.language,
): Language {
  try {
    const stored = storage?.getItem(LANGUAGE_KEY)
    if (isLanguage(stored)) return stored
  } catch {
    // Storage can be unavailable; fall back to the system's language.
  }
  return languageFromSystem(systemLanguage)
}

/** The language is a UI setting (not a secret), kept across restarts like the colour preference. */
export function writeLanguage(
  language: Language,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language)
  } catch {
    // Storage can be unavailable; the choice then lasts until reload.
  }
}
