import type { StateCreator } from 'zustand'

import type { AddCustomerInput, CustomerList, ForgetCustomerResult } from '../../../shared/contract'
import type { AppError, Result } from '../../../shared/result'
import type { RootState } from './root'

/** The consultant's customers, the open one, and the handover report of the open one. */
export interface CustomersSlice {
  customers: CustomerList | null
  /** What the last "forget" removed, for the note the list shows. */
  forgotten: { name: string; result: ForgetCustomerResult } | null
  loadCustomers: () => Promise<void>
  watchCustomers: () => () => void
  /** Adds and opens a customer; returns the error to show beside the form, if any. */
  addCustomer: (input: AddCustomerInput) => Promise<AppError | null>
  openCustomer: (id: string) => Promise<void>
  forgetCustomer: (id: string, name: string) => Promise<void>
  /** Renames a customer; returns the error to show in the rename dialog, if any. */
  renameCustomer: (id: string, name: string) => Promise<AppError | null>
  setHelloIdPortal: (id: string, url: string) => Promise<AppError | null>
  /** Opens the open customer's HelloID; returns a host that needs the person's yes first. */
  openHelloIdPortal: (confirmHost?: string) => Promise<string | null>
}

export const createCustomersSlice: StateCreator<RootState, [], [], CustomersSlice> = (set, get) => {
  const take = <T>(result: Result<T>, apply: (value: T) => Partial<RootState>): void =>
    set(result.ok ? apply(result.value) : { error: result.error })
  // Another customer open means another place in the steps: read it from the host.
  const list = (customers: CustomerList, extra: Partial<RootState> = {}): void => {
    const before = get().customers?.activeId
    set({ customers, ...extra })
    if (before !== undefined && before !== customers.activeId) void get().loadProgress()
  }
  return {
    customers: null,
    forgotten: null,
    loadCustomers: async () => take(await get().api.listCustomers({}), (customers) => ({ customers })),
    watchCustomers: () => get().api.onCustomersChanged((customers) => list(customers)),
    async addCustomer(input) {
      const result = await get().api.addCustomer(input)
      if (!result.ok) return result.error
      list(result.value, { forgotten: null })
      return null
    },
    async openCustomer(id) {
      const result = await get().api.openCustomer({ id })
      if (result.ok) list(result.value, { forgotten: null })
      else set({ error: result.error })
    },
    async forgetCustomer(id, name) {
      const result = await get().api.forgetCustomer({ id })
      if (!result.ok) return set({ error: result.error })
      set({ forgotten: { name, result: result.value } })
      const listed = await get().api.listCustomers({})
      if (listed.ok) list(listed.value)
    },
    async renameCustomer(id, name) {
      const result = await get().api.renameCustomer({ id, name })
      if (!result.ok) return result.error
      list(result.value)
      return null
    },
    async setHelloIdPortal(id, url) {
      const result = await get().api.setHelloIdPortal({ id, helloIdPortal: url })
      if (!result.ok) return result.error
      set({ customers: result.value })
      return null
    },
    async openHelloIdPortal(confirmHost) {
      const result = await get().api.openHelloIdPortal(confirmHost ? { confirmHost } : {})
      if (!result.ok) {
        set({ error: result.error })
        return null
      }
      return result.value.opened ? null : result.value.unrecognisedHost
    },
  }
}
