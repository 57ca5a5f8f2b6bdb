import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate } from 'selfsigned'

export interface CertificateAuthority {
  certPem: string
  keyPem: string
  certPath: string
}

export interface ServerCertificate {
  cert: string
  key: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The CA a caller trusts: its certificate file and its private key, from a file (tests' global CA) or
 * handed over in memory (practice mode keeps it off the disk).
 */
export type CaSource = { certPath: string; keyPath: string } | { certPath: string; keyPem: string }

/**
 * Loads the CA a caller trusts, or creates one and reports the path of its certificate. A created CA's
 * private key stays in memory: nothing outside this process needs it.
 */
export async function loadOrCreateCa(source?: CaSource): Promise<CertificateAuthority> {
  if (source) {
    return {
      certPem: readFileSync(source.certPath, 'utf8'),
      keyPem: 'keyPem' in source ? source.keyPem : readFileSync(source.keyPath, 'utf8'),
      certPath: source.certPath,
    }
  }
  const pems = await generate([{ name: 'commonName', value: 'Entra Simulator Local CA' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - DAY_MS),
    notAfterDate: new Date(Date.now() + 365 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  })
  const dir = mkdtempSync(join(tmpdir(), 'entra-sim-ca-'))
  const certPath = join(dir, 'ca.pem')
  writeFileSync(certPath, pems.cert)
  return { certPem: pems.cert, keyPem: pems.private, certPath }
}

const LEAF_EXTENSIONS = [
  { name: 'basicConstraints' as const, cA: false },
  { name: 'keyUsage' as const, digitalSignature: true, keyEncipherment: true, critical: true },
  { name: 'extKeyUsage' as const, serverAuth: true },
  {
    name: 'subjectAltName' as const,
    altNames: [
      { type: 7 as const, ip: '127.0.0.1' },
      { type: 2 as const, value: 'localhost' },
    ],
  },
]

/** One leaf for every listener: IP 127.0.0.1 and DNS localhost, signed by the CA clients trust. */
export async function issueServerCertificate(ca: CertificateAuthority): Promise<ServerCertificate> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - DAY_MS),
    notAfterDate: new Date(Date.now() + 90 * DAY_MS),
    extensions: LEAF_EXTENSIONS,
    ca: { key: ca.keyPem, cert: ca.certPem },
  })
  return { cert: pems.cert, key: pems.private }
}

/** A self-signed leaf nobody trusts, for the "SCIM endpoint serves an untrusted certificate" fault. */
export async function issueUntrustedCertificate(): Promise<ServerCertificate> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - DAY_MS),
    notAfterDate: new Date(Date.now() + 30 * DAY_MS),
    extensions: LEAF_EXTENSIONS,
  })
  return { cert: pems.cert, key: pems.private }
}
