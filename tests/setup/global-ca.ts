import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'

import { createSimulatorCa } from '../../simulator/core/simulator-ca'

/**
 * Creates one throw-away CA for the whole test run and exports it through NODE_EXTRA_CA_CERTS.
 *
 * Vitest's default `forks` pool starts its workers after global setup, so every worker (and the
 * msal-node / fetch clients inside it) trusts certificates the simulator issues from this CA.
 */
export default async function setup(): Promise<() => void> {
  // One folder per run, so two test runs at once never swap each other's CA.
  mkdirSync(join(process.cwd(), '.tmp'), { recursive: true })
  const dir = mkdtempSync(join(process.cwd(), '.tmp', 'test-ca-'))
  const { certPath, keyPath } = await createSimulatorCa(dir)
  process.env.NODE_EXTRA_CA_CERTS = certPath
  process.env.HELLOID_TEST_CA_CERT = certPath
  process.env.HELLOID_TEST_CA_KEY = keyPath
  return () => rmSync(dir, { recursive: true, force: true })
}
