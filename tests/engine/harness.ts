import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { defaultClientId } from '../../shared/clouds'
import type { Result } from '../../shared/result'
import { scopesFor, scopesForAccess } from '../../shared/scopes'
import { AuthService } from '../../electron/services/auth/auth-service'
import { createMemoryCacheStore, type TokenCacheStore } from '../../electron/services/auth/token-cache-store'
import type { TokenSource } from '../../electron/services/graph/graph-api'
import type { Logger } from '../../electron/services/log/logger'
import { Redactor } from '../../electron/services/log/redact'
import { SetupEngine } from '../../electron/services/setup/engine'
import { createFileJournal, type Journal } from '../../electron/services/setup/journal'
import type { PlanChoices, PreviewedPlan } from '../../electron/services/setup/plan-preview'
import type { Timing } from '../../electron/services/setup/run-context'
import { TenantReader } from '../../electron/services/setup/tenant-reader'
import type { AssignmentTarget, SetupChoices, SetupProgress } from '../../electron/services/setup/types'
import { startSimulator, type KnobsPatch, type RunningSimulator } from '../../simulator/index'

/**
 * Drives the real SetupEngine against the simulated tenant: a real AuthService sign-in through the
 * simulator's control plane, a file journal in a temp folder, a Redactor that knows the HelloID secret,
 * a logger that keeps every line, and an engine `sleep` that moves the simulator's clock instead of
 * waiting — replication lag, Retry-After and backoff cost milliseconds, not seconds.
 *
 * The HelloID secret is minted by the simulated HelloID (`/_simulator/helloid/new-secret`; the control
 * plane cannot be given a chosen secret) and serves as the canary: it, and every token the sign-in
 * handed out, must never show up in the journal, the log or a result.
 */

/** Waits in simulated time: a few of them add up to minutes of Entra catching up. */
export const harnessTiming: Timing = {
  replication: { attempts: 12, firstDelayMs: 1000, maxDelayMs: 10_000 },
  jobReady: { attempts: 12, firstDelayMs: 1000, maxDelayMs: 10_000 },
  ambiguousCreate: { attempts: 16, firstDelayMs: 2000, maxDelayMs: 15_000 },
  instantiateTimeoutMs: 3000,
}

/** One line the engine logged, kept raw (not redacted) so a leak would show. */
export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error'
  message: string
  fields?: Record<string, unknown>
}

/** One request in the simulator's log (`GET /_simulator/requests`). */
export interface RequestLogEntry {
  seq: number
  time: string
  listener: 'authority' | 'graph' | 'scim'
  method: string
  path: string
  status: number
  bodyKeys: string[]
  /** The decoded query string, when there was one. */
  query?: string
  batch?: true
}

/** The parts of `GET /_simulator/state` the engine tests read. */
export interface SimState {
  now: string
  tenants: {
    id: string
    applications: { id: string; appId: string; displayName: string; applicationTemplateId: string | null }[]
    servicePrincipals: {
      id: string
      appId: string
      applicationTemplateId: string | null
      tags: string[]
      secrets: { key: string; sha256: string }[]
      jobs: {
        id: string
        templateId: string
        schedule: { state: string }
        status: { code: string }
        cycles: number
      }[]
    }[]
    assignments: { id: string; principalId: string; resourceId: string; appRoleId: string }[]
    deletedItems: {
      kind: 'application' | 'servicePrincipal'
      id: string
      appId: string
      displayName: string
      applicationTemplateId: string | null
      deletedDateTime: string
    }[]
  }[]
  scim: { users: { userName?: string; externalId?: string; active?: boolean }[]; groups: unknown[] }
  errors: string[]
  requestLog: RequestLogEntry[]
}

/** What one check of the tenant against "one app, one job, one assignment per principal" found. */
export interface Convergence {
  converged: boolean
  apps: number
  jobs: number
  duplicates: number
  problems: string[]
}

export interface HarnessOptions {
  seed?: string
  faults?: KnobsPatch
  account?: string
  /** Reuse an already running simulator (the soak restarts nothing, it resets). */
  simulator?: RunningSimulator
  /**
   * Hand out the same access token until Graph rejects it (then `forceRefresh`), like a cache that
   * still believes in a token the tenant already considers expired.
   */
  stickyTokens?: boolean
}

