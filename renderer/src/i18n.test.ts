import { describe, expect, it, vi } from 'vitest'

// The Dutch catalog's chunk fails to load, as when the app's files were replaced under a running app.
vi.mock('../../shared/i18n/nl', () => {
  throw new TypeError('Failed to fetch dynamically imported module: app://assistant/assets/nl-0a1b2c.js')
})

const { changeLanguage, initI18n, isLoadedKey, languageMissingWords, loadLaterEnglish, onMissingWords } =
  await import('./i18n')

describe('a language whose words fail to load', () => {
  it('falls back to English and says which language failed, until English is chosen', async () => {
    const heard: (string | null)[] = []
    const stop = onMissingWords(() => heard.push(languageMissingWords()))
    const i18n = await initI18n('nl')
    // The page is in English (the fallback), and the note's state names Dutch.
    expect(i18n.t('app.reload')).toBe('Reload')
    expect(languageMissingWords()).toBe('nl')
    expect(i18n.t('app.wordsMissing', { language: 'Nederlands' })).toMatch(
      /^The words for Nederlands could not be loaded, so the assistant is shown in English\./,
    )
    // Choosing Dutch again: still English, still noted (no second notice for the same fact).
    await changeLanguage('nl')
    expect(languageMissingWords()).toBe('nl')
    // Choosing English clears it.
    await changeLanguage('en')
    expect(languageMissingWords()).toBeNull()
    stop()
    expect(heard).toEqual(['nl', null])
  })
})

describe('catalog keys without the whole catalog', () => {
  it('knows a key once its English has loaded: the first screen’s at once, the later sections after them', async () => {
    await initI18n('en')
    expect(isLoadedKey('wizard.next')).toBe(true)
    // A plural by its stem (`screenshotPack.replaced_one` / `_other`).
    expect(isLoadedKey('screenshotPack.replaced')).toBe(true)
    // The contract's issue keys are later English: unknown until it has arrived, as on no later screen.
    expect(isLoadedKey('problems.input.tenant')).toBe(false)
    await loadLaterEnglish()
    expect(isLoadedKey('problems.input.tenant')).toBe(true)
    expect(isLoadedKey('count.users')).toBe(true)
    // zod's own English, a section, and a key that is not there are not texts of the catalog.
    expect(isLoadedKey('Too big: expected string to have <=80 characters')).toBe(false)
    expect(isLoadedKey('problems.input')).toBe(false)
    expect(isLoadedKey('problems.input.nothing')).toBe(false)
  })
})
