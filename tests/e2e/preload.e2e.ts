import { EventEmitter } from 'node:events'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createContext, Script } from 'node:vm'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { appPageUrl } from '../../electron/main/app-protocol'
import { createTrustedUrlCheck } from '../../electron/main/trusted-sender'
import { composeServices } from '../../electron/hosts/compose'
import { createHandlerTable } from '../../electron/hosts/handler-table'
import { bindIpcHandlers, forwardEventsToContents, type InvokeEventLike } from '../../electron/hosts/ipc'
import { createCloudResolver } from '../../electron/services/auth/cloud-resolver'
import { silentLogger } from '../../electron/services/log/logger'
import { Redactor } from '../../electron/services/log/redact'
import { eventNames, eventSubscriberName, operationNames } from '../../shared/contract/names'
import { steps } from '../../shared/steps'

/**
 * Runs the built preload (out/preload/index.js, exactly what ships) the way a sandboxed renderer runs
 * it: in its own V8 context whose `require` offers only what Electron's sandbox polyfills (electron,
 * events, timers, url; https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts). The
 * fake contextBridge and ipcRenderer are wired to the real IPC binding, handler table and services;
 * every payload crosses a structured clone, as Electron's IPC serialises it.
 */
type Listener = (event: unknown, payload: unknown) => void
type Handler = (event: InvokeEventLike, payload: unknown) => Promise<unknown>

interface Wiring {
  exposed: Map<string, unknown>
  requested: string[]
  rendererListeners: EventEmitter
  stop: () => void
}

function wirePreload(senderUrl: string): Wiring {
  const dataDir = mkdtempSync(join(tmpdir(), 'preload-e2e-'))
  const services = composeServices({
    info: { version: '0.0.0-test', host: 'desktop', practice: false },
    dataDir,
    log: silentLogger,
    redactor: new Redactor(),
    cipher: null,
    clientIds: { deploymentFile: { kind: 'absent' } },
    cloudFor: createCloudResolver(null),
    openBrowser: async () => undefined,
    openExternal: async () => undefined,
  })
  const handlers = new Map<string, Handler>()
  const unbind = bindIpcHandlers(
    {
      handle: (channel, handler) => handlers.set(channel, handler),
      removeHandler: (channel) => handlers.delete(channel),
    },
    createHandlerTable(services),
    createTrustedUrlCheck(appPageUrl),
    silentLogger,
  )
  const rendererListeners = new EventEmitter()
  const unforward = forwardEventsToContents(services.events, {
    isDestroyed: () => false,
    send: (channel, payload) => rendererListeners.emit(channel, { sender: 'main' }, structuredClone(payload)),
  })

  const exposed = new Map<string, unknown>()
  const requested: string[] = []
  const ipcRenderer = {
    invoke: async (channel: string, payload: unknown) => {
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`No handler registered for '${channel}'`)
      const result = await handler(
        { senderFrame: { url: senderUrl, parent: null } },
        structuredClone(payload),
      )
      return structuredClone(result)
    },
    on: (channel: string, listener: Listener) => rendererListeners.on(channel, listener),
    removeListener: (channel: string, listener: Listener) =>
      rendererListeners.removeListener(channel, listener),
  }
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => {
      if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property '${key}'`)
      exposed.set(key, api)
    },
  }
  const sandboxModules: Record<string, unknown> = {
    electron: { contextBridge, ipcRenderer },
    events: { EventEmitter },
    timers: { setTimeout, clearTimeout },
    url: { URL },
  }
  const sandboxRequire = (name: string): unknown => {
    requested.push(name)
    if (!(name in sandboxModules)) throw new Error(`module not found: ${name}`)
    return sandboxModules[name]
  }

  const code = readFileSync(resolve('out/preload/index.js'), 'utf8')
  const module = { exports: {} }
  const context = createContext({ require: sandboxRequire, module, exports: module.exports })
  new Script(code, { filename: 'preload/index.js' }).runInContext(context)
  return {
    exposed,
    requested,
    rendererListeners,
    stop: () => {
      unbind()
      unforward()
    },
  }
}

type Api = Record<string, (input?: unknown) => unknown>

let wiring: Wiring
beforeEach(() => {
  wiring = wirePreload(appPageUrl)
})
afterEach(() => wiring.stop())

describe('preload (the built bundle in a sandbox-like context)', () => {
  it('needs nothing but electron and exposes exactly one function per operation and event', () => {
    expect(new Set(wiring.requested)).toEqual(new Set(['electron']))
    expect([...wiring.exposed.keys()]).toEqual(['assistant'])
    const api = wiring.exposed.get('assistant') as Api
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.keys(api).sort()).toEqual(
      [...operationNames, ...eventNames.map(eventSubscriberName)].sort(),
    )
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('round-trips a call through the real binding and handler table, and delivers its event', async () => {
    const api = wiring.exposed.get('assistant') as Api
    const events: unknown[] = []
    const unsubscribe = api.onProgressChanged?.((payload: unknown) => events.push(payload)) as () => void

    expect(await api.getAppInfo?.({})).toEqual({
      ok: true,
      value: { version: '0.0.0-test', host: 'desktop', practice: false },
    })
    const stepId = steps[1]?.id ?? ''
    const saved = await api.saveProgress?.({ currentStepId: stepId, completedStepIds: [] })
    expect(saved).toEqual({ ok: true, value: { currentStepId: stepId, completedStepIds: [] } })
    // The listener gets the payload only, never Electron's IPC event object.
    expect(events).toEqual([{ currentStepId: stepId, completedStepIds: [] }])

    unsubscribe()
    await api.resetProgress?.({})
    expect(events).toHaveLength(1)
    expect(wiring.rendererListeners.listenerCount('assistant-event:progressChanged')).toBe(0)
  })

  it('hands malformed input to the real validation', async () => {
    const api = wiring.exposed.get('assistant') as Api
    expect(await api.saveProgress?.({ currentStepId: 42 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
  })

  it('is refused when the page was not served from app://assistant', async () => {
    wiring.stop()
    wiring = wirePreload('file:///tmp/out/renderer/index.html')
    const api = wiring.exposed.get('assistant') as Api
    expect(await api.getAppInfo?.({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
  })
})
