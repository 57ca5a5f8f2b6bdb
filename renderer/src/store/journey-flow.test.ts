import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  initialSetupState,
  type ApplySetupInput,
  type AssistantApi,
  type HelloIdConnectionState,
  type SessionState,
  type SetupChoicesInput,
  type SetupState,
  type WizardProgress,
} from '../../../shared/contract'
import type { StepId } from '../../../shared/steps'
import { PREVIEW_DELAY_MS } from './setup-slice'
import { createRootStore } from './root'

const FINGERPRINT = 'b'.repeat(64)

type Check = SetupState['checks'][number]
const check = (id: string, step: StepId, status: Check['status']): Check => ({
  id,
  step,
  status,
  title: { code: `checks.${id}` },
  detail: { code: 'checks.detail' },
})

/** The checks a sign-in sets off, all passed unless one is given otherwise. */
function checked(over: Partial<Record<string, Check['status']>> = {}): SetupState {
  const checks = [
    check('signed-in', 'azure-sign-in', over['signed-in'] ?? 'pass'),
    check('admin-role', 'azure-sign-in', over['admin-role'] ?? 'pass'),
    check('licence', 'azure-open-entra', over.licence ?? 'pass'),
    check('existing-app', 'azure-enterprise-apps', over['existing-app'] ?? 'pass'),
    check('gallery-app', 'azure-select-helloid', over['gallery-app'] ?? 'pass'),
    check('helloid-probe', 'helloid-new-secret', over['helloid-probe'] ?? 'pass'),
  ]
  return {
    ...initialSetupState(),
    revision: 1,
    phase: 'checked',
    checks,
    canApply: checks.every((c) => c.status !== 'fail'),
    hasPremium: true,
  }
}

const signingIn: SessionState = {
  customer: { label: 'Contoso', cloudId: 'simulated' },
  account: null,
  signingIn: 'browser',
  deviceCode: null,
  tokenStorage: 'memory',
  lastError: null,
}
const signedIn: SessionState = {
  ...signingIn,
  signingIn: null,
  account: {
    name: 'Megan Bowen',
    username: 'appadmin@contoso.onmicrosoft.com',
    tenantId: '00000000-0000-4000-8000-000000000001',
    grantedScopes: ['User.Read'],
    persistence: 'memory',
  },
}

/**
 * A host that answers with what the test sets: the checks' outcome, the connection the save keeps,
 * and a plan; it records every preview asked for, every apply, and every place saved.
 */
function fakeHost(options: { checks?: SetupState; connection?: HelloIdConnectionState; at?: StepId } = {}) {
  const planned: SetupChoicesInput[] = []
  const applied: ApplySetupInput[] = []
  const saved: string[] = []
  let session: ((state: SessionState) => void) | null = null
  let setupListener: ((state: SetupState) => void) | null = null
  let progress: WizardProgress = { currentStepId: options.at ?? 'azure-sign-in', completedStepIds: [] }
  const api = {
    getProgress: async () => ({ ok: true, value: progress }),
    saveProgress: async (next: WizardProgress) => {
      progress = next
      saved.push(next.currentStepId)
      return { ok: true, value: next }
    },
    runPreflight: async () => ({ ok: true, value: options.checks ?? checked() }),
    setHelloIdConnection: async () => ({
      ok: true,
      value: options.connection ?? {
        url: 'https://contoso.helloid.com/scim',
        secretProvided: true,
        checks: [],
        unrecognisedHost: null,
        hostConfirmed: false,
      },
    }),
    planSetup: async (choices: SetupChoicesInput) => {
      planned.push(choices)
      return {
        ok: true,
        value: {
          ...(options.checks ?? checked()),
          revision: 2 + planned.length,
          plan: [
            {
              step: 'azure-create-app',
              id: 'create-app',
              kind: 'create',
              action: { code: 'plan.createApp', params: { name: { name: 'HelloID' } } },
            },
          ],
          planFingerprint: FINGERPRINT,
        },
      }
    },
    applySetup: async (input: ApplySetupInput) => {
      applied.push(input)
      return { ok: true, value: { ...(options.checks ?? checked()), revision: 50, phase: 'applying' } }
    },
    onSessionChanged: (listener: (state: SessionState) => void) => {
      session = listener
      return () => undefined
    },
    onSetupChanged: (listener: (state: SetupState) => void) => {
      setupListener = listener
      return () => undefined
    },
  } as Partial<Record<keyof AssistantApi, (input: never) => unknown>>
  const store = createRootStore(api as unknown as AssistantApi)
  store.getState().watchSession()
  store.getState().watchSetup()
  return {
    store,
    planned,
    applied,
    saved,
    at: () => store.getState().progress?.currentStepId,
    /** The host publishes a sign-in that started on this page and then completed. */
    async signInCompletes(): Promise<void> {
      session?.(signingIn)
      session?.(signedIn)
      // The checks that follow run as host calls: let them answer.
      await vi.waitFor(() => expect(store.getState().setup?.phase).toBe('checked'))
      await new Promise((resolve) => setTimeout(resolve, 0))
    },
    publishSetup: (state: SetupState) => setupListener?.(state),
  }
}

const group: SetupChoicesInput = { assignments: [{ kind: 'group', ref: 'g-1' }], mappings: [] }
const groupAndUser: SetupChoicesInput = {
  assignments: [
    { kind: 'group', ref: 'g-1' },
    { kind: 'user', ref: 'user@contoso.onmicrosoft.com' },
  ],
  mappings: [],
}

