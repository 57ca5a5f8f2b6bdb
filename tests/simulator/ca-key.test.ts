import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'

import { describe, expect, it } from 'vitest'

import { startSimulator } from '../../simulator/index'

// Practice mode hands the simulator its CA key in memory, so the key never has to stay on disk.

describe('simulator CA key', () => {
  it('takes the key in memory and serves a certificate that chains to the trusted CA', async () => {
    const certPath = process.env.HELLOID_TEST_CA_CERT
    const keyPath = process.env.HELLOID_TEST_CA_KEY
    if (!certPath || !keyPath) throw new Error('global-ca setup did not run')
    const sim = await startSimulator({
      profile: 'fast',
      seed: 'ca-key',
      ca: { certPath, keyPem: readFileSync(keyPath, 'utf8') },
    })
    try {
      // This process trusts the test CA only: the TLS handshake proves the chain.
      const res = await fetch(`${sim.urls.authority}/common/v2.0/.well-known/openid-configuration`)
      expect(res.status).toBe(200)
    } finally {
      await sim.stop()
    }
  })

  it('a CA it makes itself leaves only the certificate on disk', async () => {
    const sim = await startSimulator({ profile: 'fast', seed: 'ca-own' })
    try {
      expect(readdirSync(dirname(sim.caCert))).toEqual(['ca.pem'])
    } finally {
      await sim.stop()
      rmSync(dirname(sim.caCert), { recursive: true, force: true })
    }
  })
})
