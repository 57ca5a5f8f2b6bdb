import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

import type { Language } from '../../shared/i18n/catalog'
import { en } from '../../shared/i18n/en'
import { nl } from '../../shared/i18n/nl'

/** Initialises i18next with the bundled resources (no network loading: the CSP forbids it anyway). */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'nl'],
    resources: { en: { translation: en }, nl: { translation: nl } },
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  showLanguage(language)
  return i18next
}

/** Words the page in `language` from now on; `<html lang>` and the title follow, so screen readers pronounce it right. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language)
  showLanguage(language)
}

function showLanguage(language: Language): void {
  if (typeof document === 'undefined') return
  document.documentElement.lang = language
  // The window's title is the page's too: it speaks the page's language.
  document.title = i18next.t('app.title')
}
