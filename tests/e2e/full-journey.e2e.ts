import { join } from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { en } from '../../shared/i18n/en'
import { nl } from '../../shared/i18n/nl'
import { steps } from '../../shared/steps'
import type { RunningSimulator } from '../../simulator/index'
import { at, control, graph, signIn, str } from '../simulator/helpers'
import { launchChromium, screenshotDir } from './browser'
import { pickPrincipal } from './picker'
import {
  goToStep,
  holdFirstCycle,
  openPracticePreview,
  type PracticePreview,
  releaseFirstCycle,
  runShownOrOver,
} from './preview-in-chromium'
import {
  disagreements,
  domPieces,
  findLeaks,
  parameterFreeTexts,
  pieceKey,
  primaryButtons,
  readProgress,
  seriousA11yViolations,
  settled,
  pageTexts,
  type Identifier,
} from './screen-inspection'

/**
 * The whole journey a consultant takes, screen by screen, in Debian's Chromium through the web host
 * against the simulator: launch → HelloID connection → sign in → checks → choices → preview → the run →
 * first cycle → "Setup complete" → troubleshoot one user. On every screen the header, the rail and the
 * step page agree on what is done, exactly one button is primary, axe finds nothing serious, and a
 * screenshot goes to the test's folder under the temp directory. One pass is in presentation mode, where
 * nothing that names the simulated customer may be anywhere in the page.
 */

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

type Language = 'en' | 'nl'
const catalogs = { en, nl } as const

interface PassOptions {
  language: Language
  presentation: boolean
  /** Run axe on every screen (it takes seconds a screen, so the passes that add nothing to it leave it out). */
  axe: boolean
}

/** What the simulator's tenant holds that names the customer, once the journey has made its objects. */
async function customerIdentifiers(sim: RunningSimulator, helloIdUrl: string): Promise<Identifier[]> {
  const info = await control<{
    tenants: { id: string; displayName: string; domain: string }[]
    accounts: { name: string; username: string }[]
  }>(sim, '/info')
  const state = await control<{
    tenants: {
      id: string
      applications: { id: string; appId: string }[]
      servicePrincipals: { id: string; appId: string; displayName: string; jobs: { id: string }[] }[]
    }[]
  }>(sim, '/state')
  const tenant = info.tenants.find((t) => t.id === sim.tenantId)
  const detail = state.tenants.find((t) => t.id === sim.tenantId)
  if (!tenant || !detail) throw new Error('the simulator has no Contoso tenant')
  const ids: Identifier[] = [
    { what: 'tenant id', value: tenant.id },
    // Entra writes it without dashes inside the provisioning job's id.
    { what: 'tenant id without dashes', value: tenant.id.replace(/-/g, '') },
    { what: 'tenant name', value: tenant.displayName },
    { what: 'tenant domain', value: tenant.domain },
    { what: 'HelloID host', value: new URL(helloIdUrl).host },
    { what: 'HelloID path', value: new URL(helloIdUrl).pathname },
  ]
  // The people the journey met (who signed in, who was assigned and troubleshot) and the group it assigned.
  const token = (await signIn(sim, { account: 'appadmin' })).access_token
  for (const name of ['appadmin', 'user']) {
    const upn = info.accounts.find((a) => a.name === name)?.username ?? ''
    const user = await graph(
      sim,
      token,
      'GET',
      `/users/${encodeURIComponent(upn)}?$select=id,displayName,mail`,
    )
    ids.push(
      { what: 'UPN', value: upn },
      { what: 'user display name', value: str(user.body, 'displayName') },
      { what: 'user object id', value: str(user.body, 'id') },
    )
    const mail = at(user.body, 'mail')
    if (typeof mail === 'string' && mail) ids.push({ what: 'mail', value: mail })
  }
  const groups = await graph(
    sim,
    token,
    'GET',
    `/groups?$filter=${encodeURIComponent("displayName eq 'HelloID Users'")}&$select=id,displayName`,
  )
  ids.push(
    { what: 'group display name', value: str(groups.body, 'value.0.displayName') },
    { what: 'group id', value: str(groups.body, 'value.0.id') },
  )
  const sp = detail.servicePrincipals.find((p) => p.displayName === 'HelloID')
  const app = detail.applications.find((a) => a.appId === sp?.appId)
  if (!sp || !app) throw new Error('the journey made no HelloID app')
  ids.push(
    { what: 'service principal id', value: sp.id },
    { what: 'app id', value: sp.appId },
    { what: 'application object id', value: app.id },
    ...sp.jobs.map((job) => ({ what: 'job id', value: job.id })),
  )
  return ids
}

