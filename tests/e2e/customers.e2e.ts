import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { PDFParse } from 'pdf-parse'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { CustomerProfileStore } from '../../electron/services/customers/customer-profiles'
import { en } from '../../shared/i18n/en'
import { nl } from '../../shared/i18n/nl'
import { expectNoSecret } from '../support/canary'
import { testCipher } from '../support/test-cipher'
import { control } from '../simulator/helpers'
import { screenshotDir } from './browser'
import { pickPrincipal } from './picker'
import { goToStep, startPracticePreview } from './preview-in-chromium'

const practice = startPracticePreview({
  seed: 'e2e-customers',
  practiceHelloId: true,
  // An encrypted token cache per customer, as the desktop app keeps with the OS keychain.
  cipher: testCipher(randomBytes(32)),
})
/** Every access token the assistant was handed for Graph (read through its own session). */
const accessTokens = new Set<string>()

async function addCustomer(page: Page, name: string, tenant: string, portal: string): Promise<void> {
  await page.getByTestId('customer-menu').click()
  await expect.poll(() => page.getByTestId('customers-dialog').isVisible()).toBe(true)
  await page.getByTestId('customer-name').fill(name)
  await page.getByTestId('customer-tenant').fill(tenant)
  await page.getByTestId('customer-portal').fill(portal)
  await page.getByTestId('customer-add').click()
  await expect.poll(() => page.getByTestId('customer-menu').textContent()).toBe(`Customer: ${name}`)
  await page.getByTestId('customers-close').click()
}

async function signInFor(page: Page, account: string, username: string): Promise<void> {
  practice.account = account
  await goToStep(page, 'azure-sign-in')
  await page.getByTestId('sign-in-browser').click()
  // The host's word: with the checks passed, the page itself goes on to the choices.
  await expect
    .poll(() => practice.host.services.signIn.state().account?.username, { timeout: 20_000 })
    .toBe(username)
  const token = await practice.host.services.signIn.token('read')
  if (token.ok) accessTokens.add(token.value.accessToken)
}

const folders = (): string[] => readdirSync(join(practice.dataDir, 'customers')).sort()

