import type { UpdateStatus } from '../../shared/contract'
import { english } from '../../shared/i18n/message'
import type { UpdateChecker } from '../hosts/handler-table'
import type { Logger } from '../services/log/logger'
import type { UpdateFeed } from '../services/update-feed'

/** The part of electron-updater's AppUpdater this glue uses (tests pass a fake). */
export interface AppUpdaterLike {
  autoDownload: boolean
  autoInstallOnAppQuit: boolean
  allowDowngrade: boolean
  allowPrerelease: boolean
  logger: unknown
  on(event: 'update-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown
  on(event: 'update-not-available', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  checkForUpdates(): Promise<unknown>
  /** A generic-server feed given as its base address (https://www.electron.build/auto-update). */
  setFeedURL(options: { provider: 'generic'; url: string }): void
}

export interface UpdaterOptions {
  /** Why there is no updater (unpackaged build or practice mode); null when it runs. */
  disabledReason: 'development' | 'practice' | null
  /** The feed to check; without one (or with an unusable one) updates are off and say why. */
  feed: UpdateFeed
  /** Loads electron-updater only when updates are on, so development starts never touch it. */
  load: () => Promise<AppUpdaterLike>
  publish: (status: UpdateStatus) => void
  log: Logger
}

/** First quiet check a while after start (the wizard comes first), then a few times a day. */
export const firstCheckDelayMs = 30_000
export const checkIntervalMs = 4 * 60 * 60 * 1000

/**
 * electron-updater behind the "Check for updates" action and a quiet background check. An update
 * downloads in the background and installs when the person closes the assistant
 * (`autoInstallOnAppQuit`): nothing restarts or asks anything mid-wizard, and a failed check is only
 * logged and shown as a status.
 * https://www.electron.build/auto-update
 */
export function createUpdater(
  options: UpdaterOptions,
): UpdateChecker & { startBackgroundChecks(): () => void } {
  let status = initialStatus(options)
  const off = status.state === 'disabled'
  let updater: Promise<AppUpdaterLike> | null = null
  let running: Promise<UpdateStatus> | null = null

  const set = (next: UpdateStatus): UpdateStatus => {
    status = next
    options.publish(next)
    return next
  }

  const loadOnce = (): Promise<AppUpdaterLike> => {
    updater ??= options.load().then((loaded) => {
      loaded.autoDownload = true
      loaded.autoInstallOnAppQuit = true
      loaded.allowDowngrade = false
      loaded.allowPrerelease = false
      // A feed set for this machine replaces the build's app-update.yml.
      if (options.feed.kind === 'url') loaded.setFeedURL({ provider: 'generic', url: options.feed.url })
      loaded.logger = {
        info: (message: unknown) => options.log.info('updater', { message: String(message) }),
        warn: (message: unknown) => options.log.warn('updater', { message: String(message) }),
        error: (message: unknown) => options.log.warn('updater error', { message: String(message) }),
        debug: () => undefined,
      }
      loaded.on('update-available', (info) => set({ state: 'downloading', version: info.version }))
      loaded.on('update-downloaded', (info) => set({ state: 'downloaded', version: info.version }))
      loaded.on('update-not-available', () => set({ state: 'up-to-date' }))
      loaded.on('error', (error) => {
        options.log.warn('update check failed', { error: error.message })
        // A download already finished stays ready to install.
        if (status.state !== 'downloaded') set({ state: 'error' })
      })
      return loaded
    })
    return updater
  }

  const check = async (): Promise<UpdateStatus> => {
    if (off) return status
    // A found update keeps downloading or waits for quit; asking again changes nothing.
    if (status.state === 'downloading' || status.state === 'downloaded') return status
    running ??= (async () => {
      set({ state: 'checking' })
      try {
        await (await loadOnce()).checkForUpdates()
      } catch (error) {
        options.log.warn('update check failed', {
          error: error instanceof Error ? error.message : String(error),
        })
        if (status.state === 'checking') set({ state: 'error' })
      }
      // Events may not have settled the state (a check that returned without one): idle again.
      if (status.state === 'checking') set({ state: 'idle' })
      return status
    })().finally(() => {
      running = null
    })
    return running
  }

  return {
    check,
    status: () => status,
    startBackgroundChecks() {
      if (off) return () => undefined
      const quietly = (): void => void check()
      const first = setTimeout(quietly, firstCheckDelayMs)
      const every = setInterval(quietly, checkIntervalMs)
      // Timers never keep the app alive.
      first.unref?.()
      every.unref?.()
      return () => {
        clearTimeout(first)
        clearInterval(every)
      }
    },
  }
}

/** Off in development and practice mode whatever the feed; otherwise off only without a usable feed. */
function initialStatus({ disabledReason, feed, log }: UpdaterOptions): UpdateStatus {
  if (disabledReason) return { state: 'disabled', reason: disabledReason }
  if (feed.kind === 'none') {
    log.info('updates are not configured for this build')
    return { state: 'disabled', reason: 'not-configured' }
  }
  if (feed.kind === 'invalid') {
    // Log lines are for developers and support, in English like every log line; the screen words the
    // same fact from the catalog (updates.invalidFeed).
    log.warn('update feed setting not usable; updates are off', {
      source: feed.source,
      problem: english(feed.problem),
    })
    return { state: 'disabled', reason: 'invalid-feed', feedSource: feed.source }
  }
  return { state: 'idle' }
}
