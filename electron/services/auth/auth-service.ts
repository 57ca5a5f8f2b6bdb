import { randomUUID } from 'node:crypto'

import {
  AuthError,
  LogLevel,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type INetworkModule,
} from '@azure/msal-node'

import { errorTable } from '../../../shared/errors'
import { fail, ok, type Result } from '../../../shared/result'
import { scopesFor } from '../../../shared/scopes'
import type { Logger } from '../log/logger'
import type { Redactor } from '../log/redact'
import { classifyAuthError } from './auth-errors'
import { createCachePlugin } from './cache-plugin'
import { checkTokenTenant } from '../token-tenant'
import { createFetchNetworkClient, observeTokenErrors, type TokenEndpointError } from './network-client'
import type { TokenCacheStore } from './token-cache-store'
import type { Language } from '../../../shared/i18n/catalog'
import { errorOf, msg, type MessageKey } from '../../../shared/i18n/message'
import { wordsInLanguage } from '../language-words'

/** The sign-in side of a cloud: where its authority lives and how Graph scopes are written there. */
export interface AuthCloud {
  /** e.g. https://login.microsoftonline.com, or a simulated tenant's authority. */
  authorityHost: string
  /** Prefix for Graph scopes outside the global cloud (empty = plain names like `User.Read`). */
  scopePrefix: string
  /** Set for non-Microsoft hosts (the simulator): MSAL must trust them without instance discovery. */
  knownAuthority?: boolean
}

export interface AuthServiceOptions {
  clientId: string
  cloud: AuthCloud
  store: TokenCacheStore
  /** Opens the sign-in page in the system browser (Electron: shell.openExternal). */
  openBrowser: (url: string) => Promise<void>
  log: Logger
  redactor?: Redactor
  /** How long to wait for the person in the browser; MSAL itself never gives up. */
  interactiveTimeoutMs?: number
  /** Custom HTTP for MSAL (practice mode passes one that trusts the simulator's CA). */
  networkClient?: INetworkModule
  /** The language of the page the browser shows after sign-in: the app's page language, or the CLI's. */
  language?: () => Language
}

/** What the UI may know about the signed-in person: no tokens, no raw claims. */
export interface SessionSummary {
  name: string
  username: string
  tenantId: string
  grantedScopes: string[]
  persistence: TokenCacheStore['persistence']
}

/** The code and instructions for device-code sign-in, as the UI shows them. */
export interface DeviceCodePrompt {
  userCode: string
  verificationUri: string
  message: string
  expiresAt: string
}

/** An access token for Graph, already checked to belong to the customer's tenant. */
export interface CustomerToken {
  accessToken: string
  tenantId: string
  expiresOn: Date | null
}

/** Microsoft's tenant for personal accounts: never a customer tenant. */
const PERSONAL_ACCOUNTS_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad'
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DEFAULT_INTERACTIVE_TIMEOUT_MS = 5 * 60_000
const GLOBAL_GRAPH_SCOPE_PREFIX = 'https://graph.microsoft.com/'
/** Registered for the default client and for a dedicated registration (any port is accepted on loopback). */
export const ADMIN_CONSENT_REDIRECT_URI = 'http://localhost'

/** The page the browser shows when it comes back from Microsoft's sign-in, in the person's language. */
const pageTemplate = (language: Language, key: MessageKey): string => {
  // The catalog's own words, no parameters: nothing the person or a tenant typed goes in this page.
  const say = (k: MessageKey): string => wordsInLanguage(language, msg(k))
  return `<!doctype html><html lang="${language}"><meta charset="utf-8"><title>${say('app.title')}</title><p style="font-family:sans-serif;padding:2em">${say(key)}</p>`
}

/**
 * Signs one customer's admin in with MSAL (system browser + PKCE, or device code), pins the session to
 * the tenant of the first token, and hands out Graph tokens only for that tenant.
 *
 * Tokens stay in this service; the UI gets a {@link SessionSummary}.
 */
export class AuthService {
  private readonly pca: PublicClientApplication
  private session: (SessionSummary & { homeAccountId: string }) | null = null
  private pending: { cancel: () => void } | null = null
  /** The last failed device-code poll as Entra answered it (MSAL keeps only the error string). */
  private deviceCodeError: TokenEndpointError | null = null

