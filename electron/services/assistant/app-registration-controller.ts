import type { AppRegistrationView } from '../../../shared/contract'
import { errorOf, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { GraphApi } from '../graph/graph-api'
import type { Logger } from '../log/logger'
import type { SettingsStore } from '../settings-store'
import { buildAdminConsentUrl, type AuthCloud } from '../auth/auth-service'
import type { ClientIdChoice } from '../auth/client-id-resolver'
import { DedicatedRegistration, type RegistrationPreview } from './dedicated-registration'
import type { SignInController } from '../auth/sign-in-controller'

export interface AppRegistrationControllerOptions {
  signIn: SignInController
  settings: SettingsStore
  /** The client id in use now, by precedence. */
  clientId: () => Result<ClientIdChoice>
  /** The Graph root of a cloud id (null when the cloud has none). */
  graphBaseUrlFor: (cloudId: string) => string | null
  /** The sign-in side of a cloud id (for the admin-consent link). */
  authCloudFor: (cloudId: string) => AuthCloud
  log: Logger
}

/**
 * The sign-in screen's "dedicated app registration": preview, create (ensure), then switch to it once an
 * administrator has consented. Works on the signed-in customer's tenant only.
 */
export class AppRegistrationController {
  constructor(private readonly options: AppRegistrationControllerOptions) {}

  /** What would be created or changed, and whether an existing one is consented and in use. Writes nothing. */
  async preview(): Promise<Result<AppRegistrationView>> {
    const context = this.context()
    if (!context.ok) return context
    const preview = await context.value.registration.preview()
    if (!preview.ok) return preview
    return this.view(context.value, preview.value)
  }

  /** Creates the registration (or fixes the existing one); creating twice is impossible. */
  async create(): Promise<Result<AppRegistrationView>> {
    const context = this.context()
    if (!context.ok) return context
    const ensured = await context.value.registration.ensure()
    if (!ensured.ok) return ensured
    this.options.log.info('dedicated app registration ensured', { action: ensured.value.action })
    const preview = await context.value.registration.preview()
    if (!preview.ok) return preview
    return this.view(context.value, preview.value)
  }

  /**
   * Switches sign-in to the registration (Settings › app registration) once an administrator has
   * consented to every permission for the whole tenant; before that, says what is missing.
   */
  async switchTo(): Promise<Result<AppRegistrationView>> {
    const context = this.context()
    if (!context.ok) return context
    const preview = await context.value.registration.preview()
    if (!preview.ok) return preview
    const existing = preview.value.existing
    if (!existing) return fail(errorOf('NOT_FOUND', msg('registration.problem.createFirst')))
    const consent = await context.value.registration.consent(existing.appId)
    if (!consent.ok) return consent
    if (!consent.value.granted) {
      return fail(
        errorOf(
          'CONSENT_REQUIRED',
          msg('registration.problem.notApproved', { permissions: consent.value.missing.join(', ') }),
          { adminConsentUrl: this.consentUrl(context.value, existing.appId) },
        ),
      )
    }
    await this.options.settings.save({ ...this.options.settings.current(), clientId: existing.appId })
    this.options.log.info('switched to the dedicated app registration')
    return this.view(context.value, preview.value)
  }

  private context(): Result<{ registration: DedicatedRegistration; tenantId: string; cloudId: string }> {
    const session = this.options.signIn.state()
    if (!session.account || !session.customer) return fail(errorOf('NOT_SIGNED_IN'))
    const tenantId = session.account.tenantId
    const cloudId = session.customer.cloudId
    const graphBaseUrl = this.options.graphBaseUrlFor(cloudId)
    if (!graphBaseUrl) return fail(errorOf('CLOUD_NOT_SUPPORTED'))
    const graph = new GraphApi({
      graphBaseUrl,
      tokens: (access, options) => this.options.signIn.token(access, options),
      customerTenantId: () => tenantId,
      log: this.options.log,
    })
    return ok({ registration: new DedicatedRegistration(graph), tenantId, cloudId })
  }

  private consentUrl(context: { tenantId: string; cloudId: string }, appId: string): string {
    const cloud = this.options.authCloudFor(context.cloudId)
    return buildAdminConsentUrl({ cloud, tenant: context.tenantId, clientId: appId })
  }

  private async view(
    context: { registration: DedicatedRegistration; tenantId: string; cloudId: string },
    preview: RegistrationPreview,
  ): Promise<Result<AppRegistrationView>> {
    const { design, existing, action } = preview
    let consent: AppRegistrationView['consent'] = null
    if (existing) {
      const read = await context.registration.consent(existing.appId)
      if (!read.ok) return read
      consent = read.value
    }
    const choice = this.options.clientId()
    const inUse = Boolean(existing && choice.ok && choice.value.clientId === existing.appId.toLowerCase())
    const overriddenBy =
      choice.ok && (choice.value.source === 'flag' || choice.value.source === 'environment')
        ? choice.value.source
        : null
    return ok({
      displayName: design.displayName,
      signInAudience: design.signInAudience,
      redirectUris: design.redirectUris,
      isFallbackPublicClient: design.isFallbackPublicClient,
      permissions: design.permissions,
      action,
      existing,
      consent,
      adminConsentUrl: existing ? this.consentUrl(context, existing.appId) : null,
      inUse,
      overriddenBy,
    })
  }
}
