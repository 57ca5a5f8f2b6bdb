import { describe, expect, it } from 'vitest'

import { initialSetupState, type Check, type SetupState } from '../../../shared/contract'
import { steps, type StepId } from '../../../shared/steps'
import { countDone, deriveStepStatuses, type StepStatusInput } from './step-status'
import { firstCycleJob } from '../../../tests/support/job-view'

const account = {
  name: 'Admin',
  username: 'admin@contoso.example',
  tenantId: '00000000-0000-4000-8000-000000000001',
  grantedScopes: [],
  persistence: 'memory' as const,
}

const session = (signedIn: boolean): StepStatusInput['session'] => ({
  customer: { label: 'Contoso', cloudId: 'global' },
  account: signedIn ? account : null,
  signingIn: null,
  deviceCode: null,
  tokenStorage: null,
  lastError: null,
})

/** The kept HelloID connection as the host reports it; other fields keep the schema's shape. */
const kept = (secretProvided: boolean): StepStatusInput['connection'] =>
  ({
    url: secretProvided ? 'https://x' : null,
    secretProvided,
    checks: [],
  }) as unknown as StepStatusInput['connection']

const base = (over: Partial<StepStatusInput> = {}): StepStatusInput => ({
  progress: { currentStepId: 'helloid-open-azure-ad', completedStepIds: [] },
  session: session(false),
  connection: kept(false),
  setup: initialSetupState(),
  onDemand: null,
  ...over,
})

const check = (step: StepId, status: Check['status'], id = `c-${step}`): Check => ({
  id,
  step,
  status,
  title: { code: 'checks.title.signedIn' },
  detail: { code: 'checks.detail.noApps' },
})

const passedChecks: Check[] = [
  check('azure-sign-in', 'pass'),
  check('azure-open-entra', 'pass'),
  check('azure-enterprise-apps', 'pass'),
  check('azure-select-helloid', 'pass'),
  check('azure-test-connection', 'pass'),
]

const job = firstCycleJob

const idsWith = (statuses: Record<StepId, string>, status: string): StepId[] =>
  steps.map((s) => s.id).filter((id) => statuses[id] === status)