  constructor(private readonly options: AuthServiceOptions) {
    const authorityHost = options.cloud.authorityHost.replace(/\/+$/, '')
    const networkClient = observeTokenErrors(
      options.networkClient ?? createFetchNetworkClient(),
      (grantType, error) => {
        if (grantType === 'device_code' || grantType?.endsWith(':device_code')) this.deviceCodeError = error
      },
    )
    const config: Configuration = {
      auth: {
        clientId: options.clientId,
        authority: `${authorityHost}/organizations`,
        ...(options.cloud.knownAuthority ? { knownAuthorities: [new URL(authorityHost).host] } : {}),
      },
      cache: { cachePlugin: createCachePlugin(options.store) },
      system: {
        loggerOptions: {
          piiLoggingEnabled: false,
          logLevel: LogLevel.Warning,
          loggerCallback: (_level, message) => options.log.warn('msal', { message }),
        },
        networkClient,
      },
    }
    this.pca = new PublicClientApplication(config)
  }

  /** The signed-in session, if any. */
  summary(): SessionSummary | null {
    if (!this.session) return null
    const { homeAccountId: _hidden, ...summary } = this.session
    return summary
  }

  /** True while a browser or device-code sign-in waits for the person. */
  isSigningIn(): boolean {
    return this.pending !== null
  }

  /** Cancels a waiting sign-in (browser or device code). */
  cancelSignIn(): void {
    this.pending?.cancel()
  }

