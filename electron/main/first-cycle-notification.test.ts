import { describe, expect, it, vi } from 'vitest'

import type { JobViewData, SetupState } from '../../shared/contract'
import { createEventBus } from '../services/events'
import { firstCycleJob } from '../../tests/support/job-view'

// A fake of Electron's Notification: records what would be shown and lets the test click it.
const h = vi.hoisted(() => ({
  supported: true,
  shown: [] as { title: string; body: string; click: () => void }[],
}))
vi.mock('electron', () => {
  class Notification {
    private clickHandler: () => void = () => undefined
    constructor(private readonly options: { title: string; body: string }) {}
    static isSupported(): boolean {
      return h.supported
    }
    on(event: string, handler: () => void): this {
      if (event === 'click') this.clickHandler = handler
      return this
    }
    show(): void {
      h.shown.push({ ...this.options, click: () => this.clickHandler() })
    }
  }
  return { Notification }
})

const { notifyOnFirstCycle } = await import('./first-cycle-notification')

const job = firstCycleJob
const state = (j: JobViewData | null): SetupState =>
  ({ phase: 'monitoring', job: j, progress: [], checks: [] }) as unknown as SetupState

describe('desktop notification when the first cycle ends', () => {
  it('announces a completed cycle once, with counts only, and a click brings the window back', () => {
    h.shown.length = 0
    const bus = createEventBus()
    const focus = vi.fn()
    const stop = notifyOnFirstCycle(bus, focus)
    bus.publish('setupChanged', state(job({ health: 'waiting' })))
    expect(h.shown).toHaveLength(0)
    const done = job({ health: 'completed', initialCycleCompleted: true, counts: { users: 12, groups: 1 } })
    bus.publish('setupChanged', state(done))
    bus.publish('setupChanged', state(done))
    expect(h.shown).toEqual([
      expect.objectContaining({
        title: 'HelloID provisioning: initial cycle completed',
        body: '12 users and 1 group are in HelloID.',
      }),
    ])
    h.shown[0]?.click()
    expect(focus).toHaveBeenCalledOnce()
    stop()
    bus.publish('setupChanged', state(job({ health: 'quarantined' })))
    expect(h.shown).toHaveLength(1)
  })

  it('announces a quarantine, and shows nothing where the system has no notifications', () => {
    h.shown.length = 0
    const bus = createEventBus()
    notifyOnFirstCycle(bus, () => undefined)
    bus.publish('setupChanged', state(job({ health: 'waiting' })))
    bus.publish('setupChanged', state(job({ health: 'quarantined' })))
    expect(h.shown.map((n) => n.title)).toEqual(['HelloID provisioning needs you'])

    h.supported = false
    bus.publish('setupChanged', state(job({ health: 'waiting' })))
    bus.publish('setupChanged', state(job({ health: 'completed', initialCycleCompleted: true })))
    expect(h.shown).toHaveLength(1)
    h.supported = true
  })
})

describe('the desktop notification’s language', () => {
  it('follows the language the page reports, and switches with it', () => {
    h.shown.length = 0
    h.supported = true
    const bus = createEventBus()
    const stop = notifyOnFirstCycle(bus, () => undefined)
    bus.publish('languageChanged', { language: 'nl' })
    bus.publish('setupChanged', state(job({ health: 'waiting' })))
    const done = job({ health: 'completed', initialCycleCompleted: true, counts: { users: 1, groups: 2 } })
    bus.publish('setupChanged', state(done))
    expect(h.shown).toEqual([
      expect.objectContaining({
        title: 'HelloID-inrichting: eerste cyclus voltooid',
        body: '1 gebruiker en 2 groepen staan in HelloID.',
      }),
    ])
    bus.publish('languageChanged', { language: 'en' })
    bus.publish('setupChanged', state(job({ health: 'waiting' })))
    bus.publish('setupChanged', state(job({ health: 'quarantined' })))
    expect(h.shown.at(-1)?.title).toBe('HelloID provisioning needs you')
    stop()
  })
})
