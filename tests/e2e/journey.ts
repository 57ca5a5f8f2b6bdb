import type { Browser, BrowserContext, Page } from 'playwright-core'

import type { SetupState } from '../../shared/contract'
import type { PreviewHost } from '../../electron/hosts/web/preview'
import type { RunningSimulator } from '../../simulator/index'
import { ActionCounter } from './action-counter'
import { startPracticeHost } from './preview-host'

/** What the shortest journey measured. */
export interface JourneyResult {
  /** Actions from launch to "provisioning started" (clicks, pastes, typed fields, keys). */
  actions: ActionCounter['actions']
  /** Milliseconds from the host publishing "Initial cycle completed" to the page showing it. */
  uiLegMs: number | null
}

async function control<T>(sim: RunningSimulator, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sim.urls.control}${path}`, {
    ...(body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`control ${path} answered ${response.status}`)
  return (await response.json()) as T
}

/**
 * The Microsoft sign-in page as a person meets it: a throw-away browser profile opens the page the
 * assistant asks for and picks the account (one click, counted).
 */
export function microsoftSignIn(
  context: BrowserContext,
  counter: ActionCounter,
  options: { account?: string | (() => string); onUrl?: (url: string) => void } = {},
): (url: string) => Promise<void> {
  return async (url) => {
    options.onUrl?.(url)
    const page = await context.newPage()
    await page.goto(url)
    const account = typeof options.account === 'function' ? options.account() : options.account
    await page.click(`button[data-account="${account ?? 'appadmin'}"]`)
    counter.record('click', 'microsoft-sign-in: pick account')
    await page.waitForURL(/^http:\/\/(localhost|127\.0\.0\.1):\d+/)
    await page.close()
  }
}

/**
 * Steps 1–2: paste HelloID's URL and secret on the first screen; "Save and continue" keeps them and, with
 * nothing to confirm, moves on to sign-in by itself.
 */
export async function connectHelloId(
  page: Page,
  counter: ActionCounter,
  helloId: { url: string; secret: string },
): Promise<void> {
  await counter.paste(page.getByTestId('helloid-url'), helloId.url, 'helloid-url')
  await counter.paste(page.getByTestId('helloid-secret'), helloId.secret, 'helloid-secret')
  await counter.click(page.getByTestId('helloid-save'), 'helloid-save')
  await page.getByTestId('sign-in-panel').waitFor()
}

/**
 * Step 3: sign in with the browser (the customer's name may stay empty: the tenant's own name is used),
 * and wait until the account's roles were read (the checks run by themselves). With every check passed
 * the page goes on to the choices by itself; otherwise it stays where it says what to do.
 */
export async function signInWithBrowser(
  page: Page,
  counter: ActionCounter,
  customer?: string,
): Promise<void> {
  if (customer !== undefined)
    await counter.type(page.getByTestId('customer-label'), customer, 'customer-label')
  await counter.click(page.getByTestId('sign-in-browser'), 'sign-in-browser')
  await waitFor(
    page,
    async () =>
      (await page.getByTestId('assignment-picker').count()) +
        (await page.getByTestId('not-admin').count()) +
        (await page.getByTestId('checks-panel').count()) >
      0,
    90_000,
  )
}

/**
 * Steps 5–20: the plan screen is open (the page came here after passing checks). Pick who to assign
 * (a suggested one with its Add button, else by searching), wait for the preview that follows the
 * choices by itself, and make exactly those changes.
 */
export async function previewAndApply(
  page: Page,
  counter: ActionCounter,
  /** Each a text to search for and the text that marks the right result (a name or UPN). */
  assignments: readonly { search: string; match: string }[],
): Promise<void> {
  await page.getByTestId('assignment-search').waitFor({ timeout: 30_000 })
  for (const { search, match } of assignments) {
    const suggested = page.getByTestId('assignment-suggestion').filter({ hasText: match }).first()
    await waitFor(
      page,
      async () => (await page.getByTestId('assignment-suggestions').count()) > 0,
      10_000,
    ).catch(() => undefined)
    if ((await suggested.count()) > 0) {
      await counter.click(suggested.getByRole('button', { name: 'Add' }), 'assignment-add (suggested)')
      continue
    }
    await counter.type(page.getByTestId('assignment-search'), search, 'assignment-search')
    await counter.click(
      page
        .getByTestId('assignment-hit')
        .filter({ hasText: match })
        .first()
        .getByRole('button', { name: 'Add' }),
      'assignment-add',
    )
  }
  await page.getByTestId('apply').waitFor({ timeout: 30_000 })
  await waitFor(page, async () => !(await page.getByTestId('apply').isDisabled()), 30_000)
  await counter.click(page.getByTestId('apply'), 'apply')
}

/**
 * The shortest path a person takes from launching the assistant to "provisioning started", with a
 * HelloID URL and secret pasted from HelloID's admin portal, signing in with the browser, and one user
 * and one group to assign. Every click, paste, typed field and key press is counted by an
 * {@link ActionCounter}, including the click on the Microsoft sign-in page. The steps are the ones the
 * end-to-end tests take too; when the screens change, they change here and the count follows.
 */
export async function runShortestJourney(options: {
  browser: Browser
  sim: RunningSimulator
}): Promise<JourneyResult> {
  const { browser, sim } = options
  const counter = new ActionCounter()
  const signInContext = await browser.newContext({ ignoreHTTPSErrors: true })
  let host: PreviewHost | undefined
  try {
    const practice = await startPracticeHost({
      sim,
      openBrowser: microsoftSignIn(signInContext, counter),
      version: '0.0.0-bench',
    })
    host = practice.host
    const helloId = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
    let started = false
    let completedAt: number | null = null
    const unsubscribe = host.services.events.subscribe((event) => {
      if (event.name !== 'setupChanged') return
      const state = event.payload as SetupState
      if (state.progress.some((p) => p.id === 'start' && p.status === 'done')) started = true
      if (state.job?.initialCycleCompleted && completedAt === null) completedAt = Date.now()
    })

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(host.url)
    await page.getByTestId('step-title').waitFor()

    await connectHelloId(page, counter, helloId)
    await signInWithBrowser(page, counter)
    await previewAndApply(page, counter, [{ search: 'HelloID Users', match: 'HelloID Users' }])
    await waitFor(page, async () => started, 120_000)
    const actions = [...counter.actions]

    // Monitoring's last leg: the host has seen the completed cycle; how soon does the page show it?
    await waitFor(page, async () => completedAt !== null, 120_000)
    // A string expression: this file is type-checked for Node, where the DOM's globals do not exist.
    await page.waitForFunction("document.body.innerText.includes('Initial cycle completed')", undefined, {
      polling: 'raf',
      timeout: 30_000,
    })
    const uiLegMs = completedAt === null ? null : Date.now() - completedAt
    unsubscribe()
    await context.close()
    return { actions, uiLegMs }
  } finally {
    await signInContext.close()
    await host?.stop()
  }
}

/** Polls a condition of the page until it holds (or gives up after `timeoutMs`). */
export async function waitFor(
  page: Page,
  condition: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('journey: timed out waiting for the next screen')
    await page.waitForTimeout(100)
  }
}
