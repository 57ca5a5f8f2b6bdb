import type { Resources } from './en'

/** The shape every language provides: English's keys, with any wording. A missing or extra key is a type error. */
export type Catalog<T = Resources> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? SameLength<T[K]>
      : Catalog<T[K]>
}

/** A list of texts as long as English's (numbered instructions must match their callouts one to one). */
type SameLength<T extends readonly string[]> = { readonly [I in keyof T]: string }

/** The languages of the product, with each one's own name for itself (shown as is in every language). */
export const languages = { en: 'English', nl: 'Nederlands' } as const

/** One language code from {@link languages}. */
export type Language = keyof typeof languages

/** Every language code, English first. */
export const languageCodes = Object.keys(languages) as [Language, ...Language[]]

/** True when `value` is a language of the product. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && value in languages
}

/** The language to start in: Dutch when the system asks for it (nl, nl-NL, nl-BE), else English. */
export function languageFromSystem(systemLanguage: string | undefined): Language {
  return /^nl(-|$)/i.test(systemLanguage ?? '') ? 'nl' : 'en'
}
