import type {
  HelloIdConnectionState,
  OnDemandReportView,
  SessionState,
  SetupState,
  WizardProgress,
} from '../../../shared/contract'
import { steps, type StepDefinition, type StepFact, type StepId } from '../../../shared/steps'

/** Where a step stands, as the header, the rail and the step page all show it. */
export const stepStatuses = ['done', 'running', 'needsYou', 'failed', 'notStarted'] as const

/** One status from {@link stepStatuses}. */
export type StepStatus = (typeof stepStatuses)[number]

/** What the selector reads: host facts (session, connection, setup run) plus the person's own marks. */
export interface StepStatusInput {
  progress: WizardProgress | null
  session: SessionState | null
  connection: HelloIdConnectionState | null
  setup: SetupState | null
  onDemand: OnDemandReportView | null
}

/** The facts that hold now, per step (`stepChecksPassed` differs per step; the others are global). */
function factsFor(input: StepStatusInput): (step: StepDefinition, fact: StepFact) => boolean {
  const { setup, session, connection, onDemand } = input
  const job = setup?.job ?? null
  const actionDone = (action: string): boolean =>
    setup?.progress.some((p) => p.id === action && (p.status === 'done' || p.status === 'skipped')) ?? false
  const healthy = job?.health === 'completed' && job.initialCycleCompleted
  const checksPassed = (stepId: StepId): boolean => {
    const own = ownChecks(setup, stepId)
    return own.length > 0 && own.every((c) => c.status !== 'fail')
  }
  const global: Record<Exclude<StepFact, 'stepChecksPassed'>, boolean> = {
    // The secret lives in memory only; a healthy first cycle proves it was made and saved before.
    helloIdConnectionKept: connection?.secretProvided === true || healthy,
    signedIn: Boolean(session?.account),
    // Finding the gallery entry is what steps 6–8 do; an app made from it proves it too.
    galleryAppFound: checksPassed('azure-select-helloid') || actionDone('create-app') || job !== null,
    // A job read back from Graph proves the app and the job; a healthy first cycle proves the connection.
    appConfirmed: actionDone('create-app') || job !== null,
    jobConfirmed: actionDone('create-job') || job !== null,
    connectionTested: actionDone('test-connection') || healthy,
    connectionSaved: actionDone('save-connection') || healthy,
    mappingsConfirmed: actionDone('mappings') || healthy,
    provisioningOn: actionDone('start') || job?.scheduleState === 'Active',
    assignmentsConfirmed: actionDone('assign') || (healthy && job.counts.users + job.counts.groups > 0),
    initialCycleCompleted: healthy,
    userTroubleshot: onDemand !== null,
  }
  // An app and job read back from Graph prove the navigation steps before them were done.
  return (step, fact) => (fact === 'stepChecksPassed' ? checksPassed(step.id) || job !== null : global[fact])
}

/**
 * The one place "done" is decided. A step is done when every fact that proves it holds (read from the host
 * or back from Graph), or, for the HelloID-side steps the assistant cannot read, when the person marked it.
 * A failure of the engine action or of the step's own checks wins over older facts; an action under way
 * shows as running; steps only the person can do show as needing them.
 */
export function deriveStepStatuses(input: StepStatusInput): Record<StepId, StepStatus> {
  const holds = factsFor(input)
  const { setup, session, progress } = input
  const marks = new Set(progress?.completedStepIds ?? [])
  const job = setup?.job ?? null
  const result = {} as Record<StepId, StepStatus>
  for (const step of steps) {
    const proved = step.provedBy.every((fact) => holds(step, fact))
    const marked = step.acceptsManualMark === true && marks.has(step.id)
    const action = step.doneBy.by === 'engine' ? step.doneBy.action : null
    const reported = action ? setup?.progress.filter((p) => p.id === action).at(-1) : undefined
    const own = ownChecks(setup, step.id)
    const checkFailed = own.some((c) => c.status === 'fail')

    let status: StepStatus
    if (reported?.status === 'failed') status = 'failed'
    else if (step.id === 'azure-initial-cycle' && job && (job.quarantine || failedHealth.has(job.health)))
      status = 'failed'
    else if (step.id === 'azure-initial-cycle' && job?.health === 'paused') status = 'needsYou'
    else if (step.id === 'azure-sign-in' && session?.account && checkFailed) status = 'needsYou'
    // Signed in, and the account's roles are being read: not done until they are known to be enough.
    else if (step.id === 'azure-sign-in' && session?.account && setup?.phase === 'checking' && !own.length)
      status = 'running'
    else if (proved || marked) status = 'done'
    else if (reported?.status === 'running' || reported?.status === 'waiting') status = 'running'
    else if (step.id === 'azure-initial-cycle' && job) status = 'running'
    else if (step.id === 'azure-sign-in' && session?.signingIn) status = 'running'
    else if (action === 'checks' && setup?.phase === 'checking') status = 'running'
    else if (checkFailed) status = 'failed'
    else if (step.doneBy.by === 'person') status = 'needsYou'
    else status = 'notStarted'
    result[step.id] = status
  }
  return result
}

/**
 * The checks that concern a step. Step 4 is where the checks run and show, so all of them are its own:
 * it is done when they ran and none failed.
 */
function ownChecks(setup: SetupState | null, stepId: StepId): SetupState['checks'] {
  const checks = setup?.checks ?? []
  return stepId === 'azure-open-entra' ? checks : checks.filter((c) => c.step === stepId)
}

/** Job health that means the first cycle did not bring users to HelloID. */
const failedHealth = new Set(['failed', 'quarantined', 'entry-errors'])

/** The header's count: numbered steps done out of the documented 21. */
export function countDone(statuses: Record<StepId, StepStatus>): { done: number; total: number } {
  const numbered = steps.filter((s) => s.kind === 'step')
  return { done: numbered.filter((s) => statuses[s.id] === 'done').length, total: numbered.length }
}
