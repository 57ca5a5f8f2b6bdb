import type { StateCreator } from 'zustand'

import type {
  HelloIdConnectionState,
  OnDemandReportView,
  PracticeTimingName,
  SetupChoicesInput,
  SetupState,
} from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import { afterRunStepId, helloIdReady, nextStepId, runScreenStepId, runStarted } from '../journey'
import type { RootState } from './root'
import { deriveStepStatuses } from './step-status'
import type { SelfMoveTicket } from './wizard-slice'

/** Waits this long after the last change of a choice before previewing, so a burst of edits costs one. */
export const PREVIEW_DELAY_MS = 400

/** The automation state as the host reports it, plus the last troubleshooting report. */
export interface SetupSlice {
  setup: SetupState | null
  connection: HelloIdConnectionState | null
  onDemand: OnDemandReportView | null
  watchSetup: () => () => void
  loadSetup: () => Promise<void>
  /** Sends the pasted URL and secret to the host; the secret is not kept in the page. */
  saveConnection: (url: string, secret: string) => Promise<void>
  /**
   * "Save and continue": keeps the connection and, when nothing about it waits for the person (format
   * checks passed, an unknown host confirmed), moves on to sign-in. Otherwise the screen stays and says why.
   */
  saveConnectionAndContinue: (url: string, secret: string) => Promise<void>
  usePracticeHelloId: () => Promise<void>
  /** The person's explicit yes for a HelloID URL host that is not helloid.com. */
  confirmHelloIdHost: (host: string) => Promise<void>
  runPreflight: () => Promise<void>
  /**
   * Runs the read-only checks when signed in and nothing else runs (after sign-in, after the HelloID
   * connection changed); a failure shows in the checks, never as a banner.
   */
  checkTenantQuietly: () => Promise<void>
  /**
   * The choices of the last preview, applied as they are; null when there is none or a choice was
   * edited after it (then Apply waits for a new preview).
   */
  previewedChoices: SetupChoicesInput | null
  planSetup: (choices: SetupChoicesInput) => Promise<void>
  /** A choice changed after the preview: that preview can no longer be applied. */
  invalidatePreview: () => void
  /** True while a preview waits for the choices to settle or for the host's answer. */
  previewPending: boolean
  /**
   * The choices changed (or the plan screen opened): the old preview is void at once, and a new one is
   * asked for once the choices stayed the same for {@link PREVIEW_DELAY_MS}.
   */
  schedulePreview: (choices: SetupChoicesInput) => void
  /**
   * Applies exactly the previewed choices with the preview's fingerprint; nothing without a preview. With
   * nobody assigned nothing would reach HelloID, so that waits for the person's yes ({@link applyConfirmation}).
   */
  applySetup: (options?: { nobodyAssignedConfirmed?: boolean }) => Promise<void>
  /** Apply waits for a yes: the preview assigns nobody, so nothing would sync to HelloID. */
  applyConfirmation: 'nobody-assigned' | null
  /** The person answered "not yet" to {@link applyConfirmation}: nothing is applied. */
  dismissApplyConfirmation: () => void
  refreshJob: () => Promise<void>
  restartJob: () => Promise<void>
  troubleshoot: (userRef: string) => Promise<void>
  rollback: () => Promise<void>
  /** Practice mode: switch the practice tenant's timing; what was done so far stays. */
  setPracticeTiming: (timing: PracticeTimingName) => Promise<void>
}

/** Phases in which the host is busy with the tenant: a quiet check then waits for the person. */
const quietlyBusy = new Set<SetupState['phase']>(['checking', 'applying', 'monitoring', 'rolling-back'])

