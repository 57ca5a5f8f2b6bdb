import { describe, expect, it, vi } from 'vitest'

import { Redactor } from '../services/log/redact'

const h = vi.hoisted(() => ({
  hooks: [] as ((message: { data: unknown[] }) => { data: unknown[] })[],
  written: [] as unknown[][],
  catching: vi.fn(),
}))

vi.mock('electron-log/main', () => {
  // Stands in for electron-log: runs the hooks on every message, as the library does.
  const emit = (...data: unknown[]): void => {
    let message = { data }
    for (const hook of h.hooks) message = hook(message)
    h.written.push(message.data)
  }
  return {
    default: {
      initialize: vi.fn(),
      transports: { console: { level: false } },
      hooks: h.hooks,
      errorHandler: { startCatching: h.catching },
      debug: emit,
      info: emit,
      warn: emit,
      error: emit,
    },
  }
})

describe('main process logging', () => {
  it('redacts registered secrets, token-shaped text and secret fields, also in crash reports', async () => {
    const { createMainLogger } = await import('./logging')
    const redactor = new Redactor()
    const canary = 'CANARY-helloid-secret-5f1e2d'
    redactor.register(canary)
    const log = createMainLogger(redactor)
    expect(h.catching).toHaveBeenCalledWith({ showDialog: false })

    log.info(`saving ${canary}`, { SecretToken: canary, note: `Bearer ${canary}` })
    // What electron-log's own error handler writes for an uncaught exception.
    const crash = new Error(`request failed with ${canary}`)
    for (const hook of h.hooks) hook({ data: [crash] })
    const { default: electronLog } = await import('electron-log/main')
    electronLog.error(crash)

    const text = JSON.stringify(h.written, (_key, value: unknown) =>
      value instanceof Error ? `${value.message} ${value.stack ?? ''}` : value,
    )
    expect(text).not.toContain(canary)
    expect(text).toContain('[redacted]')
  })
})
