/* eslint-disable no-console -- command-line entry point: prints the URL for the person. */
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

import { startPreviewHost } from '../electron/hosts/web/preview'
import { createConsoleLogger } from '../electron/services/log/console-logger'
import { Redactor } from '../electron/services/log/redact'
import { openInSystemBrowser } from '../electron/services/system-browser'
import packageJson from '../package.json'

const { values } = parseArgs({
  options: {
    'no-open': { type: 'boolean', default: false },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
  },
})

async function main(): Promise<void> {
  const log = createConsoleLogger(new Redactor())
  const host = await startPreviewHost({
    rendererDir: resolve('out/renderer'),
    dataDir: values['data-dir'] ?? join(homedir(), '.helloid-entra-setup', 'preview'),
    version: packageJson.version,
    log,
    openExternal: openInSystemBrowser,
    ...(values.port ? { port: Number(values.port) } : {}),
  })
  console.log(`HelloID Entra Setup Assistant preview: ${host.url}`)
  console.log('Open that address in a browser on this machine. Press Ctrl+C to stop.')
  if (!values['no-open']) {
    await openInSystemBrowser(host.url).catch(() =>
      console.log('Could not open a browser; open the address yourself.'),
    )
  }
  const stop = (): void => void host.stop().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