afterEach(() => {
  vi.useRealTimers()
})

describe('journey: the page moves on by itself only when nothing waits for the person', () => {
  it('goes from sign-in straight to the choices once the checks after sign-in passed', async () => {
    const host = fakeHost()
    await host.store.getState().loadProgress()
    await host.signInCompletes()
    await vi.waitFor(() => expect(host.at()).toBe('azure-enterprise-apps'))
    expect(host.saved.at(-1)).toBe('azure-enterprise-apps')
  })

  it('stays on sign-in for an account without a role that can set up provisioning', async () => {
    const host = fakeHost({ checks: checked({ 'admin-role': 'fail' }) })
    await host.store.getState().loadProgress()
    await host.signInCompletes()
    expect(host.at()).toBe('azure-sign-in')
    expect(host.saved).toEqual([])
  })

  it('shows a failed check on the checks screen, not the choices', async () => {
    const host = fakeHost({ checks: checked({ 'helloid-probe': 'fail' }) })
    await host.store.getState().loadProgress()
    await host.signInCompletes()
    await vi.waitFor(() => expect(host.at()).toBe('azure-open-entra'))
    expect(host.saved).not.toContain('azure-enterprise-apps')
  })

  it('does not pull the person away from another screen when a sign-in completes', async () => {
    const host = fakeHost({ at: 'troubleshoot-one-user' })
    await host.store.getState().loadProgress()
    await host.signInCompletes()
    expect(host.at()).toBe('troubleshoot-one-user')
  })

  it('keeps a move made on the page over an older reading of the host’s place that arrives after it', async () => {
    const host = fakeHost({ at: 'azure-sign-in' })
    await host.store.getState().loadProgress()
    const reading = host.store.getState().loadProgress()
    await host.store.getState().goTo('azure-enterprise-apps')
    await reading
    expect(host.at()).toBe('azure-enterprise-apps')
  })

  it('"Save and continue" moves on to sign-in when the connection is kept', async () => {
    const host = fakeHost({ at: 'helloid-open-azure-ad' })
    await host.store.getState().loadProgress()
    await host.store.getState().saveConnectionAndContinue('https://contoso.helloid.com/scim', 'secret')
    expect(host.at()).toBe('azure-sign-in')
  })

  it('"Save and continue" stays when a check of the connection failed or its host waits for a yes', async () => {
    const refused = fakeHost({
      at: 'helloid-new-secret',
      connection: {
        url: null,
        secretProvided: false,
        checks: [check('helloid-url', 'helloid-new-secret', 'fail')],
        unrecognisedHost: null,
        hostConfirmed: false,
      },
    })
    await refused.store.getState().loadProgress()
    await refused.store.getState().saveConnectionAndContinue('http://nope', 'x')
    expect(refused.at()).toBe('helloid-new-secret')

    const unknownHost = fakeHost({
      at: 'helloid-new-secret',
      connection: {
        url: 'https://helloid.example.net/scim',
        secretProvided: true,
        checks: [],
        unrecognisedHost: 'helloid.example.net',
        hostConfirmed: false,
      },
    })
    await unknownHost.store.getState().loadProgress()
    await unknownHost.store.getState().saveConnectionAndContinue('https://helloid.example.net/scim', 's')
    expect(unknownHost.at()).toBe('helloid-new-secret')
  })

  it('moves from the run’s screen to the first cycle when the run’s last step is done', async () => {
    const host = fakeHost({ at: 'azure-enterprise-apps' })
    await host.store.getState().loadProgress()
    const actions = [
      'create-app',
      'create-job',
      'test-connection',
      'save-connection',
      'mappings',
      'start',
      'assign',
    ]
    host.publishSetup({
      ...checked(),
      revision: 60,
      phase: 'monitoring',
      progress: actions.map((id) => ({ id, status: 'done' }) as SetupState['progress'][number]),
    })
    await vi.waitFor(() => expect(host.at()).toBe('azure-initial-cycle'))
  })
})

describe('journey: the preview follows the choices', () => {
  it('previews once the choices settle, voids the shown preview at once, and applies exactly the preview', async () => {
    vi.useFakeTimers()
    const host = fakeHost({ at: 'azure-enterprise-apps' })
    await host.store.getState().runPreflight()
    const { schedulePreview } = host.store.getState()
    schedulePreview(group)
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS / 2)
    schedulePreview(groupAndUser)
    expect(host.store.getState().previewedChoices).toBeNull()
    expect(host.store.getState().previewPending).toBe(true)
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS - 1)
    // Not yet: the choices changed within the delay.
    expect(host.planned).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    await vi.waitFor(() => expect(host.store.getState().previewedChoices).toEqual(groupAndUser))
    // One preview for the burst of edits, of the last choices.
    expect(host.planned).toEqual([groupAndUser])
    expect(host.store.getState().previewPending).toBe(false)

    await host.store.getState().applySetup()
    expect(host.applied).toEqual([{ choices: groupAndUser, planFingerprint: FINGERPRINT }])
  })

  it('sends nothing to apply while a newer preview is still to come', async () => {
    vi.useFakeTimers()
    const host = fakeHost({ at: 'azure-enterprise-apps' })
    await host.store.getState().runPreflight()
    host.store.getState().schedulePreview(group)
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS)
    await vi.waitFor(() => expect(host.store.getState().previewedChoices).toEqual(group))
    host.store.getState().schedulePreview(groupAndUser)
    await host.store.getState().applySetup()
    expect(host.applied).toEqual([])
  })
})
