/* eslint-disable no-console -- command-line entry point: prints the URL for the person. */
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

import packageJson from '../../../package.json'
import { createTemporarySimulatorCa, runAgainTrusting } from '../../../simulator/core/simulator-ca'
import { createConsoleLogger } from '../../services/log/console-logger'
import { Redactor } from '../../services/log/redact'
import { openInSystemBrowser } from '../../services/system-browser'
import { startPracticeTenant } from '../practice/practice-tenant'
import { startPreviewHost } from './preview'

const { values } = parseArgs({
  options: {
    'no-open': { type: 'boolean', default: false },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    practice: { type: 'boolean', default: false },
    'practice-account': { type: 'string', default: 'appadmin' },
    'practice-timing': { type: 'string', default: 'realistic' },
    'client-id': { type: 'string' },
    screenshots: { type: 'string' },
  },
})

async function main(): Promise<void> {
  // Practice mode embeds a simulated tenant; Node trusts its CA only if told at start, so restart once.
  // The CA folder (private key included) is removed when this process ends, signals included.
  if (values.practice && !process.env.HELLOID_PRACTICE_CA) {
    const ca = await createTemporarySimulatorCa('helloid-practice-')
    process.exitCode = await runAgainTrusting(process.argv.slice(1), ca.certPath, {
      ...process.env,
      HELLOID_PRACTICE_CA: ca.certPath,
      HELLOID_PRACTICE_CA_KEY: ca.keyPath,
    })
    return
  }
  const redactor = new Redactor()
  const log = createConsoleLogger(redactor)
  const practice =
    values.practice && process.env.HELLOID_PRACTICE_CA && process.env.HELLOID_PRACTICE_CA_KEY
      ? await startPracticeTenant({
          ca: { certPath: process.env.HELLOID_PRACTICE_CA, keyPath: process.env.HELLOID_PRACTICE_CA_KEY },
          account: values['practice-account'] ?? 'appadmin',
          timing: values['practice-timing'] === 'fast' ? 'fast' : 'realistic',
        })
      : null
  const host = await startPreviewHost({
    rendererDir: resolve('out/renderer'),
    dataDir: values['data-dir'] ?? join(homedir(), '.helloid-entra-setup', practice ? 'practice' : 'preview'),
    version: packageJson.version,
    log,
    redactor,
    openExternal: openInSystemBrowser,
    // The deployment file is looked for in the folder the preview runs from.
    deploymentFileDirs: [process.cwd()],
    // An organisation's screenshot pack: --screenshots, else a screenshots folder where the preview runs.
    ...(values.screenshots ? { screenshotsFolder: resolve(values.screenshots) } : {}),
    screenshotsBesideDirs: [join(process.cwd(), 'screenshots')],
    ...(values['client-id'] ? { clientId: values['client-id'] } : {}),
    ...(practice
      ? {
          simulated: practice.simulated,
          openBrowser: practice.openBrowser,
          mintPracticeHelloId: practice.mintHelloId,
          practiceTiming: practice.timing,
        }
      : {}),
    ...(values.port ? { port: Number(values.port) } : {}),
  })
  console.log(`HelloID Entra Setup Assistant ${practice ? 'practice mode' : 'preview'}: ${host.url}`)
  console.log('Open that address in a browser on this machine. Press Ctrl+C to stop.')
  if (!values['no-open']) {
    await openInSystemBrowser(host.url).catch(() =>
      console.log('Could not open a browser; open the address yourself.'),
    )
  }
  const stop = (): void => void Promise.all([host.stop(), practice?.stop()]).then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
