import { join } from 'node:path'

import { createEventBus } from '../../services/events'
import type { Logger } from '../../services/log/logger'
import { createFileProgressStore } from '../../services/progress-store'
import { createHandlerTable } from '../handler-table'
import { startWebHost, type WebHost } from './server'

/** Options for the browser preview: where state lives and how links open. */
export interface PreviewOptions {
  rendererDir: string
  dataDir: string
  version: string
  log: Logger
  openExternal: (url: string) => Promise<void>
  port?: number
  token?: string
}

/** Wires the services and the handler table into a loopback web host (browser preview, e2e tests). */
export async function startPreviewHost(options: PreviewOptions): Promise<WebHost> {
  const events = createEventBus((error) =>
    options.log.warn('event listener failed', { error: String(error) }),
  )
  const table = createHandlerTable({
    info: { version: options.version, host: 'browser', practice: false },
    progress: createFileProgressStore(join(options.dataDir, 'progress.json')),
    events,
    openExternal: options.openExternal,
  })
  return startWebHost({
    rendererDir: options.rendererDir,
    table,
    events,
    log: options.log,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.token !== undefined ? { token: options.token } : {}),
  })
}
