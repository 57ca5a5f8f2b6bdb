import type { WizardProgress } from '../../../shared/contract'
import { stepIndex, steps } from '../../../shared/steps'

/** The id of the step `offset` places away from the current one, clamped to the catalog. */
export function neighbourStepId(progress: WizardProgress, offset: number): string {
  const index = Math.max(0, stepIndex(progress.currentStepId))
  const target = steps[Math.min(steps.length - 1, Math.max(0, index + offset))]
  return target ? target.id : progress.currentStepId
}

/** Moves to a step; unknown ids leave the progress unchanged. */
export function goToStep(progress: WizardProgress, stepId: string): WizardProgress {
  return stepIndex(stepId) >= 0 ? { ...progress, currentStepId: stepId } : progress
}

/** Marks a step done or not done, keeping the list in catalog order. */
export function setStepDone(progress: WizardProgress, stepId: string, done: boolean): WizardProgress {
  const others = progress.completedStepIds.filter((id) => id !== stepId)
  const completed = done ? [...others, stepId] : others
  return { ...progress, completedStepIds: steps.map((s) => s.id).filter((id) => completed.includes(id)) }
}

/** Marks the current step done and moves on: the "one obvious next action". */
export function completeAndAdvance(progress: WizardProgress): WizardProgress {
  const done = setStepDone(progress, progress.currentStepId, true)
  return goToStep(done, neighbourStepId(progress, 1))
}
