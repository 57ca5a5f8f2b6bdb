import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { chromium, type Browser } from 'playwright-core'

/** Chromium flags for this machine: no sandbox as root, and nothing that reaches out to the network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Launches Debian's Chromium; every `browser.newContext()` gets a fresh, empty profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  })
}

/**
 * Where the end-to-end tests write their screenshots: a folder under the system's temp directory (never a
 * tracked file). `E2E_SCREENSHOT_DIR` names another one; copying into docs/screenshots is a deliberate step.
 */
export function screenshotDir(): string {
  const dir = process.env.E2E_SCREENSHOT_DIR ?? join(tmpdir(), 'helloid-e2e-screenshots')
  mkdirSync(dir, { recursive: true })
  return dir
}
