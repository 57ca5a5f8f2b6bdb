import type { StateCreator } from 'zustand'

import type { AppInfo, AssistantApi } from '../../../shared/contract'
import type { AppError } from '../../../shared/result'
import type { RootState } from './root'

/** Host facts and the last error the person should see. */
export interface AppSlice {
  api: AssistantApi
  info: AppInfo | null
  error: AppError | null
  loadInfo: () => Promise<void>
  clearError: () => void
}

/** Creates the app slice around the transport picked at start. */
export function createAppSlice(api: AssistantApi): StateCreator<RootState, [], [], AppSlice> {
  return (set) => ({
    api,
    info: null,
    error: null,
    async loadInfo() {
      const result = await api.getAppInfo({})
      set(result.ok ? { info: result.value } : { error: result.error })
    },
    clearError: () => set({ error: null }),
  })
}
