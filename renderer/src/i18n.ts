import i18next from 'i18next'
import resourcesToBackend from 'i18next-resources-to-backend'
import { initReactI18next } from 'react-i18next'

import type { Language } from '../../shared/i18n/catalog'
import { en } from '../../shared/i18n/en'

/**
 * English ships in the first script (it is the fallback, and most people read it); other languages are
 * separate chunks that load only when chosen. They come from the page's own origin like every other
 * script, so the CSP (`script-src 'self'`) needs nothing more.
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
      // English is bundled; the backend fills in the rest on demand.
      resources: { en: { translation: en } },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
    })
  showLanguage(language)
  return i18next
}

/**
 * Words the page in `language` from now on, once its words have loaded; `<html lang>` and the title follow,
 * so screen readers pronounce it right.
 */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language)
  showLanguage(language)
}

function showLanguage(language: Language): void {
  if (typeof document === 'undefined') return
  // The language i18next settled on: when two choices cross while one loads, the last one wins.
  document.documentElement.lang = i18next.resolvedLanguage ?? language
  // The window's title is the page's too: it speaks the page's language.
  document.title = i18next.t('app.title')
}
