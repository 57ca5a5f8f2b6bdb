import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'

import type { PreviewHost } from '../../electron/hosts/web/preview'
import type { WebHost } from '../../electron/hosts/web/server'
import type { CacheCipher } from '../../electron/services/auth/token-cache-store'
import type { RunningSimulator } from '../../simulator/index'
import { control, startTestSimulator } from '../simulator/helpers'
import { ActionCounter } from './action-counter'
import { launchChromium } from './browser'
import { microsoftSignIn } from './journey'
import { startPracticeHost, startTestPreview } from './preview-host'

// Apart from preview-host.ts, which the benchmark imports too: vitest cannot be loaded outside a test run.
/**
 * Chromium and a preview host for every test of one file: launched before the first test, closed after
 * the last. Read `browser` and `host` inside the tests (they are set once the file's tests start).
 */
export function previewInChromium(): { readonly browser: Browser; readonly host: WebHost } {
  const started: { browser?: Browser; host?: WebHost } = {}
  beforeAll(async () => {
    started.browser = await launchChromium()
    started.host = (await startTestPreview()).host
  })
  afterAll(async () => {
    await started.browser?.close()
    await started.host?.stop()
  })
  return {
    get browser(): Browser {
      if (!started.browser) throw new Error('Chromium is launched before the tests start')
      return started.browser
    },
    get host(): WebHost {
      if (!started.host) throw new Error('The preview host starts before the tests start')
      return started.host
    },
  }
}

export interface PracticePreviewOptions {
  /** The simulator's seed (each file its own tenant). */
  seed: string
  /** Offer the practice HelloID's "New Secret" (as practice mode does). */
  practiceHelloId?: boolean
  /** Encrypts each customer's token cache on disk, as the desktop app does with the OS keychain. */
  cipher?: CacheCipher
  /** Counts the click on Microsoft's sign-in page (a throw-away counter when left out). */
  counter?: ActionCounter
}

/** A simulated tenant, a practice preview host on it, and the browser profile that plays the person signing in. */
export interface PracticePreview {
  readonly sim: RunningSimulator
  readonly host: PreviewHost
  readonly dataDir: string
  /** What the assistant opened in the system browser (Entra admin center, HelloID). */
  readonly openedLinks: readonly string[]
  /** Every sign-in page the assistant asked the system browser to open. */
  readonly signInPages: readonly string[]
  /** The practice HelloID's URL and secret last made by "New Secret" (empty before). */
  readonly helloId: { readonly url: string; readonly secret: string }
  /** The account the person picks on Microsoft's sign-in page. */
  account: string
  /** Presses "New Secret" on the practice HelloID (the host's practice button does the same). */
  mintHelloId(): Promise<{ url: string; secret: string }>
  stop(): Promise<void>
}

/**
 * Starts a simulated tenant and a practice preview host on it; the sign-in page opens in a throw-away
 * browser profile of `browser` that picks `account`. For a file whose tests share one, see
 * {@link startPracticePreview}.
 */
export async function openPracticePreview(
  browser: Browser,
  options: PracticePreviewOptions,
): Promise<PracticePreview> {
  const sim = await startTestSimulator({ seed: options.seed })
  let signInContext: BrowserContext | undefined
  try {
    // The sign-in page is the simulator's: a separate, throw-away browser profile plays the person.
    signInContext = await browser.newContext({ ignoreHTTPSErrors: true })
    const signInPages: string[] = []
    const state = { account: 'appadmin', helloId: { url: '', secret: '' } }
    const mintHelloId = async (): Promise<{ url: string; secret: string }> => {
      state.helloId = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
      return state.helloId
    }
    const practice = await startPracticeHost({
      sim,
      openBrowser: microsoftSignIn(signInContext, options.counter ?? new ActionCounter(), {
        account: () => state.account,
        onUrl: (url) => signInPages.push(url),
      }),
      ...(options.cipher ? { cipher: options.cipher } : {}),
      ...(options.practiceHelloId ? { mintPracticeHelloId: mintHelloId } : {}),
    })
    const context = signInContext
    return {
      sim,
      host: practice.host,
      dataDir: practice.dataDir,
      openedLinks: practice.openedLinks,
      signInPages,
      get helloId() {
        return state.helloId
      },
      get account() {
        return state.account
      },
      set account(name: string) {
        state.account = name
      },
      mintHelloId,
      async stop() {
        await context.close()
        await practice.host.stop()
        await sim.stop()
      },
    }
  } catch (error) {
    await signInContext?.close()
    await sim.stop()
    throw error
  }
}

/**
 * Chromium and a practice preview for every test of one file: started before the first test, stopped
 * after the last. Read its fields inside the tests (they are there once the file's tests start).
 */
export function startPracticePreview(
  options: PracticePreviewOptions,
): PracticePreview & { readonly browser: Browser } {
  let browser: Browser | undefined
  let preview: PracticePreview | undefined
  beforeAll(async () => {
    browser = await launchChromium()
    preview = await openPracticePreview(browser, options)
  })
  afterAll(async () => {
    await preview?.stop()
    await browser?.close()
  })
  const started = (): PracticePreview => {
    if (!preview) throw new Error('The practice preview starts before the tests start')
    return preview
  }
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is launched before the tests start')
      return browser
    },
    get sim() {
      return started().sim
    },
    get host() {
      return started().host
    },
    get dataDir() {
      return started().dataDir
    },
    get openedLinks() {
      return started().openedLinks
    },
    get signInPages() {
      return started().signInPages
    },
    get helloId() {
      return started().helloId
    },
    get account() {
      return started().account
    },
    set account(name: string) {
      started().account = name
    },
    mintHelloId: () => started().mintHelloId(),
    stop: () => started().stop(),
  }
}

/** Opens a step from the rail and waits until the rail marks it as the current one. */
export async function goToStep(page: Page, stepId: string): Promise<void> {
  await page.getByTestId(`rail-${stepId}`).click()
  await expect.poll(() => page.getByTestId(`rail-${stepId}`).getAttribute('aria-current')).toBe('step')
}

/**
 * Waits, after Make these changes, until the run shows on the page or has already ended and the page
 * moved itself on to the first cycle: when the run is short, it can start and end between two looks.
 */
export async function runShownOrOver(page: Page): Promise<void> {
  await expect
    .poll(
      async () =>
        (await page.getByTestId('run-timeline').isVisible()) ||
        (await page.getByTestId('rail-azure-initial-cycle').getAttribute('aria-current')) === 'step',
      { timeout: 60_000 },
    )
    .toBe(true)
}

/**
 * Holds the first provisioning cycle back so its waiting screen can be seen: the simulator's realistic
 * timing for the cycle, without its network latency, throttling or lags, so the run itself stays quick.
 * {@link releaseFirstCycle} brings the cycle forward.
 */
export async function holdFirstCycle(sim: RunningSimulator): Promise<void> {
  await control(sim, '/profile', { name: 'realistic' })
  await control(sim, '/faults', {
    latencyMs: { min: 0, max: 0 },
    throttle: null,
    replicationLagSeconds: 0,
    syncTemplatesLagSeconds: 0,
    jobCreateLagSeconds: 0,
  })
}

/** Lets a cycle held back by {@link holdFirstCycle} complete (the simulator's fast timing). */
export async function releaseFirstCycle(sim: RunningSimulator): Promise<void> {
  await control(sim, '/profile', { name: 'fast' })
}
