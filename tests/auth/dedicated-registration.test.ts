import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEDICATED_APP_TAG } from '../../electron/services/assistant/dedicated-registration'
import { defaultClientId } from '../../shared/clouds'
import { scopesFor } from '../../shared/scopes'
import { GRAPH_SCOPES } from '../../simulator/state/scopes'
import type { RunningSimulator } from '../../simulator/index'
import { graph, list, startTestSimulator } from '../simulator/helpers'
import { claimsOf, grantAdminConsent, requests } from '../auth/support'
import { simulatedHost } from '../support/simulated-host'

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'dedicated-registration' })
})
afterAll(() => sim.stop())

const host = () => simulatedHost(sim, 'dedicated-')

async function graphWrites(): Promise<{ method: string; path: string }[]> {
  return (await requests(sim, 'graph')).filter((r) => r.method !== 'GET' && !r.path.startsWith('/_simulator'))
}

describe('Create a dedicated app registration in this tenant', () => {
  it('previews, creates once (a rerun creates nothing), waits for admin consent, then switches sign-in to it', async () => {
    const h = host()
    expect(await h.signIn()).toMatchObject({ account: { username: 'appadmin@contoso.onmicrosoft.com' } })
    const token = await h.services.signIn.token('read')
    if (!token.ok) throw new Error(token.error.message)

    // Preview: exactly what will be created; nothing is written.
    const writesBefore = (await graphWrites()).length
    const preview = await h.table.previewAppRegistration({})
    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.value).toMatchObject({
      action: 'create',
      existing: null,
      displayName: 'HelloID Entra Setup Assistant',
      signInAudience: 'AzureADMultipleOrgs',
      redirectUris: ['http://localhost'],
      isFallbackPublicClient: true,
      inUse: false,
    })
    // The permission ids come from Microsoft Graph's service principal in the tenant.
    expect(preview.value.permissions).toEqual(
      scopesFor('all').map((value) => ({ value, id: GRAPH_SCOPES[value]?.id })),
    )
    expect(await graphWrites()).toHaveLength(writesBefore)

    // Create: one POST /applications with exactly those delegated permissions.
    const created = await h.table.createAppRegistration({})
    if (!created.ok) throw new Error(created.error.message)
    expect(created.value).toMatchObject({ action: 'none', consent: { granted: false }, inUse: false })
    const appId = created.value.existing?.appId ?? ''
    const writes = (await graphWrites()).slice(writesBefore)
    expect(writes).toEqual([
      expect.objectContaining({ method: 'POST', path: '/v1.0/applications', status: 201 }),
    ])
    const apps = await graph(
      sim,
      token.value.accessToken,
      'GET',
      `/applications?$filter=tags/any(t:t eq '${DEDICATED_APP_TAG}')`,
    )
    const [app] = list(apps.body, 'value') as Record<string, unknown>[]
    expect(app).toMatchObject({
      appId,
      signInAudience: 'AzureADMultipleOrgs',
      isFallbackPublicClient: true,
      publicClient: { redirectUris: ['http://localhost'] },
      requiredResourceAccess: [
        {
          resourceAppId: GRAPH_APP_ID,
          resourceAccess: scopesFor('all').map((s) => ({ id: GRAPH_SCOPES[s]?.id, type: 'Scope' })),
        },
      ],
    })

    // A rerun (another machine, a retry) finds it and creates nothing.
    const again = await h.table.createAppRegistration({})
    expect(again).toMatchObject({ ok: true, value: { existing: { appId }, action: 'none' } })
    expect((await graphWrites()).slice(writesBefore)).toHaveLength(1)

    // Not consented yet: no switch, and the v2.0 admin-consent link for the new client is offered.
    const early = await h.table.switchToAppRegistration({})
    expect(early).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } })
    const link = new URL(created.value.adminConsentUrl ?? '')
    expect(link.pathname).toBe(`/${sim.tenantId}/v2.0/adminconsent`)
    expect(link.searchParams.get('client_id')).toBe(appId)
    expect((await h.table.getSettings({})).ok && (await h.table.getSettings({}))).toMatchObject({
      value: { effectiveClientId: defaultClientId },
    })

    // An administrator approves; the assistant checks the tenant's grants and switches.
    const granted = await grantAdminConsent(link.toString(), 'globaladmin')
    expect(granted.location?.searchParams.get('admin_consent')).toBe('True')
    const switched = await h.table.switchToAppRegistration({})
    expect(switched).toMatchObject({ ok: true, value: { inUse: true, consent: { granted: true } } })
    expect(await h.table.getSettings({})).toMatchObject({
      value: { clientId: appId, effectiveClientId: appId, clientIdSource: 'settings' },
    })

    // The next sign-in uses the dedicated registration, and Entra accepts it.
    await h.table.signOut({})
    const next = await h.signIn()
    expect(next.account?.username).toBe('appadmin@contoso.onmicrosoft.com')
    expect(new URL(h.authorizeUrls.at(-1) ?? '').searchParams.get('client_id')).toBe(appId)
    const fresh = await h.services.signIn.token('write')
    if (!fresh.ok) throw new Error(fresh.error.message)
    expect(claimsOf(fresh.value.accessToken).appid).toBe(appId)
  })

  it('a registration that drifted is patched back, never replaced', async () => {
    const h = host()
    await h.signIn()
    const first = await h.table.createAppRegistration({})
    if (!first.ok) throw new Error(first.error.message)
    const token = await h.services.signIn.token('write')
    if (!token.ok) throw new Error(token.error.message)
    const objectId = first.value.existing?.objectId ?? ''
    const drift = await graph(sim, token.value.accessToken, 'PATCH', `/applications/${objectId}`, {
      requiredResourceAccess: [],
      isFallbackPublicClient: false,
    })
    expect(drift.status).toBe(204)
    const preview = await h.table.previewAppRegistration({})
    expect(preview).toMatchObject({
      ok: true,
      value: {
        action: 'update',
        existing: { objectId, differences: ['isFallbackPublicClient', 'requiredResourceAccess'] },
      },
    })
    const fixed = await h.table.createAppRegistration({})
    expect(fixed).toMatchObject({ ok: true, value: { action: 'none', existing: { objectId } } })
    const apps = await graph(
      sim,
      token.value.accessToken,
      'GET',
      `/applications?$filter=tags/any(t:t eq '${DEDICATED_APP_TAG}')`,
    )
    expect(list(apps.body, 'value')).toHaveLength(1)
  })

  it('needs a signed-in session', async () => {
    const h = host()
    expect(await h.table.previewAppRegistration({})).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    })
  })
})
