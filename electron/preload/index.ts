import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

import {
  eventChannel,
  eventNames,
  eventSubscriberName,
  operationChannel,
  operationNames,
} from '../../shared/contract/names'
import type { AssistantApi } from '../../shared/contract'

/**
 * Builds `window.assistant`: one function per contract operation and one subscriber per event. The
 * renderer never sees ipcRenderer or the raw IPC event object.
 */
function buildApi(): AssistantApi {
  const api: Record<string, unknown> = {}
  for (const name of operationNames) {
    api[name] = (input: unknown) => ipcRenderer.invoke(operationChannel(name), input)
  }
  for (const name of eventNames) {
    api[eventSubscriberName(name)] = (listener: (payload: unknown) => void) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
      ipcRenderer.on(eventChannel(name), wrapped)
      return () => ipcRenderer.removeListener(eventChannel(name), wrapped)
    }
  }
  return Object.freeze(api) as AssistantApi
}

contextBridge.exposeInMainWorld('assistant', buildApi())
