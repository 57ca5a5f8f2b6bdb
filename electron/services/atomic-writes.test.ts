import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { steps } from '../../shared/steps'
import { testCipher } from '../../tests/support/test-cipher'
import { createEncryptedFileCacheStore } from './auth/token-cache-store'
import { createFileProgressStore } from './progress-store'

// Saves that overlap (a fast-clicking person, MSAL writing the cache after every token) must all
// succeed, leave one valid file holding the last save, and no temporary files behind.

const PARALLEL = 40

describe('atomic writes under concurrency', () => {
  it(`${PARALLEL} parallel progress saves: no error, the last one wins, the file is valid`, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'atomic-')), 'progress.json')
    const store = createFileProgressStore(file)
    const saves = Array.from({ length: PARALLEL }, (_, i) =>
      store.save({
        currentStepId: steps[i % steps.length]?.id ?? '',
        completedStepIds: steps.slice(0, i % steps.length).map((s) => s.id),
      }),
    )
    const results = await Promise.allSettled(saves)
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    const last = results.at(-1)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(last?.status === 'fulfilled' ? last.value : null)
    expect(readdirSync(dirname(file))).toEqual(['progress.json'])
  })

  it(`${PARALLEL} parallel encrypted token cache writes: no error, still readable, the last one wins`, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'atomic-')), 'profile', 'token-cache.bin')
    const store = createEncryptedFileCacheStore(file, testCipher(Buffer.alloc(32, 7)))
    const caches = Array.from({ length: PARALLEL }, (_, i) =>
      JSON.stringify({ AccessToken: { [`k${i}`]: { secret: 'x'.repeat(2000 + i * 97) } } }),
    )
    const results = await Promise.allSettled(caches.map((c) => store.write(c)))
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    const again = createEncryptedFileCacheStore(file, testCipher(Buffer.alloc(32, 7)))
    expect(await again.read()).toBe(caches.at(-1))
    expect(readdirSync(dirname(file))).toEqual(['token-cache.bin'])
  })
})
