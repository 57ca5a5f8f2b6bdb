import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { startPreviewHost } from '../../electron/hosts/web/preview'
import type { WebHost } from '../../electron/hosts/web/server'
import { silentLogger } from '../../electron/services/log/logger'
import { launchChromium } from './browser'

/** Starts the real web host on the built renderer with a throw-away data folder; records opened links. */
export async function startTestPreview(): Promise<{ host: WebHost; openedLinks: string[]; dataDir: string }> {
  const openedLinks: string[] = []
  const dataDir = mkdtempSync(join(tmpdir(), 'helloid-e2e-'))
  const host = await startPreviewHost({
    rendererDir: resolve('out/renderer'),
    dataDir,
    version: '0.0.0-test',
    log: silentLogger,
    openExternal: async (url) => {
      openedLinks.push(url)
    },
  })
  return { host, openedLinks, dataDir }
}

/**
 * Chromium and a preview host for every test of one file: launched before the first test, closed after
 * the last. Read `browser` and `host` inside the tests (they are set once the file's tests start).
 */
export function previewInChromium(): { readonly browser: Browser; readonly host: WebHost } {
  const started: { browser?: Browser; host?: WebHost } = {}
  beforeAll(async () => {
    started.browser = await launchChromium()
    started.host = (await startTestPreview()).host
  })
  afterAll(async () => {
    await started.browser?.close()
    await started.host?.stop()
  })
  return {
    get browser(): Browser {
      if (!started.browser) throw new Error('Chromium is launched before the tests start')
      return started.browser
    },
    get host(): WebHost {
      if (!started.host) throw new Error('The preview host starts before the tests start')
      return started.host
    },
  }
}