describe('step status selector', () => {
  it('starts with nothing done; only the steps the person does ask for them', () => {
    const statuses = deriveStepStatuses(base())
    expect(countDone(statuses)).toEqual({ done: 0, total: 21 })
    expect(idsWith(statuses, 'needsYou')).toEqual([
      'helloid-open-azure-ad',
      'helloid-new-secret',
      'azure-sign-in',
    ])
  })

  it('counts a kept secret and a session as verified facts', () => {
    const statuses = deriveStepStatuses(base({ session: session(true), connection: kept(true) }))
    expect(idsWith(statuses, 'done')).toEqual([
      'helloid-open-azure-ad',
      'helloid-new-secret',
      'azure-sign-in',
    ])
  })

  it('takes manual marks only for the HelloID steps the assistant cannot read back', () => {
    const statuses = deriveStepStatuses(
      base({
        progress: {
          currentStepId: 'azure-create-app',
          completedStepIds: ['helloid-open-azure-ad', 'azure-create-app', 'azure-initial-cycle'],
        },
      }),
    )
    expect(statuses['helloid-open-azure-ad']).toBe('done')
    expect(statuses['azure-create-app']).toBe('notStarted')
    expect(statuses['azure-initial-cycle']).toBe('notStarted')
  })

  it('marks steps 4–8 done when their checks pass, running while checking, failed when one fails', () => {
    const checking = deriveStepStatuses(
      base({ session: session(true), setup: { ...initialSetupState(), phase: 'checking' } }),
    )
    expect(checking['azure-open-entra']).toBe('running')
    expect(checking['azure-select-helloid']).toBe('running')

    const passed = deriveStepStatuses(
      base({
        session: session(true),
        setup: { ...initialSetupState(), phase: 'checked', checks: passedChecks },
      }),
    )
    for (const id of [
      'azure-open-entra',
      'azure-enterprise-apps',
      'azure-new-application',
      'azure-search-helloid',
      'azure-select-helloid',
    ] as const)
      expect(passed[id], id).toBe('done')
    // A passing probe of the HelloID URL is not Entra's Test Connection: step 15 is not done yet.
    expect(passed['azure-test-connection']).toBe('notStarted')

    const failing = deriveStepStatuses(
      base({
        session: session(true),
        setup: {
          ...initialSetupState(),
          phase: 'checked',
          checks: [...passedChecks, check('azure-open-entra', 'fail', 'licence')],
        },
      }),
    )
    expect(failing['azure-open-entra']).toBe('failed')
  })

  it('flags a signed-in account without the role as needing the person, not as done', () => {
    const statuses = deriveStepStatuses(
      base({
        session: session(true),
        setup: {
          ...initialSetupState(),
          phase: 'checked',
          checks: [check('azure-sign-in', 'fail', 'roles')],
        },
      }),
    )
    expect(statuses['azure-sign-in']).toBe('needsYou')
  })

  it('counts the checks screen (step 4) done when all checks ran and none failed, failed when one did', () => {
    const ran = (status: Check['status']) =>
      deriveStepStatuses(
        base({
          session: session(true),
          setup: {
            ...initialSetupState(),
            phase: 'checked',
            checks: [
              check('azure-sign-in', 'pass', 'roles'),
              check('azure-test-connection', status, 'probe'),
            ],
          },
        }),
      )['azure-open-entra']
    expect(ran('pass')).toBe('done')
    expect(ran('warn')).toBe('done')
    expect(ran('fail')).toBe('failed')
  })

  it('shows sign-in as in progress while the account’s roles are read, done once they pass', () => {
    const reading = deriveStepStatuses(
      base({ session: session(true), setup: { ...initialSetupState(), phase: 'checking' } }),
    )
    expect(reading['azure-sign-in']).toBe('running')
    const passed = deriveStepStatuses(
      base({
        session: session(true),
        setup: {
          ...initialSetupState(),
          phase: 'checked',
          checks: [check('azure-sign-in', 'pass', 'roles')],
        },
      }),
    )
    expect(passed['azure-sign-in']).toBe('done')
  })

  it('follows the engine by action: running, confirmed, failed on every step the action does', () => {
    const progress = (
      id: SetupState['progress'][number]['id'],
      step: StepId,
      status: 'running' | 'done' | 'failed',
    ) => ({
      id,
      step,
      status,
      message: { code: 'progress.create-app.running' },
    })
    const running = deriveStepStatuses(
      base({
        setup: {
          ...initialSetupState(),
          phase: 'applying',
          progress: [progress('create-app', 'azure-create-app', 'running')],
        },
      }),
    )
    expect(running['azure-create-app']).toBe('running')
    expect(running['azure-mode-automatic']).toBe('notStarted')

    const saveFailed = deriveStepStatuses(
      base({
        setup: {
          ...initialSetupState(),
          phase: 'failed',
          progress: [
            progress('create-app', 'azure-create-app', 'done'),
            progress('create-job', 'azure-mode-automatic', 'done'),
            progress('test-connection', 'azure-test-connection', 'done'),
            progress('save-connection', 'azure-save-credentials', 'failed'),
          ],
        },
      }),
    )
    expect(idsWith(saveFailed, 'failed')).toEqual([
      'azure-tenant-url',
      'azure-secret-token',
      'azure-save-credentials',
    ])
    // The app made from the gallery entry also proves steps 6–8 (finding that entry).
    expect(idsWith(saveFailed, 'done')).toEqual([
      'azure-new-application',
      'azure-search-helloid',
      'azure-select-helloid',
      'azure-create-app',
      'azure-open-provisioning',
      'azure-get-started',
      'azure-mode-automatic',
      'azure-test-connection',
    ])
  })

  it('reads a healthy first cycle as proof of all 21 steps, even after a restart that lost the run state', () => {
    const statuses = deriveStepStatuses(
      base({
        session: session(true),
        setup: {
          ...initialSetupState(),
          job: job({ health: 'completed', initialCycleCompleted: true, counts: { users: 4, groups: 1 } }),
        },
      }),
    )
    expect(countDone(statuses)).toEqual({ done: 21, total: 21 })
    expect(statuses['troubleshoot-one-user']).toBe('notStarted')
  })

  it('shows a quarantined first cycle as failed, and a running one as running', () => {
    const quarantined = deriveStepStatuses(
      base({
        setup: {
          ...initialSetupState(),
          job: job({
            code: 'Quarantine',
            health: 'quarantined',
            quarantine: {
              reason: 'EncounteredQuarantineException',
              errorCode: 'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable',
              message: '',
              since: null,
              nextAttempt: null,
              seriesCount: 1,
            },
          }),
        },
      }),
    )
    expect(quarantined['azure-initial-cycle']).toBe('failed')
    expect(quarantined['azure-create-app']).toBe('done')
    expect(quarantined['azure-save-credentials']).toBe('notStarted')
    const running = deriveStepStatuses(base({ setup: { ...initialSetupState(), job: job() } }))
    expect(running['azure-initial-cycle']).toBe('running')
  })

  it('resets what rollback undid: nothing from step 9 on stays done', () => {
    const statuses = deriveStepStatuses(
      base({
        session: session(true),
        connection: kept(true),
        setup: { ...initialSetupState(), rolledBack: { jobs: 1, apps: 1 } },
        progress: {
          currentStepId: 'azure-create-app',
          completedStepIds: ['azure-create-app', 'azure-initial-cycle'],
        },
      }),
    )
    const from9 = steps.slice(steps.findIndex((s) => s.id === 'azure-create-app'))
    for (const step of from9) expect(statuses[step.id], step.id).not.toBe('done')
  })

  it('counts a troubleshooting report as the tip done, and never counts the tip in the 21', () => {
    const statuses = deriveStepStatuses(
      base({
        onDemand: {
          user: { id: 'u', displayName: 'U' },
          result: 'success',
          explanation: { code: 'troubleshoot.explain.provisioned' },
          errorCode: null,
          steps: [],
          logEntries: 0,
          logs: [],
        },
      }),
    )
    expect(statuses['troubleshoot-one-user']).toBe('done')
    expect(countDone(statuses).done).toBe(0)
  })
})
