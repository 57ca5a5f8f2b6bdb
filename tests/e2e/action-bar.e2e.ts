import { join } from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { en } from '../../shared/i18n/en'
import { screenshotDir } from './browser'
import { pickPrincipal } from './picker'
import { goToStep, holdFirstCycle, releaseFirstCycle, startPracticePreview } from './preview-in-chromium'
import { primaryButtons, settled } from './screen-inspection'

/**
 * The smallest window the assistant supports (1024 x 700), screen by screen through the practice journey:
 * each screen's one obvious next action sits in the step page's action bar, wholly inside the window and
 * not covered by anything, it is the only primary button on the page, and the step's content scrolls
 * above the bar, never under it. Every screen is checked in light and in dark mode.
 */
const practice = startPracticePreview({ seed: 'e2e-action-bar' })

const viewport = { width: 1024, height: 700 }

/** What the page shows of one button and the bar, read in the page. */
interface Placement {
  found: boolean
  inBar: boolean
  rect: { left: number; top: number; right: number; bottom: number }
  /** The points (centre, then the corners 1 px in) where something other than the button is on top. */
  covered: string[]
  /** The bar's top and the lowest edge of the step's content once scrolled to its end. */
  barTop: number
  scrollBottom: number
  contentBottom: number
}

/**
 * Where the button with `testId` is and what is drawn on top of it. The step's content is scrolled to its
 * end first, so its last part is where it would be under a bar laid over it. (A string expression: this
 * file is type-checked for Node, where the DOM's globals do not exist.)
 */
function placement(page: Page, testId: string): Promise<Placement> {
  return page.evaluate<Placement>(`((testId) => {
    const scroll = document.querySelector('[data-testid="step-scroll"]')
    scroll.scrollTop = scroll.scrollHeight
    const bar = document.querySelector('[data-testid="action-bar"]')
    const button = document.querySelector('[data-testid="' + testId + '"]')
    const content = scroll.firstElementChild
    const box = button ? button.getBoundingClientRect() : { left: 0, top: 0, right: 0, bottom: 0 }
    // The corners of the button as drawn: hit-testing follows its rounded corners, whose arc crosses the
    // diagonal 0.29 of the radius in from the box's corner.
    const radius = button ? parseFloat(getComputedStyle(button).borderTopLeftRadius) || 0 : 0
    const d = Math.ceil(radius * 0.3) + 1
    const points = [
      ['centre', (box.left + box.right) / 2, (box.top + box.bottom) / 2],
      ['top left', box.left + d, box.top + d],
      ['top right', box.right - d, box.top + d],
      ['bottom left', box.left + d, box.bottom - d],
      ['bottom right', box.right - d, box.bottom - d],
    ]
    const covered = button
      ? points
          .filter(([, x, y]) => {
            const top = document.elementFromPoint(x, y)
            return !(top && (top === button || button.contains(top)))
          })
          .map(([where, x, y]) => {
            const top = document.elementFromPoint(x, y)
            const id = top?.closest('[data-testid]')?.getAttribute('data-testid') ?? top?.tagName ?? 'nothing'
            return where + ' (' + id + ')'
          })
      : []
    return {
      found: Boolean(button),
      inBar: Boolean(button && bar.contains(button)),
      rect: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      covered,
      barTop: bar.getBoundingClientRect().top,
      scrollBottom: scroll.getBoundingClientRect().bottom,
      contentBottom: content.getBoundingClientRect().bottom,
    }
  })('${testId}')`)
}

/** What is wrong with the screen's primary action and the bar, in the page's current colour scheme. */
async function problemsOf(page: Page, primary: string, enabled: boolean): Promise<string[]> {
  await settled(page)
  const problems: string[] = []
  const at = await placement(page, primary)
  if (!at.found) return [`${primary} is not on the page`]
  if (!at.inBar) problems.push(`${primary} is not in the action bar`)
  const { left, top, right, bottom } = at.rect
  if (left < 0 || top < 0 || right > viewport.width || bottom > viewport.height)
    problems.push(`${primary} is not wholly in the window: ${JSON.stringify(at.rect)}`)
  if (at.covered.length > 0) problems.push(`${primary} is covered at ${at.covered.join(', ')}`)
  // The content ends above the bar: the scrolling area stops where the bar starts.
  if (at.scrollBottom > at.barTop + 0.5)
    problems.push(`the step scrolls under the bar (${at.scrollBottom} > ${at.barTop})`)
  if (at.contentBottom > at.barTop + 0.5)
    problems.push(`the step's end is under the bar (${at.contentBottom} > ${at.barTop})`)
  // Back stays reachable too.
  const back = await placement(page, 'back')
  if (back.covered.length > 0 || back.rect.bottom > viewport.height)
    problems.push(`Back is covered or out of view: ${back.covered.join(', ')}`)
  const primaries = await primaryButtons(page)
  const expected = enabled ? [primary] : []
  if (primaries.join() !== expected.join())
    problems.push(`primary buttons [${primaries.join(', ')}], expected [${expected.join(', ')}]`)
  return problems
}

