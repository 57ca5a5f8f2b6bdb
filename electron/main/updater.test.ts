import { EventEmitter } from 'node:events'

import { afterEach, describe, expect, it, vi } from 'vitest'

import type { UpdateStatus } from '../../shared/contract'
import { silentLogger } from '../services/log/logger'
import type { UpdateFeed } from '../services/update-feed'
import { checkIntervalMs, createUpdater, firstCheckDelayMs, type AppUpdaterLike } from './updater'

/** A fake of electron-updater's AppUpdater: `checkForUpdates` plays the events a given outcome causes. */
class FakeUpdater extends EventEmitter implements AppUpdaterLike {
  autoDownload = false
  autoInstallOnAppQuit = false
  allowDowngrade = true
  allowPrerelease = true
  logger: unknown = null
  feeds: unknown[] = []
  checks = 0
  outcome: 'none' | 'available' | 'fails' = 'none'
  release: (() => void) | null = null

  setFeedURL(options: unknown): void {
    this.feeds.push(options)
  }

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

function setUp(
  disabledReason: 'development' | 'practice' | null = null,
  feed: UpdateFeed = { kind: 'build' },
) {
  const fake = new FakeUpdater()
  const published: UpdateStatus[] = []
  const load = vi.fn(async () => fake)
  const updater = createUpdater({
    disabledReason,
    feed,
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

  it('without a feed: off with the reason, no electron-updater, no timers, and asking checks nothing', async () => {
    vi.useFakeTimers()
    const { updater, load, published } = setUp(null, { kind: 'none' })
    expect(updater.status()).toEqual({ state: 'disabled', reason: 'not-configured' })
    expect(updater.startBackgroundChecks()).toBeTypeOf('function')
    expect(vi.getTimerCount()).toBe(0)
    expect(await updater.check()).toEqual({ state: 'disabled', reason: 'not-configured' })
    await vi.advanceTimersByTimeAsync(checkIntervalMs)
    expect(load).not.toHaveBeenCalled()
    expect(published).toEqual([])
  })

  it('an unusable feed setting: off, naming where the setting came from, never an exception', async () => {
    const { updater, load } = setUp(null, {
      kind: 'invalid',
      source: 'deployment-file',
      problem: { code: 'problems.input.updateFeed' },
    })
    expect(updater.status()).toEqual({
      state: 'disabled',
      reason: 'invalid-feed',
      feedSource: 'deployment-file',
    })
    expect(await updater.check()).toEqual(updater.status())
    expect(load).not.toHaveBeenCalled()
  })

  it('development and practice mode stay off even with a feed', async () => {
    const feed: UpdateFeed = { kind: 'url', url: 'https://updates.example.test/app', source: 'environment' }
    for (const reason of ['development', 'practice'] as const) {
      const { updater, load } = setUp(reason, feed)
      expect(await updater.check()).toEqual({ state: 'disabled', reason })
      expect(load).not.toHaveBeenCalled()
    }
  })

  it('a feed set for this machine: electron-updater is pointed at it, checks in the background and on request', async () => {
    vi.useFakeTimers()
    const url = 'https://updates.example.test/helloid-entra-setup'
    const { fake, updater } = setUp(null, { kind: 'url', url, source: 'environment' })
    expect(updater.status()).toEqual({ state: 'idle' })
    updater.startBackgroundChecks()
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs)
    expect(fake.feeds).toEqual([{ provider: 'generic', url }])
    expect(fake.checks).toBe(1)
    fake.release?.()
    await vi.advanceTimersByTimeAsync(0)
    expect(updater.status()).toEqual({ state: 'up-to-date' })
    vi.useRealTimers()
    fake.release = null
    expect(await settle(fake, updater.check())).toEqual({ state: 'up-to-date' })
    expect(fake.checks).toBe(2)
    // The feed is set once, on loading.
    expect(fake.feeds).toHaveLength(1)
  })

  it('the build’s own feed: electron-updater reads app-update.yml, nothing is overridden', async () => {
    const { fake, updater } = setUp(null, { kind: 'build' })
    expect(await settle(fake, updater.check())).toEqual({ state: 'up-to-date' })
    expect(fake.feeds).toEqual([])
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
