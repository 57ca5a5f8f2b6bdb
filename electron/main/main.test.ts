import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { operationChannel, operationNames } from '../../shared/contract'
import type { composeServices } from '../hosts/compose'

// Everything the main process touches in Electron, recorded so the tests can inspect and drive it.
const h = vi.hoisted(() => {
  const state = {
    lock: true,
    windows: [] as {
      options: Record<string, unknown>
      url?: string
      printed?: string
      destroyed?: boolean
    }[],
    /** What main handed the services (its platform parts, such as saving a report). */
    platform: null as null | Parameters<typeof composeServices>[0],
    /** Where the fake save dialog says to save. */
    savePath: '',
    appHandlers: new Map<string, (...args: unknown[]) => void>(),
    ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    permissionRequestHandler: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheckHandler: null as null | ((...a: unknown[]) => boolean),
    opened: [] as string[],
    /** What the fake folder dialog answers, and the options it was opened with. */
    folderDialog: { answer: [] as string[], options: [] as unknown[] },
    privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ready: false,
    quit: 0,
    userData: '',
    /** The system's language as Electron reports it, and each application menu set (top-level labels). */
    locale: 'en-US',
    menus: [] as string[][],
    /** Whether a window existed when each menu was set. */
    menuBeforeWindow: [] as boolean[],
  }
  return { state }
})

// electron-updater needs Electron; the fake answers "no update" the way the real one reports it.
vi.mock('electron-updater', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  class AutoUpdater extends Emitter {
    autoDownload = false
    autoInstallOnAppQuit = false
    allowDowngrade = true
    allowPrerelease = true
    logger: unknown = null
    feeds: unknown[] = []
    setFeedURL(options: unknown): void {
      this.feeds.push(options)
    }
    async checkForUpdates(): Promise<null> {
      this.emit('update-not-available')
      return null
    }
  }
  return { autoUpdater: new AutoUpdater() }
})

vi.mock('electron-log/main', () => {
  const noop = (): void => undefined
  return {
    default: {
      initialize: noop,
      transports: { console: { level: false } },
      hooks: [],
      errorHandler: { startCatching: noop },
      debug: noop,
      info: noop,
      warn: noop,
      error: noop,
    },
  }
})

vi.mock('electron', () => {
  const { state } = h
  class BrowserWindow {
    static getAllWindows = (): BrowserWindow[] => []
    private readonly record: (typeof state.windows)[number]
    webContents = {
      send: vi.fn(),
      isDestroyed: () => false,
      // The hidden window the report is printed from.
      loadURL: async (url: string) => {
        this.record.printed = url
      },
      printToPDF: async () => Buffer.from('%PDF-1.7 fake'),
    }
    constructor(options: Record<string, unknown>) {
      this.record = { options }
      state.windows.push(this.record)
    }
    once(): void {}
    destroy(): void {
      this.record.destroyed = true
    }
    async loadURL(url: string): Promise<void> {
      const last = state.windows.at(-1)
      if (last) last.url = url
    }
  }
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => state.lock,
      quit: () => {
        state.quit++
      },
      enableSandbox: vi.fn(),
      on: (event: string, handler: (...args: unknown[]) => void) => state.appHandlers.set(event, handler),
      once: (event: string, handler: (...args: unknown[]) => void) => state.appHandlers.set(event, handler),
      whenReady: () => {
        state.ready = true
        return Promise.resolve()
      },
      getVersion: () => '9.9.9',
      getPath: () => state.userData,
      getLocale: () => state.locale,
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template.map((menu) => menu.label ?? ''),
      setApplicationMenu: (menu: string[] | null) => {
        state.menus.push(menu ?? [])
        state.menuBeforeWindow.push(state.windows.length === 0)
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof state.privilegedSchemes) => {
        // Electron accepts this only before the app is ready.
        if (state.ready) throw new Error('registerSchemesAsPrivileged after ready')
        state.privilegedSchemes.push(...schemes)
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) =>
        state.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof state.permissionRequestHandler) => {
          state.permissionRequestHandler = fn
        },
        setPermissionCheckHandler: (fn: typeof state.permissionCheckHandler) => {
          state.permissionCheckHandler = fn
        },
      },
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(plain).reverse(),
      decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString(),
    },
    shell: {
      openExternal: async (url: string) => {
        state.opened.push(url)
      },
    },
    dialog: {
      showSaveDialog: async () => ({ canceled: false, filePath: state.savePath }),
      showOpenDialog: async (...args: unknown[]) => {
        state.folderDialog.options.push(args.at(-1))
        return { canceled: state.folderDialog.answer.length === 0, filePaths: state.folderDialog.answer }
      },
    },
  }
})

// The real composition, with what main passed it kept for the tests.
vi.mock('../hosts/compose', async (importOriginal) => {
  const real = await importOriginal<{ composeServices: typeof composeServices }>()
  return {
    ...real,
    composeServices: (platform: Parameters<typeof composeServices>[0]) => {
      h.state.platform = platform
      return real.composeServices(platform)
    },
  }
})

