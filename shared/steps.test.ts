import { describe, expect, it } from 'vitest'

import { graphOperations } from './graph-operations'
import { en } from './i18n/en'
import { phases, steps } from './steps'

describe('step catalog', () => {
  const numbered = steps.filter((s) => s.kind === 'step')

  it('holds the 21 documented steps, numbered 1..21 in order with no gaps, then the tip', () => {
    expect(numbered.map((s) => s.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1))
    expect(steps.at(-1)?.kind).toBe('tip')
    expect(steps.filter((s) => s.kind === 'tip')).toHaveLength(1)
  })

  it('uses unique ids and walks the phases forward only', () => {
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length)
    const order = steps.map((s) => phases.indexOf(s.phase))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(new Set(steps.map((s) => s.phase))).toEqual(new Set(phases))
  })

  it('has English title and instructions for every step', () => {
    const texts = en.steps as Record<string, { title: string; body: string } | undefined>
    for (const step of steps) {
      expect(texts[step.id]?.title, step.id).toMatch(/\S/)
      expect(texts[step.id]?.body.length, step.id).toBeGreaterThan(20)
    }
    expect(Object.keys(texts).sort()).toEqual(steps.map((s) => s.id).sort())
  })

  it('names only known Graph operations, and automated Azure steps say how', () => {
    for (const step of steps) {
      for (const op of step.graphOperations) expect(Object.keys(graphOperations), step.id).toContain(op)
      if (step.illustration.portal === 'helloid') expect(step.handling, step.id).toBe('guided')
    }
    const byNumber = (n: number) => numbered.find((s) => s.number === n)
    expect(byNumber(9)?.graphOperations).toContain('instantiateApplicationTemplate')
    expect(byNumber(15)?.graphOperations).toEqual(['validateCredentials'])
    expect(byNumber(16)?.graphOperations).toEqual(['validateCredentials', 'putSynchronizationSecrets'])
    expect(byNumber(18)?.graphOperations).toEqual(['startSynchronizationJob'])
    expect(byNumber(20)?.graphOperations).toContain('createAppRoleAssignment')
  })
})
