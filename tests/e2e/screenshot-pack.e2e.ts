import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { steps } from '../../shared/steps'
import { launchChromium, screenshotDir } from './browser'
import { startTestPreview } from './preview-host'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Opens the screenshot pack setting under the drawing, types the folder and uses it. */
async function usePack(page: Page, folder: string): Promise<void> {
  await page.getByTestId('screenshot-pack-open').click()
  await page.getByTestId('screenshot-pack-folder').fill(folder)
  await page.getByTestId('screenshot-pack-apply').click()
}

async function openStep(page: Page, stepId: string): Promise<void> {
  await page.getByTestId(`rail-${stepId}`).click()
  await expect.poll(() => page.getByTestId('step-drawing').getAttribute('data-step')).toBe(stepId)
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('organisation screenshot packs', () => {
  it('the example pack replaces exactly the two drawings it names; the images load under the CSP', async () => {
    const { host } = await startTestPreview()
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } })
    const page = await context.newPage()
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    await page.goto(host.url)
    await openStep(page, 'helloid-open-azure-ad')
    await usePack(page, resolve('docs/screenshot-pack-example'))
    await expect.poll(() => page.getByTestId('screenshot-pack-status').textContent()).toContain('2 steps')
    expect(await page.getByTestId('screenshot-pack-problems').count()).toBe(0)
    await page.getByTestId('screenshot-pack-close').click()

    // The manifest's files and alt texts (docs/screenshot-pack-example/manifest.json).
    const replaced = new Map([
      ['helloid-new-secret', { file: 'helloid-new-secret.png', alt: 'New Secret' }],
      ['azure-test-connection', { file: 'azure-test-connection.png', alt: 'Test Connection' }],
    ])
    for (const step of steps) {
      if (step.id === 'azure-sign-in') continue
      await openStep(page, step.id)
      const expected = replaced.get(step.id)
      if (expected) {
        const shot = page.getByTestId('step-screenshot')
        expect(await shot.getAttribute('data-file')).toBe(expected.file)
        // The image really decoded (a CSP block or a bad data URL leaves it at 0×0).
        await expect
          .poll(() =>
            page.evaluate<number>("document.querySelector('[data-testid=step-screenshot] img').naturalWidth"),
          )
          .toBeGreaterThan(100)
        expect(await shot.locator('img').getAttribute('alt')).toContain(expected.alt)
        expect(await page.getByTestId('step-drawing-svg').count()).toBe(0)
        // The numbered instructions stay beside the organisation's image.
        expect(await page.getByTestId('drawing-instructions').locator('li').count()).toBeGreaterThan(0)
        if (step.id === 'helloid-new-secret') {
          expect(await shot.textContent()).toContain('Example pack: our HelloID portal')
          await page.screenshot({ path: join(screenshotDir(), 'screenshot-pack-example.png') })

          // Presenting: the organisation's image (it may show customer names) leaves the page, caption and
          // all; a labelled notice and the drawing stand in for it. Switching back brings it back.
          await page.getByTestId('presentation-mode').click()
          await expect.poll(() => page.getByTestId('step-screenshot-hidden').isVisible()).toBe(true)
          expect(await page.getByTestId('step-screenshot').count()).toBe(0)
          expect(await page.locator('img[src^="data:"]').count()).toBe(0)
          expect(await page.locator('body').innerText()).not.toContain('Example pack: our HelloID portal')
          expect(await page.getByTestId('step-drawing-svg').count()).toBe(1)
          await page.screenshot({ path: join(screenshotDir(), 'screenshot-pack-presenting.png') })
          await page.getByTestId('presentation-mode').click()
          await expect.poll(() => page.getByTestId('step-screenshot').count()).toBe(1)
          expect(await page.getByTestId('step-screenshot-hidden').count()).toBe(0)
        }
      } else {
        expect(await page.getByTestId('step-drawing-svg').count(), step.id).toBe(1)
        expect(await page.getByTestId('step-screenshot').count(), step.id).toBe(0)
      }
    }
    expect(consoleErrors).toEqual([])
    await context.close()
    await host.stop()
  })

  it('a broken pack (wrong type, path outside the folder, too large) says which file and why; the drawings stay', async () => {
    const root = mkdtempSync(join(tmpdir(), 'helloid-broken-pack-'))
    const pack = join(root, 'pack')
    mkdirSync(pack)
    writeFileSync(join(root, 'outside.png'), Buffer.from([...PNG_SIGNATURE, 1, 2, 3]))
    writeFileSync(
      join(pack, 'secret.png'),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    writeFileSync(
      join(pack, 'huge.png'),
      Buffer.concat([Buffer.from(PNG_SIGNATURE), Buffer.alloc(6 * 1024 * 1024)]),
    )
    writeFileSync(
      join(pack, 'manifest.json'),
      JSON.stringify({
        version: 1,
        screens: {
          'helloid-new-secret': { image: 'secret.png' },
          'azure-create-app': { image: '../outside.png' },
          'azure-tenant-url': { image: 'huge.png' },
        },
      }),
    )
    const { host } = await startTestPreview()
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } })
    const page = await context.newPage()
    await page.goto(host.url)
    await openStep(page, 'helloid-open-azure-ad')
    await usePack(page, pack)
    const problems = page.getByTestId('screenshot-pack-problems').locator('li')
    await expect.poll(() => problems.count()).toBe(3)
    const texts = await problems.allTextContents()
    expect(texts[0]).toMatch(/secret\.png.*helloid-new-secret.*not a PNG, JPEG or WebP/)
    expect(texts[1]).toMatch(/\.\.\/outside\.png.*azure-create-app.*outside the pack folder/)
    expect(texts[2]).toMatch(/huge\.png.*azure-tenant-url.*larger than 5 MB/)
    expect(await page.getByTestId('screenshot-pack-status').textContent()).toContain('0 steps')
    await page.getByTestId('screenshot-pack-close').click()

    for (const [stepId, file] of [
      ['helloid-new-secret', 'secret.png'],
      ['azure-create-app', '../outside.png'],
      ['azure-tenant-url', 'huge.png'],
    ] as const) {
      await openStep(page, stepId)
      // The drawing stays, with a message beside it naming the file.
      expect(await page.getByTestId('step-drawing-svg').count()).toBe(1)
      expect(await page.getByTestId('step-screenshot').count()).toBe(0)
      expect(await page.getByTestId('screenshot-pack-problem').textContent()).toContain(file)
    }
    await page.screenshot({ path: join(screenshotDir(), 'screenshot-pack-broken.png') })
    // A step the pack does not name shows no message.
    await openStep(page, 'azure-open-entra')
    expect(await page.getByTestId('screenshot-pack-problem').count()).toBe(0)
    await context.close()
    await host.stop()
  })
})
