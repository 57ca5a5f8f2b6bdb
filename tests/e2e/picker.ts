import type { Page, Route } from 'playwright-core'

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

/**
 * Holds the page's directory searches on their way to the host until `release`, so a search the person
 * started stays unanswered for as long as the test looks at the page.
 */
export async function holdSearches(page: Page): Promise<{ release: () => Promise<void> }> {
  const url = '**/api/searchDirectory'
  const held: Route[] = []
  let holding = true
  await page.route(url, (route) => {
    if (holding) held.push(route)
    else void route.continue()
  })
  return {
    async release() {
      holding = false
      await Promise.all(held.map((route) => route.continue()))
      await page.unroute(url)
    },
  }
}
