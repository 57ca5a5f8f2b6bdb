import { describe, expect, it } from 'vitest'

import { previewInChromium } from './preview-in-chromium'

const preview = previewInChromium()

describe('a HelloID URL on a host that is not helloid.com', () => {
  it('shows a warning with a choice, and keeps the host unconfirmed until the person says yes', async () => {
    const page = await (await preview.browser.newContext()).newPage()
    await page.goto(preview.host.url)
    await page.getByTestId('rail-helloid-new-secret').click()
    await page.getByTestId('helloid-url').fill('https://helloid.example.net/scim/contoso')
    await page.getByTestId('helloid-secret').fill('Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lm')
    await page.getByTestId('helloid-save').click()

    const warning = page.getByTestId('helloid-host-warning')
    await expect.poll(() => warning.isVisible()).toBe(true)
    expect(await warning.textContent()).toContain('helloid.example.net')
    expect(await page.getByTestId('helloid-host-confirmed').count()).toBe(0)

    await page.getByTestId('helloid-host-change').click()
    await expect.poll(() => page.locator('[data-testid="helloid-url"]:focus').count()).toBe(1)

    await page.getByTestId('helloid-host-confirm').click()
    await expect.poll(() => page.getByTestId('helloid-host-confirmed').isVisible()).toBe(true)
    expect(await warning.count()).toBe(0)
  })
})
