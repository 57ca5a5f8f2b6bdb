import { describe, expect, it } from 'vitest'

import { en } from '../../shared/i18n/en'
import { goToStep, previewInChromium } from './preview-in-chromium'

/**
 * What the page does when a script it loads on demand is not there (the assistant's files were replaced
 * while it ran): the browser is made to fail those requests, as it would for a chunk name that is gone.
 */
const preview = previewInChromium()

describe('a script loaded on demand that fails', () => {
  it('a screen or dialog says so with Reload instead of a blank page; Reload brings it back', async () => {
    const context = await preview.browser.newContext({ viewport: { width: 1024, height: 700 } })
    const page = await context.newPage()
    const gone = (route: { abort: () => Promise<void> }): Promise<void> => route.abort()
    await page.route('**/assets/sign-in-panel-*.js', gone)
    await page.route('**/assets/dialog-surface-*.js', gone)
    await page.goto(preview.host.url)
    await expect.poll(() => page.getByTestId('step-number').textContent()).toBe('Step 1')

    await goToStep(page, 'azure-sign-in')
    await expect.poll(() => page.getByTestId('load-failed').isVisible()).toBe(true)
    expect(await page.getByTestId('load-failed').innerText()).toContain(
      'This part of the assistant could not be loaded.',
    )
    expect(await page.getByTestId('sign-in-browser').count()).toBe(0)
    // The rest of the page still works: the step rail and the header.
    expect(await page.getByTestId('step-title').textContent()).toBe(en.steps['azure-sign-in'].title)

    // A dialog whose script is gone says the same where it would have opened.
    await page.getByTestId('customer-menu').click()
    await expect.poll(() => page.getByTestId('load-failed').count()).toBe(2)

    // The files are back (as after an update finished): Reload shows the screen, on the same step.
    await page.unrouteAll()
    await page.getByTestId('load-failed-reload').first().click()
    await expect.poll(() => page.getByTestId('sign-in-browser').isVisible(), { timeout: 20_000 }).toBe(true)
    expect(await page.getByTestId('load-failed').count()).toBe(0)
    await context.close()
  })

  it('Dutch words that fail to load: the page stays in English and says why, in English, until dismissed', async () => {
    const context = await preview.browser.newContext({ viewport: { width: 1024, height: 700 } })
    const page = await context.newPage()
    await page.route('**/assets/nl-*.js', (route) => route.abort())
    await page.goto(preview.host.url)
    // The host kept the step the test before went to.
    await expect
      .poll(() => page.getByTestId('step-title').textContent())
      .toBe(en.steps['azure-sign-in'].title)
    expect(await page.getByTestId('missing-words').count()).toBe(0)

    await page.getByTestId('language').selectOption('nl')
    await expect.poll(() => page.getByTestId('missing-words').isVisible()).toBe(true)
    expect(await page.getByTestId('missing-words').innerText()).toContain(
      'The words for Nederlands could not be loaded, so the assistant is shown in English.',
    )
    expect(await page.getByTestId('step-title').textContent()).toBe(en.steps['azure-sign-in'].title)
    await page.getByTestId('missing-words-dismiss').click()
    await expect.poll(() => page.getByTestId('missing-words').count()).toBe(0)
    await context.close()
  })
})
