import type { SessionState, SignInInput } from '../../../shared/contract'
import { cloudIds, clouds, defaultClientId } from '../../../shared/clouds'
import { errorTable } from '../../../shared/errors'
import { fail, ok, type AppError, type Result } from '../../../shared/result'
import { scopesFor, scopesForAccess } from '../../../shared/scopes'
import type { Logger } from '../log/logger'
import type { DeviceCodePrompt, SessionSummary } from './auth-service'
import type { ClientIdChoice } from './client-id-resolver'
import { profileIdFor, type CustomerProfile, type CustomerSessions } from './customer-sessions'
import { errorOf, msg } from '../../../shared/i18n/message'

/**
 * Runs sign-in for the UI: starts a browser or device-code sign-in in the background, reports progress
 * as `SessionState` snapshots, and exposes the pinned customer token to the setup engine.
 */
export class SignInController {
  private signingIn: SessionState['signingIn'] = null
  private deviceCode: DeviceCodePrompt | null = null
  private lastError: AppError | null = null
  private account: SessionSummary | null = null

  constructor(
    private readonly sessions: CustomerSessions,
    private readonly publish: (state: SessionState) => void,
    private readonly log: Logger,
    /** Clouds other than the catalog's (the simulator) may be offered by the host. */
    private readonly allowedCloudIds: readonly string[] = cloudIds,
    /** The app registration to sign in with, by precedence; an error when the configured one is unusable. */
    private readonly clientId: () => Result<ClientIdChoice> = () =>
      ok({ clientId: defaultClientId, source: 'default' }),
  ) {}

  /** The current snapshot for the UI. */
  state(): SessionState {
    const active = this.sessions.active()
    return {
      customer: active
        ? {
            label: active.profile.label,
            cloudId: active.profile.cloudId,
            ...(active.profile.tenant ? { tenant: active.profile.tenant } : {}),
          }
        : null,
      account: this.account,
      signingIn: this.signingIn,
      deviceCode: this.deviceCode,
      tokenStorage: active?.persistence ?? null,
      lastError: this.lastError,
    }
  }

  /**
   * Starts a sign-in and returns at once; the outcome arrives as a published state. Switching to another
   * customer first drops the previous one's tokens from memory.
   */
  async start(input: SignInInput, profileId?: string): Promise<Result<SessionState>> {
    if (this.signingIn) return fail({ code: 'SIGNIN_IN_PROGRESS', message: errorTable.SIGNIN_IN_PROGRESS })
    if (!this.allowedCloudIds.includes(input.cloudId)) {
      return fail(errorOf('INVALID_INPUT', msg('problems.signIn.unknownCloud')))
    }
    const catalogCloud = input.cloudId in clouds ? clouds[input.cloudId as keyof typeof clouds] : null
    if (catalogCloud && !catalogCloud.provisioningSupported) {
      return fail(errorOf('CLOUD_NOT_SUPPORTED', msg('problems.input.cloud', { cloud: catalogCloud.label })))
    }
    const tenant = input.tenant?.trim() || undefined
    const choice = this.clientId()
    if (!choice.ok) {
      this.lastError = choice.error
      this.emit()
      return fail(choice.error)
    }
    const clientId = choice.value.clientId
    // The open customer keeps its id (a folder from before profiles has one no label maps to).
    const open = this.sessions.active()?.profile
    const restored = await this.sessions.select({
      id:
        profileId ??
        (open && open.label === input.customerLabel.trim() ? open.id : profileIdFor(input.customerLabel)),
      label: input.customerLabel.trim(),
      cloudId: input.cloudId,
      ...(tenant ? { tenant } : {}),
      clientId,
    })
    this.account = restored
    const active = this.sessions.active()
    if (!active) return fail({ code: 'INTERNAL', message: errorTable.INTERNAL })

    this.signingIn = input.method
    this.deviceCode = null
    this.lastError = null
    const scopes = scopesFor(input.scopeSet)
    const run =
      input.method === 'browser'
        ? active.auth.signInInteractive({ scopes, ...(tenant ? { tenant } : {}) })
        : active.auth.signInWithDeviceCode({
            scopes,
            ...(tenant ? { tenant } : {}),
            onCode: (prompt) => {
              this.deviceCode = prompt
              this.emit()
            },
          })
    void run.then((result) => {
      this.signingIn = null
      this.deviceCode = null
      if (result.ok) this.account = result.value
      else this.lastError = result.error
      this.emit()
    })
    this.emit()
    return ok(this.state())
  }

  /** The open customer's name changed (read from its tenant): the session says the new one. */
  relabelActiveCustomer(label: string): void {
    this.sessions.relabel(label)
    this.emit()
  }

  /** The id of the customer sign-in works for now (its folder under `customers/`), or null. */
  activeCustomerId(): string | null {
    return this.sessions.active()?.profile.id ?? null
  }

  /**
   * Opens another customer without signing in: the current customer's session leaves memory (its
   * tokens stay in its own cache), and this customer's earlier sign-in comes back from its cache, if any.
   */
  async openCustomer(profile: Omit<CustomerProfile, 'clientId'>): Promise<Result<SessionState>> {
    if (this.signingIn) return fail({ code: 'SIGNIN_IN_PROGRESS', message: errorTable.SIGNIN_IN_PROGRESS })
    const choice = this.clientId()
    this.account = await this.sessions.select({
      ...profile,
      ...(choice.ok ? { clientId: choice.value.clientId } : {}),
    })
    this.deviceCode = null
    this.lastError = null
    this.emit()
    return ok(this.state())
  }

  /** Cancels a waiting sign-in; the cancelled outcome is published when MSAL settles. */
  cancel(): SessionState {
    this.sessions.active()?.auth.cancelSignIn()
    return this.state()
  }

  /** Signs out and forgets the active customer completely. */
  async signOutAndForget(): Promise<SessionState> {
    await this.sessions.forgetActive()
    this.account = null
    this.lastError = null
    this.log.info('signed out and forgot the customer')
    this.emit()
    return this.state()
  }

  /** A token for the pinned customer tenant (read or write scopes), for Graph calls. */
  async token(
    access: 'read' | 'write',
    options: { forceRefresh?: boolean } = {},
  ): Promise<Result<{ accessToken: string; tenantId: string }>> {
    const active = this.sessions.active()
    if (!active || !this.account) return fail({ code: 'NOT_SIGNED_IN', message: errorTable.NOT_SIGNED_IN })
    return active.auth.getToken(scopesForAccess(access), options)
  }

  private emit(): void {
    this.publish(this.state())
  }
}