export interface EngineOverrides {
  /** Another data folder's journal (a second laptop, another customer label, after "forget"). */
  journal?: Journal
  boundary?: (name: string) => void | Promise<void>
  graphTimeoutMs?: number
  timing?: Partial<Timing>
  onProgress?: (progress: SetupProgress) => void
}

/** Every crash seam apply passes, in order (crash.test.ts proves the list is complete). */
export const engineBoundaries = [
  'before-instantiate',
  'after-instantiate',
  'app-ready',
  'before-job-create',
  'after-job-create',
  'job-ready',
  'connection-tested',
  'before-secrets',
  'after-secrets',
  'secrets-ready',
  'before-schema',
  'mappings-ready',
  'before-assignments',
  'assignments-ready',
  'before-start',
] as const

/** Thrown by a crash seam; stands for the process dying at that point. */
export class InjectedCrash extends Error {
  constructor(readonly boundary: string) {
    super(`injected crash at ${boundary}`)
  }
}

/** A crash seam that throws the first time apply reaches `boundary`. */
export function crashAt(boundary: string | null): (name: string) => void {
  let crashed = false
  return (name) => {
    if (name === boundary && !crashed) {
      crashed = true
      throw new InjectedCrash(name)
    }
  }
}

/** Users and a group the tests assign (fixed names in every seed). */
export const defaultTargets: AssignmentTarget[] = [
  { kind: 'user', ref: 'user@contoso.onmicrosoft.com' },
  { kind: 'user', ref: 'globaladmin@contoso.onmicrosoft.com' },
  { kind: 'group', ref: 'HelloID Users' },
]

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex')

/** A signed-in customer session: the AuthService, its tenant and every token it handed out. */
interface Session {
  auth: AuthService
  tenantId: string
}

export class Harness {
  readonly logs: LogLine[] = []
  /** Every engine answer and error text, for the canary check. */
  readonly results: unknown[] = []
  /** Every access and refresh token seen (getToken answers and the MSAL cache). */
  readonly tokens = new Set<string>()
  readonly sleeps: number[] = []
  readonly log: Logger
  redactor = new Redactor()
  helloId: { url: string; secret: string } = { url: '', secret: '' }
  templateId = ''
  journalPath = ''
  journal!: Journal
  /** Simulated milliseconds the engine has slept (the monitor's clock). */
  slept = 0
  /** See {@link HarnessOptions.stickyTokens}; may be switched during a test. */
  stickyTokens: boolean
  private session!: Session
  private scimCaPem = ''
  private dir = ''
  private ownsSimulator: boolean
  private sticky = new Map<string, string>()

