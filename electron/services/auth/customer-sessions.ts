import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'

import type { INetworkModule } from '@azure/msal-node'

import type { Language } from '../../../shared/i18n/catalog'
import type { Logger } from '../log/logger'
import type { Redactor } from '../log/redact'
import { AuthService, type AuthCloud, type SessionSummary } from './auth-service'
import {
  createEncryptedFileCacheStore,
  createMemoryCacheStore,
  type CacheCipher,
  type TokenCacheStore,
} from './token-cache-store'

/** A customer the consultant works for: a label, the tenant hint they typed, and the cloud. */
export interface CustomerProfile {
  /** The app registration to sign in with, when the person set their own in Settings. */
  clientId?: string
  id: string
  label: string
  tenant?: string
  cloudId: string
}

export interface CustomerSessionsOptions {
  dataDir: string
  /** OS-backed encryption; null when only a plain-text backend exists, which keeps tokens in memory. */
  cipher: CacheCipher | null
  clientId: string
  cloudFor: (profile: CustomerProfile) => AuthCloud
  openBrowser: (url: string) => Promise<void>
  log: Logger
  redactor?: Redactor
  interactiveTimeoutMs?: number
  networkClient?: INetworkModule
  /** The language of the browser's page after sign-in (the page's language, as the renderer reports it). */
  language?: () => Language
}

/**
 * A file-system-safe profile id for a customer label; two labels never share one. A label that is
 * already a plain slug keeps it (`contoso`); any other gets the readable slug plus a hash of the label
 * (`Contoso Ltd` → `contoso-ltd_1f3a…`, `営業部` → `customer_9c0e…`). The `_` never occurs in a plain
 * slug, so the two kinds cannot meet. Case and surrounding spaces do not make another customer.
 */
export function profileIdFor(text: string): string {
  const label = text.trim().normalize('NFC').toLowerCase()
  const slug = label
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
  if (slug !== '' && slug === label) return slug
  const hash = createHash('sha256').update(label).digest('hex').slice(0, 12)
  return `${slug || 'customer'}_${hash}`
}

/**
 * One customer at a time: each profile has its own MSAL cache (its own encrypted file), and switching
 * drops the previous customer's tokens from memory before the next one is loaded.
 */
export class CustomerSessions {
  private current: { profile: CustomerProfile; auth: AuthService; store: TokenCacheStore } | null = null

  constructor(private readonly options: CustomerSessionsOptions) {}

  /** The active customer and its auth service, if one is selected. */
  active(): {
    profile: CustomerProfile
    auth: AuthService
    persistence: TokenCacheStore['persistence']
  } | null {
    return this.current
      ? {
          profile: this.current.profile,
          auth: this.current.auth,
          persistence: this.current.store.persistence,
        }
      : null
  }

  /** Gives the active customer another label (its name read from the tenant); its tokens stay. */
  relabel(label: string): void {
    if (this.current) this.current = { ...this.current, profile: { ...this.current.profile, label } }
  }

  /**
   * Selects (or re-selects) a customer; restores its earlier sign-in from its own cache if there is one
   * (and, when the profile names a tenant id, only if it belongs to that tenant).
   */
  async select(profile: CustomerProfile): Promise<SessionSummary | null> {
    if (this.current && sameProfile(this.current.profile, profile)) return this.current.auth.summary()
    await this.current?.auth.dispose()
    this.current = null
    const store = this.options.cipher
      ? createEncryptedFileCacheStore(this.cacheFile(profile.id), this.options.cipher)
      : createMemoryCacheStore()
    const auth = new AuthService({
      clientId: profile.clientId ?? this.options.clientId,
      cloud: this.options.cloudFor(profile),
      store,
      openBrowser: this.options.openBrowser,
      log: this.options.log,
      ...(this.options.redactor ? { redactor: this.options.redactor } : {}),
      ...(this.options.interactiveTimeoutMs
        ? { interactiveTimeoutMs: this.options.interactiveTimeoutMs }
        : {}),
      ...(this.options.networkClient ? { networkClient: this.options.networkClient } : {}),
      ...(this.options.language ? { language: this.options.language } : {}),
    })
    this.current = { profile, auth, store }
    return auth.restore(profile.tenant)
  }

  /** Signs out of the active customer and deletes everything kept for it, in memory and on disk. */
  async forgetActive(): Promise<void> {
    if (!this.current) return
    const { profile, auth } = this.current
    await auth.signOutAndForget()
    await rm(join(this.options.dataDir, 'customers', profile.id), { recursive: true, force: true })
    this.current = null
  }

  /** The encrypted cache file of a profile. */
  cacheFile(profileId: string): string {
    return join(this.options.dataDir, 'customers', profileId, 'token-cache.bin')
  }
}

function sameProfile(a: CustomerProfile, b: CustomerProfile): boolean {
  return (
    a.id === b.id &&
    a.cloudId === b.cloudId &&
    (a.tenant ?? '') === (b.tenant ?? '') &&
    (a.clientId ?? '') === (b.clientId ?? '')
  )
}
