import type { AssistantApi } from '../../../shared/contract'
import { createWebAdapter, takeWebHostToken } from './web-adapter'

declare global {
  interface Window {
    /** Present when running inside Electron (set by the preload). */
    assistant?: AssistantApi
  }
}

/**
 * Picks the transport at start: Electron's preload bridge when present, otherwise the loopback web
 * host (browser preview). Returns null when neither is available (opened without the host's token).
 */
export function resolveApi(): AssistantApi | null {
  if (window.assistant) return window.assistant
  const token = takeWebHostToken(window.location, window.sessionStorage, window.history)
  return token ? createWebAdapter(token) : null
}
