import { safeStorage } from 'electron'

import type { CacheCipher } from '../services/auth/token-cache-store'
import type { Logger } from '../services/log/logger'

/**
 * The token-cache cipher backed by the OS (DPAPI, Keychain, libsecret/kwallet). Returns null when only
 * Linux's hard-coded-password backend exists: then tokens stay in memory and the UI says so.
 */
export function safeStorageCipher(log: Logger): CacheCipher | null {
  if (!safeStorage.isEncryptionAvailable()) {
    log.warn('no OS encryption available; tokens stay in memory')
    return null
  }
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    log.warn('only the plain-text keyring backend exists; tokens stay in memory')
    return null
  }
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  }
}
