import type { EventName, EventPayload } from '../../shared/contract'

/** A published event as hosts forward it to the UI. */
export interface OutgoingEvent<N extends EventName = EventName> {
  name: N
  payload: EventPayload<N>
}

/** Fan-out of contract events from services to whichever hosts are attached. */
export interface EventBus {
  publish<N extends EventName>(name: N, payload: EventPayload<N>): void
  subscribe(listener: (event: OutgoingEvent) => void): () => void
}

/** Creates an in-process event bus. A failing listener never stops delivery to the others. */
export function createEventBus(onListenerError: (error: unknown) => void = () => undefined): EventBus {
  const listeners = new Set<(event: OutgoingEvent) => void>()
  return {
    publish(name, payload) {
      for (const listener of listeners) {
        try {
          listener({ name, payload })
        } catch (error) {
          onListenerError(error)
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
