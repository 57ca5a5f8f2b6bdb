/**
 * Operation and event names of the UI ↔ logic contract. This file is data only (no zod), so the
 * sandboxed preload can import it without pulling a runtime dependency into its bundle.
 */
export const operationNames = [
  'getAppInfo',
  'setPracticeTiming',
  'setLanguage',
  'getProgress',
  'saveProgress',
  'resetProgress',
  'openExternal',
  'getSettings',
  'saveSettings',
  'getSession',
  'signIn',
  'cancelSignIn',
  'signOut',
  'previewAppRegistration',
  'createAppRegistration',
  'switchToAppRegistration',
  'setHelloIdConnection',
  'getHelloIdConnection',
  'confirmHelloIdHost',
  'usePracticeHelloId',
  'runPreflight',
  'planSetup',
  'searchDirectory',
  'applySetup',
  'getSetupState',
  'refreshJobStatus',
  'restartProvisioning',
  'troubleshootUser',
  'rollbackSetup',
  'checkForUpdates',
  'getUpdateStatus',
  'getScreenshotPack',
  'setScreenshotPackFolder',
  'chooseScreenshotPackFolder',
  'listCustomers',
  'addCustomer',
  'openCustomer',
  'forgetCustomer',
  'renameCustomer',
  'setHelloIdPortal',
  'openHelloIdPortal',
  'getHandoverReport',
  'saveHandoverReport',
] as const

/** One operation the renderer may call. */
export type OperationName = (typeof operationNames)[number]

export const eventNames = [
  'progressChanged',
  'sessionChanged',
  'setupChanged',
  'updateChanged',
  'customersChanged',
  'languageChanged',
] as const

/** One event the renderer may receive. */
export type EventName = (typeof eventNames)[number]

/** The IPC channel of an operation; the same string names the HTTP route in the web host. */
export function operationChannel(name: OperationName): string {
  return `assistant:${name}`
}

/** The IPC channel of an event. */
export function eventChannel(name: EventName): string {
  return `assistant-event:${name}`
}

/** The name of the subscriber function for an event (`progressChanged` → `onProgressChanged`). */
export function eventSubscriberName<N extends EventName>(name: N): `on${Capitalize<N>}` {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as `on${Capitalize<N>}`
}
