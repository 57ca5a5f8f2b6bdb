import { join } from 'node:path'

import { clouds, defaultClientId, type CloudId } from '../../shared/clouds'
import type { AppInfo, SessionState, SetupState, UpdateStatus } from '../../shared/contract'
import type { Language } from '../../shared/i18n/catalog'
import type { Result } from '../../shared/result'
import { SetupController, type SimulatedGraph } from '../services/assistant/setup-controller'
import { AppRegistrationController } from '../services/assistant/app-registration-controller'
import type { AuthCloud } from '../services/auth/auth-service'
import {
  resolveClientId,
  type ClientIdChoice,
  type ClientIdSources,
} from '../services/auth/client-id-resolver'
import { CustomerSessions, type CustomerProfile } from '../services/auth/customer-sessions'
import { SignInController } from '../services/auth/sign-in-controller'
import type { CacheCipher } from '../services/auth/token-cache-store'
import { createEventBus } from '../services/events'
import type { Logger } from '../services/log/logger'
import type { Redactor } from '../services/log/redact'
import { CustomerController } from '../services/assistant/customer-controller'
import { ReportController } from '../services/assistant/report-controller'
import { CustomerProfileStore } from '../services/customers/customer-profiles'
import { createCustomerProgressStore } from '../services/progress-store'
import { createFileSettingsStore } from '../services/settings-store'
import { ScreenshotPacks } from '../services/screenshot-pack/screenshot-packs'
import type { AppServices, UpdateChecker } from './handler-table'
import type { PracticeTiming } from './practice/practice-tenant'

/** What a host supplies from its platform to build the services. */
export interface HostPlatform {
  info: AppInfo
  dataDir: string
  log: Logger
  redactor: Redactor
  /** OS-backed encryption for token caches; null keeps tokens in memory only. */
  cipher: CacheCipher | null
  /** Client ids from the command line, the environment and the deployment file (Settings are added here). */
  clientIds: Omit<ClientIdSources, 'settings'>
  cloudFor: (profile: CustomerProfile) => AuthCloud
  allowedCloudIds?: readonly string[]
  /** Opens the Microsoft sign-in page (system browser, or a new tab in the preview). */
  openBrowser: (url: string) => Promise<void>
  /** Opens an allowed link; `confirmedHosts` are HelloID hosts the person said yes to. */
  openExternal: (url: string, confirmedHosts?: readonly string[]) => Promise<void>
  /** Desktop: saves the handover report where the person chooses (HTML, or PDF via printToPDF). */
  saveReport?: AppServices['saveReport']
  interactiveTimeoutMs?: number
  /** A simulated tenant's Graph (practice mode and tests). */
  simulatedGraph?: SimulatedGraph
  /** Practice mode: HelloID's "New Secret" on the practice HelloID. */
  mintPracticeHelloId?: () => Promise<{ url: string; secret: string }>
  /** Where an organisation's screenshot pack may come from (besides the folder chosen in Settings). */
  screenshotPack?: {
    /** `--screenshots <folder>`: wins over Settings. */
    flagFolder?: string | undefined
    /** `screenshots` folders shipped beside the app, looked in in order. */
    besideApp: readonly string[]
    /** Desktop: the system folder dialog. */
    chooseFolder?: () => Promise<string | null>
  }
  /** Practice mode: the practice tenant's timing, fast or realistic. */
  practiceTiming?: PracticeTiming
  /** Desktop: builds the updater around a function that tells the UI its status. */
  updates?: (publish: (status: UpdateStatus) => void) => UpdateChecker
}