/** Dark mode on or off by the header's switch, as the person would. */
async function setDark(page: Page, dark: boolean): Promise<void> {
  const toggle = page.getByTestId('dark-mode')
  if ((await toggle.isChecked()) !== dark) await toggle.click()
  await expect.poll(() => toggle.isChecked()).toBe(dark)
}

/**
 * Checks one screen in light and dark mode and keeps its screenshots. `primary` is the test id of the
 * screen's primary action, or of Next where the screen deliberately has none (the wait for the first
 * cycle); `enabled` says whether it can be pressed yet.
 */
async function checkScreen(
  page: Page,
  name: string,
  primary: string,
  options: { enabled?: boolean; primary?: boolean } = {},
): Promise<string[]> {
  const problems: string[] = []
  const enabled = options.primary === false ? false : (options.enabled ?? true)
  for (const dark of [false, true]) {
    await setDark(page, dark)
    const scheme = dark ? 'dark' : 'light'
    problems.push(...(await problemsOf(page, primary, enabled)).map((p) => `${name} (${scheme}): ${p}`))
    // Seen at its end (scrolled there by the check) and, in light mode, from its top.
    await page.screenshot({ path: join(screenshotDir(), `action-bar-${name}-${scheme}-end.png`) })
    if (!dark) {
      await page.evaluate(`document.querySelector('[data-testid="step-scroll"]').scrollTop = 0`)
      await page.screenshot({ path: join(screenshotDir(), `action-bar-${name}-${scheme}-top.png`) })
    }
  }
  await setDark(page, false)
  return problems
}