/** What each step that loads its panel on demand shows before sign-in, once the panel is there. */
const lazyPanels: Partial<Record<string, string>> = {
  'azure-sign-in': 'sign-in-panel',
  'azure-open-entra': 'automation-needs-sign-in',
  'azure-enterprise-apps': 'automation-needs-sign-in',
  'azure-initial-cycle': 'first-cycle',
  'troubleshoot-one-user': 'troubleshoot-panel',
}

/** One journey on its own simulated tenant and host, screen by screen. */
class Pass {
  readonly shots: string[] = []
  readonly problems: string[] = []
  /** Each screen's pieces, read as it was shown (checked for leaks once the tenant's ids are known). */
  readonly readings: { screen: string; pieces: Awaited<ReturnType<typeof domPieces>> }[] = []
  /** What the step pages show before the assistant knows any customer (sample texts, examples). */
  readonly fixed = new Set<string>()
  private screenIndex = 0

  constructor(
    readonly page: Page,
    readonly options: PassOptions,
  ) {}

  get t(): (typeof catalogs)[Language] {
    return catalogs[this.options.language]
  }

  /** Checks the screen as it is now and writes its screenshot. */
  async screen(name: string, expectedPrimary: string | null): Promise<void> {
    const { page } = this
    this.screenIndex += 1
    const label = `${String(this.screenIndex).padStart(2, '0')}-${name}`
    await settled(page)
    const view = await readProgress(page)
    for (const problem of disagreements(view)) this.problems.push(`${label}: ${problem}`)
    const primaries = await primaryButtons(page)
    if (expectedPrimary === null ? primaries.length !== 0 : primaries.join() !== expectedPrimary)
      this.problems.push(
        `${label}: primary buttons [${primaries.join(', ')}], expected ${expectedPrimary ?? 'none'}`,
      )
    if (this.options.axe) this.problems.push(...(await seriousA11yViolations(page, label)))
    if (this.options.language === 'nl')
      for (const { where, text } of await pageTexts(page))
        // The drawings show the portals as they are, in English, as the Dutch catalog quotes their labels.
        if (englishOnly.has(text) && !where.includes('step-drawing'))
          this.problems.push(`${label}: English on a Dutch screen: "${text}" in ${where}`)
    this.readings.push({ screen: label, pieces: await domPieces(page) })
    const mode = `${this.options.language}${this.options.presentation ? '-presenting' : ''}`
    const path = join(screenshotDir(), `journey-${mode}-${label}.png`)
    await page.screenshot({ path })
    this.shots.push(path)
  }

  /** Reads every step page before anything is known: what they show then names no customer. */
  async readFixedTexts(): Promise<void> {
    for (const step of steps) {
      await this.openStep(step.id)
      // The panels that load on demand must be on the page before it is read.
      const panel = lazyPanels[step.id]
      if (panel) await this.page.getByTestId(panel).waitFor()
      for (const piece of await domPieces(this.page)) this.fixed.add(pieceKey(piece))
    }
  }

  async openStep(stepId: string): Promise<void> {
    await goToStep(this.page, stepId)
  }
}

async function startPass(
  options: PassOptions,
  seed: string,
): Promise<{ preview: PracticePreview; context: BrowserContext; page: Page }> {
  const preview = await openPracticePreview(browser, { seed })
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: options.language === 'nl' ? 'nl-NL' : 'en-US',
  })
  const page = await context.newPage()
  return { preview, context, page }
}