/** Builds the services every host binds through the one handler table. */
export function composeServices(platform: HostPlatform): AppServices {
  const events = createEventBus((error) =>
    platform.log.warn('event listener failed', { error: String(error) }),
  )
  // The page's language, as the renderer reports it on start and at every switch: what the host shows
  // itself (the browser's page after sign-in) speaks it too.
  let language: Language = 'en'
  events.subscribe((event) => {
    if (event.name === 'languageChanged') language = (event.payload as { language: Language }).language
  })
  const sessions = new CustomerSessions({
    dataDir: platform.dataDir,
    cipher: platform.cipher,
    clientId: defaultClientId,
    cloudFor: platform.cloudFor,
    openBrowser: platform.openBrowser,
    log: platform.log,
    redactor: platform.redactor,
    ...(platform.interactiveTimeoutMs ? { interactiveTimeoutMs: platform.interactiveTimeoutMs } : {}),
    language: () => language,
  })
  const settings = createFileSettingsStore(join(platform.dataDir, 'settings.json'))
  // Read once at start (milliseconds); later reads come from memory.
  void settings.load()
  const clientId = (): Result<ClientIdChoice> =>
    resolveClientId({ ...platform.clientIds, settings: settings.current().clientId })
  const signIn = new SignInController(
    sessions,
    (state) => events.publish('sessionChanged', state),
    platform.log,
    platform.allowedCloudIds,
    clientId,
  )
  const registration = new AppRegistrationController({
    signIn,
    settings,
    clientId,
    graphBaseUrlFor: (cloudId) =>
      cloudId === 'simulated'
        ? (platform.simulatedGraph?.graphBaseUrl ?? null)
        : (clouds[cloudId as CloudId]?.graphHost ?? null),
    authCloudFor: (cloudId) => platform.cloudFor({ id: 'registration', label: '', cloudId }),
    log: platform.log,
  })
  const setup = new SetupController({
    dataDir: platform.dataDir,
    signIn,
    log: platform.log,
    redactor: platform.redactor,
    publish: (state) => events.publish('setupChanged', state),
    ...(platform.simulatedGraph ? { simulated: platform.simulatedGraph } : {}),
  })
  const profiles = new CustomerProfileStore({
    dataDir: platform.dataDir,
    allowLoopback: Boolean(platform.simulatedGraph),
  })
  const progress = createCustomerProgressStore(platform.dataDir, () => signIn.activeCustomerId())
  const customers = new CustomerController({
    profiles,
    signIn,
    setup,
    progress,
    openExternal: platform.openExternal,
    publishList: (list) => events.publish('customersChanged', list),
    publishProgress: (saved) => events.publish('progressChanged', saved),
    organizationName: () => setup.organizationName(),
    log: platform.log,
  })
  // The open customer's profile follows what sign-in and setup report.
  const keep = (work: Promise<void>): void =>
    void customers
      .track(work)
      .catch((error: unknown) =>
        platform.log.warn('could not update the customer profile', { error: String(error) }),
      )
  events.subscribe((event) => {
    if (event.name === 'sessionChanged') keep(customers.onSession(event.payload as SessionState))
    if (event.name === 'setupChanged') keep(customers.onSetup(event.payload as SetupState))
  })
  return {
    info: platform.info,
    progress,
    events,
    customers,
    report: new ReportController({ setup, signIn, profiles }),
    ...(platform.saveReport ? { saveReport: platform.saveReport } : {}),
    signIn,
    registration,
    setup,
    settings,
    clientId,
    openExternal: platform.openExternal,
    screenshotPacks: new ScreenshotPacks({
      settingsFile: join(platform.dataDir, 'screenshot-pack.json'),
      flagFolder: platform.screenshotPack?.flagFolder,
      besideApp: platform.screenshotPack?.besideApp ?? [],
      chooseFolder: platform.screenshotPack?.chooseFolder,
    }),
    ...(platform.mintPracticeHelloId ? { mintPracticeHelloId: platform.mintPracticeHelloId } : {}),
    ...(platform.practiceTiming ? { practiceTiming: platform.practiceTiming } : {}),
    ...(platform.updates
      ? { updates: platform.updates((status) => events.publish('updateChanged', status)) }
      : {}),
  }
}
