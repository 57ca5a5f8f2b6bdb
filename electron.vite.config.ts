import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

import { englishSplit } from './scripts/build/english-split'
import { flattenBarrels } from './scripts/build/flatten-barrels'
import { griffelCss } from './scripts/build/griffel-css'

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } } },
  },
  preload: {
    build: { rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Fluent's barrels flattened, so a later screen's components load with that screen, and English cut into
    // the first screen's sections and the rest (see the plugins).
    plugins: [react(), griffelCss(), flattenBarrels(), englishSplit()],
    build: {
      // electron-vite leaves the renderer unminified by default; we ship it minified.
      minify: true,
      // out/renderer/.vite/manifest.json: which chunks each entry loads, read by the first-load tests.
      manifest: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
})
