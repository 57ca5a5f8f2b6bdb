import type { StateCreator } from 'zustand'

import type { AppInfo, AssistantApi } from '../../../shared/contract'
import type { Language } from '../../../shared/i18n/catalog'
import type { AppError } from '../../../shared/result'
import { changeLanguage } from '../i18n'
import { readLanguage, writeLanguage } from '../language'
import type { RootState } from './root'

/** The person's colour preference; `system` follows the operating system's light or dark setting. */
export type ThemePreference = 'system' | 'light' | 'dark'

/** Host facts and the last error the person should see. */
export interface AppSlice {
  api: AssistantApi
  info: AppInfo | null
  error: AppError | null
  /** Screen-sharing: customer identifiers are masked everywhere they are shown. */
  presentation: boolean
  setPresentation: (on: boolean) => void
  /** Light or dark: follows the system until the person picks one with the switch. */
  theme: ThemePreference
  setTheme: (theme: ThemePreference) => void
  /** The language the page is worded in: the system's when Dutch, else English, until the person picks one. */
  language: Language
  setLanguage: (language: Language) => void
  loadInfo: () => Promise<void>
  clearError: () => void
}

/** Creates the app slice around the transport picked at start. */
export function createAppSlice(api: AssistantApi): StateCreator<RootState, [], [], AppSlice> {
  return (set, get) => ({
    api,
    info: null,
    error: null,
    presentation: readPresentation(),
    theme: readTheme(),
    language: readLanguage(),
    setLanguage: (language) => {
      writeLanguage(language)
      set({ language })
      void changeLanguage(language)
      void api.setLanguage({ language })
    },
    setTheme: (theme) => {
      writeSetting(THEME_KEY, theme, globalThis.localStorage)
      set({ theme })
    },
    setPresentation: (on) => {
      writePresentation(on)
      set({ presentation: on })
    },
    async loadInfo() {
      const result = await api.getAppInfo({})
      set(result.ok ? { info: result.value } : { error: result.error })
      // The host words its own notifications in the page's language.
      if (result.ok) void api.setLanguage({ language: get().language })
    },
    clearError: () => set({ error: null }),
  })
}

const PRESENTATION_KEY = 'assistant.presentation'

/** The presentation switch is a UI preference (not a secret), kept per window across reloads. */
function readPresentation(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(PRESENTATION_KEY) === 'on'
  } catch {
    return false
  }
}

function writePresentation(on: boolean): void {
  try {
    globalThis.sessionStorage?.setItem(PRESENTATION_KEY, on ? 'on' : 'off')
  } catch {
    // Storage can be unavailable; the switch then lasts until reload.
  }
}

const THEME_KEY = 'assistant.theme'

/** The colour preference is a UI setting (not a secret), kept across restarts. */
function readTheme(): ThemePreference {
  try {
    const value = globalThis.localStorage?.getItem(THEME_KEY)
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    return 'system'
  }
}

function writeSetting(key: string, value: string, storage: Storage | undefined): void {
  try {
    storage?.setItem(key, value)
  } catch {
    // Storage can be unavailable; the choice then lasts until reload.
  }
}
