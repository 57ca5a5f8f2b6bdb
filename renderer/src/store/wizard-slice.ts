import type { StateCreator } from 'zustand'

import type { WizardProgress } from '../../../shared/contract'
import type { RootState } from './root'
import { nextStepId, previousStepId } from '../journey'
import { deriveStepStatuses } from './step-status'
import { completeAndAdvance, goToStep, setStepDone } from './wizard-logic'

/**
 * Where the person was when the page promised to move on by itself (after the checks that follow a
 * sign-in, at the end of the run): the step, and how many moves the person had made by then.
 */
export interface SelfMoveTicket {
  from: string
  moves: number
}

/** Where the person is in the 21 steps, persisted by the host after every change. */
export interface WizardSlice {
  progress: WizardProgress | null
  loadProgress: () => Promise<void>
  /** Notes where the person is now, for a move the page may make by itself later. */
  selfMoveTicket: () => SelfMoveTicket
  /**
   * The page's own move: made only while the person is still on the step the ticket was taken on and has
   * not moved since (step rail, Back, Next), so a screen they chose is never taken away from them.
   */
  moveOnBy: (ticket: SelfMoveTicket, stepId: string) => Promise<void>
  goTo: (stepId: string) => Promise<void>
  next: () => Promise<void>
  back: () => Promise<void>
  toggleDone: (stepId: string) => Promise<void>
  completeCurrent: () => Promise<void>
  startOver: () => Promise<void>
}

/** Creates the wizard slice; transitions are pure functions from wizard-logic. */
export const createWizardSlice: StateCreator<RootState, [], [], WizardSlice> = (set, get) => {
  // Counts the moves made on this page, so a reading of the host's progress that a move overtook is dropped.
  let moves = 0
  // Counts the person's moves from step to step (and the page's own), so a self-move knows it is stale.
  let navigations = 0
  const navigate = (target: (progress: WizardProgress) => string): Promise<void> => {
    const current = get().progress
    // A click on the step the person is on is not a move: a self-move promised there still holds.
    if (!current || target(current) !== current.currentStepId) navigations++
    set({ error: null })
    return update((p) => goToStep(p, target(p)))
  }
  const persist = async (next: WizardProgress): Promise<void> => {
    moves++
    set({ progress: next })
    const result = await get().api.saveProgress(next)
    if (!result.ok) set({ error: result.error })
  }
  const update = async (change: (progress: WizardProgress) => WizardProgress): Promise<void> => {
    const current = get().progress
    if (current) await persist(change(current))
  }
  return {
    progress: null,
    async loadProgress() {
      const asked = moves
      const result = await get().api.getProgress({})
      // A move made on this page while the host answered is newer than the answer (and already saved).
      if (result.ok && asked !== moves) return
      set(result.ok ? { progress: result.value } : { error: result.error })
    },
    selfMoveTicket: () => ({ from: get().progress?.currentStepId ?? '', moves: navigations }),
    moveOnBy: (ticket, stepId) =>
      ticket.moves === navigations && get().progress?.currentStepId === ticket.from
        ? get().goTo(stepId)
        : Promise.resolve(),
    // An error belongs to the step it happened on; moving to another step clears the banner.
    goTo: (stepId) => navigate(() => stepId),
    // Next skips what is already done; Back returns to the previous screen. Both read the one selector.
    next: () => navigate((p) => nextStepId(p.currentStepId, deriveStepStatuses(get()))),
    back: () => navigate((p) => previousStepId(p.currentStepId, deriveStepStatuses(get()))),
    toggleDone: (stepId) => update((p) => setStepDone(p, stepId, !p.completedStepIds.includes(stepId))),
    completeCurrent: () => {
      navigations++
      return update(completeAndAdvance)
    },
    async startOver() {
      navigations++
      const result = await get().api.resetProgress({})
      // The host forgot the run state too; the last troubleshooting report goes with it.
      set(result.ok ? { progress: result.value, onDemand: null, connection: null } : { error: result.error })
      if (result.ok) await get().loadSetup()
    },
  }
}
