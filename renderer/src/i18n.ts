import i18next from 'i18next'
import resourcesToBackend from 'i18next-resources-to-backend'
import { initReactI18next } from 'react-i18next'

import { english as firstScreenEnglish } from 'virtual:english/first-screen'

import type { Language } from '../../shared/i18n/catalog'
import type { MessageKey } from '../../shared/i18n/message-parts'

/**
 * English is the fallback and most people read it: the first screen's sections of it ship in the first script,
 * the rest follows in its own chunk (loadLaterEnglish). Other languages are separate chunks that load whole,
 * only when chosen. They come from the page's own origin like every other script, so the CSP
 * (`script-src 'self'`) needs nothing more.
 */
const otherLanguages = resourcesToBackend(async (language: Language) => {
  if (language === 'nl') return (await import('../../shared/i18n/nl')).nl
  return null
})

/**
 * Initialises i18next in `language`. It resolves once that language's words are loaded, so a Dutch page
 * paints in Dutch from its first frame (no English flash).
 */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next
    .use(otherLanguages)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: ['en', 'nl'],
      // English's first screen is bundled; the backend fills in other languages on demand.
      resources: { en: { translation: firstScreenEnglish } },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      // A word of the later English asked for before it arrived fetches it at once (the backend has no
      // `create`, so nothing is saved anywhere); the screen words itself again once it has arrived.
      saveMissing: true,
      missingKeyHandler: () => void loadLaterEnglish().catch(() => undefined),
      react: { bindI18nStore: 'added' },
    })
  noteMissingWords(language)
  showLanguage(language)
  return i18next
}

/**
 * True when `text` is a key of the English words the page has (a plural by its stem): the renderer's
 * `isMessageKey`, without carrying the whole catalog. A later screen asks it, and later screens show only once
 * the later English has arrived (lazy-panels.tsx), so every key is known by then.
 */
export function isLoadedKey(text: string): text is MessageKey {
  const has = (key: string): boolean => typeof i18next.getResource('en', 'translation', key) === 'string'
  return has(text) || has(`${text}_other`)
}

let laterEnglish: Promise<void> | null = null

/**
 * Loads the English sections the first screen does not show (every later screen waits for them; see
 * lazy-panels.tsx). Once is enough: a failed load may be tried again.
 */
export function loadLaterEnglish(): Promise<void> {
  return (laterEnglish ??= import('virtual:english/later').then(
    ({ english: words }) => {
      i18next.addResourceBundle('en', 'translation', words, true, false)
    },
    (error: unknown) => {
      laterEnglish = null
      throw error
    },
  ))
}

/**
 * Words the page in `language` from now on, once its words have loaded; `<html lang>` and the title follow,
 * so screen readers pronounce it right.
 */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language)
  noteMissingWords(language)
  showLanguage(language)
}

/**
 * A language whose words did not load (its chunk failed: files replaced under a running app, a broken
 * install): i18next falls back to English without a word, so the page keeps that fact for a note that says
 * why it shows English. Null while every chosen language loaded.
 */
let missingWords: Language | null = null
const missingWordsListeners = new Set<() => void>()

function noteMissingWords(language: Language): void {
  const missing = language !== 'en' && !i18next.hasResourceBundle(language, 'translation') ? language : null
  if (missing === missingWords) return
  missingWords = missing
  for (const listener of missingWordsListeners) listener()
}

/** The language whose words failed to load, or null (read with {@link onMissingWords}, e.g. useSyncExternalStore). */
export function languageMissingWords(): Language | null {
  return missingWords
}

/** Calls `listener` whenever {@link languageMissingWords} changes; returns the unsubscribe function. */
export function onMissingWords(listener: () => void): () => void {
  missingWordsListeners.add(listener)
  return () => missingWordsListeners.delete(listener)
}

function showLanguage(language: Language): void {
  if (typeof document === 'undefined') return
  // The language i18next settled on: when two choices cross while one loads, the last one wins.
  document.documentElement.lang = i18next.resolvedLanguage ?? language
  // The window's title is the page's too: it speaks the page's language.
  document.title = i18next.t('app.title')
}
