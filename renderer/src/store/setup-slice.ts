import type { StateCreator } from 'zustand'

import type {
  HelloIdConnectionState,
  OnDemandReportView,
  SetupChoicesInput,
  SetupState,
} from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import type { RootState } from './root'

/** The automation state as the host reports it, plus the last troubleshooting report. */
export interface SetupSlice {
  setup: SetupState | null
  connection: HelloIdConnectionState | null
  onDemand: OnDemandReportView | null
  watchSetup: () => () => void
  loadSetup: () => Promise<void>
  /** Sends the pasted URL and secret to the host; the secret is not kept in the page. */
  saveConnection: (url: string, secret: string) => Promise<void>
  usePracticeHelloId: () => Promise<void>
  /** The person's explicit yes for a HelloID URL host that is not helloid.com. */
  confirmHelloIdHost: (host: string) => Promise<void>
  runPreflight: () => Promise<void>
  /**
   * Runs the read-only checks when signed in and nothing else runs (after sign-in, after the HelloID
   * connection changed); a failure shows in the checks, never as a banner.
   */
  checkTenantQuietly: () => Promise<void>
  planSetup: (choices: SetupChoicesInput) => Promise<void>
  applySetup: (choices: SetupChoicesInput) => Promise<void>
  refreshJob: () => Promise<void>
  restartJob: () => Promise<void>
  troubleshoot: (userRef: string) => Promise<void>
  rollback: () => Promise<void>
}

/** Phases in which the host is busy with the tenant: a quiet check then waits for the person. */
const quietlyBusy = new Set<SetupState['phase']>(['checking', 'applying', 'monitoring', 'rolling-back'])

/** Creates the setup slice; the host pushes every change as a `setupChanged` event. */
export const createSetupSlice: StateCreator<RootState, [], [], SetupSlice> = (set, get) => {
  const take = <T>(result: Result<T>, apply: (value: T) => Partial<RootState>): void =>
    set(result.ok ? apply(result.value) : { error: result.error })
  return {
    setup: null,
    connection: null,
    onDemand: null,
    watchSetup: () => get().api.onSetupChanged((setup) => set({ setup })),
    async loadSetup() {
      take(await get().api.getSetupState({}), (setup) => ({ setup }))
      take(await get().api.getHelloIdConnection({}), (connection) => ({ connection }))
    },
    async saveConnection(url, secret) {
      const result = await get().api.setHelloIdConnection({ url, secret })
      take(result, (connection) => ({ connection }))
      if (result.ok && result.value.secretProvided) await get().checkTenantQuietly()
    },
    async usePracticeHelloId() {
      const result = await get().api.usePracticeHelloId({})
      take(result, (connection) => ({ connection }))
      if (result.ok) await get().checkTenantQuietly()
    },
    confirmHelloIdHost: async (host) =>
      take(await get().api.confirmHelloIdHost({ host }), (connection) => ({ connection })),
    runPreflight: async () => take(await get().api.runPreflight({}), (setup) => ({ setup })),
    async checkTenantQuietly() {
      const { session, setup } = get()
      if (!session?.account || session.signingIn) return
      if (setup && quietlyBusy.has(setup.phase)) return
      const result = await get().api.runPreflight({})
      if (result.ok) set({ setup: result.value })
    },
    planSetup: async (choices) => take(await get().api.planSetup(choices), (setup) => ({ setup })),
    applySetup: async (choices) => take(await get().api.applySetup(choices), (setup) => ({ setup })),
    restartJob: async () => void take(await get().api.restartProvisioning({}), (setup) => ({ setup })),
    refreshJob: async () => take(await get().api.refreshJobStatus({}), (setup) => ({ setup })),
    troubleshoot: async (userRef) =>
      take(await get().api.troubleshootUser({ userRef }), (onDemand) => ({ onDemand })),
    rollback: async () => take(await get().api.rollbackSetup({}), (setup) => ({ setup })),
  }
}
