import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { writeFileAtomic } from './file-store'

// The first save into a folder that does not exist yet has to create it; a save asked for just after it
// must still be the one left on disk.
describe('writes to one file', () => {
  it('land in the order they were asked for, even when the first one creates the folder', async () => {
    for (let round = 0; round < 20; round++) {
      const file = join(mkdtempSync(join(tmpdir(), 'order-')), 'a', 'b', 'c', 'd', 'progress.json')
      await Promise.all([writeFileAtomic(file, 'first'), writeFileAtomic(file, 'second')])
      expect(readFileSync(file, 'utf8')).toBe('second')
    }
  })
})
