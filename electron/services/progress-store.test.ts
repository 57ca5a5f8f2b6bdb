import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { createFileProgressStore, initialProgress } from './progress-store'

const tempFile = (): string => join(mkdtempSync(join(tmpdir(), 'progress-')), 'nested', 'progress.json')

describe('file progress store', () => {
  it('starts at step 1 and keeps what was saved across instances', async () => {
    const file = tempFile()
    expect(await createFileProgressStore(file).load()).toEqual(initialProgress())
    await createFileProgressStore(file).save({
      currentStepId: 'azure-test-connection',
      completedStepIds: ['azure-sign-in', 'helloid-open-azure-ad'],
    })
    expect(await createFileProgressStore(file).load()).toEqual({
      currentStepId: 'azure-test-connection',
      completedStepIds: ['helloid-open-azure-ad', 'azure-sign-in'],
    })
  })

  it('drops unknown or repeated ids and survives a corrupt file', async () => {
    const file = tempFile()
    const store = createFileProgressStore(file)
    const saved = await store.save({
      currentStepId: 'no-such-step',
      completedStepIds: ['azure-sign-in', 'azure-sign-in', 'bogus'],
    })
    expect(saved).toEqual({ currentStepId: 'helloid-open-azure-ad', completedStepIds: ['azure-sign-in'] })
    writeFileSync(file, '{not json')
    expect(await store.load()).toEqual(initialProgress())
    expect(await store.reset()).toEqual(initialProgress())
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(initialProgress())
  })
})
