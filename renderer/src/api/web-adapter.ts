import type { AssistantApi, events } from '../../../shared/contract'
import {
  eventNames,
  eventSubscriberName,
  operationNames,
  type EventName,
} from '../../../shared/contract/names'
import type { Result } from '../../../shared/result'

const TOKEN_KEY = 'assistant.webHostToken'
const WS_PROTOCOL = 'helloid-assistant.v1'

/**
 * Reads the per-run token from the URL fragment once, keeps it for this tab only (sessionStorage, so a
 * reload still works) and removes it from the address bar so it is never on screen.
 */
export function takeWebHostToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash)
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', location.pathname + location.search)
    return match[1]
  }
  return storage.getItem(TOKEN_KEY)
}

/**
 * The event schemas, loaded when the first event arrives rather than with the page: zod and the contract
 * are a large part of the page's script, and the first screen needs them only to check events.
 */
type EventSchemas = typeof events
let eventSchemas: Promise<EventSchemas> | null = null
const loadEventSchemas = (): Promise<EventSchemas> =>
  (eventSchemas ??= import('../../../shared/contract').then((contract) => contract.events))

/** The typed API over the loopback web host: HTTP for operations, a WebSocket for events. */
export function createWebAdapter(token: string): AssistantApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  let socket: WebSocket | null = null
  let retryDelay = 500
  // Frames wait here for the schemas in arrival order (one chain), so no event overtakes another.
  let delivered: Promise<void> = Promise.resolve()

  const connect = (): void => {
    const url = new URL('/events', window.location.href)
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
    socket = new WebSocket(url, [WS_PROTOCOL, `token.${token}`])
    socket.onopen = () => {
      retryDelay = 500
    }
    socket.onmessage = (message: MessageEvent<string>) => {
      const frame = JSON.parse(message.data) as { event: EventName; payload: unknown }
      // Nobody listens (the host also tells of changes this page made itself): nothing to check or deliver.
      if (!listeners.get(frame.event)?.size) return
      delivered = delivered.then(async () => {
        const events = await loadEventSchemas().catch(() => {
          // A schema chunk that failed to load drops this frame only; the next one tries again.
          eventSchemas = null
          return null
        })
        const parsed = events?.[frame.event]?.safeParse(frame.payload)
        if (!parsed?.success) return
        listeners.get(frame.event)?.forEach((listener) => {
          try {
            listener(parsed.data)
          } catch (error) {
            // Reported like an uncaught error, without stopping the frames queued behind this one.
            reportError(error)
          }
        })
      })
    }
    socket.onclose = () => {
      socket = null
      if (listenerCount() > 0) setTimeout(connect, (retryDelay = Math.min(retryDelay * 2, 10_000)))
    }
  }
  const listenerCount = (): number => [...listeners.values()].reduce((sum, set) => sum + set.size, 0)

  const api: Record<string, unknown> = {}
  for (const name of operationNames) {
    api[name] = async (input: unknown): Promise<Result<unknown>> => {
      try {
        const response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-assistant-token': token },
          body: JSON.stringify(input ?? {}),
        })
        return (await response.json()) as Result<unknown>
      } catch {
        return {
          ok: false,
          error: {
            code: 'NETWORK_ERROR',
            message: 'The assistant host is not reachable. Is it still running?',
          },
        }
      }
    }
  }
  for (const name of eventNames) {
    api[eventSubscriberName(name)] = (listener: (payload: unknown) => void) => {
      const set = listeners.get(name) ?? new Set()
      set.add(listener)
      listeners.set(name, set)
      if (!socket) connect()
      return () => set.delete(listener)
    }
  }
  return api as AssistantApi
}
