import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { generate } from 'selfsigned'

/** Creates a throw-away CA for an embedded simulator (the host restarts itself to trust it). */
export async function createSimulatorCa(dir: string): Promise<{ certPath: string; keyPath: string }> {
  const pems = await generate([{ name: 'commonName', value: 'HelloID Setup CLI Simulator CA' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  })
  const certPath = join(dir, 'ca.pem')
  const keyPath = join(dir, 'ca-key.pem')
  await writeFile(certPath, pems.cert)
  await writeFile(keyPath, pems.private, { mode: 0o600 })
  return { certPath, keyPath }
}
