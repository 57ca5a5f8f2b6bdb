import { describe, expect, it } from 'vitest'

import { steps } from '../../../shared/steps'
import { completeAndAdvance, goToStep, neighbourStepId, setStepDone } from './wizard-logic'

const first = steps[0]?.id ?? ''
const last = steps.at(-1)?.id ?? ''

describe('wizard transitions', () => {
  it('moves forward and back within the catalog and clamps at both ends', () => {
    const start = { currentStepId: first, completedStepIds: [] }
    expect(neighbourStepId(start, -1)).toBe(first)
    expect(neighbourStepId(start, 1)).toBe(steps[1]?.id)
    expect(neighbourStepId({ ...start, currentStepId: last }, 1)).toBe(last)
    expect(goToStep(start, 'not-a-step')).toBe(start)
  })

  it('marks steps done in catalog order and advances', () => {
    let p = { currentStepId: 'azure-sign-in', completedStepIds: [] as string[] }
    p = setStepDone(p, 'azure-sign-in', true)
    p = setStepDone(p, first, true)
    expect(p.completedStepIds).toEqual([first, 'azure-sign-in'])
    p = completeAndAdvance({ ...p, currentStepId: 'azure-open-entra' })
    expect(p).toEqual({
      currentStepId: 'azure-enterprise-apps',
      completedStepIds: [first, 'azure-sign-in', 'azure-open-entra'],
    })
    expect(setStepDone(p, first, false).completedStepIds).not.toContain(first)
  })
})
