import { SimClock } from '../core/clock'
import { seededGuid } from '../core/ids'
import { TokenSigner } from '../core/jwt'
import { deepCopy } from '../core/json'
import { createPrng, type Prng } from '../core/prng'
import { RateLimiter } from '../core/rate-limit'
import { RequestLog } from '../core/request-log'
import { Scheduler } from '../core/scheduler'
import type { CertificateAuthority } from '../core/tls'
import { applyKnobsPatch, type Knobs, type KnobsPatch, type ListenerName } from '../config/knobs'
import { profileFor, type Profile, type ProfileName } from '../config/profiles'
import { AuthStore } from './auth-store'
import { DEFAULT_CONSENTED_SCOPES } from './scopes'
import { ScimStore } from './scim-store'
import { buildGallery, type GalleryTemplate } from '../tenant/gallery'
import { buildDirectory, extraUsers } from '../tenant/seed'
import type { Account } from '../tenant/types'
import { TenantState } from './tenant-state'
import { findRegistration, staticGraphScopes } from './app-registrations'
import { builtInServicePrincipals } from './built-ins'

export interface SimulatorUrls {
  authority: string
  graph: string
  scim: string
  control: string
}

export interface Streams {
  data: Prng
  ids: Prng
  engine: Prng
  scimIds: Prng
  faults: Record<ListenerName, Prng>
  latency: Record<ListenerName, Prng>
}

/** Microsoft Graph Command Line Tools: a Microsoft public client with a service principal in every tenant. */
export const GRAPH_CLI_TOOLS_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e'

/** Public clients the authority knows from the start; apps registered through Graph join them. */
export const DEFAULT_CLIENT_IDS = [GRAPH_CLI_TOOLS_CLIENT_ID]

export interface StateOptions {
  seed: string
  profile: Profile
  clientIds: string[]
  initialKnobs: Knobs
  ca: CertificateAuthority
  /** Extra Contoso members for load runs (benchmarks); none by default. */
  extraUsers?: number
}

/**
 * Everything the simulated cloud knows. `reset()` rebuilds it from the seed so a run can start
 * over without restarting listeners; the clock keeps running forward.
 */
export class SimulatorState {
  readonly clock = new SimClock()
  readonly scheduler: Scheduler
  readonly log = new RequestLog()
  readonly signer = new TokenSigner()
  readonly auth = new AuthStore()
  /** Documented per-app-per-tenant limits: provisionOnDemand and the reports API, 5 requests / 10 s. */
  readonly limits = {
    provisionOnDemand: new RateLimiter(this.clock, 5, 10_000),
    reports: new RateLimiter(this.clock, 5, 10_000),
  }
  readonly seed: string
  /** Changes only through {@link setProfile} (practice mode's fast/realistic choice). */
  profile: Profile
  readonly clientIds: string[]
  readonly ca: CertificateAuthority
  urls: SimulatorUrls = { authority: '', graph: '', scim: '', control: '' }
  /** Unexpected errors from background work (cycles); surfaced by GET /_simulator/state. */
  readonly errors: string[] = []
  knobs!: Knobs
  streams!: Streams
  tenants!: Map<string, TenantState>
  contoso!: TenantState
  fabrikam!: TenantState
  accounts!: Account[]
  gallery!: GalleryTemplate[]
  scim!: ScimStore
  /** Called after reset/knob changes that affect listeners (e.g. SCIM certificate). */
  onKnobsChanged: (knobs: Knobs) => void = () => undefined

  private initialKnobs: Knobs
  private readonly extraUsers: number

  constructor(options: StateOptions) {
    this.seed = options.seed
    this.profile = options.profile
    this.clientIds = options.clientIds
    this.ca = options.ca
    this.initialKnobs = options.initialKnobs
    this.extraUsers = options.extraUsers ?? 0
    this.scheduler = new Scheduler(this.clock)
    this.build()
  }

