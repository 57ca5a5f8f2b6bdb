import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { en } from '../../shared/i18n/en'
import { steps } from '../../shared/steps'
import { screenshotDir } from './browser'
import { stepPageTexts } from './step-page-texts'
import { previewInChromium } from './preview-in-chromium'

const preview = previewInChromium()

const byHand = (id: string): readonly string[] =>
  (en.steps as Record<string, { byHand?: readonly string[] }>)[id]?.byHand ?? []

describe('drawings of the real screens', () => {
  it('show HelloID’s Azure AD page on steps 1–2 and each step’s own screen, with numbered callouts, at 1024×700', async () => {
    const context = await preview.browser.newContext({ viewport: { width: 1024, height: 700 } })
    const page = await context.newPage()
    await page.goto(preview.host.url)
    const seen = new Map<string, string>()
    for (const step of steps) {
      await page.getByTestId(`rail-${step.id}`).click()
      await expect
        .poll(() => page.getByTestId('step-title').textContent())
        .toBe(stepPageTexts[step.id]?.title)
      // Sign-in happens in the assistant's own panel, never on a drawn page.
      if (step.id === 'azure-sign-in') continue
      const drawing = page.getByTestId('step-drawing')
      expect(await drawing.getAttribute('data-step')).toBe(step.id)
      const svg = drawing.getByTestId('step-drawing-svg')
      expect(await svg.getAttribute('role')).toBe('img')
      // Its accessible name says where, its description lists the numbered instructions.
      const title = await svg.locator('title').textContent()
      expect(title).toContain(
        step.illustration.portal === 'helloid' ? 'HelloID admin portal' : 'Microsoft Entra admin center',
      )
      const instructions = byHand(step.id)
      expect(await svg.locator('desc').textContent()).toBe(
        instructions.map((t, i) => `${i + 1}. ${t}`).join(' '),
      )
      // One numbered callout per instruction, and the same instructions as real text beside it.
      const callouts = drawing.getByTestId('drawing-callout')
      expect(await callouts.count()).toBe(instructions.length)
      for (let i = 0; i < instructions.length; i++) {
        expect(await callouts.nth(i).locator('text').textContent()).toBe(String(i + 1))
      }
      expect(await drawing.getByTestId('drawing-instructions').locator('li').allTextContents()).toEqual(
        instructions.map((text, i) => `${i + 1}${text}`),
      )
      // The drawing fits the window's width.
      const box = await svg.boundingBox()
      expect(box && box.x + box.width <= 1024).toBe(true)
      expect(box && box.height <= 700 * 0.56 + 1).toBe(true)
      seen.set(step.id, `${(await drawing.getAttribute('data-screen')) ?? ''}:${title ?? ''}`)
      if (step.id === 'helloid-new-secret' || step.id === 'azure-tenant-url') {
        await page.screenshot({ path: join(screenshotDir(), `drawing-${step.id}.png`) })
      }
    }
    // Steps 1–2 are HelloID's Directory › Azure AD page; the HelloID drawing names New Secret, URL and Secret.
    expect(seen.get('helloid-open-azure-ad')).toMatch(/^helloidAzureAd:/)
    expect(seen.get('helloid-new-secret')).toMatch(/^helloidAzureAd:/)
    await page.getByTestId('rail-helloid-new-secret').click()
    const helloid = page.getByTestId('step-drawing-svg')
    await expect.poll(() => helloid.locator('text', { hasText: 'New Secret' }).count()).toBe(1)
    expect(await helloid.locator('text', { hasText: /^URL$/ }).count()).toBe(1)
    expect(await helloid.locator('text', { hasText: /^Secret$/ }).count()).toBe(1)
    // Every Azure step with a screen of its own differs from its neighbours where the portal page differs.
    expect(new Set([...seen.values()].map((v) => v.split(':')[0])).size).toBeGreaterThanOrEqual(13)
    await context.close()
  })

  it('follow dark mode: the drawing’s window turns dark with the app', async () => {
    const context = await preview.browser.newContext({
      viewport: { width: 1024, height: 700 },
      colorScheme: 'dark',
    })
    const page = await context.newPage()
    await page.goto(preview.host.url)
    await page.getByTestId('rail-helloid-new-secret').click()
    // The drawing's window: the first shape of the SVG, coloured by a Fluent token.
    const windowFill = (): Promise<string> =>
      page.evaluate<string>(
        "getComputedStyle(document.querySelector('[data-testid=step-drawing-svg] rect')).fill",
      )
    const dark = await windowFill()
    await page.getByTestId('dark-mode').click()
    await expect.poll(windowFill).not.toBe(dark)
    const light = await windowFill()
    // Light is brighter than dark.
    const brightness = (rgb: string): number =>
      (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((a, b) => a + Number(b), 0)
    expect(brightness(light)).toBeGreaterThan(brightness(dark))
    await page.screenshot({ path: join(screenshotDir(), 'drawing-light.png') })
    await context.close()
  })
})
