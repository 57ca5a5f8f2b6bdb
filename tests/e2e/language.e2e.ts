import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { startPracticeTenant } from '../../electron/hosts/practice/practice-tenant'
import { startPreviewHost } from '../../electron/hosts/web/preview'
import { silentLogger } from '../../electron/services/log/logger'
import { en } from '../../shared/i18n/en'
import { nl } from '../../shared/i18n/nl'
import { screenshotDir } from './browser'
import { previewInChromium } from './preview-in-chromium'

const preview = previewInChromium()

/**
 * How the header sits at this width: its controls on how many lines, how far the last one reaches past the
 * window's right edge, and whether the title is cut short (it is the one allowed to give way).
 */
async function headerLayout(page: Page): Promise<{ rows: number; overflow: number; titleCut: boolean }> {
  return page.evaluate<{ rows: number; overflow: number; titleCut: boolean }>(`(() => {
    const header = document.querySelector('header')
    const title = header && header.querySelector('h1')
    if (!header || !title) return { rows: 0, overflow: 0, titleCut: true }
    const boxes = [...header.children]
      .map((child) => child.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
    const firstBottom = Math.min(...boxes.map((box) => box.bottom))
    return {
      rows: 1 + boxes.filter((box) => box.top >= firstBottom).length,
      overflow: Math.max(0, ...boxes.map((box) => Math.ceil(box.right - window.innerWidth))),
      titleCut: title.scrollWidth > title.clientWidth,
    }
  })()`)
}

const fitsOneLine = { rows: 1, overflow: 0, titleCut: false }

describe('language', () => {
  it('starts in Dutch on a Dutch system, fits 1024×700, and keeps the switch to English across a reload', async () => {
    const context = await preview.browser.newContext({
      viewport: { width: 1024, height: 700 },
      locale: 'nl-NL',
    })
    const page = await context.newPage()
    await page.goto(preview.host.url)
    await expect
      .poll(() => page.getByTestId('step-title').textContent())
      .toBe(nl.steps['helloid-open-azure-ad'].title)
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('nl')
    expect(await page.getByTestId('next').textContent()).toBe(nl.wizard.next)
    expect(await page.getByTestId('start-over').textContent()).toBe(nl.app.startOver)
    expect(await headerLayout(page)).toEqual(fitsOneLine)
    const nextBox = await page.getByTestId('next').boundingBox()
    expect((nextBox?.y ?? 999) + (nextBox?.height ?? 0)).toBeLessThanOrEqual(700)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `nl: ${v.id} (${v.nodes.length})`)).toEqual([])
    await page.screenshot({ path: join(screenshotDir(), 'nl-1024x700.png') })

    await page.getByTestId('language').selectOption('en')
    await expect
      .poll(() => page.getByTestId('step-title').textContent())
      .toBe(en.steps['helloid-open-azure-ad'].title)
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en')
    expect(await headerLayout(page)).toEqual(fitsOneLine)
    await page.screenshot({ path: join(screenshotDir(), 'en-1024x700.png') })

    await page.reload()
    await expect
      .poll(() => page.getByTestId('step-title').textContent())
      .toBe(en.steps['helloid-open-azure-ad'].title)
    expect(await page.getByTestId('language').inputValue()).toBe('en')
    await context.close()
  })

  it('starts in English on any other system and switches to Dutch', async () => {
    const context = await preview.browser.newContext({
      viewport: { width: 1024, height: 700 },
      locale: 'de-DE',
    })
    const page = await context.newPage()
    await page.goto(preview.host.url)
    await expect
      .poll(() => page.getByTestId('step-title').textContent())
      .toBe(en.steps['helloid-open-azure-ad'].title)
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en')
    await page.getByTestId('language').selectOption('nl')
    // The Dutch catalog loads on demand: the page follows once it has arrived.
    await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe('nl')
    await expect
      .poll(() => page.getByTestId('progress-summary').textContent())
      .toMatch(/^\d+\/\d+ stappen klaar$/)
    expect(await page.getByTestId('step-title').textContent()).toBe(nl.steps['helloid-open-azure-ad'].title)
    await context.close()
  })

  it('fits the header on one line at 1024×700 in practice mode (timing select), before and after a customer is opened', async () => {
    const certPath = process.env.HELLOID_TEST_CA_CERT
    const keyPath = process.env.HELLOID_TEST_CA_KEY
    if (!certPath || !keyPath) throw new Error('global-ca setup did not run')
    const tenant = await startPracticeTenant({ ca: { certPath, keyPath }, seed: 'language-practice' })
    const practice = await startPreviewHost({
      rendererDir: resolve('out/renderer'),
      dataDir: mkdtempSync(join(tmpdir(), 'helloid-e2e-language-practice-')),
      version: '0.0.0-test',
      log: silentLogger,
      openExternal: async () => undefined,
      openBrowser: tenant.openBrowser,
      simulated: tenant.simulated,
      mintPracticeHelloId: tenant.mintHelloId,
      practiceTiming: tenant.timing,
    })
    try {
      const context = await preview.browser.newContext({
        viewport: { width: 1024, height: 700 },
        locale: 'nl-NL',
      })
      const page = await context.newPage()
      await page.goto(practice.url)
      await page.getByTestId('practice-timing').waitFor()
      const menu = page.getByTestId('customer-menu')
      expect(await menu.textContent()).toBe(nl.customers.none)
      expect(await headerLayout(page)).toEqual(fitsOneLine)
      await page.getByTestId('language').selectOption('en')
      await expect.poll(() => menu.textContent()).toBe(en.customers.none)
      expect(await headerLayout(page)).toEqual(fitsOneLine)

      // A customer open: its name heads the step rail, and the header still fits in both languages.
      await menu.click()
      await page.getByTestId('customer-name').fill('Gemeente Westerkwartier-Noord')
      await page.getByTestId('customer-add').click()
      await expect.poll(() => menu.textContent()).toBe('Customer: Gemeente Westerkwartier-Noord')
      await page.getByTestId('customers-close').click()
      expect(await headerLayout(page)).toEqual(fitsOneLine)
      await page.screenshot({ path: join(screenshotDir(), 'en-practice-customer-1024x700.png') })
      await page.getByTestId('language').selectOption('nl')
      await expect.poll(() => menu.textContent()).toBe('Klant: Gemeente Westerkwartier-Noord')
      expect(await headerLayout(page)).toEqual(fitsOneLine)
      await page.screenshot({ path: join(screenshotDir(), 'nl-practice-customer-1024x700.png') })
      await context.close()
    } finally {
      await practice.stop()
      await tenant.stop()
    }
  })
})
