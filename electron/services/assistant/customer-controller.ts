import { randomBytes } from 'node:crypto'

import type {
  AddCustomerInput,
  CustomerList,
  ForgetCustomerResult,
  SessionState,
  SetupState,
  SignInInput,
  WizardProgress,
} from '../../../shared/contract'
import { helloIdAdminUrl } from '../../../shared/helloid-portal'
import { errorOf, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { profileIdFor } from '../auth/customer-sessions'
import type { SignInController } from '../auth/sign-in-controller'
import { runStateFor, type CustomerProfileStore } from '../customers/customer-profiles'
import { isHelloIdHost } from '../helloid/portal-address'
import type { Logger } from '../log/logger'
import type { CustomerProgressStore } from '../progress-store'
import type { SetupController } from './setup-controller'

export interface CustomerControllerOptions {
  profiles: CustomerProfileStore
  signIn: SignInController
  setup: SetupController
  /** The progress store of whichever customer is open (or the one before any is). */
  progress: CustomerProgressStore
  /** Opens a URL in the system browser; `confirmedHosts` are hosts the person said yes to. */
  openExternal: (url: string, confirmedHosts?: readonly string[]) => Promise<void>
  publishList: (list: CustomerList) => void
  publishProgress: (progress: WizardProgress) => void
  /** The signed-in tenant's own name, for a customer the person did not name. */
  organizationName: () => Promise<Result<string | null>>
  log: Logger
}

/** The name a customer signed in without one has until its tenant's name is read. */
export const UNNAMED_CUSTOMER = 'New customer'

/**
 * The consultant's customers in the app: lists them, opens one (its own sign-in cache, HelloID
 * addresses and place in the steps; the other customer's session leaves memory), adds and forgets
 * them, keeps each one's last run, and opens its HelloID portal.
 */
export class CustomerController {
  /** The last run state written, so a job followed for an hour is not written at every poll. */
  private recorded: { id: string; state: string } | null = null
  private signedInAs: string | null = null
  /** Profile updates under way (after a sign-in or a run): a forget waits for them, so none writes after it. */
  private readonly pending = new Set<Promise<unknown>>()

  constructor(private readonly options: CustomerControllerOptions) {}

  /** Keeps track of a profile update started by an event, so `settled` can wait for it. */
  track(work: Promise<void>): Promise<void> {
    const tracked: Promise<void> = work.finally(() => this.pending.delete(tracked))
    this.pending.add(tracked)
    return tracked
  }

  /** Resolves when no profile update is under way. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending])
  }

  /** The open customer's id (the one sign-in and setup work for), or null before any is. */
  activeId(): string | null {
    return this.options.signIn.activeCustomerId()
  }

  async list(): Promise<CustomerList> {
    return { customers: await this.options.profiles.list(), activeId: this.activeId() }
  }

  /** Adds (or updates) a customer and opens it. */
  async add(input: AddCustomerInput): Promise<Result<CustomerList>> {
    const profile = await this.options.profiles.ensure({
      name: input.name,
      cloudId: input.cloudId,
      ...(input.tenant ? { tenant: input.tenant } : {}),
      ...(input.helloIdPortal ? { helloIdPortal: input.helloIdPortal } : {}),
    })
    if (!profile.ok) return profile
    return this.open(profile.value.id)
  }

  /**
   * Opens a customer: the other customer's session and HelloID secret leave memory, this one's earlier
   * sign-in comes back from its own cache, and its HelloID URL (never a secret) and place in the steps
   * are restored.
   */
  async open(id: string): Promise<Result<CustomerList>> {
    const profile = await this.options.profiles.get(id)
    if (!profile) return fail(errorOf('NOT_FOUND', msg('customers.problem.gone')))
    const previous = this.activeId()
    if (previous !== id) {
      const opened = await this.options.signIn.openCustomer({
        id: profile.id,
        label: profile.name,
        cloudId: profile.cloudId,
        ...(profile.tenant ? { tenant: profile.tenant } : {}),
      })
      if (!opened.ok) return opened
      this.options.setup.forget()
      this.options.setup.restoreConnection({
        url: profile.helloIdUrl ?? null,
        confirmedHosts: profile.confirmedHosts,
      })
      await this.carryProgress(previous)
    }
    return ok(await this.publish())
  }

  /**
   * Removes everything kept for a customer from this computer. The open customer is signed out first
   * (its session leaves memory), then its folder goes: tokens, journal, progress and settings.
   */
  async forget(id: string): Promise<Result<ForgetCustomerResult>> {
    await this.settled()
    const profile = await this.options.profiles.get(id)
    if (!profile) return fail(errorOf('NOT_FOUND', msg('customers.problem.gone')))
    if (this.options.setup.isBusy() && this.activeId() === id)
      return fail(errorOf('BUSY', msg('customers.problem.busy')))
    const contents = await this.options.profiles.contents(id)
    if (this.activeId() === id) {
      this.options.setup.forget()
      await this.options.signIn.signOutAndForget()
      this.options.publishProgress(await this.options.progress.load())
    }
    const removed = await this.options.profiles.forget(id)
    if (!removed.ok && removed.error.code !== 'NOT_FOUND') return removed
    this.options.log.info('forgot a customer')
    await this.publish()
    return ok({ id, removed: contents })
  }

  /**
   * Renames a customer in the list (its folder and everything in it stay); the open customer's session
   * says the new name at once. Waits for profile updates under way, so a sign-in's naming after the
   * tenant cannot overwrite the name given here.
   */
  async rename(id: string, name: string): Promise<Result<CustomerList>> {
    await this.settled()
    const renamed = await this.options.profiles.rename(id, name)
    if (!renamed.ok) return renamed
    if (this.activeId() === id) this.options.signIn.relabelActiveCustomer(renamed.value.name)
    this.options.log.info('renamed a customer')
    return ok(await this.publish())
  }

  async setHelloIdPortal(id: string, url: string): Promise<Result<CustomerList>> {
    const set = await this.options.profiles.setHelloIdPortal(id, url)
    if (!set.ok) return set
    return ok(await this.publish())
  }

  /**
   * Opens the open customer's HelloID admin dashboard (on every screen that offers it). A host that is not a helloid.com address opens only after
   * the person confirmed it, here or for the HelloID URL (the same question the product asks there).
   */
  async openHelloIdPortal(
    confirmHost?: string,
  ): Promise<Result<{ opened: boolean; unrecognisedHost: string | null }>> {
    const id = this.activeId()
    const profile = id ? await this.options.profiles.get(id) : null
    if (!profile?.helloIdPortal) return fail(errorOf('NOT_FOUND', msg('customers.problem.noPortal')))
    const host = new URL(profile.helloIdPortal).hostname
    let confirmed = profile.confirmedHosts
    if (!isHelloIdHost(host) && !confirmed.includes(host) && !this.options.setup.isTrustedHost(host)) {
      if (confirmHost !== host) return ok({ opened: false, unrecognisedHost: host })
      const saved = await this.rememberHost(profile.id, host)
      confirmed = saved
    }
    await this.options.openExternal(
      helloIdAdminUrl(profile.helloIdPortal),
      isHelloIdHost(host) ? [] : [...confirmed, host],
    )
    return ok({ opened: true, unrecognisedHost: isHelloIdHost(host) ? null : host })
  }

  /**
   * Before a sign-in: the name typed is a customer in the list (added when new); the open customer keeps
   * its folder when its name is typed (a customer named after its tenant has a folder no name maps to).
   * No name: a new customer, named after its tenant once signed in; one left unnamed by a sign-in that
   * never completed is used again rather than a second. Signing in for another customer than the open
   * one switches to it first, so the other's secret and place stay its own. Returns the customer's
   * folder id and the label sign-in keeps.
   */
  async beforeSignIn(input: SignInInput): Promise<{ id: string; label: string }> {
    const typed = input.customerLabel.trim()
    const previous = this.activeId()
    const open = previous ? await this.options.profiles.get(previous) : null
    let id: string
    if (typed === '') {
      const unnamed = (await this.options.profiles.list()).find((p) => p.nameFromTenant && !p.tenantId)
      id = unnamed?.id ?? `new-customer-${randomBytes(4).toString('hex')}`
    } else if (open && open.name.toLowerCase() === typed.toLowerCase()) id = open.id
    else id = (await this.options.profiles.idNamed(typed)) ?? profileIdFor(typed)
    const existing = await this.options.profiles.get(id)
    const profile = await this.options.profiles.ensure({
      id,
      name: typed || UNNAMED_CUSTOMER,
      cloudId: input.cloudId,
      ...(typed === '' ? { nameFromTenant: true } : {}),
      ...(input.tenant ? { tenant: input.tenant } : existing?.tenant ? { tenant: existing.tenant } : {}),
    })
    if (!profile.ok) return { id, label: typed || UNNAMED_CUSTOMER }
    if (previous !== null && previous !== id) {
      this.options.setup.forget()
      this.options.setup.restoreConnection({
        url: profile.value.helloIdUrl ?? null,
        confirmedHosts: profile.value.confirmedHosts,
      })
    }
    // Sign-in selects the customer; its place in the steps follows once it is the open one.
    this.pendingCarry = previous !== id ? { from: previous } : null
    await this.publish()
    return { id, label: profile.value.name }
  }

  private pendingCarry: { from: string | null } | null = null

  /** Keeps the profile current with what sign-in learned: the tenant id, who signed in and when. */
  async onSession(state: SessionState): Promise<void> {
    const id = this.activeId()
    if (!id) return
    if (this.pendingCarry) {
      const { from } = this.pendingCarry
      this.pendingCarry = null
      await this.carryProgress(from)
    }
    const account = state.account
    if (!account) {
      this.signedInAs = null
      return
    }
    const key = `${id}\n${account.tenantId}\n${account.username}`
    if (this.signedInAs === key) return
    this.signedInAs = key
    const updated = await this.options.profiles.update(id, (p) => ({
      ...p,
      tenantId: account.tenantId,
      lastSignIn: { name: account.name, username: account.username, at: new Date().toISOString() },
    }))
    if (updated.ok && updated.value.nameFromTenant) await this.nameAfterTenant(id)
    await this.publish()
  }

  /**
   * A customer signed in without a name takes its tenant's own name (the person can change it in the
   * customer list). When the tenant's name cannot be read, it stays "New customer" and says so in the list.
   */
  private async nameAfterTenant(id: string): Promise<void> {
    const name = await this.options.organizationName()
    if (!name.ok || !name.value) {
      this.options.log.warn('could not read the tenant’s name for an unnamed customer')
      return
    }
    const tenantName = name.value
    const renamed = await this.options.profiles.update(id, (p) => {
      const { nameFromTenant: _named, ...rest } = p
      return { ...rest, name: tenantName }
    })
    if (renamed.ok && this.activeId() === id) this.options.signIn.relabelActiveCustomer(tenantName)
  }

  /** Keeps the open customer's last run: written when its state changes, not at every reading. */
  async onSetup(state: SetupState): Promise<void> {
    const id = this.activeId()
    if (!id) return
    const run =
      state.phase === 'applying'
        ? 'in-progress'
        : state.job && (state.phase === 'monitoring' || state.phase === 'done' || state.phase === 'failed')
          ? runStateFor(state.job.health)
          : state.phase === 'failed' && state.error
            ? 'needs-attention'
            : null
    if (!run || (this.recorded?.id === id && this.recorded.state === run)) return
    this.recorded = { id, state: run }
    await this.options.profiles.recordRun(id, run)
    await this.publish()
  }

  /** The HelloID URL the person saved (never the secret) stays with the customer. */
  async onConnectionSaved(url: string | null): Promise<void> {
    const id = this.activeId()
    if (!id || !url) return
    await this.options.profiles.update(id, (p) => ({ ...p, helloIdUrl: url }))
  }

  /** A host the person confirmed as this customer's HelloID stays confirmed for this customer. */
  async onHostConfirmed(host: string): Promise<void> {
    const id = this.activeId()
    if (id) await this.rememberHost(id, host)
  }

  private async rememberHost(id: string, host: string): Promise<string[]> {
    const saved = await this.options.profiles.update(id, (p) => ({
      ...p,
      confirmedHosts: [...new Set([...p.confirmedHosts, host])].slice(-8),
    }))
    return saved.ok ? saved.value.confirmedHosts : [host]
  }

  /**
   * The newly open customer's place in the steps: its own when it has one; a customer opened for the
   * first time carries on from where the person was (the HelloID steps come before sign-in).
   */
  private async carryProgress(previous: string | null): Promise<void> {
    const id = this.activeId()
    if (!id) return
    const own = await this.options.profiles.hasProgress(id)
    if (!own && previous === null) {
      const before = await this.options.progress.loadFor(null)
      await this.options.progress.save(before)
    }
    this.options.publishProgress(await this.options.progress.load())
  }

  private async publish(): Promise<CustomerList> {
    const list = await this.list()
    this.options.publishList(list)
    return list
  }
}