  /**
   * Interactive sign-in in the system browser. `tenant` is the customer's domain or id (default
   * `organizations`). Ends with the session pinned to the tenant of the returned token.
   */
  async signInInteractive(request: {
    scopes: string[]
    tenant?: string
    loginHint?: string
  }): Promise<Result<SessionSummary>> {
    if (this.pending) return fail({ code: 'SIGNIN_IN_PROGRESS', message: errorTable.SIGNIN_IN_PROGRESS })
    let loopback: { uri: string; state: string } | null = null
    let outcome: 'cancelled' | 'timeout' | null = null
    let abort: (reason: Error) => void = () => undefined
    const aborted = new Promise<never>((_, reject) => (abort = reject))

    // MSAL's loopback server has no cancel: settle it by posting an error answer with the right state.
    const settleLoopback = (why: 'cancelled' | 'timeout'): void => {
      if (!loopback) return
      let target: URL
      try {
        target = new URL(loopback.uri)
      } catch {
        return
      }
      if (target.hostname === 'localhost') target.hostname = '127.0.0.1'
      void fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ error: 'access_denied', error_description: why, state: loopback.state }),
      })
        .then((res) => res.arrayBuffer())
        .catch(() => undefined)
    }
    const stop = (why: 'cancelled' | 'timeout'): void => {
      if (outcome) return
      outcome = why
      abort(new Error(why))
      settleLoopback(why)
    }
    const timer = setTimeout(
      () => stop('timeout'),
      this.options.interactiveTimeoutMs ?? DEFAULT_INTERACTIVE_TIMEOUT_MS,
    )
    this.pending = { cancel: () => stop('cancelled') }

    const attempt = this.pca.acquireTokenInteractive({
      scopes: this.qualify(request.scopes),
      authority: this.authorityFor(request.tenant),
      prompt: 'select_account',
      ...(request.loginHint ? { loginHint: request.loginHint } : {}),
      successTemplate: pageTemplate(this.options.language?.() ?? 'en', 'signIn.browserPage.done'),
      errorTemplate: pageTemplate(this.options.language?.() ?? 'en', 'signIn.browserPage.failed'),
      openBrowser: async (url) => {
        const parsed = new URL(url)
        loopback = {
          uri: parsed.searchParams.get('redirect_uri') ?? '',
          state: parsed.searchParams.get('state') ?? '',
        }
        // Cancelled or timed out while MSAL was still preparing: never open the browser, and settle
        // the listener MSAL has just started so its port closes.
        if (outcome) {
          settleLoopback(outcome)
          return
        }
        await this.options.openBrowser(url)
      },
    })
    attempt.catch(() => undefined)
    try {
      return await this.adopt(await Promise.race([attempt, aborted]), request.tenant)
    } catch (error) {
      if (outcome === 'timeout') return fail(errorOf('SIGNIN_TIMED_OUT'))
      if (outcome === 'cancelled')
        return fail({ code: 'SIGNIN_CANCELLED', message: errorTable.SIGNIN_CANCELLED })
      return this.failSignIn(error, request.tenant)
    } finally {
      clearTimeout(timer)
      this.pending = null
    }
  }

  /**
   * Device-code sign-in, for when the customer's admin signs in on their own device. `onCode` receives
   * the code and Microsoft's message to show; the promise settles when they finish, cancel, or it expires.
   */
  async signInWithDeviceCode(request: {
    scopes: string[]
    tenant?: string
    onCode: (prompt: DeviceCodePrompt) => void
  }): Promise<Result<SessionSummary>> {
    if (this.pending) return fail({ code: 'SIGNIN_IN_PROGRESS', message: errorTable.SIGNIN_IN_PROGRESS })
    let cancelled = false
    this.deviceCodeError = null
    const deviceRequest = {
      scopes: this.qualify(request.scopes),
      authority: this.authorityFor(request.tenant),
      cancel: false,
      deviceCodeCallback: (response: {
        userCode: string
        verificationUri: string
        message: string
        expiresIn: number
      }) => {
        // Cancelled while the code was being requested: do not show a code nobody will use. MSAL
        // copies its request (cancel: false) over ours while it starts, so set the flag again.
        if (cancelled) {
          deviceRequest.cancel = true
          return
        }
        request.onCode({
          userCode: response.userCode,
          verificationUri: response.verificationUri,
          message: response.message,
          expiresAt: new Date(Date.now() + response.expiresIn * 1000).toISOString(),
        })
      },
    }
    // MSAL checks this flag between polls of the token endpoint (the same object: it assigns onto it).
    this.pending = {
      cancel: () => {
        cancelled = true
        deviceRequest.cancel = true
      },
    }
    try {
      const result = await this.pca.acquireTokenByDeviceCode(deviceRequest)
      if (!result) return fail({ code: 'SIGNIN_CANCELLED', message: errorTable.SIGNIN_CANCELLED })
      return await this.adopt(result, request.tenant)
    } catch (error) {
      if (cancelled) return fail({ code: 'SIGNIN_CANCELLED', message: errorTable.SIGNIN_CANCELLED })
      return this.failSignIn(this.withDeviceCodeDetail(error), request.tenant)
    } finally {
      this.pending = null
      this.deviceCodeError = null
    }
  }

  /**
   * A Graph token for the pinned customer tenant, from the cache or refreshed silently. Refuses (and
   * changes nothing) when the token's tenant is not the customer's.
   */
  async getToken(scopes: string[], options: { forceRefresh?: boolean } = {}): Promise<Result<CustomerToken>> {
    const session = this.session
    if (!session) return fail({ code: 'NOT_SIGNED_IN', message: errorTable.NOT_SIGNED_IN })
    const account = await this.accountFor(session)
    if (!account) return fail({ code: 'NOT_SIGNED_IN', message: errorTable.NOT_SIGNED_IN })
    let result: AuthenticationResult
    try {
      result = await this.pca.acquireTokenSilent({
        account,
        scopes: this.qualify(scopes),
        authority: this.authorityFor(session.tenantId),
        // Graph rejected the cached token (revoked, or clock skew): redeem the refresh token now.
        ...(options.forceRefresh ? { forceRefresh: true } : {}),
      })
    } catch (error) {
      return fail(classifyAuthError(error))
    }
    this.options.redactor?.register(result.accessToken)
    const guard = checkTokenTenant(result.accessToken, session.tenantId)
    if (!guard.ok) return guard
    session.grantedScopes = mergeScopes(session.grantedScopes, result.scopes)
    return ok({ accessToken: result.accessToken, tenantId: session.tenantId, expiresOn: result.expiresOn })
  }

  /** Signs out and forgets this customer: accounts removed through MSAL, the cache erased from memory and disk. */
  async signOutAndForget(): Promise<void> {
    this.cancelSignIn()
    const cache = this.pca.getTokenCache()
    for (const account of await cache.getAllAccounts()) await cache.removeAccount(account)
    this.pca.clearCache()
    await this.options.store.erase()
    this.session = null
  }

  /** Drops everything held in memory (switching customer); the encrypted file stays for next time. */
  async dispose(): Promise<void> {
    this.cancelSignIn()
    this.pca.clearCache()
    this.session = null
  }

  /**
   * Restores the session from the cache (after a restart), if this customer signed in before.
   * `expectedTenant` is the tenant the customer profile names: when it is a tenant id and the cached
   * sign-in belongs to another tenant, nothing is restored. A cache holding more than one tenant (written
   * before sign-in pruned other tenants) is not restored either: which one is the customer is unknown.
   */
  async restore(expectedTenant?: string): Promise<SessionSummary | null> {
    const accounts = (await this.pca.getTokenCache().getAllAccounts()).filter((a) => a.tenantId)
    const tenants = new Set(accounts.map((a) => `${a.homeAccountId}|${a.tenantId.toLowerCase()}`))
    const [account] = accounts
    if (!account || tenants.size !== 1) {
      if (tenants.size > 1) this.options.log.info('cached sign-in spans several tenants; not restored')
      return null
    }
    const expected = expectedTenant?.trim()
    if (expected && GUID.test(expected) && expected.toLowerCase() !== account.tenantId.toLowerCase()) {
      this.options.log.info('cached sign-in belongs to another tenant; not restored')
      return null
    }
    this.session = this.summaryFor(account, [])
    return this.summary()
  }

  /**
   * The cached account profile of the session's tenant. A guest has one profile per tenant under the
   * same home account; MSAL redeems the refresh token for the tenant of the profile it is given, so a
   * missing profile is asked for as `{ ...home, tenantId }` at the pinned authority (MSAL's tenant switch).
   */
  private async accountFor(session: {
    homeAccountId: string
    tenantId: string
  }): Promise<AccountInfo | null> {
    const mine = (await this.pca.getTokenCache().getAllAccounts()).filter(
      (a) => a.homeAccountId === session.homeAccountId,
    )
    const pinned = mine.find((a) => a.tenantId.toLowerCase() === session.tenantId.toLowerCase())
    if (pinned) return pinned
    const [any] = mine
    return any ? { ...any, tenantId: session.tenantId } : null
  }

  /**
   * Drops cached tokens of the signed-in person's other tenants (a guest's home tenant, an earlier
   * sign-in through `organizations`), so this customer's cache only ever answers for one tenant. The
   * refresh token is kept: it belongs to the home account, not to a tenant.
   */
  private async keepOnlyTenant(homeAccountId: string, tenantId: string): Promise<void> {
    const cache = this.pca.getTokenCache()
    await cache.getAllAccounts() // loads the persisted cache into memory
    const pruned = pruneOtherTenants(cache.serialize(), homeAccountId, tenantId)
    if (pruned === null) return
    await this.options.store.write(pruned)
    cache.deserialize(pruned)
  }

  private async adopt(
    result: AuthenticationResult,
    requestedTenant: string | undefined,
  ): Promise<Result<SessionSummary>> {
    const account = result.account
    const tenantId = result.tenantId || account?.tenantId || ''
    if (!account || !tenantId) {
      return fail(errorOf('INTERNAL', msg('problems.signIn.noAccount')))
    }
    if (tenantId === PERSONAL_ACCOUNTS_TENANT) {
      await this.pca.getTokenCache().removeAccount(account)
      return fail(classifyAuthError('AADSTS500200'))
    }
    if (
      requestedTenant &&
      GUID.test(requestedTenant) &&
      requestedTenant.toLowerCase() !== tenantId.toLowerCase()
    ) {
      await this.pca.getTokenCache().removeAccount(account)
      return fail(errorOf('WRONG_TENANT', msg('problems.signIn.otherTenantNamed')))
    }
    // Another customer's account must never linger beside this one.
    for (const other of await this.pca.getTokenCache().getAllAccounts()) {
      if (other.homeAccountId !== account.homeAccountId) await this.pca.getTokenCache().removeAccount(other)
    }
    // Nor the same person's tokens for another tenant (a guest's home tenant).
    await this.keepOnlyTenant(account.homeAccountId, tenantId)
    this.options.redactor?.register(result.accessToken)
    this.session = this.summaryFor({ ...account, tenantId }, result.scopes)
    this.options.log.info('signed in', { tenantId })
    return ok(this.summary() as SessionSummary)
  }

  private summaryFor(account: AccountInfo, scopes: string[]): SessionSummary & { homeAccountId: string } {
    return {
      name: account.name ?? account.username,
      username: account.username,
      tenantId: account.tenantId,
      homeAccountId: account.homeAccountId,
      grantedScopes: mergeScopes([], scopes),
      persistence: this.options.store.persistence,
    }
  }

  /** Puts Entra's own answer (AADSTS code and description) back into MSAL's bare polling error. */
  private withDeviceCodeDetail(error: unknown): unknown {
    const server = this.deviceCodeError
    const text = error instanceof Error ? error.message : String(error)
    const bare = error instanceof AuthError && error.errorCode === 'post_request_failed'
    if (!server || (!bare && /AADSTS\d+/.test(text))) return error
    const codes = server.codes
      .map((code) => `AADSTS${code}`)
      .filter((code) => !server.description.includes(code))
    return new Error([`${server.error}:`, server.description, ...codes].filter(Boolean).join(' '))
  }

  private failSignIn(error: unknown, tenant: string | undefined): Result<never> {
    const classified = classifyAuthError(error)
    this.options.log.warn('sign-in failed', { code: classified.code, reason: classified.details?.reason })
    if (classified.code === 'CONSENT_REQUIRED') {
      const adminConsentUrl = this.adminConsentUrl(tenant)
      return fail({ ...classified, details: { ...classified.details, adminConsentUrl } })
    }
    return fail(classified)
  }

  /**
   * The v2.0 admin-consent page: an administrator approves, for the whole tenant, exactly the delegated
   * Graph scopes the assistant asks for. (The v1 page grants only an app's statically configured
   * permissions, and a dynamic-scope client such as Graph Command Line Tools has none.) The answer goes to
   * the loopback redirect both the default client and a dedicated registration accept.
   * https://learn.microsoft.com/en-us/entra/identity-platform/v2-admin-consent
   */
  adminConsentUrl(tenant?: string): string {
    return buildAdminConsentUrl({
      cloud: this.options.cloud,
      ...(tenant ? { tenant } : {}),
      clientId: this.options.clientId,
    })
  }

  /** The client id this service signs in with. */
  get clientId(): string {
    return this.options.clientId
  }

  private authorityFor(tenant: string | undefined): string {
    const host = this.options.cloud.authorityHost.replace(/\/+$/, '')
    return `${host}/${encodeURIComponent(tenant?.trim() || 'organizations')}`
  }

  private qualify(scopes: string[]): string[] {
    const prefix = this.options.cloud.scopePrefix
    return scopes.map((scope) => (prefix && !scope.includes('/') ? `${prefix}${scope}` : scope))
  }
}

