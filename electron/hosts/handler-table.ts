import type {
  AppInfo,
  ClientIdSource,
  OperationInput,
  OperationName,
  OperationOutput,
  Settings,
  UpdateStatus,
  WizardProgress,
} from '../../shared/contract'
import { errorTable } from '../../shared/errors'
import { errorOf, msg } from '../../shared/i18n/message'
import { fail, ok, type Result } from '../../shared/result'
import type { Language } from '../../shared/i18n/catalog'
import type { CustomerController } from '../services/assistant/customer-controller'
import type { ReportController } from '../services/assistant/report-controller'
import type { SetupController } from '../services/assistant/setup-controller'
import type { AppRegistrationController } from '../services/assistant/app-registration-controller'
import type { PracticeTiming } from './practice/practice-tenant'
import type { ClientIdChoice } from '../services/auth/client-id-resolver'
import type { SignInController } from '../services/auth/sign-in-controller'
import type { EventBus } from '../services/events'
import { isAllowedExternalUrl } from '../services/external-links'
import type { ProgressStore } from '../services/progress-store'
import type { SettingsStore } from '../services/settings-store'
import type { ScreenshotPacks } from '../services/screenshot-pack/screenshot-packs'

/** The one table of operation handlers that every host binds. */
export type HandlerTable = {
  [N in OperationName]: (input: OperationInput<N>) => Promise<Result<OperationOutput<N>>>
}

/** The desktop app's updater, as the handlers see it (main binds it to electron-updater). */
export interface UpdateChecker {
  /** Checks now (or joins the check under way); never installs or restarts anything. */
  check(): Promise<UpdateStatus>
  /** Where updates stand now, without checking (the header shows it when the app starts). */
  status(): UpdateStatus
}

/** What the handlers need; each host builds this from its own platform pieces. */
export interface AppServices {
  info: AppInfo
  progress: ProgressStore
  events: EventBus
  signIn: SignInController
  registration: AppRegistrationController
  setup: SetupController
  settings: SettingsStore
  /** The client id sign-in will use now, by precedence (flag, environment, Settings, deployment file). */
  clientId: () => Result<ClientIdChoice>
  /** Practice mode only: HelloID's "New Secret" on the practice HelloID. */
  mintPracticeHelloId?: () => Promise<{ url: string; secret: string }>
  /** Practice mode only: the practice tenant's timing, fast or realistic. */
  practiceTiming?: PracticeTiming
  /** Opens an already-vetted URL in the system browser; `confirmedHosts`: HelloID hosts the person said yes to. */
  openExternal: (url: string, confirmedHosts?: readonly string[]) => Promise<void>
  customers: CustomerController
  report: ReportController
  /** Desktop only: asks where, then saves the report as HTML or PDF. The preview downloads instead. */
  saveReport?: (
    report: { html: string; fileName: string },
    format: 'html' | 'pdf',
    /** The page's language, for the save dialog's own words. */
    language?: Language,
  ) => Promise<Result<{ saved: boolean; path: string | null }>>
  /** The organisation's screenshots that replace drawings. */
  screenshotPacks: ScreenshotPacks
  /** Desktop only; other hosts have no updater. */
  updates?: UpdateChecker
}

