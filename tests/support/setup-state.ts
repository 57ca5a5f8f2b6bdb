import { initialSetupState, type SetupState } from '../../shared/contract'
import { steps, type EngineAction, type StepId } from '../../shared/steps'

type Check = SetupState['checks'][number]

/** One read-only check as the host reports it. */
export const setupCheck = (id: string, step: StepId, status: Check['status']): Check => ({
  id,
  step,
  status,
  title: { code: `checks.${id}` },
  detail: { code: 'checks.detail' },
})

/** The checks a sign-in sets off, each on the step it proves, all passed unless one is given otherwise. */
export const tenantChecks = (over: Partial<Record<string, Check['status']>> = {}): Check[] => [
  setupCheck('signed-in', 'azure-sign-in', over['signed-in'] ?? 'pass'),
  setupCheck('admin-role', 'azure-sign-in', over['admin-role'] ?? 'pass'),
  setupCheck('licence', 'azure-open-entra', over.licence ?? 'pass'),
  setupCheck('existing-app', 'azure-enterprise-apps', over['existing-app'] ?? 'pass'),
  setupCheck('gallery-app', 'azure-select-helloid', over['gallery-app'] ?? 'pass'),
  setupCheck('helloid-probe', 'helloid-new-secret', over['helloid-probe'] ?? 'pass'),
]

/** The fingerprint a planned setup state carries (any sha256 in hex does). */
export const PLAN_FINGERPRINT = 'a'.repeat(64)

/** A setup whose checks passed: ready for the choices and a preview. Tests override what their case is about. */
export const checkedSetupState = (over: Partial<SetupState> = {}): SetupState => ({
  ...initialSetupState(),
  revision: 1,
  phase: 'checked',
  checks: tenantChecks(),
  canApply: true,
  hasPremium: true,
  ...over,
})

/**
 * A checked setup with a preview to apply: one planned line (create the HelloID app) and the plan's
 * fingerprint, one revision after the checks.
 */
export const plannedSetupState = (over: Partial<SetupState> = {}): SetupState =>
  checkedSetupState({
    revision: 2,
    plan: [
      {
        step: 'azure-create-app',
        id: 'create-app',
        kind: 'create',
        action: { code: 'plan.createApp', params: { name: { name: 'HelloID' } } },
      },
    ],
    planFingerprint: PLAN_FINGERPRINT,
    ...over,
  })

/** The engine's actions of one run, in the order it does them (the first cycle is followed after them). */
export const runActions: readonly EngineAction[] = [
  'create-app',
  'create-job',
  'test-connection',
  'save-connection',
  'mappings',
  'start',
  'assign',
]

/** A run on its way: the given actions of {@link runActions} done, the run following the job. */
export const runningSetupState = (done: number, over: Partial<SetupState> = {}): SetupState =>
  checkedSetupState({
    phase: 'monitoring',
    progress: runActions.slice(0, done).map((id) => ({
      // The first step the action does, as the engine reports it.
      step: steps.find((s) => s.doneBy.by === 'engine' && s.doneBy.action === id)?.id ?? 'azure-create-app',
      id,
      status: 'done',
      message: { code: `progress.${id}` },
    })),
    ...over,
  })