async function bootMain(): Promise<void> {
  vi.resetModules()
  await import('./index')
  // Let app.whenReady().then(...) run to the end.
  await vi.waitFor(() => expect(h.state.windows.at(-1)?.url ?? h.state.quit).toBeTruthy())
}

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  return {
    on: emitter.on.bind(emitter),
    emit: emitter.emit.bind(emitter),
    setWindowOpenHandler(fn: typeof openHandler) {
      openHandler = fn
    },
    openWindow: (url: string) => openHandler?.({ url }),
  }
}

const pageUrlOf = (): string => h.state.windows.at(-1)?.url ?? ''
const trustedEvent = () => ({ senderFrame: { url: pageUrlOf(), parent: null } })

beforeEach(() => {
  h.state.lock = true
  h.state.windows = []
  h.state.platform = null
  h.state.appHandlers.clear()
  h.state.ipcHandlers.clear()
  h.state.opened = []
  h.state.privilegedSchemes = []
  h.state.protocolHandlers.clear()
  h.state.ready = false
  h.state.quit = 0
  h.state.locale = 'en-US'
  h.state.menus = []
  h.state.menuBeforeWindow = []
  h.state.userData = mkdtempSync(join(tmpdir(), 'main-test-'))
})
afterEach(() => {
  vi.clearAllMocks()
  vi.unstubAllEnvs()
})

