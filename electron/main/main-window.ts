import { BrowserWindow } from 'electron'

/**
 * Creates the assistant's one window, shown only when ready so it never flashes blank. Its web
 * preferences are written out in the `new BrowserWindow` call itself, so reviewers and the
 * Electronegativity scan in CI see every one: isolated, sandboxed, no Node, web security on, no
 * webviews, no insecure content, devtools only in development builds.
 */
export function createMainWindow(preloadPath: string, devTools: boolean): BrowserWindow {
  return new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'HelloID Entra Setup Assistant',
    backgroundColor: '#ffffff',
    webPreferences: {
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
    },
  })
}
