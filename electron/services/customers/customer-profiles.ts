import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

import {
  customerNameSchema,
  customerProfileSchema,
  type CustomerFileKind,
  type CustomerProfileRecord,
  type CustomerRunState,
} from '../../../shared/contract/customers'
import type { JobHealthState } from '../../../shared/contract'
import { displayName, errorOf, issueWords, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { profileIdFor } from '../auth/customer-sessions'
import { readJsonFile, writeFileAtomic } from '../file-store'
import { validateHelloIdPortal } from '../helloid/portal-address'

/**
 * Everything kept for one customer lives in its own folder, `customers/<id>/`:
 *   profile.json     name, tenant, cloud, HelloID portal and URL (never the secret), last run
 *   token-cache.bin  the customer's MSAL cache, encrypted (desktop only)
 *   journal.jsonl    what the assistant did in the tenant (and its .lock while a run holds it)
 *   progress.json    the customer's place in the journey
 * The app and the CLI share this layout, so `--customer` names the same profile the app lists.
 */
export const PROFILE_FILE = 'profile.json'

/** What a customer's folder holds, by what a person would call it. */
const fileKinds: Record<string, CustomerFileKind> = {
  'token-cache.bin': 'tokens',
  'journal.jsonl': 'journal',
  'progress.json': 'progress',
  [PROFILE_FILE]: 'profile',
}

export interface NewCustomer {
  /** The folder's name; by default it comes from the name. */
  id?: string
  name: string
  /** Named after its tenant once signed in (the person gave no name). */
  nameFromTenant?: boolean
  tenant?: string
  cloudId: string
  helloIdPortal?: string
}

export interface CustomerProfileStoreOptions {
  dataDir: string
  now?: () => Date
  /** Accept loopback HelloID addresses (the simulator's HelloID). */
  allowLoopback?: boolean
}

/** The list of customers kept in a data folder, one folder each. */
export class CustomerProfileStore {
  private readonly now: () => Date

  constructor(private readonly options: CustomerProfileStoreOptions) {
    this.now = options.now ?? (() => new Date())
  }

  /** The folder that holds everything kept for a customer. */
  folder(id: string): string {
    return join(this.options.dataDir, 'customers', id)
  }

  /**
   * Every customer with a folder here, by name (a consultant looks a customer up by name). A folder from before profiles existed
   * (a journal or token cache only) is listed under its folder name, so it can be opened or forgotten.
   */
  async list(): Promise<CustomerProfileRecord[]> {
    let names: string[]
    try {
      names = (await readdir(join(this.options.dataDir, 'customers'), { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    } catch {
      return []
    }
    const profiles = await Promise.all(names.map((name) => this.get(name)))
    return profiles
      .filter((p): p is CustomerProfileRecord => p !== null)
      .sort(
        (a, b) =>
          a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id),
      )
  }

  /** One customer's profile, or null when there is no such folder. */
  async get(id: string): Promise<CustomerProfileRecord | null> {
    if (!customerProfileSchema.shape.id.safeParse(id).success) return null
    const stored = await readJsonFile(join(this.folder(id), PROFILE_FILE), customerProfileSchema)
    if (stored) return stored.id === id ? stored : { ...stored, id }
    const files = await this.filesOf(id)
    if (files === null) return null
    return { id, name: id, cloudId: 'global', confirmedHosts: [], createdAt: new Date(0).toISOString() }
  }

  /**
   * The customer with this name, created when new; a tenant, cloud or portal given here replaces the
   * kept one (the person typed it just now). The id comes from the name, as sign-in has always done.
   */
  async ensure(input: NewCustomer): Promise<Result<CustomerProfileRecord>> {
    // A renamed customer keeps its folder: its new name finds it before the name's own id would.
    const id = input.id ?? (await this.idNamed(input.name)) ?? profileIdFor(input.name)
    const existing = await this.get(id)
    let portal: string | undefined
    if (input.helloIdPortal !== undefined && input.helloIdPortal.trim() !== '') {
      const checked = validateHelloIdPortal(input.helloIdPortal, {
        allowLoopback: this.options.allowLoopback ?? false,
      })
      if (!checked.ok) return checked
      portal = checked.value.url
    }
    const tenant = input.tenant?.trim() || undefined
    const profile: CustomerProfileRecord = {
      ...(existing ?? { confirmedHosts: [], createdAt: this.now().toISOString() }),
      id,
      name: existing && existing.name !== existing.id ? existing.name : input.name.trim(),
      cloudId: input.cloudId,
      ...(tenant ? { tenant } : {}),
      ...(portal ? { helloIdPortal: portal } : {}),
      ...(input.nameFromTenant && !existing ? { nameFromTenant: true } : {}),
    }
    // Another tenant typed for this customer: the tenant id seen before belongs to the old one.
    if (existing?.tenant && tenant && existing.tenant.toLowerCase() !== tenant.toLowerCase())
      delete profile.tenantId
    return this.write(profile)
  }

  /** Changes a kept customer; NOT_FOUND when there is none with this id. */
  async update(
    id: string,
    change: (profile: CustomerProfileRecord) => CustomerProfileRecord,
  ): Promise<Result<CustomerProfileRecord>> {
    const existing = await this.get(id)
    if (!existing) return fail(errorOf('NOT_FOUND', msg('customers.problem.gone')))
    return this.write({ ...change(existing), id })
  }

  /**
   * Gives a customer another name in the list; its folder, sign-in, journal and place in the steps stay. A
   * name is refused when empty, too long, or another customer's (in any letters), with words that say so.
   * A customer named after its tenant has a name of its own from now on.
   */
  async rename(id: string, raw: string): Promise<Result<CustomerProfileRecord>> {
    const checked = customerNameSchema.safeParse(raw)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      return fail(errorOf('INVALID_INPUT', issue ? issueWords(issue) : undefined, { field: 'name' }))
    }
    const name = checked.data
    const taken = await this.idNamed(name)
    if (taken !== null && taken !== id)
      return fail(
        errorOf('INVALID_INPUT', msg('customers.problem.duplicate', { name: displayName(name) }), {
          field: 'name',
        }),
      )
    return this.update(id, (p) => {
      const { nameFromTenant: _named, ...rest } = p
      return { ...rest, name }
    })
  }

  /**
   * The id of the customer called `name` (in any letters), or null. A customer still waiting for its
   * tenant's name has no name of its own to match.
   */
  async idNamed(name: string): Promise<string | null> {
    const key = sameNameKey(name)
    const found = (await this.list()).find((p) => !p.nameFromTenant && sameNameKey(p.name) === key)
    return found?.id ?? null
  }

  /** Sets the customer's HelloID portal address after checking it like the HelloID URL. */
  async setHelloIdPortal(id: string, raw: string): Promise<Result<CustomerProfileRecord>> {
    const checked = validateHelloIdPortal(raw, { allowLoopback: this.options.allowLoopback ?? false })
    if (!checked.ok) return checked
    return this.update(id, (p) => ({ ...p, helloIdPortal: checked.value.url }))
  }

  /** Records how the customer's last run stands now. */
  recordRun(id: string, state: CustomerRunState): Promise<Result<CustomerProfileRecord>> {
    return this.update(id, (p) => ({ ...p, lastRun: { state, at: this.now().toISOString() } }))
  }

  /** What the customer's folder holds, by kind (a lock file counts with the journal it locks). */
  async contents(id: string): Promise<CustomerFileKind[]> {
    const files = customerProfileSchema.shape.id.safeParse(id).success ? await this.filesOf(id) : null
    const kinds = new Set<CustomerFileKind>(
      (files ?? []).map((name) => fileKinds[name.replace(/\.lock$/, '')] ?? 'other'),
    )
    return [...kinds].sort()
  }

  /** True when the customer has its own place in the steps. */
  async hasProgress(id: string): Promise<boolean> {
    return (await this.filesOf(id))?.includes('progress.json') ?? false
  }

  /**
   * Removes everything kept for the customer from disk: its tokens, journal, progress and profile.
   * Returns what was there, by kind, so the person is told what went.
   */
  async forget(id: string): Promise<Result<{ removed: CustomerFileKind[] }>> {
    if (!customerProfileSchema.shape.id.safeParse(id).success)
      return fail(errorOf('INVALID_INPUT', msg('customers.problem.notAnId')))
    if ((await this.filesOf(id)) === null) return fail(errorOf('NOT_FOUND', msg('customers.problem.gone')))
    const removed = await this.contents(id)
    await rm(this.folder(id), { recursive: true, force: true })
    return ok({ removed })
  }

  private async filesOf(id: string): Promise<string[] | null> {
    try {
      return await readdir(this.folder(id))
    } catch {
      return null
    }
  }

  private async write(profile: CustomerProfileRecord): Promise<Result<CustomerProfileRecord>> {
    const clean = customerProfileSchema.parse(profile)
    await writeFileAtomic(join(this.folder(clean.id), PROFILE_FILE), JSON.stringify(clean, null, 2), 0o700)
    return ok(clean)
  }
}

/** Two names are the same customer's when they differ only in letter case or surrounding spaces. */
function sameNameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase()
}

/**
 * How a job reading stands for the customer list: done, on its way, or needing a person (as the CLI's
 * exit codes say it: provisioning not turned on needs a person too).
 */
export function runStateFor(health: JobHealthState): CustomerRunState {
  if (health === 'completed') return 'completed'
  return health === 'waiting' ? 'in-progress' : 'needs-attention'
}
