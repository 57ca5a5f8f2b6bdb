import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

import { en } from '../../shared/i18n/en'

/** Initialises i18next with the bundled resources (no network loading: the CSP forbids it anyway). */
export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return i18next
}