/** Creates the setup slice; the host pushes every change as a `setupChanged` event. */
export const createSetupSlice: StateCreator<RootState, [], [], SetupSlice> = (set, get) => {
  // Counts edits, so a preview that returns after a choice changed is not taken as current.
  let edits = 0
  let previewTimer: ReturnType<typeof setTimeout> | null = null
  // Where the person watched the run from, for the move to the first cycle when it ends.
  let runTicket: SelfMoveTicket | null = null
  const take = <T>(result: Result<T>, apply: (value: T) => Partial<RootState>): void =>
    set(result.ok ? apply(result.value) : { error: result.error })
  /** The host's state, unless the page already holds a newer one (an event overtook this answer). */
  const newest = (setup: SetupState): SetupState => {
    const held = get().setup
    return held && held.revision > setup.revision ? held : setup
  }
  return {
    setup: null,
    connection: null,
    onDemand: null,
    watchSetup: () =>
      get().api.onSetupChanged((setup) => {
        const runWasDone = afterRunStepId(runScreenStepId, deriveStepStatuses(get())) !== null
        set({ setup: newest(setup) })
        const statuses = deriveStepStatuses(get())
        const runDone = afterRunStepId(runScreenStepId, statuses) !== null
        if (!runWasDone && runDone) {
          // The run finished while the person watched it: on to the first cycle, without a click, unless
          // they went to another screen (or back and forth) since the run started.
          const ticket = runTicket ?? get().selfMoveTicket()
          runTicket = null
          const target = afterRunStepId(ticket.from, statuses)
          if (target) void get().moveOnBy(ticket, target)
        } else if (runDone || !runStarted(get().setup)) runTicket = null
        // A run this page did not start (the page was reloaded while it ran) is watched from here.
        else runTicket ??= get().selfMoveTicket()
      }),
    async loadSetup() {
      take(await get().api.getSetupState({}), (setup) => ({ setup: newest(setup) }))
      take(await get().api.getHelloIdConnection({}), (connection) => ({ connection }))
    },
    async saveConnection(url, secret) {
      const result = await get().api.setHelloIdConnection({ url, secret })
      take(result, (connection) => ({ connection }))
      if (result.ok && result.value.secretProvided) await get().checkTenantQuietly()
    },
    async saveConnectionAndContinue(url, secret) {
      // The save takes a moment; a screen the person picked meanwhile is where they stay.
      const ticket = get().selfMoveTicket()
      await get().saveConnection(url, secret)
      if (helloIdReady(get().connection))
        await get().moveOnBy(ticket, nextStepId(ticket.from, deriveStepStatuses(get())))
    },
    async usePracticeHelloId() {
      const result = await get().api.usePracticeHelloId({})
      take(result, (connection) => ({ connection }))
      if (result.ok) await get().checkTenantQuietly()
    },
    confirmHelloIdHost: async (host) =>
      take(await get().api.confirmHelloIdHost({ host }), (connection) => ({ connection })),
    runPreflight: async () =>
      take(await get().api.runPreflight({}), (setup) => ({ setup: newest(setup), previewedChoices: null })),
    previewedChoices: null,
    async checkTenantQuietly() {
      const { session, setup } = get()
      if (!session?.account || session.signingIn) return
      if (setup && quietlyBusy.has(setup.phase)) return
      const result = await get().api.runPreflight({})
      if (result.ok) set({ setup: newest(result.value), previewedChoices: null })
    },
    async planSetup(choices) {
      set({ previewedChoices: null, previewPending: true })
      const asked = edits
      const planned = await get().api.planSetup(choices)
      const latest = asked === edits
      take(planned, (setup) => {
        const kept = newest(setup)
        const current = kept.planFingerprint !== null && kept.planFingerprint === setup.planFingerprint
        return { setup: kept, previewedChoices: current && latest ? choices : null }
      })
      // A newer edit has its own preview coming.
      if (latest) set({ previewPending: false })
    },
    invalidatePreview() {
      edits++
      set({ previewedChoices: null })
    },
    previewPending: false,
    schedulePreview(choices) {
      get().invalidatePreview()
      set({ applyConfirmation: null })
      set({ previewPending: true })
      if (previewTimer) clearTimeout(previewTimer)
      previewTimer = setTimeout(() => {
        previewTimer = null
        void get().planSetup(choices)
      }, PREVIEW_DELAY_MS)
    },
    applyConfirmation: null,
    dismissApplyConfirmation: () => set({ applyConfirmation: null }),
    async applySetup(options = {}) {
      const choices = get().previewedChoices
      const planFingerprint = get().setup?.planFingerprint
      if (!choices || !planFingerprint) return
      // A run that assigns nobody syncs nobody (unless someone was assigned in Entra before): ask first.
      // Not refused: a rerun for a new secret, or assigning later in Entra, are real reasons for it.
      if (choices.assignments.length === 0 && !options.nobodyAssignedConfirmed) {
        set({ applyConfirmation: 'nobody-assigned' })
        return
      }
      set({ applyConfirmation: null })
      // A preview is applied once; another run needs another preview, and none waits to replace it.
      if (previewTimer) clearTimeout(previewTimer)
      previewTimer = null
      // The run moves the page on when it ends, if the person still watches it from here.
      runTicket = get().selfMoveTicket()
      set({ previewedChoices: null, previewPending: false })
      take(await get().api.applySetup({ choices, planFingerprint }), (setup) => ({ setup: newest(setup) }))
    },
    restartJob: async () =>
      void take(await get().api.restartProvisioning({}), (setup) => ({ setup: newest(setup) })),
    refreshJob: async () => take(await get().api.refreshJobStatus({}), (setup) => ({ setup: newest(setup) })),
    troubleshoot: async (userRef) =>
      take(await get().api.troubleshootUser({ userRef }), (onDemand) => ({ onDemand })),
    setPracticeTiming: async (timing) =>
      take(await get().api.setPracticeTiming({ timing }), (info) => ({ info })),
    rollback: async () => take(await get().api.rollbackSetup({}), (setup) => ({ setup: newest(setup) })),
  }
}
