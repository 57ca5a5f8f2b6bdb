import { join } from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { en } from '../../shared/i18n/en'
import { screenshotDir } from './browser'
import { goToStep, startPracticePreview } from './preview-in-chromium'

/**
 * Small things a consultant trips over on a shared screen, at the smallest window the app supports
 * (1024 x 700): the rail's heading, typing a customer's name while presenting, hosts in masked text, and
 * "Open HelloID" in practice mode.
 */
const practice = startPracticePreview({ seed: 'e2e-trip-ups', practiceHelloId: true })

async function openApp(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await practice.browser.newContext({ viewport: { width: 1024, height: 700 }, colorScheme })
  const page = await context.newPage()
  await page.goto(practice.host.url)
  await page.getByTestId('step-title').waitFor()
  return page
}

async function scrollRail(page: Page, top: number): Promise<void> {
  await page.evaluate(`document.querySelector('nav').scrollTo({ top: ${top} })`)
}

/** Where the rail's heading ends, where the scrolling rail starts, and how the heading's lower edge is drawn. */
async function railEdges(page: Page): Promise<{
  countBottom: number
  headBottom: number
  railTop: number
  border: number
  background: string
  scrollTop: number
}> {
  // A string expression: this file is type-checked for Node, where the DOM's globals do not exist.
  return page.evaluate(`(() => {
    const count = document.querySelector('[data-testid="progress-summary"]')
    const head = count.parentElement
    const rail = document.querySelector('nav')
    const style = getComputedStyle(head)
    return {
      countBottom: count.getBoundingClientRect().bottom,
      headBottom: head.getBoundingClientRect().bottom,
      railTop: rail.getBoundingClientRect().top,
      border: parseFloat(style.borderBottomWidth),
      background: style.backgroundColor,
      scrollTop: rail.scrollTop,
    }
  })()`)
}

describe('trip-ups on a shared screen (practice tenant, 1024 x 700)', () => {
  it('keeps the rail’s heading apart from the steps that scroll under it, in light and dark mode', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openApp(scheme)
      for (const scrollTop of [0, 120, 300, 10_000]) {
        await scrollRail(page, scrollTop)
        const edges = await railEdges(page)
        if (scrollTop > 0) expect(edges.scrollTop, 'the rail scrolls at 700 px').toBeGreaterThan(0)
        // The count keeps room below it, a line marks the heading's edge, and the rail starts under it.
        expect(edges.headBottom - edges.countBottom, scheme).toBeGreaterThanOrEqual(6)
        expect(edges.border, scheme).toBeGreaterThanOrEqual(1)
        expect(edges.railTop, scheme).toBeGreaterThanOrEqual(edges.headBottom)
        expect(edges.background, scheme).not.toBe('rgba(0, 0, 0, 0)')
        // Whatever is drawn over the count is the heading itself, never a step entry.
        const box = await page.getByTestId('progress-summary').boundingBox()
        if (!box) throw new Error('no progress count')
        const onTop = await page.evaluate(
          `document.elementFromPoint(${box.x + 20}, ${box.y + box.height - 2})?.closest('[data-testid^="rail-"]') === null`,
        )
        expect(onTop, scheme).toBe(true)
      }
      await scrollRail(page, 300)
      await page.screenshot({ path: join(screenshotDir(), `rail-heading-${scheme}-scrolled.png`) })
      await page.context().close()
    }
  })

  it('while presenting, a customer name typed live stays dots until the presenter holds "Hold to show"', async () => {
    const page = await openApp()
    await page.getByTestId('presentation-mode').click()
    await page.getByTestId('customer-menu').click()
    const name = page.getByTestId('customer-name')
    await name.fill('Contoso Ltd')
    expect(await name.getAttribute('type')).toBe('password')
    const show = page.getByTestId('customer-name-show')
    expect((await show.textContent())?.trim()).toBe(en.app.holdToShow)
    expect(await show.getAttribute('title')).toBe(en.app.holdToShowHint)

    // Held with the pointer: shown while held, dots again on release.
    await show.hover()
    await page.mouse.down()
    await expect.poll(() => name.getAttribute('type')).toBe('text')
    expect(await name.inputValue()).toBe('Contoso Ltd')
    expect(await show.getAttribute('aria-pressed')).toBe('true')
    await page.screenshot({ path: join(screenshotDir(), 'presenting-customer-name-held.png') })
    await page.mouse.up()
    await expect.poll(() => name.getAttribute('type')).toBe('password')

    // Held with the keyboard (Space), the same.
    await show.focus()
    await page.keyboard.down(' ')
    await expect.poll(() => name.getAttribute('type')).toBe('text')
    await page.keyboard.up(' ')
    await expect.poll(() => name.getAttribute('type')).toBe('password')

    // Out of presentation mode the name is plain text and there is nothing to hold.
    await page.getByTestId('customers-close').click()
    await page.getByTestId('presentation-mode').click()
    await page.getByTestId('customer-menu').click()
    expect(await page.getByTestId('customer-name').getAttribute('type')).toBe('text')
    expect(await page.getByTestId('customer-name-show').count()).toBe(0)
    await page.context().close()
  })

  it('masks a customer’s tenant and portal to the service they are under, not to a single letter', async () => {
    const page = await openApp()
    await page.getByTestId('presentation-mode').click()
    await page.getByTestId('customer-menu').click()
    await page.getByTestId('customer-name').fill('Northwind')
    await page.getByTestId('customer-tenant').fill('northwind.onmicrosoft.com')
    await page.getByTestId('customer-portal').fill('https://northwind.helloid.com')
    await page.getByTestId('customer-add').click()
    const row = page
      .getByTestId('customers-dialog')
      .locator('tr', { has: page.getByTestId('customer-row-name').filter({ hasText: 'N•••' }) })
    await expect.poll(() => row.count()).toBe(1)
    const text = await row.first().innerText()
    expect(text).toContain('https://•••.helloid.com/…')
    expect(text.toLowerCase()).not.toContain('northwind')
    await page.screenshot({ path: join(screenshotDir(), 'presenting-customer-list.png') })
    await page.context().close()
  })

  it('in practice mode, "Open HelloID" says the HelloID is simulated instead of offering its address', async () => {
    const page = await openApp()
    await page.getByTestId('helloid-practice').click()
    await page.getByTestId('helloid-saved').waitFor()
    await page.getByTestId('customer-menu').click()
    await page.getByTestId('customer-name').fill('Practice customer')
    await page.getByTestId('customer-add').click()
    await page.getByTestId('customers-close').click()
    await goToStep(page, 'helloid-new-secret')
    await expect
      .poll(() => page.getByTestId('open-helloid-simulated').textContent())
      .toBe(en.openHelloId.simulated)
    // The practice HelloID's address is not offered as the customer's portal.
    expect(await page.getByTestId('helloid-portal').inputValue()).toBe('')
    await page.screenshot({ path: join(screenshotDir(), 'practice-open-helloid.png') })

    // Saved anyway, it still opens nothing a browser would refuse: the note stands in for the button.
    await page.getByTestId('helloid-portal').fill(new URL(practice.helloId.url).origin)
    await page.getByTestId('helloid-portal-save').click()
    await expect.poll(() => page.getByTestId('helloid-portal').count()).toBe(0)
    expect(await page.getByTestId('open-helloid').count()).toBe(0)
    expect(await page.getByTestId('open-helloid-simulated').isVisible()).toBe(true)
    expect(practice.openedLinks).toEqual([])
    await page.context().close()
  })
})