/** The v2.0 admin-consent page for a client: every Graph scope the assistant needs, for one tenant. */
export function buildAdminConsentUrl(o: { cloud: AuthCloud; tenant?: string; clientId: string }): string {
  const host = o.cloud.authorityHost.replace(/\/+$/, '')
  const resource = o.cloud.scopePrefix || GLOBAL_GRAPH_SCOPE_PREFIX
  const query = new URLSearchParams({
    client_id: o.clientId,
    scope: scopesFor('all')
      .map((scope) => `${resource}${scope}`)
      .join(' '),
    redirect_uri: ADMIN_CONSENT_REDIRECT_URI,
    state: randomUUID(),
  })
  return `${host}/${encodeURIComponent(o.tenant?.trim() || 'organizations')}/v2.0/adminconsent?${query.toString()}`
}

type SerializedEntry = Record<string, unknown>
type SerializedCache = Partial<Record<'Account' | 'AccessToken' | 'IdToken', Record<string, SerializedEntry>>>

/**
 * Removes from a serialized MSAL cache the access and ID tokens (and account tenant profiles) of one home
 * account for every tenant but `tenantId`. Returns the new JSON, or null when nothing had to go.
 */
export function pruneOtherTenants(
  serialized: string,
  homeAccountId: string,
  tenantId: string,
): string | null {
  const cache = JSON.parse(serialized) as SerializedCache
  const keep = tenantId.toLowerCase()
  let changed = false
  for (const section of ['AccessToken', 'IdToken'] as const) {
    const entries = cache[section]
    if (!entries) continue
    for (const [key, entry] of Object.entries(entries)) {
      const realm = typeof entry.realm === 'string' ? entry.realm.toLowerCase() : ''
      if (entry.home_account_id === homeAccountId && realm !== keep) {
        delete entries[key]
        changed = true
      }
    }
  }
  for (const entry of Object.values(cache.Account ?? {})) {
    if (entry.home_account_id !== homeAccountId || !Array.isArray(entry.tenantProfiles)) continue
    const profiles = entry.tenantProfiles as unknown[]
    const kept = profiles.filter((profile) => {
      try {
        const parsed = (typeof profile === 'string' ? JSON.parse(profile) : profile) as { tenantId?: unknown }
        return typeof parsed.tenantId !== 'string' || parsed.tenantId.toLowerCase() === keep
      } catch {
        return true
      }
    })
    if (kept.length !== profiles.length) {
      entry.tenantProfiles = kept
      changed = true
    }
  }
  return changed ? JSON.stringify(cache) : null
}

function mergeScopes(current: string[], added: string[]): string[] {
  const plain = (scope: string): string => scope.replace(/^https:\/\/[^/]+\//, '')
  const ignored = new Set(['openid', 'profile', 'offline_access', 'email'])
  return [...new Set([...current, ...added.map(plain)])].filter((s) => !ignored.has(s)).sort()
}
