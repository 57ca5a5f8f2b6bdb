import type { AuthCloud, AuthService } from '../electron/services/auth/auth-service'
import { buildAdminConsentUrl } from '../electron/services/auth/auth-service'
import { DedicatedRegistration } from '../electron/services/assistant/dedicated-registration'
import { GraphApi } from '../electron/services/graph/graph-api'
import type { Logger } from '../electron/services/log/logger'
import { scopesForAccess } from '../shared/scopes'
import { confirm } from './confirm'
import { exitCodes } from './exit-codes'
import type { CliOutput } from './output'

/**
 * `app-registration`: shows the dedicated app registration the assistant would create in this tenant,
 * creates it (or sets the existing one right) after confirmation, and says whether an administrator has
 * approved it, with the link to do so and how to sign in with it.
 */
export async function runAppRegistration(o: {
  auth: AuthService
  cloud: AuthCloud
  graphBaseUrl: string
  tenantId: string
  yes: boolean
  out: CliOutput
  log: Logger
}): Promise<number> {
  const graph = new GraphApi({
    graphBaseUrl: o.graphBaseUrl,
    tokens: (access, options) => o.auth.getToken(scopesForAccess(access), options),
    customerTenantId: () => o.tenantId,
    log: o.log,
  })
  const registration = new DedicatedRegistration(graph)
  const base = { command: 'app-registration' }
  const preview = await registration.preview()
  if (!preview.ok) {
    o.out.note(preview.error.message)
    o.out.result({ ...base, outcome: 'failed', error: { code: preview.error.code } })
    return exitCodes.failed
  }
  const { design, existing, action } = preview.value
  o.out.text(
    action === 'create'
      ? 'This app registration will be created:'
      : action === 'update'
        ? `The app registration exists but differs (${existing?.differences.join(', ') ?? ''}); this will be set:`
        : 'The app registration exists:',
  )
  o.out.text(`  ${design.displayName}, ${design.signInAudience}, redirect ${design.redirectUris.join(', ')}`)
  o.out.text('  public client flows allowed')
  o.out.text(`  delegated Microsoft Graph permissions: ${design.permissions.map((p) => p.value).join(', ')}`)
  let appId = existing?.appId ?? null
  if (action !== 'none') {
    if (!o.yes && !(await confirm('Create or update it in the tenant?'))) {
      o.out.note('Nothing was changed (pass --yes to confirm in scripts).')
      o.out.result({ ...base, outcome: 'not-confirmed', action })
      return exitCodes.notConfirmed
    }
    const ensured = await registration.ensure()
    if (!ensured.ok) {
      o.out.note(`Stopped: ${ensured.error.message}`)
      o.out.result({ ...base, outcome: 'failed', error: { code: ensured.error.code } })
      return exitCodes.failed
    }
    appId = ensured.value.appId
  }
  if (!appId) return exitCodes.failed
  const consent = await registration.consent(appId)
  const adminConsentUrl = buildAdminConsentUrl({ cloud: o.cloud, tenant: o.tenantId, clientId: appId })
  const granted = consent.ok && consent.value.granted
  o.out.text(`Application (client) id: ${appId}`)
  o.out.text(
    granted
      ? `An administrator has approved it. Sign in with it: --client-id ${appId} (or HELLOID_SETUP_CLIENT_ID).`
      : `An administrator must approve it first: ${adminConsentUrl}`,
  )
  o.out.result({ ...base, outcome: 'ok', action, appId, consentGranted: granted, adminConsentUrl })
  return exitCodes.ok
}