  private constructor(
    readonly sim: RunningSimulator,
    private readonly options: HarnessOptions,
  ) {
    this.ownsSimulator = !options.simulator
    this.stickyTokens = options.stickyTokens ?? false
    const keep =
      (level: LogLine['level']) =>
      (message: string, fields?: Record<string, unknown>): void =>
        void this.logs.push({ level, message, ...(fields ? { fields } : {}) })
    this.log = { debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') }
  }

  /** Starts (or adopts) a simulator, signs in and mints the canary secret. */
  static async start(options: HarnessOptions = {}): Promise<Harness> {
    let sim = options.simulator
    if (!sim) {
      const certPath = process.env.HELLOID_TEST_CA_CERT
      const keyPath = process.env.HELLOID_TEST_CA_KEY
      if (!certPath || !keyPath) throw new Error('HELLOID_TEST_CA_CERT/KEY are not set (global CA setup)')
      sim = await startSimulator({
        profile: 'fast',
        seed: options.seed ?? 'engine',
        ca: { certPath, keyPath },
        ...(options.faults ? { faults: options.faults } : {}),
      })
    }
    const harness = new Harness(sim, options)
    try {
      harness.scimCaPem = await readFile(sim.caCert, 'utf8')
      await harness.begin()
    } catch (error) {
      await harness.stop()
      throw error
    }
    return harness
  }

  /** Fresh temp folder and journal, canary secret, sign-in and template id. */
  private async begin(): Promise<void> {
    this.dir = await mkdtemp(join(tmpdir(), 'helloid-engine-'))
    this.journalPath = join(this.dir, 'customers', 'test', 'journal.jsonl')
    this.helloId = await this.control<{ url: string; secret: string }>('/helloid/new-secret', {})
    this.redactor = new Redactor()
    this.redactor.register(this.helloId.secret)
    this.journal = createFileJournal(this.journalPath, this.redactor)
    this.session = await this.signIn(this.options.account ?? 'appadmin')
    const template = await new TenantReader(this.engine().graph).helloIdTemplate()
    if (!template.ok || !template.value?.id) throw new Error('HelloID template not found')
    this.templateId = template.value.id
  }

  /**
   * Starts over on the same simulator (the soak's per-run reset): rebuilds the tenant from the seed,
   * applies `faults`, mints a new secret, signs in again and uses a new journal.
   */
  async reset(faults: KnobsPatch = {}): Promise<void> {
    await this.control('/reset', {})
    await this.control('/faults', faults)
    await rm(this.dir, { recursive: true, force: true })
    this.logs.length = 0
    this.results.length = 0
    this.tokens.clear()
    this.sleeps.length = 0
    this.sticky.clear()
    this.slept = 0
    await this.begin()
  }

  /** Signs `account` in with the real AuthService; the simulator plays the person in the browser. */
  async signIn(account: string, tenant?: string): Promise<Session> {
    const store = this.watchCache(createMemoryCacheStore())
    const auth = new AuthService({
      clientId: defaultClientId,
      cloud: { authorityHost: this.sim.urls.authority, scopePrefix: '', knownAuthority: true },
      store,
      openBrowser: async (authorizeUrl) => {
        await this.control('/signin', { authorizeUrl, account })
      },
      log: this.log,
      redactor: this.redactor,
      interactiveTimeoutMs: 20_000,
    })
    const signedIn = await auth.signInInteractive({ scopes: scopesFor('all'), ...(tenant ? { tenant } : {}) })
    if (!signedIn.ok) throw new Error(`sign-in as ${account} failed: ${signedIn.error.message}`)
    return { auth, tenantId: signedIn.value.tenantId }
  }

  /** Uses another account's session (optionally pinned to `tenant`) for the engines built from now on. */
  async switchAccount(account: string, tenant?: string): Promise<void> {
    this.session = await this.signIn(account, tenant)
    this.sticky.clear()
  }

  get tenantId(): string {
    return this.session.tenantId
  }

  /** The engine's token source: AuthService.getToken, recording every token it hands out. */
  tokenSource(): TokenSource {
    return async (access, options) => {
      const key = access
      const cached = this.sticky.get(key)
      if (this.stickyTokens && cached && !options?.forceRefresh)
        return { ok: true, value: { accessToken: cached, tenantId: this.session.tenantId } }
      const token = await this.session.auth.getToken(scopesForAccess(access))
      if (token.ok) {
        this.tokens.add(token.value.accessToken)
        this.sticky.set(key, token.value.accessToken)
      }
      return token
    }
  }

  /** The engine's sleep: advance the simulator clock (running whatever became due) instead of waiting. */
  readonly sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms)
    this.slept += ms
    if (ms > 0) await this.control('/clock', { advanceSeconds: ms / 1000 })
  }

  /** A SetupEngine wired like the CLI's simulated mode, with this harness's journal, log and clock. */
  engine(overrides: EngineOverrides = {}): SetupEngine {
    return new SetupEngine({
      graphBaseUrl: this.sim.urls.graph,
      tokens: this.tokenSource(),
      customerTenantId: () => this.session.tenantId,
      journal: overrides.journal ?? this.journal,
      log: this.log,
      timing: { ...harnessTiming, ...overrides.timing },
      simulated: { scimCaPem: this.scimCaPem },
      sleep: this.sleep,
      ...(overrides.boundary ? { boundary: overrides.boundary } : {}),
      ...(overrides.graphTimeoutMs ? { graphTimeoutMs: overrides.graphTimeoutMs } : {}),
      ...(overrides.onProgress ? { onProgress: overrides.onProgress } : {}),
    })
  }

  /** The choices a person would make, with the canary secret. */
  choices(overrides: Partial<SetupChoices> = {}): SetupChoices {
    return {
      scimUrl: this.helloId.url,
      secret: this.helloId.secret,
      appDisplayName: 'HelloID',
      assignments: defaultTargets,
      mappings: ['employeeId', 'manager'],
      notificationEmail: 'admin@contoso.onmicrosoft.com',
      ...overrides,
    }
  }

  /** What a preview is asked for: {@link choices} without the secret, which a plan never carries. */
  planChoices(overrides: Partial<SetupChoices> = {}): PlanChoices {
    const { secret: _secret, ...choices } = this.choices(overrides)
    return choices
  }

  /** The engine's preview of `choices` (the usual ones unless given); a refused preview fails the test. */
  async preview(engine: SetupEngine, choices: PlanChoices = this.planChoices()): Promise<PreviewedPlan> {
    const planned = await engine.plan(this.templateId, choices)
    if (!planned.ok) throw new Error(planned.error.message)
    return planned.value
  }

  /** Keeps an engine answer (or error) for the canary check and hands it back. */
  record<T>(value: T): T {
    this.results.push(value instanceof Error ? { error: value.message, stack: value.stack } : value)
    return value
  }

  async control<T = unknown>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(
      `${this.sim.urls.control}${path}`,
      body === undefined
        ? {}
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    )
    const text = await response.text()
    if (!response.ok) throw new Error(`control ${path} answered ${response.status}: ${text.slice(0, 300)}`)
    return (text ? JSON.parse(text) : undefined) as T
  }

  state(): Promise<SimState> {
    return this.control<SimState>('/state')
  }

  async requests(): Promise<RequestLogEntry[]> {
    return (await this.control<{ value: RequestLogEntry[] }>('/requests?listener=graph')).value
  }

  /** The last request number so far (to look only at what came after). */
  async lastSeq(): Promise<number> {
    const all = await this.requests()
    return all.at(-1)?.seq ?? 0
  }

  /**
   * Graph requests after `since` that could change the tenant: every method but GET, counting the
   * requests inside a `$batch` one by one and not the `$batch` envelope itself.
   */
  async writesSince(since = 0): Promise<RequestLogEntry[]> {
    return (await this.requests()).filter(
      (r) => r.seq > since && r.method !== 'GET' && !(r.path === '/v1.0/$batch' && !r.batch),
    )
  }

  /** Moves the simulated clock (cycles that became due run before this returns). */
  async advance(seconds: number): Promise<void> {
    await this.control('/clock', { advanceSeconds: seconds })
  }

  /** Makes a HelloID app directly through Graph, as an admin in the portal would (no tag), and lets it replicate. */
  async appMadeByHand(displayName: string): Promise<{ spId: string; applicationId: string }> {
    const made = await this.engine().graph.call<{
      application: { id: string }
      servicePrincipal: { id: string }
    }>({
      method: 'POST',
      path: `/applicationTemplates/${this.templateId}/instantiate`,
      body: { displayName },
      noRetry: true,
    })
    if (!made.ok) throw new Error(made.error.message)
    await this.advance(120)
    return { spId: made.value.body.servicePrincipal.id, applicationId: made.value.body.application.id }
  }

  async faults(patch: KnobsPatch): Promise<void> {
    await this.control('/faults', patch)
  }

  /** Object ids of the principals in `targets`, read from the tenant. */
  async principalIds(targets: readonly AssignmentTarget[] = defaultTargets): Promise<string[]> {
    const reader = new TenantReader(this.engine().graph)
    const ids: string[] = []
    for (const t of targets) {
      const found: Result<{ id?: string | null } | null> =
        t.kind === 'user' ? await reader.userByRef(t.ref) : await reader.groupByRef(t.ref)
      if (!found.ok || !found.value?.id) throw new Error(`no ${t.kind} ${t.ref}`)
      ids.push(found.value.id)
    }
    return ids
  }

  /**
   * Checks the tenant: exactly one application from the HelloID template (with one service principal),
   * one job, started, connection saved with the canary secret, and exactly one assignment per principal.
   */
  async convergence(principalIds: readonly string[]): Promise<Convergence> {
    const state = await this.state()
    const tenant = state.tenants.find((t) => t.id === this.tenantId)
    const problems: string[] = []
    if (!tenant) return { converged: false, apps: 0, jobs: 0, duplicates: 0, problems: ['no tenant'] }
    const apps = tenant.applications.filter((a) => a.applicationTemplateId === this.templateId)
    const sps = tenant.servicePrincipals.filter((s) => s.applicationTemplateId === this.templateId)
    const jobs = sps.flatMap((s) => s.jobs)
    let duplicates = Math.max(0, apps.length - 1) + Math.max(0, jobs.length - 1)
    if (apps.length !== 1) problems.push(`${apps.length} HelloID applications`)
    if (sps.length !== 1) problems.push(`${sps.length} HelloID service principals`)
    if (jobs.length !== 1) problems.push(`${jobs.length} provisioning jobs`)
    const sp = sps[0]
    const job = jobs[0]
    if (job && job.schedule.state !== 'Active') problems.push(`job schedule ${job.schedule.state}`)
    if (sp) {
      const keys = new Map(sp.secrets.map((s) => [s.key, s.sha256]))
      if (keys.get('SecretToken') !== sha256(this.helloId.secret)) problems.push('SecretToken not saved')
      if (keys.get('BaseAddress') !== sha256(this.helloId.url)) problems.push('BaseAddress not saved')
      if (keys.get('SyncAll') !== sha256('false')) problems.push('SyncAll not false')
      const mine = tenant.assignments.filter((a) => a.resourceId === sp.id)
      for (const id of principalIds) {
        const count = mine.filter((a) => a.principalId === id).length
        if (count === 0) problems.push(`principal ${id} not assigned`)
        if (count > 1) {
          problems.push(`principal ${id} assigned ${count} times`)
          duplicates += count - 1
        }
      }
    }
    return { converged: problems.length === 0, apps: apps.length, jobs: jobs.length, duplicates, problems }
  }

  /** Everything that must never hold a secret or token: journal, log lines, results. */
  async exposedText(): Promise<string> {
    const journal = await readFile(this.journalPath, 'utf8').catch(() => '')
    return [journal, JSON.stringify(this.logs), JSON.stringify(this.results)].join('\n')
  }

  /**
   * Where the canary secret or any token shows up: the whole value, its URL/base64/JSON encodings,
   * or a 12-character slice of the secret (a partial echo is a leak too).
   */
  async canaryHits(): Promise<string[]> {
    const text = await this.exposedText()
    const hits: string[] = []
    const secret = this.helloId.secret
    const forms = [
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret).toString('base64'),
      JSON.stringify(secret).slice(1, -1),
    ]
    for (const form of forms) if (text.includes(form)) hits.push('secret')
    for (let i = 0; i + 12 <= secret.length; i += 4)
      if (text.includes(secret.slice(i, i + 12))) hits.push(`secret slice ${i}`)
    for (const token of this.tokens) {
      if (text.includes(token)) hits.push('token')
      const signature = token.split('.')[2]
      if (signature && signature.length >= 16 && text.includes(signature)) hits.push('token signature')
    }
    return hits
  }

  /** Reads tokens MSAL stored (access, refresh, id) so the canary check knows them. */
  private watchCache(store: TokenCacheStore): TokenCacheStore {
    return {
      persistence: store.persistence,
      read: () => store.read(),
      erase: () => store.erase(),
      write: async (serialized) => {
        try {
          const cache = JSON.parse(serialized) as Record<string, Record<string, { secret?: string }>>
          for (const section of ['AccessToken', 'RefreshToken', 'IdToken'])
            for (const entry of Object.values(cache[section] ?? {}))
              if (entry.secret && entry.secret.length >= 16) this.tokens.add(entry.secret)
        } catch {
          // Not JSON: nothing to learn.
        }
        await store.write(serialized)
      },
    }
  }

  async stop(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true })
    if (this.ownsSimulator) await this.sim.stop()
  }
}
