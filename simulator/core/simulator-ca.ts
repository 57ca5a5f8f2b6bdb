import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { generate } from 'selfsigned'
import { onExit } from 'signal-exit'

/** A throw-away CA for an embedded simulator, in memory: its certificate and private key (PEM). */
export async function generateSimulatorCa(): Promise<{ cert: string; key: string }> {
  const pems = await generate([{ name: 'commonName', value: 'HelloID Setup Simulator CA' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  })
  return { cert: pems.cert, key: pems.private }
}

/** Creates a throw-away CA in `dir` for an embedded simulator (the host restarts itself to trust it) or a test run. */
export async function createSimulatorCa(dir: string): Promise<{ certPath: string; keyPath: string }> {
  const pems = await generateSimulatorCa()
  const certPath = join(dir, 'ca.pem')
  const keyPath = join(dir, 'ca-key.pem')
  await writeFile(certPath, pems.cert)
  await writeFile(keyPath, pems.key, { mode: 0o600 })
  return { certPath, keyPath }
}

/** A simulator CA in its own temp folder, which goes when this process ends. */
export interface TemporaryCa {
  certPath: string
  keyPath: string
  dir: string
}

/**
 * Creates a simulator CA in a fresh temp folder and removes the folder (private key included) when
 * this process ends: a normal exit, an uncaught error, or SIGINT/SIGTERM/SIGHUP. Only SIGKILL can
 * leave it behind.
 */
export async function createTemporarySimulatorCa(prefix: string): Promise<TemporaryCa> {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const remove = (): void => rmSync(dir, { recursive: true, force: true })
  onExit(() => remove())
  try {
    return { ...(await createSimulatorCa(dir)), dir }
  } catch (error) {
    remove()
    throw error
  }
}

/**
 * Runs this script again with the same Node flags in a child that trusts `certPath` (Node reads extra
 * CAs only at start) and resolves with its exit code. A signal that ends this process is passed on, so
 * the child never outlives the CA folder it uses.
 */
export function runAgainTrusting(
  scriptArgs: readonly string[],
  certPath: string,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...scriptArgs], {
    stdio: 'inherit',
    env: { ...env, NODE_EXTRA_CA_CERTS: certPath },
  })
  const stopForwarding = onExit((_code, signal) => {
    if (signal && child.exitCode === null) child.kill(signal)
  })
  return new Promise((resolve) => {
    child.once('error', () => resolve(1))
    child.once('exit', (code, signal) => {
      stopForwarding()
      resolve(code ?? (signal ? 128 + 15 : 1))
    })
  })
}
