import { z } from 'zod'

import type { Result } from '../result'
import {
  addCustomerInputSchema,
  customerListSchema,
  customerRefInputSchema,
  forgetCustomerResultSchema,
  getHandoverReportInputSchema,
  handoverReportSchema,
  openHelloIdPortalInputSchema,
  openHelloIdPortalResultSchema,
  renameCustomerInputSchema,
  saveHandoverReportInputSchema,
  saveHandoverReportResultSchema,
  setHelloIdPortalInputSchema,
} from './customers'
import type { EventName, OperationName } from './names'
import {
  appInfoSchema,
  setPracticeTimingInputSchema,
  languageChoiceSchema,
  applySetupInputSchema,
  appRegistrationViewSchema,
  confirmHelloIdHostInputSchema,
  directorySearchInputSchema,
  directorySearchResultSchema,
  emptyInputSchema,
  helloIdConnectionInputSchema,
  helloIdConnectionStateSchema,
  onDemandReportSchema,
  setupChoicesSchema,
  setupStateSchema,
  openExternalInputSchema,
  sessionStateSchema,
  settingsSchema,
  settingsStateSchema,
  signInInputSchema,
  updateStatusSchema,
  wizardProgressSchema,
} from './schemas'
import { screenshotPackViewSchema, setScreenshotPackFolderInputSchema } from './screenshot-pack'

export * from './customers'
export * from './names'
export * from './screenshot-pack'
export * from './schemas'

/**
 * Every operation the UI calls: the zod schema of its input (checked by the host before any handler
 * runs) and of its value (checked by tests, documents the shape).
 */
export const operations = {
  getAppInfo: { input: emptyInputSchema, output: appInfoSchema },
  setPracticeTiming: { input: setPracticeTimingInputSchema, output: appInfoSchema },
  setLanguage: { input: languageChoiceSchema, output: languageChoiceSchema },
  getProgress: { input: emptyInputSchema, output: wizardProgressSchema },
  saveProgress: { input: wizardProgressSchema, output: wizardProgressSchema },
  resetProgress: { input: emptyInputSchema, output: wizardProgressSchema },
  openExternal: { input: openExternalInputSchema, output: z.object({ opened: z.literal(true) }) },
  getSettings: { input: emptyInputSchema, output: settingsStateSchema },
  saveSettings: { input: settingsSchema, output: settingsStateSchema },
  getSession: { input: emptyInputSchema, output: sessionStateSchema },
  signIn: { input: signInInputSchema, output: sessionStateSchema },
  cancelSignIn: { input: emptyInputSchema, output: sessionStateSchema },
  signOut: { input: emptyInputSchema, output: sessionStateSchema },
  previewAppRegistration: { input: emptyInputSchema, output: appRegistrationViewSchema },
  createAppRegistration: { input: emptyInputSchema, output: appRegistrationViewSchema },
  switchToAppRegistration: { input: emptyInputSchema, output: appRegistrationViewSchema },
  setHelloIdConnection: { input: helloIdConnectionInputSchema, output: helloIdConnectionStateSchema },
  getHelloIdConnection: { input: emptyInputSchema, output: helloIdConnectionStateSchema },
  confirmHelloIdHost: { input: confirmHelloIdHostInputSchema, output: helloIdConnectionStateSchema },
  usePracticeHelloId: { input: emptyInputSchema, output: helloIdConnectionStateSchema },
  runPreflight: { input: emptyInputSchema, output: setupStateSchema },
  planSetup: { input: setupChoicesSchema, output: setupStateSchema },
  searchDirectory: { input: directorySearchInputSchema, output: directorySearchResultSchema },
  applySetup: { input: applySetupInputSchema, output: setupStateSchema },
  getSetupState: { input: emptyInputSchema, output: setupStateSchema },
  refreshJobStatus: { input: emptyInputSchema, output: setupStateSchema },
  restartProvisioning: { input: emptyInputSchema, output: setupStateSchema },
  troubleshootUser: {
    input: z.object({ userRef: z.string().trim().min(3).max(256) }).strict(),
    output: onDemandReportSchema,
  },
  rollbackSetup: { input: emptyInputSchema, output: setupStateSchema },
  checkForUpdates: { input: emptyInputSchema, output: updateStatusSchema },
  getUpdateStatus: { input: emptyInputSchema, output: updateStatusSchema },
  getScreenshotPack: { input: emptyInputSchema, output: screenshotPackViewSchema },
  setScreenshotPackFolder: { input: setScreenshotPackFolderInputSchema, output: screenshotPackViewSchema },
  chooseScreenshotPackFolder: { input: emptyInputSchema, output: screenshotPackViewSchema },
  listCustomers: { input: emptyInputSchema, output: customerListSchema },
  addCustomer: { input: addCustomerInputSchema, output: customerListSchema },
  openCustomer: { input: customerRefInputSchema, output: customerListSchema },
  forgetCustomer: { input: customerRefInputSchema, output: forgetCustomerResultSchema },
  renameCustomer: { input: renameCustomerInputSchema, output: customerListSchema },
  setHelloIdPortal: { input: setHelloIdPortalInputSchema, output: customerListSchema },
  openHelloIdPortal: { input: openHelloIdPortalInputSchema, output: openHelloIdPortalResultSchema },
  getHandoverReport: { input: getHandoverReportInputSchema, output: handoverReportSchema },
  saveHandoverReport: { input: saveHandoverReportInputSchema, output: saveHandoverReportResultSchema },
} as const satisfies Record<OperationName, { input: z.ZodType; output: z.ZodType }>

/** Every event the UI receives, with the schema of its payload. */
export const events = {
  progressChanged: wizardProgressSchema,
  sessionChanged: sessionStateSchema,
  setupChanged: setupStateSchema,
  updateChanged: updateStatusSchema,
  customersChanged: customerListSchema,
  languageChanged: languageChoiceSchema,
} as const satisfies Record<EventName, z.ZodType>

export type OperationInput<N extends OperationName> = z.infer<(typeof operations)[N]['input']>
export type OperationOutput<N extends OperationName> = z.infer<(typeof operations)[N]['output']>
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>

/** The subscribe function name of an event, e.g. `onProgressChanged`. */
export type EventSubscriberName<N extends EventName> = `on${Capitalize<N>}`

/** The typed API the renderer talks to: one function per operation and one subscriber per event. */
export type AssistantApi = {
  [N in OperationName]: (input: OperationInput<N>) => Promise<Result<OperationOutput<N>>>
} & {
  [N in EventName as EventSubscriberName<N>]: (listener: (payload: EventPayload<N>) => void) => () => void
}
