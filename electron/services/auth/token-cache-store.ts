import { readFile, rm } from 'node:fs/promises'

import { writeFileAtomic } from '../file-store'

/** Encrypts and decrypts the serialized token cache; Electron passes safeStorage, tests a real cipher. */
export interface CacheCipher {
  encrypt(plain: string): Buffer | Promise<Buffer>
  decrypt(sealed: Buffer): string | Promise<string>
}

/**
 * Where one customer's MSAL cache lives. `encrypted-file` persists across restarts; `memory` is used
 * when no OS-backed encryption exists (e.g. Linux without a keyring), so tokens never touch disk in clear.
 */
export interface TokenCacheStore {
  readonly persistence: 'encrypted-file' | 'memory'
  read(): Promise<string | null>
  write(serialized: string): Promise<void>
  erase(): Promise<void>
}

/** A cache that lives only as long as the process. */
export function createMemoryCacheStore(): TokenCacheStore {
  let data: string | null = null
  return {
    persistence: 'memory',
    read: async () => data,
    write: async (serialized) => {
      data = serialized
    },
    erase: async () => {
      data = null
    },
  }
}

/** A cache file sealed with the cipher and written atomically; an unreadable file counts as empty. */
export function createEncryptedFileCacheStore(filePath: string, cipher: CacheCipher): TokenCacheStore {
  // Writes run one after another in call order, so the newest cache is the one left on disk even
  // when sealing one takes longer than sealing the next.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    persistence: 'encrypted-file',
    async read() {
      let sealed: Buffer
      try {
        sealed = await readFile(filePath)
      } catch {
        return null
      }
      try {
        return await cipher.decrypt(sealed)
      } catch {
        // A cache from another machine or key is useless; start clean rather than fail sign-in.
        return null
      }
    },
    write(serialized) {
      const run = queue.then(async () => writeFileAtomic(filePath, await cipher.encrypt(serialized), 0o700))
      queue = run.catch(() => undefined)
      return run
    },
    erase: () => rm(filePath, { force: true }),
  }
}