describe('the action bar at 1024 x 700 (practice tenant)', () => {
  it('keeps each screen’s one primary action in view and uncovered, in light and dark mode', async () => {
    const { browser, host, sim } = practice
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    const problems: string[] = []
    try {
      await page.goto(host.url)
      await page.getByTestId('step-title').waitFor()

      // The HelloID connection: Save and continue can always be pressed; with a field empty it names that field
      // there, focuses it and sends nothing.
      problems.push(...(await checkScreen(page, 'helloid-empty', 'helloid-save')))
      const focusedTestId = (): Promise<string | null> =>
        page.evaluate<string | null>(`document.activeElement?.getAttribute('data-testid') ?? null`)
      const helloIdTitle = await page.getByTestId('step-title').textContent()
      await page.getByTestId('helloid-save').click()
      await page.getByText('Paste the URL from HelloID › Directory › Azure AD first.').waitFor()
      expect(await focusedTestId()).toBe('helloid-url')
      const helloId = await practice.mintHelloId()
      await page.getByTestId('helloid-url').fill(helloId.url)
      expect(await page.getByText('Paste the URL from HelloID').count()).toBe(0)
      await page.getByTestId('helloid-save').click()
      await page.getByText('Paste the Secret from the same HelloID page.').waitFor()
      expect(await focusedTestId()).toBe('helloid-secret')
      expect(await page.getByTestId('helloid-saved').count()).toBe(0)
      expect(await page.getByTestId('step-title').textContent()).toBe(helloIdTitle)
      await page.getByTestId('helloid-secret').fill(helloId.secret)
      problems.push(...(await checkScreen(page, 'helloid', 'helloid-save')))
      // Enter in the field does what the button does.
      await page.getByTestId('helloid-secret').press('Enter')

      // Sign in with browser, which a sticky Back/Next bar used to half cover.
      await page.getByTestId('sign-in-panel').waitFor()
      await page.getByTestId('customer-label').fill('Contoso')
      problems.push(...(await checkScreen(page, 'sign-in', 'sign-in-browser')))
      await page.getByTestId('sign-in-browser').click()

      // The choices: Make these changes, which used to be below the fold. The page may move here by itself
      // once the checks pass; if it stays on sign-in, the person goes on by the rail.
      await page.getByTestId('admin-ok').or(page.getByTestId('assignment-search')).first().waitFor({
        timeout: 90_000,
      })
      if ((await page.getByTestId('assignment-search').count()) === 0) {
        await expect
          .poll(() => page.getByTestId('rail-azure-open-entra').getAttribute('data-status'), {
            timeout: 60_000,
          })
          .toBe('done')
        await goToStep(page, 'azure-enterprise-apps')
      }
      await page.getByTestId('assignment-search').waitFor({ timeout: 30_000 })
      await expect.poll(() => page.getByTestId('apply').isEnabled(), { timeout: 30_000 }).toBe(true)
      problems.push(...(await checkScreen(page, 'choices', 'apply')))

      // Screens whose own action is done: Next is the primary.
      await goToStep(page, 'azure-sign-in')
      await page.getByTestId('admin-ok').waitFor()
      problems.push(...(await checkScreen(page, 'signed-in', 'next')))
      await goToStep(page, 'azure-open-entra')
      await page.getByTestId('preflight-checks').waitFor()
      problems.push(...(await checkScreen(page, 'checks', 'next')))
      await page.getByTestId('next').click()

      // The choices made, the preview under them: a longer page, Make these changes still in the bar.
      await page
        .getByTestId('assignment-suggestion')
        .filter({ hasText: 'HelloID Users' })
        .getByRole('button')
        .click({ timeout: 30_000 })
      await pickPrincipal(page, 'user@contoso', 'user@contoso.onmicrosoft.com')
      await page.getByTestId('notification-email').fill('ops@contoso.onmicrosoft.com')
      await expect.poll(() => page.getByTestId('apply').isEnabled(), { timeout: 30_000 }).toBe(true)
      problems.push(...(await checkScreen(page, 'preview', 'apply')))

      // The run, with the first cycle held back so the wait can be seen.
      await holdFirstCycle(sim)
      await page.getByTestId('apply').click()
      await expect
        .poll(() => page.getByTestId('step-title').textContent(), { timeout: 90_000 })
        .toBe(en.steps['azure-initial-cycle'].title)
      await page.getByTestId('first-cycle-waiting').waitFor({ timeout: 30_000 })
      // Waiting is not done: no button is primary, and Back and Next stay in view.
      problems.push(...(await checkScreen(page, 'first-cycle', 'next', { primary: false })))

      // Setup complete: the handover report is the end's primary action, and the words are true in practice.
      await releaseFirstCycle(sim)
      await expect
        .poll(() => page.getByTestId('step-title').textContent(), { timeout: 60_000, interval: 500 })
        .toBe(en.complete.title)
      problems.push(...(await checkScreen(page, 'setup-complete', 'handover-report')))
      expect(await page.getByTestId('setup-complete-practice-helloid').textContent()).toBe(
        en.complete.helloIdUsersPractice,
      )
      expect(await page.getByTestId('open-helloid').count()).toBe(0)
      expect(await page.getByTestId('setup-complete').innerText()).not.toMatch(/this button/i)
      await page.getByTestId('handover-report').click()
      await expect.poll(() => page.getByTestId('report-view').isVisible(), { timeout: 20_000 }).toBe(true)
      await page.getByTestId('report-close').click()
      await expect.poll(() => page.getByTestId('report-view').count()).toBe(0)

      // After the run: its screen and one of its steps lead on with Next.
      await goToStep(page, 'azure-enterprise-apps')
      await page.getByTestId('run-timeline').waitFor()
      problems.push(...(await checkScreen(page, 'run-done', 'next')))
      await goToStep(page, 'azure-create-app')
      await page.getByTestId('step-outcome-message').waitFor()
      problems.push(...(await checkScreen(page, 'run-step', 'next')))

      // Troubleshoot one user: its check is the primary action.
      await goToStep(page, 'troubleshoot-one-user')
      await page.getByTestId('troubleshoot-run').click()
      await page.getByText('Type the user’s principal name first').waitFor()
      expect(await focusedTestId()).toBe('troubleshoot-user')
      expect(await page.getByTestId('troubleshoot-report').count()).toBe(0)
      await page.getByTestId('troubleshoot-user').fill('user@contoso.onmicrosoft.com')
      problems.push(...(await checkScreen(page, 'troubleshoot', 'troubleshoot-run')))

      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})
