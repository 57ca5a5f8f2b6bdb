import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { testCipher } from '../../../tests/support/test-cipher'
import { createEncryptedFileCacheStore } from './token-cache-store'

describe('encrypted token cache file', () => {
  it('round-trips without the plaintext ever reaching the disk, and erases', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cache-')), 'profile', 'token-cache.bin')
    const store = createEncryptedFileCacheStore(file, testCipher())
    const secret = JSON.stringify({ RefreshToken: { x: { secret: 'CANARY-refresh-123456789' } } })
    await store.write(secret)
    expect(readFileSync(file).toString('latin1')).not.toContain('CANARY')
    expect(await store.read()).toBe(secret)
    await store.erase()
    expect(existsSync(file)).toBe(false)
    expect(await store.read()).toBeNull()
  })

  it('treats a file sealed with another key, or tampered, as empty', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cache-')), 'token-cache.bin')
    await createEncryptedFileCacheStore(file, testCipher()).write('{"a":1}')
    expect(await createEncryptedFileCacheStore(file, testCipher()).read()).toBeNull()
    writeFileSync(file, 'garbage')
    expect(await createEncryptedFileCacheStore(file, testCipher()).read()).toBeNull()
  })
})
