import { stepIndex, stepNumber, steps, type StepId } from '../../shared/steps'
import type { StepStatus, StepStatusInput } from './store/step-status'

/**
 * The journey over the documented steps: which screen each step shows, where Next and Back go, and
 * whether a screen's own action is still to do (then that action is the one primary button, not Next).
 */

/** The steps the assistant does in one run, planned and followed on the first of them ("Steps 5–20"). */
export const runStepIds: readonly StepId[] = steps
  .slice(stepIndex('azure-enterprise-apps'), stepIndex('azure-assign-users') + 1)
  .map((step) => step.id)

/** The step that carries the run's plan and timeline. */
export const runScreenStepId: StepId = 'azure-enterprise-apps'

/** The documented numbers of the first and last step of the run. */
export const runNumbers = {
  first: stepNumber('azure-enterprise-apps') ?? 5,
  last: stepNumber('azure-assign-users') ?? 20,
}

/** Steps that carry a screen of their own; the others inside the run show what the run did there. */
const screens = new Set<StepId>([
  'helloid-open-azure-ad',
  'helloid-new-secret',
  'azure-sign-in',
  'azure-open-entra',
  runScreenStepId,
  'azure-initial-cycle',
  'troubleshoot-one-user',
])

/** True when the step hosts a journey screen rather than the outcome of one step of the run. */
export function isScreen(id: StepId): boolean {
  return screens.has(id)
}

/** A screen is finished when its step is done; the run's screen when every step of the run is. */
export function screenDone(id: StepId, statuses: Record<StepId, StepStatus>): boolean {
  if (id === runScreenStepId) return runStepIds.every((step) => statuses[step] === 'done')
  return statuses[id] === 'done'
}

/**
 * Where Next goes: the first later step that is not finished, so nothing already done is a page to click
 * through. The first-cycle step is always a stop: it says "Setup complete" once the cycle completed.
 */
export function nextStepId(current: string, statuses: Record<StepId, StepStatus>): StepId {
  const later = steps.slice(Math.max(0, stepIndex(current)) + 1)
  const stop = later.find((step) => step.id === 'azure-initial-cycle' || !screenDone(step.id, statuses))
  return (stop ?? later.at(-1) ?? steps[steps.length - 1])?.id ?? 'troubleshoot-one-user'
}

/** Where Back goes: the nearest earlier screen, or an earlier step that is not done yet. */
export function previousStepId(current: string, statuses: Record<StepId, StepStatus>): StepId {
  const earlier = steps.slice(0, Math.max(0, stepIndex(current))).reverse()
  const stop = earlier.find((step) => isScreen(step.id) || statuses[step.id] !== 'done')
  return (stop ?? steps[0])?.id ?? 'helloid-open-azure-ad'
}

/**
 * True while the screen's own action is still to do: paste the HelloID connection, sign in (or, for an
 * account without the role, sign out), run the checks, make the changes, restart a stuck job, test a user.
 * Then that action is the primary button; otherwise Next is.
 */
export function screenActionPending(id: StepId, input: StepStatusInput): boolean {
  const { session, connection, setup } = input
  switch (id) {
    case 'helloid-open-azure-ad':
    case 'helloid-new-secret':
      return !connection?.secretProvided
    case 'azure-sign-in':
      return (
        !session?.account ||
        (setup?.checks.some((c) => c.id === 'admin-role' && c.status === 'fail') ?? false)
      )
    case 'azure-open-entra':
      return (
        Boolean(session?.account) && (!setup?.checks.length || setup.checks.some((c) => c.status === 'fail'))
      )
    case runScreenStepId:
      return choicesOpen(setup)
    case 'azure-initial-cycle':
      return Boolean(setup?.job?.problem) && setup?.job?.health !== 'not-started'
    case 'troubleshoot-one-user':
      return true
    default:
      return false
  }
}

/** The run has begun: it is applying, following the job, or a job exists. */
export function runStarted(setup: StepStatusInput['setup']): boolean {
  if (!setup) return false
  return (
    setup.phase === 'applying' ||
    setup.phase === 'monitoring' ||
    setup.job !== null ||
    setup.progress.some((p) => p.id !== 'checks')
  )
}

/**
 * The choices and the preview are offered once the checks passed and nothing runs: before the first run,
 * after a run that failed, and after checking again (a new HelloID secret to save after a quarantine).
 */
export function choicesOpen(setup: StepStatusInput['setup']): boolean {
  return Boolean(setup?.canApply) && (setup?.phase === 'checked' || setup?.phase === 'failed')
}

/**
 * The HelloID connection is kept and nothing about it waits for the person: its format checks passed and
 * a host that is not helloid.com was confirmed. Only then does "Save and continue" move on to sign-in.
 */
export function helloIdReady(connection: StepStatusInput['connection']): boolean {
  if (!connection?.secretProvided) return false
  if (connection.checks.some((c) => c.status === 'fail')) return false
  return !connection.unrecognisedHost || connection.hostConfirmed
}

/**
 * Where the page goes once the checks that follow a sign-in have answered, from the sign-in or checks
 * screen: an account without a role that can set up provisioning stays on sign-in (which says what to do),
 * another failed check shows on the checks screen, and all passed goes on to the choices and the plan.
 * Null: stay where the person is (another screen, or the checks have not answered yet).
 */
export function afterSignInStepId(current: string, setup: StepStatusInput['setup']): StepId | null {
  if (current !== 'azure-sign-in' && current !== 'azure-open-entra') return null
  if (!setup || setup.phase !== 'checked' || setup.checks.length === 0) return null
  if (setup.checks.some((c) => c.id === 'admin-role' && c.status !== 'pass')) return null
  if (!setup.canApply || setup.checks.some((c) => c.status === 'fail')) return 'azure-open-entra'
  return runScreenStepId
}

/**
 * Where the page goes when the run's last step is done while the person watches it (the run's screen or
 * one of its steps): on to the first cycle, which later says "Setup complete" by itself.
 */
export function afterRunStepId(current: string, statuses: Record<StepId, StepStatus>): StepId | null {
  if (!runStepIds.includes(current as StepId)) return null
  return screenDone(runScreenStepId, statuses) ? 'azure-initial-cycle' : null
}

/**
 * The first-cycle screen while Entra's first cycle runs: the person is waiting, not done, so Next is not
 * the screen's primary button (nothing on it is; the screen moves to "Setup complete" by itself).
 */
export function waitingOnFirstCycle(id: StepId, setup: StepStatusInput['setup']): boolean {
  if (id !== 'azure-initial-cycle' || !setup?.job) return false
  return setup.job.health === 'waiting' && !setup.job.initialCycleCompleted
}
