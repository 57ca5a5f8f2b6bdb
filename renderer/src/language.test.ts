import { describe, expect, it } from 'vitest'

import { readLanguage, writeLanguage } from './language'

function memoryStorage(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map(Object.entries(initial))
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) }
}

describe('the page language', () => {
  it('follows the system when it is Dutch, and is English otherwise', () => {
    expect(readLanguage(memoryStorage(), 'nl-NL')).toBe('nl')
    expect(readLanguage(memoryStorage(), 'nl-BE')).toBe('nl')
    expect(readLanguage(memoryStorage(), 'nl')).toBe('nl')
    expect(readLanguage(memoryStorage(), 'en-GB')).toBe('en')
    expect(readLanguage(memoryStorage(), 'de-DE')).toBe('en')
    expect(readLanguage(memoryStorage(), 'nds')).toBe('en')
    expect(readLanguage(memoryStorage(), undefined)).toBe('en')
  })

  it('keeps the person’s choice over the system’s language', () => {
    const storage = memoryStorage()
    writeLanguage('en', storage)
    expect(readLanguage(storage, 'nl-NL')).toBe('en')
    writeLanguage('nl', storage)
    expect(readLanguage(storage, 'en-US')).toBe('nl')
  })

  it('ignores a stored value that is not a language of the product', () => {
    expect(readLanguage(memoryStorage({ 'assistant.language': 'fr' }), 'nl-NL')).toBe('nl')
  })

  it('falls back to the system when storage is unavailable', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
    }
    expect(readLanguage(broken, 'nl-NL')).toBe('nl')
  })
})
