import { afterEach, describe, expect, it, vi } from 'vitest'

import type {
  ApplySetupInput,
  AssistantApi,
  HelloIdConnectionState,
  SessionState,
  SetupChoicesInput,
  SetupState,
  WizardProgress,
} from '../../../shared/contract'
import type { StepId } from '../../../shared/steps'
import {
  checkedSetupState,
  PLAN_FINGERPRINT,
  plannedSetupState,
  runActions,
  runningSetupState,
  setupCheck,
  tenantChecks,
} from '../../../tests/support/setup-state'
import { PREVIEW_DELAY_MS } from './setup-slice'
import { createRootStore } from './root'

type Check = SetupState['checks'][number]

/** The checks a sign-in sets off, all passed unless one is given otherwise. */
function checked(over: Partial<Record<string, Check['status']>> = {}): SetupState {
  const checks = tenantChecks(over)
  return checkedSetupState({ checks, canApply: checks.every((c) => c.status !== 'fail') })
}

/** A promise the test settles when it wants: a host call that is still on its way. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = (): void => undefined
  const wait = new Promise<void>((resolve) => (open = resolve))
  return { wait, open }
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
function fakeHost(
  options: {
    checks?: SetupState
    connection?: HelloIdConnectionState
    at?: StepId
    /** Holds the checks' answer (and the kept connection's) until the test opens it. */
    hold?: Promise<void>
  } = {},
) {
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
    runPreflight: async () => {
      await options.hold
      return { ok: true, value: options.checks ?? checked() }
    },
    setHelloIdConnection: async () => {
      await options.hold
      return {
        ok: true,
        value: options.connection ?? {
          url: 'https://contoso.helloid.com/scim',
          secretProvided: true,
          checks: [],
          unrecognisedHost: null,
          hostConfirmed: false,
        },
      }
    },
    planSetup: async (choices: SetupChoicesInput) => {
      planned.push(choices)
      return {
        ok: true,
        value: plannedSetupState({
          checks: options.checks?.checks ?? tenantChecks(),
          revision: 2 + planned.length,
        }),
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
      this.signInPublished()
      await this.checksAnswered()
    },
    /** Only the sign-in: the checks that follow are still on their way (while the test holds them). */
    signInPublished(): void {
      session?.(signingIn)
      session?.(signedIn)
    },
    /** The checks that follow run as host calls: let them answer, and the page act on it. */
    async checksAnswered(): Promise<void> {
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

  it('stays on the screen the person picked in the step rail while the checks after sign-in ran', async () => {
    const checks = gate()
    const host = fakeHost({ hold: checks.wait })
    await host.store.getState().loadProgress()
    host.signInPublished()
    await host.store.getState().goTo('azure-open-entra')
    checks.open()
    await host.checksAnswered()
    expect(host.at()).toBe('azure-open-entra')
    expect(host.saved).toEqual(['azure-open-entra'])
  })

  it('stays on sign-in when the person went elsewhere and came back while the checks ran', async () => {
    const checks = gate()
    const host = fakeHost({ hold: checks.wait })
    await host.store.getState().loadProgress()
    host.signInPublished()
    await host.store.getState().next()
    await host.store.getState().back()
    expect(host.at()).toBe('azure-sign-in')
    checks.open()
    await host.checksAnswered()
    expect(host.at()).toBe('azure-sign-in')
    expect(host.saved).not.toContain('azure-enterprise-apps')
  })

  it('still moves on when the person only clicked the sign-in step they were on while the checks ran', async () => {
    const checks = gate()
    const host = fakeHost({ hold: checks.wait })
    await host.store.getState().loadProgress()
    host.signInPublished()
    await host.store.getState().goTo('azure-sign-in')
    checks.open()
    await host.checksAnswered()
    await vi.waitFor(() => expect(host.at()).toBe('azure-enterprise-apps'))
  })

  it('does not move on to sign-in after "Save and continue" when the person picked a screen during the save', async () => {
    const save = gate()
    const host = fakeHost({ at: 'helloid-new-secret', hold: save.wait })
    await host.store.getState().loadProgress()
    const saving = host.store.getState().saveConnectionAndContinue('https://contoso.helloid.com/scim', 's')
    await host.store.getState().goTo('helloid-open-azure-ad')
    save.open()
    await saving
    expect(host.at()).toBe('helloid-open-azure-ad')
  })

  it('leaves the person on a step of the run they opened while it ran when the run ends', async () => {
    const host = fakeHost({ at: 'azure-enterprise-apps' })
    await host.store.getState().loadProgress()
    host.publishSetup(runningSetupState(2, { revision: 60 }))
    await host.store.getState().goTo('azure-create-app')
    host.publishSetup(runningSetupState(runActions.length, { revision: 61 }))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(host.at()).toBe('azure-create-app')
    expect(host.saved).not.toContain('azure-initial-cycle')
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
        checks: [setupCheck('helloid-url', 'helloid-new-secret', 'fail')],
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
    host.publishSetup(runningSetupState(2, { revision: 59 }))
    host.publishSetup(runningSetupState(runActions.length, { revision: 60 }))
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
    expect(host.applied).toEqual([{ choices: groupAndUser, planFingerprint: PLAN_FINGERPRINT }])
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
