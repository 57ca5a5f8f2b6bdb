import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

import type { CacheCipher } from '../../electron/services/auth/token-cache-store'

/** A real AES-GCM cipher standing in for Electron's safeStorage. */
export function testCipher(key = randomBytes(32)): CacheCipher {
  return {
    encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body])
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
      decipher.setAuthTag(sealed.subarray(12, 28))
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}