/** Walks the journey; returns the pass with what it found, and the HelloID URL it pasted. */
async function walk(options: PassOptions, seed: string): Promise<{ pass: Pass; identifiers: Identifier[] }> {
  const { preview, context, page } = await startPass(options, seed)
  const { sim, host } = preview
  const pass = new Pass(page, options)
  const t = pass.t
  try {
    await page.goto(host.url)
    await expect
      .poll(() => page.getByTestId('step-title').textContent())
      .toBe(t.steps['helloid-open-azure-ad'].title)
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe(options.language)
    if (options.presentation) {
      await page.getByTestId('presentation-mode').click()
      await expect.poll(() => page.getByTestId('presentation-mode').isChecked()).toBe(true)
      await pass.readFixedTexts()
      await pass.openStep('helloid-open-azure-ad')
    }

    // Launch: the HelloID connection, its own action (Save and continue) the one primary button.
    await pass.screen('launch', 'helloid-save')
    const helloId = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
    await page.getByTestId('helloid-url').fill(helloId.url)
    await page.getByTestId('helloid-secret').fill(helloId.secret)
    await pass.screen('helloid-filled', 'helloid-save')
    await page.getByTestId('helloid-save').click()

    // Sign in: "Save and continue" kept the connection and went on by itself.
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe(t.steps['azure-sign-in'].title)
    expect(await page.getByTestId('rail-helloid-new-secret').getAttribute('data-status')).toBe('done')
    await page.getByTestId('customer-label').fill('Contoso')
    await pass.screen('sign-in', 'sign-in-browser')
    await page.getByTestId('sign-in-browser').click()

    // Choices: the checks ran by themselves after sign-in and passed, so the page went on to the plan of
    // steps 5–20; the preview follows the choices, and Make these changes is the one primary button.
    await page.getByTestId('assignment-search').waitFor({ timeout: 60_000 })
    await expect.poll(() => page.getByTestId('apply').isEnabled(), { timeout: 30_000 }).toBe(true)
    await pass.screen('choices', 'apply')

    // The checks' own screen shows what passed; Next leads back to the plan.
    await pass.openStep('azure-sign-in')
    expect(await page.getByTestId('admin-ok').isVisible()).toBe(true)
    await pass.screen('signed-in', 'next')
    await pass.openStep('azure-open-entra')
    await expect
      .poll(() => page.locator('[data-check="helloid-probe"]').getAttribute('data-status'), {
        timeout: 30_000,
      })
      .toBe('pass')
    expect(await page.getByTestId('step-title').textContent()).toBe(t.journey.checksTitle)
    await pass.screen('checks', 'next')
    await page.getByTestId('next').click()
    await page.getByTestId('assignment-search').waitFor({ timeout: 30_000 })

    // The picker suggests the groups named for HelloID before anything is typed; searching stays.
    await page
      .getByTestId('assignment-suggestion')
      .filter({ hasText: options.presentation ? 'H••• U•••' : 'HelloID Users' })
      .getByRole('button')
      .click({ timeout: 30_000 })
    await pickPrincipal(
      page,
      'user@contoso',
      options.presentation ? 'u•••@c•••.com' : 'user@contoso.onmicrosoft.com',
    )

    // Preview: made by itself for these choices, writes nothing; Make these changes is the one primary button.
    await expect.poll(() => page.getByTestId('apply').isDisabled(), { timeout: 30_000 }).toBe(false)
    await pass.screen('preview', 'apply')

    // The run: hold the first cycle back so the waiting screen can be seen, then bring it forward.
    await holdFirstCycle(sim)
    await page.getByTestId('apply').click()
    // The run shows its first step after a round of Graph reads (up to a minute on a busy machine), or it
    // ends before a busy page paints its timeline and the page goes on to the first cycle by itself.
    await runShownOrOver(page)

    // The run done, the page went on to the first cycle by itself: waiting, with no primary Next.
    await expect
      .poll(() => page.getByTestId('step-title').textContent(), { timeout: 60_000 })
      .toBe(t.steps['azure-initial-cycle'].title)
    expect(await page.getByTestId('rail-azure-assign-users').getAttribute('data-status')).toBe('done')
    await page.getByTestId('first-cycle-waiting').waitFor({ timeout: 30_000 })
    await pass.screen('first-cycle', null)

    // The cycle completes: "Setup complete" on the same screen, without a click; its primary action is the
    // handover report (Next only leads on to the tip).
    await releaseFirstCycle(sim)
    await expect
      .poll(() => page.getByTestId('step-title').textContent(), { timeout: 60_000, interval: 500 })
      .toBe(t.complete.title)
    await page.getByTestId('setup-complete-ids').locator('summary').click()
    await pass.screen('setup-complete', 'handover-report')
    // The practice tenant is only in the simulator: no button to Entra's admin center, which has no page for it.
    expect(await page.getByTestId('setup-complete-practice-entra').textContent()).toBe(
      t.complete.entraPractice,
    )
    expect(await page.getByTestId('open-provisioning').count()).toBe(0)
    expect(await page.getByTestId('open-users').count()).toBe(0)

    // The run's own screen, after it: what it did, and Next on to the first cycle.
    await pass.openStep('azure-enterprise-apps')
    await page.getByTestId('run-timeline').waitFor()
    await pass.screen('run-done', 'next')

    // Rollback asks first.
    await page.getByTestId('rollback').click()
    await page.getByTestId('rollback-dialog').waitFor()
    // The safe answer is the primary one; the destructive one is not.
    await pass.screen('rollback-confirm', 'rollback-cancel')
    await page.getByTestId('rollback-cancel').click()
    await expect.poll(() => page.getByTestId('rollback-dialog').count()).toBe(0)

    // A step the run did says what was done there.
    await pass.openStep('azure-create-app')
    await page.getByTestId('step-outcome-message').waitFor()
    await pass.screen('run-step', 'next')
    expect(await page.getByTestId('open-in-entra-practice').textContent()).toBe(t.journey.openInEntraPractice)
    expect(await page.getByTestId('open-in-entra').count()).toBe(0)

    // Troubleshoot one user.
    await pass.openStep('troubleshoot-one-user')
    await pass.screen('troubleshoot', 'troubleshoot-run')
    await page.getByTestId('troubleshoot-user').fill('user@contoso.onmicrosoft.com')
    await page.getByTestId('troubleshoot-run').click()
    await page.getByTestId('troubleshoot-report').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.getByTestId('troubleshoot-run').isEnabled()).toBe(true)
    await pass.screen('troubleshoot-report', 'troubleshoot-run')

    // After it all, every step page agrees with the rail and the header.
    const before = await readProgress(page)
    expect(before.header.done).toBe(21)
    for (const step of steps) {
      await pass.openStep(step.id)
      const view = await readProgress(page)
      for (const problem of disagreements(view)) pass.problems.push(`step page ${step.id}: ${problem}`)
      expect(view.rail, step.id).toEqual(before.rail)
    }
    return { pass, identifiers: await customerIdentifiers(sim, helloId.url) }
  } finally {
    await context.close()
    await preview.stop()
  }
}

