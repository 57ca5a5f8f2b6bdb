import { describe, expect, it } from 'vitest'

import { formatElapsed } from './run-timeline'

describe('elapsed time in plain words', () => {
  it('says seconds under a minute and minutes with padded seconds after', () => {
    expect(formatElapsed(0)).toBe('0 s')
    expect(formatElapsed(42_900)).toBe('42 s')
    expect(formatElapsed(185_000)).toBe('3 min 05 s')
    expect(formatElapsed(-5)).toBe('0 s')
  })
})
