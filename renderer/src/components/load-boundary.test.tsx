import i18next from 'i18next'
import { isValidElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it, vi } from 'vitest'

import { en } from '../../../shared/i18n/en'
import { nl } from '../../../shared/i18n/nl'
import { onDemand } from './lazy-panels'
import { LoadBoundary } from './load-boundary'

/** What a browser throws for a script of the page that is no longer there (files replaced under the app). */
const chunkGone = (): Promise<never> =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: app://assistant/assets/x.js'))

async function markup(node: ReactElement, language: 'en' | 'nl'): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({
    lng: language,
    resources: { en: { translation: en }, nl: { translation: nl } },
    interpolation: { escapeValue: false },
  })
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>)
}

describe('an on-demand screen whose script fails to load', () => {
  it('is rendered inside the boundary, so the failed import reaches it instead of blanking the page', () => {
    const load = vi.fn(chunkGone)
    const Panel = onDemand<{ step: string }>(load)
    const tree = Panel({ step: 'azure-sign-in' })
    expect(isValidElement(tree) && tree.type).toBe(LoadBoundary)
    // Nothing is fetched before React renders it.
    expect(load).not.toHaveBeenCalled()
  })

  it('the boundary turns the import’s error into the worded message with Reload, in the page’s language', async () => {
    const error: unknown = await chunkGone().catch((e: unknown) => e)
    const boundary = new LoadBoundary({ children: <p>the screen</p> })
    expect(await markup(<>{boundary.render()}</>, 'en')).toBe(await markup(<p>the screen</p>, 'en'))
    // React hands the rejection to the nearest boundary through getDerivedStateFromError.
    boundary.state = LoadBoundary.getDerivedStateFromError()
    expect(error).toBeInstanceOf(TypeError)
    const english = await markup(<>{boundary.render()}</>, 'en')
    expect(english).toContain('data-testid="load-failed"')
    expect(english).toContain('This part of the assistant could not be loaded.')
    expect(english).toMatch(/<button[^>]*data-testid="load-failed-reload"[^>]*>Reload<\/button>/)
    expect(english).not.toContain('the screen')
    const dutch = await markup(<>{boundary.render()}</>, 'nl')
    expect(dutch).toContain('Dit deel van de assistent kon niet worden geladen.')
    expect(dutch).toMatch(/>Opnieuw laden<\/button>/)
  })
})
