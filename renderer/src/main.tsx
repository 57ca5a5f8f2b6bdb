import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import './global.css'

import { resolveApi } from './api'
import { App } from './app'
import { initI18n, loadLaterEnglish } from './i18n'
import { readLanguage } from './language'
import { createRootStore, StoreContext } from './store/root'
import { ThemedProvider } from './theme'

async function start(): Promise<void> {
  const i18n = await initI18n(readLanguage())
  const container = document.getElementById('root')
  if (!container) throw new Error('The page has no #root element.')
  const api = resolveApi()
  const root = createRoot(container)
  if (!api) {
    // Opened outside the desktop app and the preview (a page saved or served on its own): say how to start it.
    root.render(
      <p style={{ padding: 24, fontFamily: 'sans-serif' }}>
        {i18n.t('app.noHost', { start: 'npm start', preview: 'npm run preview' })}
      </p>,
    )
    return
  }
  root.render(
    <StrictMode>
      <StoreContext.Provider value={createRootStore(api)}>
        <ThemedProvider>
          <App />
        </ThemedProvider>
      </StoreContext.Provider>
    </StrictMode>,
  )
  // The later screens' English comes with the idle preload (lazy-panels.tsx), or at the person's first click
  // or key, whichever is first: what that click opens is then worded from the start.
  const later = (): void => void loadLaterEnglish().catch(() => undefined)
  for (const type of ['pointerdown', 'keydown'] as const)
    document.addEventListener(type, later, { once: true, capture: true })
}

void start()
