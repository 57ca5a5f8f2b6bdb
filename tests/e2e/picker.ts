import type { Page } from 'playwright-core'

/**
 * Picks a user or group in the assignment picker as a person would: types part of the name, waits for
 * the search to show the one whose card holds `match`, and adds it.
 */
export async function pickPrincipal(page: Page, search: string, match: string): Promise<void> {
  await page.getByTestId('assignment-search').fill(search)
  const hit = page.getByTestId('assignment-hit').filter({ hasText: match }).first()
  // The hit's own Add button, in whatever language the page speaks.
  await hit.locator('[data-testid^="assignment-add-"]').click()
  await page.getByTestId('assignment-picked').getByText(match).first().waitFor()
}
