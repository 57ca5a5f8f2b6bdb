import i18next from 'i18next'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand'

import { initialSetupState, type AssistantApi, type CustomerList } from '../../../shared/contract'
import { en } from '../../../shared/i18n/en'
import { nl } from '../../../shared/i18n/nl'
import { firstCycleJob } from '../../../tests/support/job-view'
import { SIGNED_IN_TENANT_ID, signedInSession } from '../../../tests/support/session-state'
import { createRootStore, StoreContext, type RootState } from '../store/root'
import { SetupComplete } from './setup-complete'
import { SignInPanel } from './sign-in-panel'
import { OpenInEntra } from './step-outcome'

/** A signed-in page after a completed run, in or out of practice mode, in the session's cloud. */
function pageState(practice: boolean, cloudId: string): Partial<RootState> {
  return {
    info: { version: '1.0.0', host: 'browser', practice },
    session: signedInSession({ label: 'Contoso', cloudId }),
    setup: {
      ...initialSetupState(),
      phase: 'done',
      ids: { servicePrincipalId: 'sp-object-id', jobId: 'job-id', appId: 'app-client-id' },
      job: firstCycleJob({ initialCycleCompleted: true, counts: { users: 3, groups: 1 } }),
    },
  }
}

/** Server-renders a component over a store whose initial state is `state` (what a server render reads). */
async function render(node: ReactElement, state: Partial<RootState>, lng = 'en'): Promise<string> {
  const base = createRootStore({} as AssistantApi).getState()
  const store = createStore<RootState>()(() => ({ ...base, ...state }))
  const i18n = i18next.createInstance()
  await i18n.init({
    lng,
    resources: { en: { translation: en }, nl: { translation: nl } },
    interpolation: { escapeValue: false },
  })
  return renderToStaticMarkup(
    <StoreContext.Provider value={store}>
      <I18nextProvider i18n={i18n}>{node}</I18nextProvider>
    </StoreContext.Provider>,
  )
}

describe('Entra links on Setup complete and on the run’s steps', () => {
  it('outside practice mode: the buttons, as before', async () => {
    const html = await render(<SetupComplete />, pageState(false, 'global'))
    expect(html).toContain('data-testid="open-provisioning"')
    expect(html).toContain('data-testid="open-users"')
    expect(html).not.toContain('setup-complete-practice-entra')
    const step = await render(<OpenInEntra stepId="azure-create-app" />, pageState(false, 'global'))
    expect(step).toContain('data-testid="open-in-entra"')
  })

  it('in practice mode signed into one of Microsoft’s clouds: the buttons too, the tenant is real', async () => {
    expect(await render(<SetupComplete />, pageState(true, 'global'))).toContain(
      'data-testid="open-provisioning"',
    )
    const step = await render(<OpenInEntra stepId="azure-assign-users" />, pageState(true, 'usGovL4'))
    expect(step).toContain('data-testid="open-in-entra"')
  })

  it('against the simulated tenant: says there is no Entra page, and offers no button to one', async () => {
    const state = pageState(true, 'simulated')
    const html = await render(<SetupComplete />, state)
    expect(html).not.toContain('open-provisioning')
    expect(html).not.toContain('open-users')
    expect(html).toContain('data-testid="setup-complete-practice-entra"')
    expect(html).toContain(en.complete.entraPractice)
    // Reading the job again keeps its button: it reads the simulated tenant, not Entra's portal.
    expect(html).toContain('data-testid="refresh-job"')
    expect(await render(<SetupComplete />, state, 'nl')).toContain(nl.complete.entraPractice)

    const step = await render(<OpenInEntra stepId="azure-create-app" />, state)
    expect(step).not.toContain('open-in-entra"')
    expect(step).toContain(en.journey.openInEntraPractice)
    // A step Entra has no page for says nothing about one.
    expect(await render(<OpenInEntra stepId="helloid-new-secret" />, state)).toBe('')
  })
})

describe('the signed-in card names the customer truthfully', () => {
  const customers = (nameFromTenant: boolean): CustomerList => ({
    activeId: 'new-customer-1',
    customers: [
      {
        id: 'new-customer-1',
        name: 'New customer',
        cloudId: 'global',
        confirmedHosts: [],
        createdAt: '2026-11-30T09:00:00.000Z',
        nameFromTenant,
      },
    ],
  })
  // The card's words, without the markup.
  const card = async (nameFromTenant: boolean, tenant: string | undefined, presentation = false) =>
    (
      await render(<SignInPanel />, {
        session: signedInSession({ label: 'New customer', cloudId: 'global', ...(tenant ? { tenant } : {}) }),
        customers: customers(nameFromTenant),
        presentation,
      })
    ).replace(/<[^>]+>/g, '')

  it('never as “New customer” when its tenant’s name could not be read: its domain if typed, else nothing', async () => {
    expect(await card(true, 'contoso.onmicrosoft.com')).toContain(
      `${SIGNED_IN_TENANT_ID} — contoso.onmicrosoft.com`,
    )
    expect(await card(true, 'contoso.onmicrosoft.com', true)).toContain('— •••.onmicrosoft.com')
    const nothing = await card(true, undefined)
    expect(nothing).toContain(`Tenant id: ${SIGNED_IN_TENANT_ID}Granted access`)
    expect(nothing).not.toContain('New customer')
  })

  it('by the name it was given, even one that reads “New customer”', async () => {
    expect(await card(false, 'contoso.onmicrosoft.com')).toContain(`${SIGNED_IN_TENANT_ID} — New customer`)
  })
})
