import type { StateCreator } from 'zustand'

import type { ScreenshotPackView } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import type { RootState } from './root'

/** The organisation's screenshot pack: images that replace drawings, and what was refused. */
export interface ScreenshotPackSlice {
  screenshotPack: ScreenshotPackView | null
  /** Loads the pack once (the first step drawing asks); later changes come from the setting. */
  loadScreenshotPack: () => Promise<void>
  /** Uses the folder typed in Settings, or stops using one (null). */
  setScreenshotPackFolder: (folder: string | null) => Promise<void>
  /** Desktop: picks the folder with the system dialog. */
  chooseScreenshotPackFolder: () => Promise<void>
}

export const createScreenshotPackSlice: StateCreator<RootState, [], [], ScreenshotPackSlice> = (set, get) => {
  let loading: Promise<void> | null = null
  const take = (result: Result<ScreenshotPackView>): void => {
    if (result.ok) set({ screenshotPack: result.value })
    else set({ error: result.error })
  }
  return {
    screenshotPack: null,
    loadScreenshotPack() {
      loading ??= get().api.getScreenshotPack({}).then(take)
      return loading
    },
    async setScreenshotPackFolder(folder) {
      take(await get().api.setScreenshotPackFolder({ folder }))
    },
    async chooseScreenshotPackFolder() {
      take(await get().api.chooseScreenshotPackFolder({}))
    },
  }
}
