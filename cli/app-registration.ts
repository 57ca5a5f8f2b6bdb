import type { AuthCloud, AuthService } from '../electron/services/auth/auth-service'
import { buildAdminConsentUrl } from '../electron/services/auth/auth-service'
import { DedicatedRegistration } from '../electron/services/assistant/dedicated-registration'
import { GraphApi } from '../electron/services/graph/graph-api'
import type { Logger } from '../electron/services/log/logger'
import { msg } from '../shared/i18n/message'
import { scopesForAccess } from '../shared/scopes'
import { confirm } from './confirm'
import { exitCodes } from './exit-codes'
import type { CliOutput } from './output'
import { errorWords, say } from './words'

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
    o.out.note(errorWords(preview.error))
    o.out.result({ ...base, outcome: 'failed', error: { code: preview.error.code } })
    return exitCodes.failed
  }
  const { design, existing, action } = preview.value
  o.out.text(
    say(
      action === 'create'
        ? msg('cli.registration.create')
        : action === 'update'
          ? msg('cli.registration.differs', { differences: existing?.differences.join(', ') ?? '' })
          : msg('cli.registration.exists'),
    ),
  )
  const shown = {
    name: design.displayName,
    audience: design.signInAudience,
    redirects: design.redirectUris.join(', '),
  }
  o.out.text(`  ${say(msg('cli.registration.design', shown))}`)
  o.out.text(`  ${say(msg('cli.registration.publicClient'))}`)
  o.out.text(
    `  ${say(msg('cli.registration.permissions', { permissions: design.permissions.map((p) => p.value).join(', ') }))}`,
  )
  let appId = existing?.appId ?? null
  if (action !== 'none') {
    if (!o.yes && !(await confirm(say(msg('cli.registration.ask'))))) {
      o.out.note(say(msg('cli.notApplied')))
      o.out.result({ ...base, outcome: 'not-confirmed', action })
      return exitCodes.notConfirmed
    }
    const ensured = await registration.ensure()
    if (!ensured.ok) {
      o.out.note(say(msg('cli.stopped', { error: errorWords(ensured.error) })))
      o.out.result({ ...base, outcome: 'failed', error: { code: ensured.error.code } })
      return exitCodes.failed
    }
    appId = ensured.value.appId
  }
  if (!appId) return exitCodes.failed
  const consent = await registration.consent(appId)
  const adminConsentUrl = buildAdminConsentUrl({ cloud: o.cloud, tenant: o.tenantId, clientId: appId })
  const granted = consent.ok && consent.value.granted
  o.out.text(say(msg('cli.registration.appId', { appId })))
  o.out.text(
    say(
      granted
        ? msg('cli.registration.approved', { appId })
        : msg('cli.registration.approveFirst', { url: adminConsentUrl }),
    ),
  )
  o.out.result({ ...base, outcome: 'ok', action, appId, consentGranted: granted, adminConsentUrl })
  return exitCodes.ok
}