  private build(): void {
    const root = createPrng(this.seed)
    const perListener = (label: string): Record<ListenerName, Prng> => ({
      graph: root.fork(`${label}:graph`),
      authority: root.fork(`${label}:authority`),
      scim: root.fork(`${label}:scim`),
    })
    this.streams = {
      data: root.fork('data'),
      ids: root.fork('ids'),
      engine: root.fork('engine'),
      scimIds: root.fork('scim-ids'),
      faults: perListener('faults'),
      latency: perListener('latency'),
    }
    this.knobs = deepCopy(this.initialKnobs)
    this.limits.provisionOnDemand.clear()
    this.limits.reports.clear()
    const dir = buildDirectory(this.streams.data)
    if (this.extraUsers > 0)
      dir.contoso.users.push(...extraUsers(this.streams.data.fork('extra-users'), this.extraUsers))
    this.contoso = new TenantState(dir.contoso, this.knobs.license)
    this.fabrikam = new TenantState(dir.fabrikam, 'p1')
    this.tenants = new Map([
      [this.contoso.id, this.contoso],
      [this.fabrikam.id, this.fabrikam],
    ])
    this.accounts = dir.accounts
    this.gallery = buildGallery(this.streams.data.fork('gallery'))
    const builtInPrng = this.streams.data.fork('built-ins')
    for (const tenant of this.tenants.values()) {
      for (const sp of builtInServicePrincipals(tenant, this.clientIds, builtInPrng))
        tenant.servicePrincipals.set(sp.id, sp)
    }
    const scimPrng = this.streams.data.fork('scim')
    this.scim = new ScimStore(`contoso-${scimPrng.int(1000, 9999)}`, seededGuid(scimPrng))
    this.resetConsent()
  }

  /** Default: every registered client has tenant-wide consent for the scopes the assistant asks for. */
  resetConsent(): void {
    for (const tenant of this.tenants.values()) {
      tenant.adminConsent.clear()
      tenant.userConsent.clear()
      if (this.knobs.consentMissing) continue
      for (const clientId of this.clientIds)
        tenant.adminConsent.set(clientId, new Set(DEFAULT_CONSENTED_SCOPES))
    }
  }

  reset(): void {
    this.scheduler.clear()
    this.errors.length = 0
    this.auth.clear()
    this.log.clear()
    this.build()
    if (this.urls.scim !== '') this.urls.scim = `${new URL(this.urls.scim).origin}${this.scim.basePath()}`
    this.onKnobsChanged(this.knobs)
  }

  patchKnobs(patch: KnobsPatch): Knobs {
    const before = this.knobs
    this.knobs = applyKnobsPatch(this.knobs, patch)
    if (before.license !== this.knobs.license) this.contoso.license = this.knobs.license
    if (before.consentMissing !== this.knobs.consentMissing) this.resetConsent()
    this.onKnobsChanged(this.knobs)
    return this.knobs
  }

  /**
   * Switches the timing profile without touching the tenant: apps, jobs, assignments, sign-ins and
   * HelloID stay as they are. The knobs that make up a profile's character (latency, transient faults,
   * replication lags, token lifetime) follow it, now and after a reset; other faults stay.
   */
  setProfile(name: ProfileName): Profile {
    const next = profileFor(name)
    const character = (k: Knobs) => ({
      latencyMs: k.latencyMs,
      throttle: k.throttle,
      serverError: k.serverError,
      replicationLagSeconds: k.replicationLagSeconds,
      syncTemplatesLagSeconds: k.syncTemplatesLagSeconds,
      jobCreateLagSeconds: k.jobCreateLagSeconds,
      jobCreateLagStatus: k.jobCreateLagStatus,
      tokenLifetimeSeconds: k.tokenLifetimeSeconds,
    })
    this.profile = next
    this.knobs = { ...this.knobs, ...deepCopy(character(next.knobs)) }
    this.initialKnobs = { ...this.initialKnobs, ...deepCopy(character(next.knobs)) }
    this.onKnobsChanged(this.knobs)
    return next
  }

  /**
   * Whether the authority knows a client id: one registered from the start, or an app registration
   * created through Graph (multi-tenant ones everywhere, single-tenant ones in their own tenant).
   * Anything else is AADSTS700016.
   */
  isKnownClient(clientId: string, tenantSegment?: string): boolean {
    if (this.clientIds.includes(clientId)) return true
    const pinned = tenantSegment ? this.tenantBySegment(tenantSegment) : undefined
    for (const tenant of this.tenants.values()) {
      for (const app of tenant.applications.values()) {
        if (app.appId !== clientId || !app.registration) continue
        if (app.registration.signInAudience !== 'AzureADMyOrg' || !pinned || pinned === tenant) return true
      }
    }
    return false
  }

  /** The scopes `/.default` stands for: a registration's delegated Graph permissions in requiredResourceAccess. */
  staticScopesOf(clientId: string): string[] {
    return staticGraphScopes(findRegistration(this, clientId))
  }

  tenantBySegment(segment: string): TenantState | undefined {
    const lower = segment.toLowerCase()
    for (const t of this.tenants.values()) if (t.id === lower || t.domain === lower) return t
    return undefined
  }

  account(nameOrUsername: string): Account | undefined {
    const lower = nameOrUsername.trim().toLowerCase()
    return this.accounts.find((a) => a.name === lower || a.username.toLowerCase() === lower)
  }

  newId(): string {
    return seededGuid(this.streams.ids)
  }
}
