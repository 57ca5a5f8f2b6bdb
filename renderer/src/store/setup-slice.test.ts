import { describe, expect, it } from 'vitest'

import type { ApplySetupInput, AssistantApi, SetupChoicesInput, SetupState } from '../../../shared/contract'
import { checkedSetupState, PLAN_FINGERPRINT, plannedSetupState } from '../../../tests/support/setup-state'
import { createRootStore } from './root'

const checked = checkedSetupState()

/**
 * A host that answers planSetup with a plan and its fingerprint and records what applySetup receives.
 * `holdPlan` keeps the preview's answer back until the test releases it.
 */
function fakeHost() {
  const applied: ApplySetupInput[] = []
  let publish: ((state: SetupState) => void) | null = null
  let release: (() => void) | null = null
  let holdPlan = false
  const planned = plannedSetupState()
  const api = {
    runPreflight: async () => ({ ok: true, value: checked }),
    planSetup: async () => {
      if (holdPlan) await new Promise<void>((resolve) => (release = resolve))
      return { ok: true, value: planned }
    },
    applySetup: async (input: ApplySetupInput) => {
      applied.push(input)
      // The host refuses in the background and publishes that before this answer arrives.
      publish?.({
        ...planned,
        revision: 9,
        plan: [],
        planFingerprint: null,
        error: { code: 'PLAN_CHANGED', message: 'The tenant changed since the preview. Preview again.' },
      })
      return { ok: true, value: { ...planned, revision: 8, phase: 'applying' } }
    },
    onSetupChanged: (listener: (state: SetupState) => void) => {
      publish = listener
      return () => undefined
    },
  } as Partial<Record<keyof AssistantApi, (input: never) => unknown>>
  const store = createRootStore(api as unknown as AssistantApi)
  store.getState().watchSetup()
  return {
    store,
    applied,
    hold: () => void (holdPlan = true),
    release: () => release?.(),
  }
}

const choicesA: SetupChoicesInput = {
  assignments: [{ kind: 'group', ref: 'HelloID Users' }],
  mappings: ['employeeId'],
}

describe('setup store: apply exactly what was previewed', () => {
  it('sends nothing to apply without a preview', async () => {
    const host = fakeHost()
    await host.store.getState().applySetup()
    expect(host.applied).toEqual([])
  })

  it('applies the previewed choices with the preview’s fingerprint, once', async () => {
    const host = fakeHost()
    await host.store.getState().planSetup(choicesA)
    expect(host.store.getState().previewedChoices).toEqual(choicesA)
    await host.store.getState().applySetup()
    expect(host.applied).toEqual([{ choices: choicesA, planFingerprint: PLAN_FINGERPRINT }])
    // The refusal published before apply's answer stays: the page keeps the newest state.
    expect(host.store.getState().setup?.error?.code).toBe('PLAN_CHANGED')
    expect(host.store.getState().setup?.plan).toEqual([])
    // A second press needs a new preview.
    await host.store.getState().applySetup()
    expect(host.applied).toHaveLength(1)
  })

  it('an edit after the preview voids it: Apply sends nothing until the next preview', async () => {
    const host = fakeHost()
    await host.store.getState().planSetup(choicesA)
    host.store.getState().invalidatePreview()
    expect(host.store.getState().previewedChoices).toBeNull()
    await host.store.getState().applySetup()
    expect(host.applied).toEqual([])
  })

  it('an edit while the preview is on its way keeps that preview from counting', async () => {
    const host = fakeHost()
    host.hold()
    const previewing = host.store.getState().planSetup(choicesA)
    host.store.getState().invalidatePreview()
    host.release()
    await previewing
    expect(host.store.getState().setup?.planFingerprint).toBe(PLAN_FINGERPRINT)
    expect(host.store.getState().previewedChoices).toBeNull()
    await host.store.getState().applySetup()
    expect(host.applied).toEqual([])
  })

  it('running the checks again voids the preview', async () => {
    const host = fakeHost()
    await host.store.getState().planSetup(choicesA)
    await host.store.getState().runPreflight()
    await host.store.getState().applySetup()
    expect(host.applied).toEqual([])
  })
})

describe('setup store: a run that assigns nobody waits for a yes', () => {
  const nobody: SetupChoicesInput = { assignments: [], mappings: [] }

  it('asks instead of applying, and applies the same preview once the person says yes', async () => {
    const host = fakeHost()
    await host.store.getState().planSetup(nobody)
    await host.store.getState().applySetup()
    expect(host.applied).toEqual([])
    expect(host.store.getState().applyConfirmation).toBe('nobody-assigned')
    // The preview still stands while the question is open.
    expect(host.store.getState().previewedChoices).toEqual(nobody)

    await host.store.getState().applySetup({ nobodyAssignedConfirmed: true })
    expect(host.applied).toEqual([{ choices: nobody, planFingerprint: PLAN_FINGERPRINT }])
    expect(host.store.getState().applyConfirmation).toBeNull()
  })

  it('applies nothing when the person goes back to choose someone', async () => {
    const host = fakeHost()
    await host.store.getState().planSetup(nobody)
    await host.store.getState().applySetup()
    host.store.getState().dismissApplyConfirmation()
    expect(host.store.getState().applyConfirmation).toBeNull()
    expect(host.applied).toEqual([])
  })

  it('does not ask when someone is assigned', async () => {
    const host = fakeHost()
    await host.store.getState().planSetup(choicesA)
    await host.store.getState().applySetup()
    expect(host.store.getState().applyConfirmation).toBeNull()
    expect(host.applied).toHaveLength(1)
  })
})
