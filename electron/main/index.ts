import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'

import { cloudIds, clouds } from '../../shared/clouds'
import { languageFromSystem } from '../../shared/i18n/catalog'
import { composeServices } from '../hosts/compose'
import { createHandlerTable } from '../hosts/handler-table'
import { bindIpcHandlers, forwardEventsToContents } from '../hosts/ipc'
import {
  CLIENT_ID_ENV,
  clientIdFlag,
  deploymentFileCandidates,
  readDeploymentFile,
} from '../services/auth/client-id-resolver'
import { createCloudResolver } from '../services/auth/cloud-resolver'
import { isAllowedExternalUrl } from '../services/external-links'
import { Redactor } from '../services/log/redact'
import { resolveUpdateFeed, UPDATE_URL_ENV } from '../services/update-feed'
import { keepApplicationMenuWorded } from './app-menu'
import { appPageUrl, handleAppScheme, registerAppScheme } from './app-protocol'
import { practiceTimingFlag, preparePractice, startPractice, wantsPractice } from './practice'
import { safeStorageCipher } from './safe-storage'
import { hardenSession, hardenWebContents } from './hardening'
import { notifyOnFirstCycle } from './first-cycle-notification'
import { createMainLogger } from './logging'
import { createMainWindow } from './main-window'
import { createTrustedUrlCheck } from './trusted-sender'
import { createUpdater, type AppUpdaterLike } from './updater'
import { saveReport } from './report-export'

const redactor = new Redactor()
const log = createMainLogger(redactor)
const isDev = !app.isPackaged && process.env.NODE_ENV === 'development'

/**
 * Opens a vetted URL in the system browser; anything outside the allow-list (or a HelloID host the
 * person confirmed) is refused here too.
 */
async function openExternal(url: string, confirmedHosts: readonly string[] = []): Promise<void> {
  if (!isAllowedExternalUrl(url, confirmedHosts)) throw new Error('URL not allowed')
  await shell.openExternal(url)
}

/** Opens a Microsoft sign-in page (any sovereign cloud's authority) in the system browser. */
async function openSignInPage(url: string): Promise<void> {
  const origin = new URL(url).origin
  if (!Object.values(clouds).some((cloud) => cloud.authorityHost === origin))
    throw new Error('Not a Microsoft sign-in page')
  await shell.openExternal(url)
}

/** Settings › screenshot pack: the system's folder dialog, over the assistant's window. */
async function chooseFolder(): Promise<string | null> {
  const [window] = BrowserWindow.getAllWindows()
  const options = { properties: ['openDirectory' as const] }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

function pageUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL
  return isDev && devServer ? devServer : appPageUrl
}

async function createWindow(): Promise<BrowserWindow> {
  const window = createMainWindow(join(__dirname, '../preload/index.js'), isDev)
  window.once('ready-to-show', () => window.show())
  await window.loadURL(pageUrl())
  return window
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.enableSandbox()
  registerAppScheme(protocol)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal, log))

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })
  app.on('window-all-closed', () => app.quit())

  let stopUpdateChecks = (): void => undefined
  void app.whenReady().then(async () => {
    const practice = wantsPractice(process.argv)
      ? await preparePractice(
          app,
          process.env,
          async () => (await import('../../simulator/core/simulator-ca')).generateSimulatorCa(),
          safeStorageCipher(log),
        )
      : null
    if (practice?.relaunching) return
    const tenant = practice ? await startPractice(practice.ca, practiceTimingFlag(process.argv)) : null
    const userData = app.getPath('userData')
    // Beside the executable (where IT can drop it), then inside the app's resources folder.
    const deploymentFile = await readDeploymentFile(
      deploymentFileCandidates([dirname(app.getPath('exe')), process.resourcesPath]),
    )
    const services = composeServices({
      info: { version: app.getVersion(), host: 'desktop', practice: tenant !== null },
      dataDir: tenant ? join(userData, 'practice') : userData,
      log,
      redactor,
      // Practice tokens are for a simulated tenant: memory is enough.
      cipher: tenant ? null : safeStorageCipher(log),
      clientIds: {
        flag: clientIdFlag(process.argv),
        environment: process.env[CLIENT_ID_ENV],
        deploymentFile,
      },
      cloudFor: createCloudResolver(tenant ? { authorityHost: tenant.simulated.authorityHost } : null),
      allowedCloudIds: tenant ? [...cloudIds, 'simulated'] : cloudIds,
      openBrowser: tenant ? tenant.openBrowser : openSignInPage,
      openExternal,
      screenshotPack: {
        // Shipped beside the executable (where IT can drop it), then inside the app's resources folder.
        besideApp: [
          join(dirname(app.getPath('exe')), 'screenshots'),
          // Absent when not packaged.
          ...(process.resourcesPath ? [join(process.resourcesPath, 'screenshots')] : []),
        ],
        chooseFolder,
      },
      saveReport: (report, format, language) =>
        saveReport(
          {
            showSaveDialog: (options) => {
              const [parent] = BrowserWindow.getAllWindows()
              return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)
            },
            // The hidden window the PDF is printed from: no script, no preload, sandboxed, never shown. Written
            // out where the window is made so the security scanner sees it; main.test.ts checks what is passed.
            createPrintWindow: () =>
              new BrowserWindow({
                show: false,
                webPreferences: {
                  sandbox: true,
                  contextIsolation: true,
                  nodeIntegration: false,
                  javascript: false,
                  webSecurity: true,
                  disableBlinkFeatures: 'Auxclick',
                },
              }),
          },
          report,
          format,
          language,
        ),
      ...(tenant
        ? {
            simulatedGraph: {
              graphBaseUrl: tenant.simulated.graphBaseUrl,
              scimCaPem: tenant.simulated.scimCaPem,
              timing: tenant.simulated.timing,
            },
            mintPracticeHelloId: tenant.mintHelloId,
            practiceTiming: tenant.timing,
          }
        : {}),
      updates: (publish) => {
        const updater = createUpdater({
          disabledReason: !app.isPackaged ? 'development' : tenant ? 'practice' : null,
          feed: resolveUpdateFeed({
            environment: process.env[UPDATE_URL_ENV],
            deploymentFile: deploymentFile.kind === 'valid' ? deploymentFile.updateUrl : undefined,
            // electron-builder writes the build's feed here when `npm run dist` was given one.
            buildFeed:
              Boolean(process.resourcesPath) && existsSync(join(process.resourcesPath, 'app-update.yml')),
          }),
          load: async (): Promise<AppUpdaterLike> => (await import('electron-updater')).autoUpdater,
          publish,
          log,
        })
        stopUpdateChecks = updater.startBackgroundChecks()
        return updater
      },
    })
    const table = createHandlerTable(services)
    // In the system's language until the page reports its own (at start and on every switch).
    keepApplicationMenuWorded(
      services.events,
      (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
      process.platform,
      languageFromSystem(app.getLocale()),
    )
    app.once('will-quit', () => {
      stopUpdateChecks()
      void tenant?.stop()
    })
    hardenSession(session.defaultSession)
    handleAppScheme(protocol, join(__dirname, '../renderer'))
    bindIpcHandlers(ipcMain, table, createTrustedUrlCheck(pageUrl()), log)
    const window = await createWindow()
    forwardEventsToContents(services.events, window.webContents)
    notifyOnFirstCycle(services.events, () => {
      if (window.isMinimized()) window.restore()
      window.focus()
    })
    log.info('assistant started', { version: app.getVersion() })
  })
}

start()
