import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/**
 * The locked-down web preferences of every window: isolated, sandboxed, no Node, web security on,
 * no webviews, no insecure content, devtools only in development builds.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools,
  }
}

/** Options of the assistant's main window; shown only when ready, so it never flashes blank. */
export function mainWindowOptions(preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'HelloID Entra Setup Assistant',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, devTools),
  }
}
