import { describe, expect, it } from 'vitest'

import { en } from '../../../../shared/i18n/en'
import { stepIds, steps } from '../../../../shared/steps'
import { screens } from './screens'
import { anchors, canvas, type ScreenSpec } from './spec'
import { screenFor, stepDrawings } from './step-drawings'

const byHand = (id: string): readonly string[] =>
  (en.steps as Record<string, { byHand?: readonly string[] }>)[id]?.byHand ?? []

/** Every word a screen shows: title, breadcrumb, menu, and each control's label, value and title. */
function wordsOn(screen: ScreenSpec): string {
  const parts: string[] = [screen.title, ...screen.crumbs, ...(screen.nav ?? []).map((entry) => entry.label)]
  for (const control of screen.controls) {
    for (const key of ['label', 'value', 'title', 'body', 'placeholder'] as const) {
      const value = (control as Partial<Record<typeof key, unknown>>)[key]
      if (typeof value === 'string') parts.push(value)
    }
    if (control.kind === 'table') parts.push(...control.columns, ...control.rows.flat())
    // A switch reads as the state it is set to.
    if (control.kind === 'toggle') parts.push(control.on ? 'On' : 'Off')
  }
  return parts.join('\n')
}

describe('step drawings', () => {
  it('exist for every step id of the catalog, and for nothing else', () => {
    expect(Object.keys(stepDrawings).sort()).toEqual([...stepIds].sort())
  })

  it.each(stepIds)('%s: one callout per numbered instruction, each on a control of its screen', (id) => {
    const drawing = stepDrawings[id]
    const instructions = byHand(id)
    expect(instructions.length, 'instructions').toBeGreaterThan(0)
    expect(drawing.callouts).toHaveLength(instructions.length)
    const boxes = anchors(screenFor(id))
    for (const callout of drawing.callouts) {
      const box = boxes.get(callout)
      expect(box, `${id} points at ${callout}`).toBeDefined()
      // The ring and its badge stay on the canvas.
      expect(box && box.x >= 0 && box.y >= 0, callout).toBe(true)
      expect(box && box.x + box.w <= canvas.width && box.y + box.h <= canvas.height, callout).toBe(true)
    }
    expect(new Set(drawing.callouts).size, 'no control is pointed at twice').toBe(drawing.callouts.length)
  })

  it.each(steps.map((step) => [step.id, step.illustration.highlight] as const))(
    '%s: the screen shows the documented label “%s”',
    (id, label) => {
      const words = wordsOn(screenFor(id))
      for (const part of label.split(': ')) expect(words).toContain(part)
    },
  )

  it('draw HelloID’s Directory › Azure AD page with New Secret and copy buttons for URL and Secret', () => {
    const page = screens.helloidAzureAd
    expect(page.portal).toBe('helloid')
    expect(stepDrawings['helloid-open-azure-ad'].screen).toBe('helloidAzureAd')
    expect(stepDrawings['helloid-new-secret'].screen).toBe('helloidAzureAd')
    const ids = [...anchors(page).keys()]
    expect(ids).toEqual(
      expect.arrayContaining(['directory', 'azureAd', 'newSecret', 'urlCopy', 'secretCopy']),
    )
    expect(wordsOn(page)).toMatch(/^URL$/m)
    expect(wordsOn(page)).toMatch(/^Secret$/m)
  })

  it('never show a secret: secret inputs are drawn masked', () => {
    for (const screen of Object.values(screens) as ScreenSpec[]) {
      for (const control of screen.controls) {
        if (control.kind === 'field' && /secret/i.test(control.label)) expect(control.masked).toBe(true)
      }
    }
  })
})