describe('main process', () => {
  it('creates one locked-down window loading the packaged renderer', async () => {
    await bootMain()
    expect(h.state.windows).toHaveLength(1)
    const prefs = h.state.windows[0]?.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    })
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/)
    expect(pageUrlOf()).toBe('app://assistant/index.html')
  })

  it('serves the page through the privileged app: scheme, registered before ready, never file:', async () => {
    await bootMain()
    expect(h.state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    const serve = h.state.protocolHandlers.get('app')
    expect(serve).toBeDefined()
    expect([...h.state.protocolHandlers.keys()]).toEqual(['app'])
    // The handler refuses to climb out of the renderer folder.
    const escape = await serve?.(new Request('app://assistant/..%2f..%2f..%2fpackage.json'))
    expect(escape?.status).toBe(404)
  })

  it('quits without a window when another instance holds the lock', async () => {
    h.state.lock = false
    vi.resetModules()
    await import('./index')
    expect(h.state.quit).toBe(1)
    expect(h.state.windows).toHaveLength(0)
  })

  it('denies navigation, webviews and new windows; allowed links go to the system browser', async () => {
    await bootMain()
    const contents = fakeContents()
    h.state.appHandlers.get('web-contents-created')?.({}, contents)

    const navigate = { preventDefault: vi.fn() }
    contents.emit('will-navigate', navigate, 'https://evil.example/phish')
    expect(navigate.preventDefault).toHaveBeenCalled()
    // The page is a single document: no navigation at all, not even to another app:// file or file://.
    for (const url of ['app://assistant/other.html', 'app://other/index.html', 'file:///etc/passwd']) {
      const event = { preventDefault: vi.fn() }
      contents.emit('will-navigate', event, url)
      expect(event.preventDefault).toHaveBeenCalled()
    }
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()

    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' })
    expect(contents.openWindow('https://portal.azure.com/')).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(h.state.opened).toEqual(['https://portal.azure.com/']))
  })

  it('denies every permission request and check', async () => {
    await bootMain()
    const callback = vi.fn()
    h.state.permissionRequestHandler?.({}, 'media', callback)
    h.state.permissionRequestHandler?.({}, 'notifications', callback)
    expect(callback.mock.calls).toEqual([[false], [false]])
    expect(h.state.permissionCheckHandler?.({}, 'clipboard-read')).toBe(false)
  })

  it('binds every contract operation and rejects malformed payloads with a clear error', async () => {
    await bootMain()
    expect([...h.state.ipcHandlers.keys()].sort()).toEqual(operationNames.map(operationChannel).sort())
    const save = h.state.ipcHandlers.get(operationChannel('saveProgress'))
    const result = (await save?.(trustedEvent(), { currentStepId: 42, extra: true })) as {
      ok: boolean
      error: { code: string; message: string; details: { issues: { path: string }[] } }
    }
    expect(result.ok).toBe(false)
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(result.error.message).toContain('saveProgress')
    expect(result.error.details.issues.map((i) => i.path)).toContain('currentStepId')

    const ok = await save?.(trustedEvent(), { currentStepId: 'azure-sign-in', completedStepIds: [] })
    expect(ok).toEqual({ ok: true, value: { currentStepId: 'azure-sign-in', completedStepIds: [] } })
  })

  it('replaces Electron’s English default menu with a worded one before the window opens, in the page’s language', async () => {
    h.state.locale = 'nl-BE'
    await bootMain()
    const [first] = h.state.menus
    const isMac = process.platform === 'darwin'
    // The system asks for Dutch: Dutch from the start, before the page has said anything.
    expect(first?.slice(isMac ? 1 : 0)).toEqual(
      isMac ? ['Bewerken', 'Beeld', 'Venster'] : ['Bestand', 'Bewerken', 'Beeld', 'Venster'],
    )
    expect(h.state.menuBeforeWindow[0]).toBe(true)
    const setLanguage = h.state.ipcHandlers.get(operationChannel('setLanguage'))
    await setLanguage?.(trustedEvent(), { language: 'en' })
    expect(h.state.menus.at(-1)).toContain('Edit')
    expect(h.state.menus).toHaveLength(2)
  })

  it('rejects calls from a foreign page or a sub-frame', async () => {
    await bootMain()
    const getInfo = h.state.ipcHandlers.get(operationChannel('getAppInfo'))
    const foreign = await getInfo?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    const subFrame = await getInfo?.({ senderFrame: { url: pageUrlOf(), parent: {} } }, {})
    expect(subFrame).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    const filePage = await getInfo?.(
      { senderFrame: { url: 'file:///tmp/renderer/index.html', parent: null } },
      {},
    )
    expect(filePage).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    const otherHost = await getInfo?.({ senderFrame: { url: 'app://other/index.html', parent: null } }, {})
    expect(otherHost).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    const otherScheme = await getInfo?.(
      { senderFrame: { url: 'evil://assistant/index.html', parent: null } },
      {},
    )
    expect(otherScheme).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    const missing = await getInfo?.({ senderFrame: null }, {})
    expect(missing).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    const trusted = await getInfo?.(trustedEvent(), {})
    expect(trusted).toEqual({ ok: true, value: { version: '9.9.9', host: 'desktop', practice: false } })
  })

  it('checks for updates on request in a packaged build with a feed, without blocking or restarting', async () => {
    vi.stubEnv('HELLOID_SETUP_UPDATE_URL', 'https://updates.example.test/helloid-entra-setup')
    await bootMain()
    const status = h.state.ipcHandlers.get(operationChannel('getUpdateStatus'))
    expect(await status?.(trustedEvent(), {})).toEqual({ ok: true, value: { state: 'idle' } })
    const check = h.state.ipcHandlers.get(operationChannel('checkForUpdates'))
    expect(await check?.(trustedEvent(), {})).toEqual({ ok: true, value: { state: 'up-to-date' } })
    const { autoUpdater } = await import('electron-updater')
    expect(autoUpdater).toMatchObject({
      autoDownload: true,
      autoInstallOnAppQuit: true,
      feeds: [{ provider: 'generic', url: 'https://updates.example.test/helloid-entra-setup' }],
    })
  })

  it('a packaged build without a feed says updates are not configured, and asking checks nothing', async () => {
    vi.stubEnv('HELLOID_SETUP_UPDATE_URL', '')
    await bootMain()
    const notConfigured = { ok: true, value: { state: 'disabled', reason: 'not-configured' } }
    const status = h.state.ipcHandlers.get(operationChannel('getUpdateStatus'))
    expect(await status?.(trustedEvent(), {})).toEqual(notConfigured)
    const check = h.state.ipcHandlers.get(operationChannel('checkForUpdates'))
    expect(await check?.(trustedEvent(), {})).toEqual(notConfigured)
  })

  it('refuses to open links outside the allow-list through the API', async () => {
    await bootMain()
    const open = h.state.ipcHandlers.get(operationChannel('openExternal'))
    expect(await open?.(trustedEvent(), { url: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'URL_NOT_ALLOWED' },
    })
    expect(await open?.(trustedEvent(), { url: 'https://portal.azure.com/' })).toEqual({
      ok: true,
      value: { opened: true },
    })
    expect(h.state.opened).toEqual(['https://portal.azure.com/'])
  })

  it('prints the PDF report from a hidden window that is sandboxed, isolated and runs no script', async () => {
    await bootMain()
    const save = h.state.platform?.saveReport
    if (!save) throw new Error('main passes no way to save the report')
    h.state.savePath = join(h.state.userData, 'handover.pdf')
    const saved = await save({ html: '<p>report</p>', fileName: 'handover.html' }, 'pdf')
    expect(saved).toEqual({ ok: true, value: { saved: true, path: h.state.savePath } })
    // The main window, then the print window: exactly these options, nothing loosened by a spread.
    expect(h.state.windows).toHaveLength(2)
    const print = h.state.windows[1]
    expect(print?.options).toEqual({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
      },
    })
    expect(print?.printed?.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true)
    expect(print?.destroyed).toBe(true)
  })

  it('chooses the screenshot pack folder with the system folder dialog; cancelling changes nothing', async () => {
    await bootMain()
    const choose = h.state.ipcHandlers.get(operationChannel('chooseScreenshotPackFolder'))
    h.state.folderDialog.answer = []
    expect(await choose?.(trustedEvent(), {})).toMatchObject({
      ok: true,
      value: { source: 'none', canChooseFolder: true, images: [] },
    })
    expect(h.state.folderDialog.options).toEqual([{ properties: ['openDirectory'] }])
    const example = resolve('docs/screenshot-pack-example')
    h.state.folderDialog.answer = [example]
    const chosen = (await choose?.(trustedEvent(), {})) as {
      ok: boolean
      value: { source: string; folder: string; images: unknown[] }
    }
    expect(chosen.value).toMatchObject({ source: 'settings', folder: example })
    expect(chosen.value.images).toHaveLength(2)
  })
})
