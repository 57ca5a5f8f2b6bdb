import { createContext, useContext } from 'react'
import { createStore, useStore, type StoreApi } from 'zustand'
import { useShallow } from 'zustand/react/shallow'

import type { AssistantApi } from '../../../shared/contract'
import { createAppSlice, type AppSlice } from './app-slice'
import { createCustomersSlice, type CustomersSlice } from './customers-slice'
import { createSessionSlice, type SessionSlice } from './session-slice'
import { createSetupSlice, type SetupSlice } from './setup-slice'
import { createWizardSlice, type WizardSlice } from './wizard-slice'
import { createScreenshotPackSlice, type ScreenshotPackSlice } from './screenshot-pack-slice'

/** The one store, composed from small slices. */
export type RootState = AppSlice &
  WizardSlice &
  SessionSlice &
  SetupSlice &
  ScreenshotPackSlice &
  CustomersSlice

/** Creates the store around the transport picked at start. */
export function createRootStore(api: AssistantApi): StoreApi<RootState> {
  return createStore<RootState>()((...args) => ({
    ...createAppSlice(api)(...args),
    ...createWizardSlice(...args),
    ...createSessionSlice(...args),
    ...createSetupSlice(...args),
    ...createScreenshotPackSlice(...args),
    ...createCustomersSlice(...args),
  }))
}

export const StoreContext = createContext<StoreApi<RootState> | null>(null)

/** Selects from the root store; components select narrowly. */
export function useAppStore<T>(selector: (state: RootState) => T): T {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>.')
  return useStore(store, selector)
}

/** Selects several fields at once; re-renders only when one of them changes. */
export function useAppStoreShallow<T extends object>(selector: (state: RootState) => T): T {
  return useAppStore(useShallow(selector))
}
