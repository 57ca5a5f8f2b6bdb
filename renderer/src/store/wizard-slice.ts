import type { StateCreator } from 'zustand'

import type { WizardProgress } from '../../../shared/contract'
import type { RootState } from './root'
import { nextStepId, previousStepId } from '../journey'
import { deriveStepStatuses } from './step-status'
import { completeAndAdvance, goToStep, setStepDone } from './wizard-logic'

/** Where the person is in the 21 steps, persisted by the host after every change. */
export interface WizardSlice {
  progress: WizardProgress | null
  loadProgress: () => Promise<void>
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
    // An error belongs to the step it happened on; moving to another step clears the banner.
    goTo: (stepId) => {
      set({ error: null })
      return update((p) => goToStep(p, stepId))
    },
    // Next skips what is already done; Back returns to the previous screen. Both read the one selector.
    next: () => {
      set({ error: null })
      return update((p) => goToStep(p, nextStepId(p.currentStepId, deriveStepStatuses(get()))))
    },
    back: () => {
      set({ error: null })
      return update((p) => goToStep(p, previousStepId(p.currentStepId, deriveStepStatuses(get()))))
    },
    toggleDone: (stepId) => update((p) => setStepDone(p, stepId, !p.completedStepIds.includes(stepId))),
    completeCurrent: () => update(completeAndAdvance),
    async startOver() {
      const result = await get().api.resetProgress({})
      // The host forgot the run state too; the last troubleshooting report goes with it.
      set(result.ok ? { progress: result.value, onDemand: null, connection: null } : { error: result.error })
      if (result.ok) await get().loadSetup()
    },
  }
}