/**
 * The English catalog's texts whose Dutch differs (same key), whole: on a Dutch screen none may show. Texts the
 * two languages share (product names, portal labels Dutch keeps in English) are left out, and so are texts
 * with parameters.
 */
const englishOnly = ((): Set<string> => {
  const texts = new Set<string>()
  const visit = (english: unknown, dutch: unknown): void => {
    if (typeof english === 'string') {
      if (typeof dutch === 'string' && english !== dutch && !english.includes('{{')) texts.add(english.trim())
    } else if (english && typeof english === 'object')
      for (const [key, child] of Object.entries(english))
        visit(child, dutch && typeof dutch === 'object' ? (dutch as Record<string, unknown>)[key] : undefined)
  }
  visit(en, nl)
  // Dutch keeps some portal labels in English ("Provisioning", "Users and groups"): a text that is also
  // Dutch somewhere in the catalog is not English-only.
  for (const dutch of parameterFreeTexts(nl)) texts.delete(dutch)
  return texts
})()

/** The page's own words that take no parameters, in both languages. */
const catalogTexts = new Set([...parameterFreeTexts(en), ...parameterFreeTexts(nl)])

/** Each screen's leaks of the customer's identifiers, worded for a failure message. */
function leaksOf(pass: Pass, identifiers: readonly Identifier[]): string[] {
  return pass.readings.flatMap(({ screen, pieces }) =>
    findLeaks(pieces, identifiers, pass.fixed, catalogTexts).map(
      (leak) =>
        `${screen}: ${leak.what} in ${leak.piece.where} ${leak.piece.kind} "${leak.piece.value.slice(0, 120)}"`,
    ),
  )
}

describe('the whole journey, screen by screen (practice tenant)', () => {
  it('in English: every screen agrees on what is done, has one primary action and no serious axe finding', async () => {
    const { pass, identifiers } = await walk(
      { language: 'en', presentation: false, axe: true },
      'e2e-journey-en',
    )
    expect(pass.problems).toEqual([])
    expect(pass.shots).toHaveLength(14)
    // Without presentation mode the same scan finds the customer on screen: it is able to see a leak.
    const seen = new Set(
      pass.readings.flatMap(({ pieces }) => findLeaks(pieces, identifiers).map((leak) => leak.what)),
    )
    for (const what of ['tenant id', 'UPN', 'user display name', 'group display name', 'HelloID host'])
      expect(seen, what).toContain(what)
  })

  it('in presentation mode: no screen holds anything that names the customer', async () => {
    const { pass, identifiers } = await walk(
      { language: 'en', presentation: true, axe: false },
      'e2e-journey-presenting',
    )
    // The list covers what the journey used: the tenant, both accounts, the group, the app, sp and job.
    expect(new Set(identifiers.map((i) => i.what))).toEqual(
      new Set([
        'tenant id',
        'tenant id without dashes',
        'tenant name',
        'tenant domain',
        'HelloID host',
        'HelloID path',
        'UPN',
        'user display name',
        'user object id',
        'mail',
        'group display name',
        'group id',
        'service principal id',
        'app id',
        'application object id',
        'job id',
      ]),
    )
    expect({ problems: pass.problems, leaks: leaksOf(pass, identifiers) }).toEqual({
      problems: [],
      leaks: [],
    })
  })

  it('in Dutch: the same journey, every screen agreeing and in Dutch where the catalog has Dutch', async () => {
    const { pass } = await walk({ language: 'nl', presentation: false, axe: true }, 'e2e-journey-nl')
    expect(pass.problems).toEqual([])
    expect(pass.shots).toHaveLength(14)
  })
})
