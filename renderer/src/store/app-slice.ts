import type { StateCreator } from 'zustand'

import type { AppInfo, AssistantApi } from '../../../shared/contract'
import type { AppError } from '../../../shared/result'
import type { RootState } from './root'

/** Host facts and the last error the person should see. */
export interface AppSlice {
  api: AssistantApi
  info: AppInfo | null
  error: AppError | null
  /** Screen-sharing: customer identifiers are masked everywhere they are shown. */
  presentation: boolean
  setPresentation: (on: boolean) => void
  loadInfo: () => Promise<void>
  clearError: () => void
}

/** Creates the app slice around the transport picked at start. */
export function createAppSlice(api: AssistantApi): StateCreator<RootState, [], [], AppSlice> {
  return (set) => ({
    api,
    info: null,
    error: null,
    presentation: readPresentation(),
    setPresentation: (on) => {
      writePresentation(on)
      set({ presentation: on })
    },
    async loadInfo() {
      const result = await api.getAppInfo({})
      set(result.ok ? { info: result.value } : { error: result.error })
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
