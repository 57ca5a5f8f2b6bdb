import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { serveAppRequest } from '../../electron/main/app-protocol'
import { en } from '../../shared/i18n/en'
import { nl } from '../../shared/i18n/nl'
import { chunkKeyOf, filesOf, firstLoadKeys, gzipBytesOf, readManifest } from './first-load'
import { previewInChromium } from './preview-in-chromium'

const rendererDir = resolve('out/renderer')
const preview = previewInChromium()

/**
 * What every start may load, gzip: the page, the wizard and the chunks they import statically. A guard
 * on the build (the benchmark measures the real figure in a browser); raise it only for a reason.
 */
const FIRST_LOAD_BUDGET_BYTES = 210 * 1024

/** Sentences only the Dutch catalog has: if one is in a first-load chunk, the catalog came along. */
const dutchOnly = [nl.app.startOver, nl.app.presentationHint, nl.wizard.markDone, nl.wizard.back]

/** Opens the wizard in a fresh profile with `locale`, and lists the scripts it fetched until the first step showed. */
async function openWizard(
  locale: string,
): Promise<{ page: Page; scripts: string[]; close: () => Promise<void> }> {
  const context = await preview.browser.newContext({ locale })
  const page = await context.newPage()
  const scripts: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.endsWith('.js')) scripts.push(path.replace(/^\//, ''))
  })
  await page.goto(preview.host.url)
  await page.getByTestId('step-title').waitFor()
  return { page, scripts, close: () => context.close() }
}

describe('what the first screen loads', () => {
  it('leaves the Dutch catalog and the contract schemas out of the chunks every start loads', () => {
    const manifest = readManifest(rendererDir)
    const first = firstLoadKeys(manifest)
    const dutch = chunkKeyOf(manifest, '../shared/i18n/nl.ts')
    expect(manifest[dutch]?.isDynamicEntry).toBe(true)
    expect(first.has(dutch)).toBe(false)
    const schemas = chunkKeyOf(manifest, '../shared/contract/index.ts')
    expect(first.has(schemas)).toBe(false)
    const firstFiles = filesOf(manifest, first)
    for (const sentence of dutchOnly) expect(JSON.stringify(en)).not.toContain(sentence)
    for (const file of firstFiles) {
      const code = readFileSync(join(rendererDir, file), 'utf8')
      for (const sentence of dutchOnly) expect(code.includes(sentence), `${sentence} in ${file}`).toBe(false)
    }
    // English is the fallback and ships inline.
    const firstCode = firstFiles.map((file) => readFileSync(join(rendererDir, file), 'utf8')).join('\n')
    expect(firstCode).toContain(en.steps['helloid-open-azure-ad'].title)
  })

  it("leaves the later screens' Fluent components (dialog, card, checkbox, progress bar) to their own chunks", () => {
    const manifest = readManifest(rendererDir)
    const read = (file: string): string => readFileSync(join(rendererDir, file), 'utf8')
    const all = Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => file.endsWith('.js'))
    const firstFiles = new Set(filesOf(manifest, firstLoadKeys(manifest)))
    // Each component's root class name marks the chunk that holds its code.
    for (const className of ['fui-DialogSurface', 'fui-Card', 'fui-Checkbox', 'fui-ProgressBar']) {
      const holders = all.filter((file) => read(file).includes(className))
      expect(holders.length, `${className} is built`).toBeGreaterThan(0)
      expect(
        holders.filter((file) => firstFiles.has(file)),
        `${className} in the first load`,
      ).toEqual([])
    }
  })

  it(`keeps the first load within ${FIRST_LOAD_BUDGET_BYTES / 1024} KB of JavaScript (gzip)`, () => {
    const manifest = readManifest(rendererDir)
    const bytes = gzipBytesOf(rendererDir, filesOf(manifest, firstLoadKeys(manifest)))
    expect(bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES)
  })

  it('serves every chunk, the on-demand ones too, from app:// (Electron) and from the web host', async () => {
    const manifest = readManifest(rendererDir)
    const files = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) =>
      file.endsWith('.js'),
    )
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const app = await serveAppRequest(rendererDir, new Request(`app://assistant/${file}`))
      expect(app.status, file).toBe(200)
      expect(app.headers.get('content-type'), file).toMatch(/^text\/javascript/)
      const web = await fetch(new URL(`/${file}`, preview.host.url))
      expect(web.status, file).toBe(200)
      expect(web.headers.get('content-type'), file).toMatch(/^text\/javascript/)
    }
  })

  it('fetches the Dutch catalog only for a Dutch page, and when someone switches to Dutch', async () => {
    const manifest = readManifest(rendererDir)
    const dutchFile = manifest[chunkKeyOf(manifest, '../shared/i18n/nl.ts')]?.file
    expect(dutchFile).toBeDefined()

    const english = await openWizard('en-GB')
    try {
      expect(await english.page.getByTestId('back').textContent()).toBe(en.wizard.back)
      expect(english.scripts).not.toContain(dutchFile)
      await english.page.getByTestId('language').selectOption('nl')
      await expect.poll(() => english.page.getByTestId('back').textContent()).toBe(nl.wizard.back)
      expect(english.scripts).toContain(dutchFile)
      await expect.poll(() => english.page.evaluate<string>('document.documentElement.lang')).toBe('nl')
    } finally {
      await english.close()
    }

    const dutch = await openWizard('nl-NL')
    try {
      // The first step's title is Dutch the moment it shows: the catalog loaded before the first render.
      expect(await dutch.page.getByTestId('step-title').textContent()).toBe(
        nl.steps['helloid-open-azure-ad'].title,
      )
      expect(dutch.scripts).toContain(dutchFile)
    } finally {
      await dutch.close()
    }
  })
})
