import { eventChannel, operationChannel, operationNames } from '../../shared/contract'
import { errorTable } from '../../shared/errors'
import { fail } from '../../shared/result'
import type { EventBus } from '../services/events'
import type { Logger } from '../services/log/logger'
import { dispatchOperation } from './dispatch'
import type { HandlerTable } from './handler-table'

/** The part of a sender frame the trust check reads (Electron's WebFrameMain). */
export interface SenderFrameLike {
  url: string
  parent: unknown
}

/** The part of an IPC invoke event the binding reads (Electron's IpcMainInvokeEvent). */
export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null
}

/** The part of Electron's ipcMain the binding uses; main passes the real one, tests a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>): void
  removeHandler(channel: string): void
}

/**
 * Binds every contract operation to `ipcMain.handle`. Each call is refused unless it comes from the
 * top-level frame of our own page (`isTrustedUrl`), and its payload is parsed before the handler runs.
 * Returns a function that unbinds everything.
 */
export function bindIpcHandlers(
  ipc: IpcMainLike,
  table: HandlerTable,
  isTrustedUrl: (url: string) => boolean,
  log: Logger,
): () => void {
  for (const name of operationNames) {
    ipc.handle(operationChannel(name), async (event, payload) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        log.warn('refused IPC from an untrusted sender', { operation: name })
        return fail({ code: 'FORBIDDEN_SENDER', message: errorTable.FORBIDDEN_SENDER })
      }
      return dispatchOperation(table, name, payload, log)
    })
  }
  return () => operationNames.forEach((name) => ipc.removeHandler(operationChannel(name)))
}

/** Forwards contract events to one window's web contents until it is destroyed. */
export function forwardEventsToContents(
  events: EventBus,
  contents: { send(channel: string, payload: unknown): void; isDestroyed(): boolean },
): () => void {
  const unsubscribe = events.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(eventChannel(event.name), event.payload)
  })
  return unsubscribe
}
