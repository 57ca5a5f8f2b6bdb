import i18next from 'i18next'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'

import type { AssistantApi, DirectoryHit } from '../../../shared/contract'
import { en } from '../../../shared/i18n/en'
import { nl } from '../../../shared/i18n/nl'
import { createRootStore, StoreContext } from '../store/root'
import { HitList, SearchStatus, STALE_REASON_ID } from './assignment-picker'

const hit = (name: string, id: string): DirectoryHit => ({
  kind: 'group',
  id,
  displayName: name,
  userPrincipalName: null,
  mail: null,
  memberUsers: 3,
  memberGroups: 0,
})
const helloIdUsers = hit('HelloID Users', '2f1c7a52-8d1e-4c55-9d0e-6e1f0c3b9a10')
const helloIdAdmins = hit('HelloID Admins', '5b0e8d1c-3f2a-4e6b-9c7d-1a2b3c4d5e6f')

/** The search status and the results as the picker draws them, in `language`. */
async function drawn(stale: boolean, language: 'en' | 'nl' = 'en'): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({
    lng: language,
    resources: { en: { translation: en }, nl: { translation: nl } },
    interpolation: { escapeValue: false },
  })
  const store = createRootStore({} as AssistantApi)
  const tree: ReactElement = (
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <SearchStatus
          typing
          suggestionsRead
          noSuggestions={false}
          state="searching"
          stale={stale}
          noResults={false}
          problem=""
        />
        <HitList
          which="results"
          list={[helloIdUsers, helloIdAdmins]}
          stale={stale}
          disabled={false}
          // HelloID Admins was added before.
          isPicked={(h) => h.id === helloIdAdmins.id}
          onAdd={() => undefined}
          licence="yes"
        />
      </StoreContext.Provider>
    </I18nextProvider>
  )
  return renderToStaticMarkup(tree)
}

/** The opening tag of the element with this test id. */
function tagOf(markup: string, testId: string): string {
  const tag = new RegExp(`<[a-z]+[^>]*data-testid="${testId}"[^>]*>`).exec(markup)?.[0]
  if (!tag) throw new Error(`no element ${testId} in ${markup}`)
  return tag
}

/** The text of the element with this id (no elements inside it). */
function textOf(markup: string, id: string): string | undefined {
  return new RegExp(`<[a-z]+[^>]*\\bid="${id}"[^>]*>([^<]*)<`).exec(markup)?.[1]
}

describe('assignment picker: results of the text typed before, while the new search runs', () => {
  it('cannot be added: Add stays focusable, is aria-disabled and points at the reason the status line gives', async () => {
    const markup = await drawn(true)
    const add = tagOf(markup, 'assignment-add-0')
    expect(add).toContain('aria-disabled="true"')
    expect(add).toContain(`aria-describedby="${STALE_REASON_ID}"`)
    // Not the native `disabled`: a keyboard or screen reader user can still reach it and hear why.
    expect(add).not.toMatch(/\sdisabled=""/)
    expect(textOf(markup, STALE_REASON_ID)).toBe(en.picker.searchingStale)
    expect(tagOf(markup, 'assignment-results')).toContain('aria-busy="true"')
    // The one added before says so, as it does when the results are fresh.
    expect(tagOf(markup, 'assignment-add-1')).toMatch(/\sdisabled=""/)
    expect(markup).toContain(`>${en.picker.added}<`)
  })

  it('says why in Dutch too', async () => {
    expect(textOf(await drawn(true, 'nl'), STALE_REASON_ID)).toBe(nl.picker.searchingStale)
  })

  it('fresh results can be added, and nothing points at a reason that is not there', async () => {
    const markup = await drawn(false)
    const add = tagOf(markup, 'assignment-add-0')
    expect(add).not.toContain('aria-disabled')
    expect(add).not.toContain('aria-describedby')
    expect(add).not.toMatch(/\sdisabled=""/)
    expect(markup).not.toContain(`id="${STALE_REASON_ID}"`)
    expect(markup).not.toContain('aria-busy')
    expect(markup).toContain(`>${en.picker.searching}<`)
  })
})
