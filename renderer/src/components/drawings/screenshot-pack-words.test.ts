import { describe, expect, it } from 'vitest'

import { screenshotPackProblemCodes, screenshotPackSources } from '../../../../shared/contract'
import { en } from '../../../../shared/i18n/en'

describe('screenshot pack words', () => {
  it('word every problem the loader reports, naming the file or folder and what to do', () => {
    const problems: Record<string, string> = en.screenshotPack.problem
    for (const code of screenshotPackProblemCodes) {
      const text = problems[code]
      expect(text, code).toBeTypeOf('string')
      // Each message names what it is about: the folder, the manifest, or the file and its step.
      expect(text, code).toMatch(/\{\{folder\}\}|manifest\.json|\{\{file\}\}/)
    }
  })

  it('name every place a pack can come from', () => {
    const sources: Record<string, string> = en.screenshotPack.source
    for (const source of screenshotPackSources) {
      if (source !== 'none') expect(sources[source], source).toBeTypeOf('string')
    }
  })
})