/** Builds the handler table. Handlers stay thin: validate intent, call a service, shape the result. */
export function createHandlerTable(services: AppServices): HandlerTable {
  const publishProgress = (saved: WizardProgress): Result<WizardProgress> => {
    services.events.publish('progressChanged', saved)
    return ok(saved)
  }
  const withEffectiveClientId = (settings: Settings): Result<OperationOutput<'getSettings'>> => {
    const choice = services.clientId()
    return ok(
      choice.ok
        ? { ...settings, effectiveClientId: choice.value.clientId, clientIdSource: choice.value.source }
        : {
            ...settings,
            effectiveClientId: '',
            clientIdSource: (choice.error.details?.source as ClientIdSource | undefined) ?? 'default',
            clientIdProblem: choice.error.message,
            ...(choice.error.words ? { clientIdProblemWords: choice.error.words } : {}),
          },
    )
  }
  const appInfo = (): AppInfo =>
    services.practiceTiming
      ? { ...services.info, practiceTiming: services.practiceTiming.current() }
      : services.info
  return {
    getAppInfo: async () => ok(appInfo()),
    // The page's language, for what the host shows itself (the desktop notification).
    setLanguage: async (choice) => {
      services.events.publish('languageChanged', choice)
      return ok(choice)
    },
    setPracticeTiming: async ({ timing }) => {
      if (!services.practiceTiming) return fail(errorOf('NOT_FOUND', msg('problems.host.practiceTiming')))
      await services.practiceTiming.set(timing)
      return ok(appInfo())
    },
    getProgress: async () => ok(await services.progress.load()),
    saveProgress: async (input) => publishProgress(await services.progress.save(input)),
    // Start over forgets what the assistant holds (marks, secret, run state); the tenant keeps what exists.
    resetProgress: async () => {
      const reset = publishProgress(await services.progress.reset())
      services.setup.forget()
      return reset
    },
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        return fail({ code: 'URL_NOT_ALLOWED', message: errorTable.URL_NOT_ALLOWED })
      }
      await services.openExternal(url)
      return ok({ opened: true as const })
    },
    getSettings: async () => withEffectiveClientId(await services.settings.load()),
    saveSettings: async (input) => withEffectiveClientId(await services.settings.save(input)),
    getSession: async () => ok(services.signIn.state()),
    signIn: async (input) => {
      // An empty name: a new customer, named after its tenant once signed in.
      const customer = await services.customers.beforeSignIn(input)
      return services.signIn.start({ ...input, customerLabel: customer.label }, customer.id)
    },
    cancelSignIn: async () => ok(services.signIn.cancel()),
    signOut: async () => {
      // A profile update after the sign-in must not write into the folder being removed.
      await services.customers.settled()
      services.setup.forget()
      const signedOut = await services.signIn.signOutAndForget()
      await services.customers.list().then((list) => services.events.publish('customersChanged', list))
      return ok(signedOut)
    },
    previewAppRegistration: () => services.registration.preview(),
    createAppRegistration: () => services.registration.create(),
    switchToAppRegistration: () => services.registration.switchTo(),
    setHelloIdConnection: async (input) => {
      const saved = services.setup.setConnection(input)
      if (saved.secretProvided) await services.customers.onConnectionSaved(saved.url)
      return ok(saved)
    },
    getHelloIdConnection: async () => ok(services.setup.connectionState()),
    confirmHelloIdHost: async (input) => {
      const confirmed = services.setup.confirmHost(input.host)
      if (confirmed.ok) await services.customers.onHostConfirmed(input.host)
      return confirmed
    },
    usePracticeHelloId: async () => {
      if (!services.mintPracticeHelloId) {
        return fail(errorOf('NOT_FOUND', msg('problems.host.practiceHelloId')))
      }
      const saved = services.setup.setConnection(await services.mintPracticeHelloId())
      if (saved.secretProvided) await services.customers.onConnectionSaved(saved.url)
      return ok(saved)
    },
    runPreflight: () => services.setup.preflight(),
    planSetup: async (input) => services.setup.plan(input),
    searchDirectory: ({ text }) => services.setup.searchDirectory(text),
    applySetup: (input) => services.setup.apply(input),
    getSetupState: async () => ok(services.setup.snapshot()),
    refreshJobStatus: () => services.setup.refresh(),
    restartProvisioning: () => services.setup.restart(),
    troubleshootUser: ({ userRef }) => services.setup.troubleshoot(userRef),
    rollbackSetup: () => services.setup.rollback(),
    getScreenshotPack: async () => ok(await services.screenshotPacks.view()),
    setScreenshotPackFolder: async ({ folder }) => ok(await services.screenshotPacks.setFolder(folder)),
    chooseScreenshotPackFolder: async () => ok(await services.screenshotPacks.chooseFolder()),
    listCustomers: async () => ok(await services.customers.list()),
    addCustomer: (input) => services.customers.add(input),
    openCustomer: ({ id }) => services.customers.open(id),
    forgetCustomer: ({ id }) => services.customers.forget(id),
    renameCustomer: ({ id, name }) => services.customers.rename(id, name),
    setHelloIdPortal: ({ id, helloIdPortal }) => services.customers.setHelloIdPortal(id, helloIdPortal),
    openHelloIdPortal: ({ confirmHost }) => services.customers.openHelloIdPortal(confirmHost),
    getHandoverReport: async ({ language }) => {
      const made = await services.report.make(language)
      return made.ok ? ok({ html: made.value.html, fileName: made.value.fileName }) : made
    },
    saveHandoverReport: async ({ format, language }) => {
      if (!services.saveReport) return fail(errorOf('NOT_FOUND', msg('problems.host.reportDownloads')))
      const made = await services.report.make(language)
      return made.ok ? services.saveReport(made.value, format, language) : made
    },
    checkForUpdates: async () =>
      ok(services.updates ? await services.updates.check() : { state: 'disabled', reason: 'browser' }),
    getUpdateStatus: async () =>
      ok(services.updates ? services.updates.status() : { state: 'disabled', reason: 'browser' }),
  }
}
