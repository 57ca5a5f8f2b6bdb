import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { startPreviewHost } from '../../electron/hosts/web/preview'
import type { WebHost } from '../../electron/hosts/web/server'
import { silentLogger } from '../../electron/services/log/logger'

/** Starts the real web host on the built renderer with a throw-away data folder; records opened links. */
export async function startTestPreview(): Promise<{ host: WebHost; openedLinks: string[]; dataDir: string }> {
  const openedLinks: string[] = []
  const dataDir = mkdtempSync(join(tmpdir(), 'helloid-e2e-'))
  const host = await startPreviewHost({
    rendererDir: resolve('out/renderer'),
    dataDir,
    version: '0.0.0-test',
    log: silentLogger,
    openExternal: async (url) => {
      openedLinks.push(url)
    },
  })
  return { host, openedLinks, dataDir }
}
