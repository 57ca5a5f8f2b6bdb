import i18next from 'i18next'
import { describe, expect, it } from 'vitest'

import { en } from '../../../shared/i18n/en'
import { nl } from '../../../shared/i18n/nl'
import type { UpdateStatus } from '../../../shared/contract'
import { updateText, type Words } from './update-check'

async function wording(language: 'en' | 'nl') {
  const i18n = i18next.createInstance()
  await i18n.init({
    lng: language,
    resources: { en: { translation: en }, nl: { translation: nl } },
    interpolation: { escapeValue: false },
  })
  const t: Words = (key, params) => i18n.t(key, params ?? {})
  return (status: UpdateStatus, asked = false): string => updateText(status, asked, t)
}

describe('the header’s update words', () => {
  it('a build without a feed says so at once, in both languages', async () => {
    const status = { state: 'disabled', reason: 'not-configured' } as const
    expect((await wording('en'))(status)).toBe('Updates are not configured for this build.')
    expect((await wording('nl'))(status)).toBe('Updates zijn niet ingesteld voor deze versie.')
  })

  it('an unusable feed names the setting to fix', async () => {
    const env = { state: 'disabled', reason: 'invalid-feed', feedSource: 'environment' } as const
    const file = { state: 'disabled', reason: 'invalid-feed', feedSource: 'deployment-file' } as const
    const en = await wording('en')
    expect(en(env)).toContain('the environment variable HELLOID_SETUP_UPDATE_URL')
    expect(en(file)).toContain('helloid-setup.config.json')
    expect((await wording('nl'))(env)).toContain('de omgevingsvariabele')
  })

  it('says nothing where there is no updater by design, and keeps quiet checks quiet', async () => {
    const en = await wording('en')
    for (const reason of ['development', 'practice', 'browser'] as const)
      expect(en({ state: 'disabled', reason }, true)).toBe('')
    expect(en({ state: 'up-to-date' })).toBe('')
    expect(en({ state: 'error' })).toBe('')
    expect(en({ state: 'up-to-date' }, true)).toBe('You have the latest version.')
    expect(en({ state: 'downloaded', version: '1.2.3' })).toBe(
      'Version 1.2.3 will be installed when you close the assistant.',
    )
  })
})
