import { EventEmitter } from 'node:events'

import { afterEach, describe, expect, it, vi } from 'vitest'

import type { UpdateStatus } from '../../shared/contract'
import { silentLogger } from '../services/log/logger'
import { checkIntervalMs, createUpdater, firstCheckDelayMs, type AppUpdaterLike } from './updater'

/** A fake of electron-updater's AppUpdater: `checkForUpdates` plays the events a given outcome causes. */
class FakeUpdater extends EventEmitter implements AppUpdaterLike {
  autoDownload = false
  autoInstallOnAppQuit = false
  allowDowngrade = true
  allowPrerelease = true
  logger: unknown = null
  checks = 0
  outcome: 'none' | 'available' | 'fails' = 'none'
  release: (() => void) | null = null

  async checkForUpdates(): Promise<unknown> {
    this.checks += 1
    // Held open until the test lets it finish, so concurrent calls can be observed.
    await new Promise<void>((resolve) => {
      this.release = resolve
    })
    if (this.outcome === 'fails') {
      this.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'))
      throw new Error('net::ERR_NAME_NOT_RESOLVED')
    }
    if (this.outcome === 'available') {
      this.emit('update-available', { version: '1.2.3' })
      this.emit('update-downloaded', { version: '1.2.3' })
    } else {
      this.emit('update-not-available')
    }
    return {}
  }
}

function setUp(disabledReason: 'development' | 'practice' | null = null) {
  const fake = new FakeUpdater()
  const published: UpdateStatus[] = []
  const load = vi.fn(async () => fake)
  const updater = createUpdater({
    disabledReason,
    load,
    publish: (status) => published.push(status),
    log: silentLogger,
  })
  return { fake, published, load, updater }
}

async function settle(fake: FakeUpdater, promise: Promise<UpdateStatus>): Promise<UpdateStatus> {
  await vi.waitFor(() => expect(fake.release).not.toBeNull())
  fake.release?.()
  return promise
}

afterEach(() => vi.useRealTimers())

describe('updater', () => {
  it('is off in development and practice mode: no electron-updater, no timers', async () => {
    for (const reason of ['development', 'practice'] as const) {
      vi.useFakeTimers()
      const { updater, load, published } = setUp(reason)
      expect(await updater.check()).toEqual({ state: 'disabled', reason })
      updater.startBackgroundChecks()
      expect(vi.getTimerCount()).toBe(0)
      expect(load).not.toHaveBeenCalled()
      expect(published).toEqual([])
      vi.useRealTimers()
    }
  })

  it('downloads quietly and installs on quit, never asking anything mid-wizard', async () => {
    const { fake, updater, published } = setUp()
    fake.outcome = 'available'
    expect(await settle(fake, updater.check())).toEqual({ state: 'downloaded', version: '1.2.3' })
    expect(fake).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true, allowDowngrade: false })
    expect(published).toEqual([
      { state: 'checking' },
      { state: 'downloading', version: '1.2.3' },
      { state: 'downloaded', version: '1.2.3' },
    ])
    // Asking again keeps the downloaded update; no second check.
    expect(await updater.check()).toEqual({ state: 'downloaded', version: '1.2.3' })
    expect(fake.checks).toBe(1)
  })

  it('says when it is up to date, and joins a check already under way', async () => {
    const { fake, updater } = setUp()
    const first = updater.check()
    const second = updater.check()
    expect(await settle(fake, first)).toEqual({ state: 'up-to-date' })
    expect(await second).toEqual({ state: 'up-to-date' })
    expect(fake.checks).toBe(1)
  })

  it('turns a failed check (offline, no release server) into a status, not an exception', async () => {
    const { fake, updater } = setUp()
    fake.outcome = 'fails'
    expect(await settle(fake, updater.check())).toEqual({ state: 'error' })
    // The next check starts over.
    fake.outcome = 'none'
    fake.release = null
    expect(await settle(fake, updater.check())).toEqual({ state: 'up-to-date' })
  })

  it('checks in the background after a delay, then every few hours, until stopped', async () => {
    vi.useFakeTimers()
    const { fake, updater, load } = setUp()
    const stop = updater.startBackgroundChecks()
    expect(load).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs)
    expect(load).toHaveBeenCalledTimes(1)
    fake.release?.()
    await vi.advanceTimersByTimeAsync(checkIntervalMs)
    expect(fake.checks).toBe(2)
    fake.release?.()
    stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})