describe('customer profiles and the handover report in the browser preview (two simulated tenants)', () => {
  it('keeps two customers apart, reports the first one’s setup, switches, and forgets one from disk', async () => {
    const { browser, host, sim, openedLinks, dataDir } = practice
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      acceptDownloads: true,
    })
    const page = await context.newPage()
    await page.goto(host.url)
    await expect.poll(() => page.getByTestId('step-number').textContent()).toBe('Step 1')

    // Contoso: added with its tenant and HelloID portal, signed in, set up to the first cycle.
    await addCustomer(page, 'Contoso', 'contoso.onmicrosoft.com', 'https://contoso.helloid.com')
    await goToStep(page, 'helloid-new-secret')
    await page.getByTestId('open-helloid').click()
    await expect.poll(() => openedLinks.at(-1)).toBe('https://contoso.helloid.com/admin')
    await page.getByTestId('helloid-practice').click()
    await expect.poll(() => page.getByTestId('helloid-saved').isVisible()).toBe(true)
    // The checks after sign-in take a few seconds (Graph throttles the licence read once), and the person
    // opens the checks screen while they run: the page must not then move on to the choices by itself.
    await control(sim, '/faults', {
      throttle: { rate: 1, path: '^/v1\\.0/subscribedSkus', remaining: 1, retryAfterSeconds: 4 },
    })
    await signInFor(page, 'appadmin', 'appadmin@contoso.onmicrosoft.com')
    await expect
      .poll(() => page.getByTestId('rail-azure-open-entra').getAttribute('data-status'), { timeout: 20_000 })
      .toBe('running')
    await goToStep(page, 'azure-open-entra')
    // Still running after the click, so the click happened while the checks ran.
    expect(await page.getByTestId('run-checks').isDisabled()).toBe(true)
    await expect
      .poll(() => page.locator('[data-check="helloid-probe"]').getAttribute('data-status'), {
        timeout: 20_000,
      })
      .toBe('pass')
    await expect.poll(() => page.getByTestId('run-checks').isDisabled()).toBe(false)
    expect(await page.getByTestId('rail-azure-open-entra').getAttribute('aria-current')).toBe('step')
    await control(sim, '/faults', { throttle: null })
    await page.getByTestId('run-checks').click()
    await expect
      .poll(() => page.locator('[data-check="helloid-probe"]').getAttribute('data-status'))
      .toBe('pass')
    await goToStep(page, 'azure-enterprise-apps')
    // With nobody chosen the preview can be applied, but only after a question; going back applies nothing.
    await expect.poll(() => page.getByTestId('assignment-none').isVisible()).toBe(true)
    await expect.poll(() => page.getByTestId('apply').isEnabled(), { timeout: 20_000 }).toBe(true)
    const writesBeforeNobody = await writeCount()
    await page.getByTestId('apply').click()
    await expect.poll(() => page.getByTestId('nobody-assigned-dialog').isVisible()).toBe(true)
    await page.getByTestId('nobody-assigned-back').click()
    await expect.poll(() => page.getByTestId('nobody-assigned-dialog').count()).toBe(0)
    expect(await page.getByTestId('run-timeline').count()).toBe(0)
    expect(await writeCount()).toBe(writesBeforeNobody)
    await pickPrincipal(page, 'user@contoso', 'user@contoso.onmicrosoft.com')
    await pickPrincipal(page, 'HelloID Users', 'HelloID Users')
    await page.getByTestId('preview-changes').click()
    await expect.poll(() => page.locator('[data-testid="plan"] li').count()).toBeGreaterThan(5)
    await page.getByTestId('apply').click()
    await expect
      .poll(() => page.getByTestId('rail-azure-assign-users').getAttribute('data-status'), {
        timeout: 60_000,
      })
      .toBe('done')
    await goToStep(page, 'azure-initial-cycle')
    await expect
      .poll(() => page.getByTestId('step-title').textContent(), { timeout: 60_000, interval: 500 })
      .toBe('Setup complete')
    const token = await host.services.signIn.token('write')
    if (token.ok) accessTokens.add(token.value.accessToken)
    expect(accessTokens.size).toBeGreaterThan(0)

    // Setup complete's Open HelloID goes where the HelloID steps' does: the customer's portal, its admin pages
    // (not the HelloID URL the connection uses).
    await page.getByTestId('open-helloid').click()
    await expect.poll(() => openedLinks.at(-1)).toBe('https://contoso.helloid.com/admin')

    // What the tenant holds, to compare the report with.
    const state = await control<{
      tenants: { id: string; servicePrincipals: { id: string; appId: string; jobs: { id: string }[] }[] }[]
    }>(sim, '/state')
    const contosoSp = state.tenants
      .find((t) => t.id === sim.tenantId)
      ?.servicePrincipals.find((sp) => sp.jobs.length > 0)
    const jobId = contosoSp?.jobs[0]?.id ?? 'missing'
    const setup = host.services.setup.snapshot()
    const users = setup.job?.counts.users ?? -1

    // The handover report, made by the app from the tenant: ids, counts, and nothing secret.
    await page.getByTestId('handover-report').click()
    await expect.poll(() => page.getByTestId('report-view').isVisible(), { timeout: 20_000 }).toBe(true)
    const preview = await page.locator('[data-report="handover"]').innerText()
    expect(preview).toContain(contosoSp?.id ?? 'missing')
    expect(preview).toContain(jobId)
    expect(preview).toMatch(/Initial cycle completed/)
    // The practice tenant has no pages in Entra: the report links to none and says why.
    expect(preview).toContain(en.report.linksPractice)
    expect(await page.locator('[data-report="handover"] a').count()).toBe(0)
    await page.screenshot({ path: join(screenshotDir(), 'handover-report.png') })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-download').click(),
    ])
    const saved = join(mkdtempSync(join(tmpdir(), 'helloid-e2e-report-')), download.suggestedFilename())
    await download.saveAs(saved)
    expect(download.suggestedFilename()).toMatch(/^HelloID handover - Contoso - \d{4}-\d{2}-\d{2}\.html$/)
    const html = readFileSync(saved, 'utf8')
    for (const id of [contosoSp?.id, contosoSp?.appId, jobId, sim.tenantId]) expect(html).toContain(id)
    expect(html).toContain(`<span data-count="users">${users}</span>`)
    expect(html).toContain('<span data-count="groups">1</span>')
    expect(html).toContain('data-test-connection="passed"')
    expect(html).not.toMatch(/<a\b/)
    expect(practice.helloId.secret.length).toBeGreaterThan(16)
    expectNoSecret(html, practice.helloId.secret)
    for (const accessToken of accessTokens) expect(html).not.toContain(accessToken)
    expect(html).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/)

    // The same page printed by Chromium is a PDF that reads back with the ids and counts.
    const printer = await context.newPage()
    await printer.setContent(html)
    // The saved page as a reader sees it (the README's picture is copied from here by hand).
    await printer.screenshot({ path: join(screenshotDir(), 'handover-report-page.png') })
    const pdf = await printer.pdf({ format: 'A4', printBackground: true })
    await printer.close()
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const parser = new PDFParse({ data: new Uint8Array(pdf) })
    const text = (await parser.getText()).text
    await parser.destroy()
    // Long ids wrap in the printed table: compare without the line breaks.
    expect(text.replace(/\s+/g, '')).toContain(jobId)
    expect(text).toMatch(/Initial cycle completed/)
    expect(text).toMatch(new RegExp(`Users in HelloID\\s*${users}`))
    expectNoSecret(text, practice.helloId.secret)

    // In Dutch the app asks for the report in Dutch: the same ids and counts, worded from the Dutch catalog.
    await page.getByTestId('report-close').click()
    await page.getByTestId('language').selectOption('nl')
    await page.getByTestId('handover-report').click()
    await expect.poll(() => page.getByTestId('report-view').isVisible(), { timeout: 20_000 }).toBe(true)
    const dutch = await page.locator('[data-report="handover"]').innerText()
    expect(dutch).toContain(nl.report.title)
    expect(dutch).toContain(nl.report.cycleCompleted)
    expect(dutch).toContain(jobId)
    expect(dutch).toMatch(new RegExp(`${nl.report.users}\\s*${users}`))
    expectNoSecret(dutch, practice.helloId.secret)
    for (const accessToken of accessTokens) expect(dutch).not.toContain(accessToken)
    await page.getByTestId('report-close').click()
    await page.getByTestId('language').selectOption('en')

    // Presentation mode: the preview hides the tenant, the names and the ids; the saved file did not.
    await page.getByTestId('presentation-mode').click()
    await page.getByTestId('handover-report').click()
    await expect.poll(() => page.getByTestId('report-masked').isVisible(), { timeout: 20_000 }).toBe(true)
    const masked = await page.locator('[data-report="handover"]').innerText()
    expect(masked).not.toContain(sim.tenantId)
    expect(masked).not.toContain('contoso.onmicrosoft.com')
    expect(masked).not.toContain(jobId.slice(0, 12))
    expect(masked).not.toContain('appadmin@contoso.onmicrosoft.com')
    await page.getByTestId('report-close').click()
    await page.getByTestId('customer-menu').click()
    const list = await page.getByTestId('customer-list').innerText()
    expect(list).not.toContain('Contoso')
    expect(list).not.toContain('contoso.onmicrosoft.com')
    expect(list).not.toContain('contoso.helloid.com')
    // Renaming on a shared screen: the dialog names the customer by initials and the name is typed behind dots.
    await page.locator('[data-testid^="customer-rename-"]').first().click()
    await expect.poll(() => page.getByTestId('rename-customer-dialog').isVisible()).toBe(true)
    expect(await page.getByTestId('rename-customer-dialog').innerText()).not.toContain('Contoso')
    expect(await page.getByTestId('rename-customer-name').getAttribute('type')).toBe('password')
    await page.getByTestId('rename-customer-cancel').click()
    await page.getByTestId('customers-close').click()
    await page.getByTestId('presentation-mode').click()
    const contosoStep = await page.getByTestId('step-number').textContent()

    // Fabrikam: switching signs out of Contoso's tenant on this screen; its tokens stay in its own cache.
    await addCustomer(page, 'Fabrikam', 'fabrikam.onmicrosoft.com', 'https://fabrikam.helloid.com')
    expect(host.services.signIn.state().account).toBeNull()
    expect((await host.services.signIn.token('read')).ok).toBe(false)
    await goToStep(page, 'azure-sign-in')
    expect(await page.getByTestId('signed-in-username').count()).toBe(0)
    await signInFor(page, 'fabrikamadmin', 'fabrikamadmin@fabrikam.onmicrosoft.com')
    expect(host.services.signIn.state().account?.tenantId).toBe(sim.fabrikamTenantId)

    // The profile learns the tenant id from the sign-in event; wait for that write, as the app's forget does.
    await host.services.customers.settled()
    const store = new CustomerProfileStore({ dataDir })
    const [contoso, fabrikam] = await store.list()
    if (!contoso || !fabrikam) throw new Error('two customers expected')
    expect(folders()).toEqual([contoso.id, fabrikam.id].sort())
    expect(contoso).toMatchObject({ tenantId: sim.tenantId, lastRun: { state: 'completed' } })
    expect(fabrikam).toMatchObject({ tenantId: sim.fabrikamTenantId })
    expect(readdirSync(store.folder(contoso.id))).toEqual(
      expect.arrayContaining(['token-cache.bin', 'journal.jsonl', 'progress.json', 'profile.json']),
    )
    for (const id of [contoso.id, fabrikam.id])
      expectNoSecret(readFileSync(join(store.folder(id), 'profile.json'), 'utf8'), practice.helloId.secret)

    // Back to Contoso: its sign-in comes back from its own cache, and its place in the steps too.
    await page.getByTestId('customer-menu').click()
    await page.getByTestId(`customer-open-${contoso.id}`).click()
    await expect.poll(() => page.getByTestId('customer-menu').textContent()).toBe('Customer: Contoso')
    await page.getByTestId('customers-close').click()
    expect(await page.getByTestId('step-number').textContent()).toBe(contosoStep)
    expect(host.services.signIn.state().account?.tenantId).toBe(sim.tenantId)
    await goToStep(page, 'helloid-new-secret')
    // The HelloID URL is back; the secret was never kept, so it is asked again.
    expect(await page.getByTestId('helloid-url').inputValue()).toMatch(/^https:\/\//)
    expect(host.services.setup.connectionState().secretProvided).toBe(false)

    // Renaming Fabrikam: a name another customer has is refused in words; the new name is kept in its folder.
    await page.getByTestId('customer-menu').click()
    await page.getByTestId(`customer-rename-${fabrikam.id}`).click()
    await expect.poll(() => page.getByTestId('rename-customer-dialog').isVisible()).toBe(true)
    expect(await page.getByTestId('rename-customer-name').inputValue()).toBe('Fabrikam')
    await page.getByTestId('rename-customer-name').fill(' contoso')
    await page.getByTestId('rename-customer-confirm').click()
    await expect
      .poll(() => page.getByTestId('rename-customer-dialog').innerText())
      .toContain('Another customer is already called “contoso”.')
    await page.getByTestId('rename-customer-name').fill('Fabrikam Nederland BV')
    await page.getByTestId('rename-customer-name').press('Enter')
    const fabrikamRow = page.getByTestId(`customer-row-${fabrikam.id}`)
    await expect
      .poll(() => fabrikamRow.getByTestId('customer-row-name').textContent())
      .toBe('Fabrikam Nederland BV')
    expect((await store.get(fabrikam.id))?.name).toBe('Fabrikam Nederland BV')
    expect(folders()).toEqual([contoso.id, fabrikam.id].sort())

    // Forgetting Fabrikam asks first, names what goes, and removes its folder from disk.
    await page.getByTestId(`customer-forget-${fabrikam.id}`).click()
    expect(await page.getByTestId('forget-customer-what').textContent()).toMatch(
      /sign-in tokens, the journal .* the settings .* kept for Fabrikam Nederland BV/,
    )
    await page.getByTestId('forget-customer-confirm').click()
    await expect.poll(() => page.getByTestId('customer-forgotten').isVisible()).toBe(true)
    expect(existsSync(store.folder(fabrikam.id))).toBe(false)
    expect(folders()).toEqual([contoso.id])
    expect(await page.getByTestId(`customer-row-${fabrikam.id}`).count()).toBe(0)

    // Forgetting the open customer signs it out and removes its tokens, journal, progress and profile.
    await page.getByTestId(`customer-forget-${contoso.id}`).click()
    await page.getByTestId('forget-customer-confirm').click()
    await expect.poll(() => existsSync(store.folder(contoso.id))).toBe(false)
    // The folder goes while signing out, the session a moment later: wait for the end of the forget.
    await expect.poll(() => host.services.signIn.state().account).toBeNull()
    expect(folders()).toEqual([])
    await context.close()
  })
})

/** The Graph writes the simulated tenant received ($batch envelopes and control calls left out). */
async function writeCount(): Promise<number> {
  const log = await control<{ value: { method: string; path: string }[] }>(
    practice.sim,
    '/requests?listener=graph',
  )
  return log.value.filter(
    (r) => r.method !== 'GET' && !r.path.endsWith('/$batch') && !r.path.startsWith('/_simulator'),
  ).length
}
