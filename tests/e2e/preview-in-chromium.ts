import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import type { WebHost } from '../../electron/hosts/web/server'
import { launchChromium } from './browser'
import { startTestPreview } from './preview-host'

// Apart from preview-host.ts, which the benchmark imports too: vitest cannot be loaded outside a test run.
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
