/* eslint-disable no-console -- a tool run by hand: it says what it wrote. */
/**
 * Renders two of our own drawings to PNG for the example screenshot pack (docs/screenshot-pack-example),
 * and one step page for the README (docs/screenshots). Run deliberately after changing a drawing:
 * `npm run example-pack` (it builds the renderer first). Tests never write these files.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { startPreviewHost } from '../../electron/hosts/web/preview'
import { silentLogger } from '../../electron/services/log/logger'
import { launchChromium } from '../e2e/browser'

const packDir = resolve('docs/screenshot-pack-example')
const readmeShot = resolve('docs/screenshots/step-drawing.png')
/** The steps the example pack replaces; the manifest beside the images names the same files. */
const packSteps = ['helloid-new-secret', 'azure-test-connection'] as const

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'helloid-example-pack-'))
  const host = await startPreviewHost({
    rendererDir: resolve('out/renderer'),
    dataDir,
    version: '0.0.0-example',
    log: silentLogger,
    openExternal: async () => undefined,
  })
  const browser = await launchChromium()
  try {
    const shots = await browser.newContext({ viewport: { width: 1500, height: 1000 }, colorScheme: 'light' })
    const page = await shots.newPage()
    await page.goto(host.url)
    for (const step of packSteps) {
      await page.getByTestId(`rail-${step}`).click()
      const svg = page.locator(
        `[data-testid=step-drawing][data-step="${step}"] [data-testid=step-drawing-svg]`,
      )
      await svg.waitFor()
      await svg.screenshot({ path: join(packDir, `${step}.png`) })
      console.log(`wrote ${join(packDir, `${step}.png`)}`)
    }
    const readme = await browser.newContext({ viewport: { width: 1024, height: 700 }, colorScheme: 'light' })
    const step = await readme.newPage()
    await step.goto(host.url)
    await step.getByTestId('rail-helloid-new-secret').click()
    await step.getByTestId('step-drawing-svg').waitFor()
    await step.screenshot({ path: readmeShot })
    console.log(`wrote ${readmeShot}`)
  } finally {
    await browser.close()
    await host.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

void main()
