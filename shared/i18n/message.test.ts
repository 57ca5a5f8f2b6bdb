import { describe, expect, it } from 'vitest'

import { messageSchema } from '../contract'
import { displayName, english, errorOf, identifier, msg, paramValues } from './message'

describe('messages from services', () => {
  it('word in English from the catalog, with parameters and plurals', () => {
    expect(english(msg('problems.setup.noUser', { user: identifier('adele@contoso.com') }))).toBe(
      'No user “adele@contoso.com” exists in this tenant.',
    )
    expect(english(msg('count.users', { count: 1 }))).toBe('1 user')
    expect(english(msg('count.users', { count: 3 }))).toBe('3 users')
    expect(english({ code: 'no.such.key' })).toBe('no.such.key')
  })

  it('carry identifiers and names marked, so the screen can mask them', () => {
    const message = msg('problems.setup.groupAmbiguous', { group: displayName('HelloID Users') })
    expect(messageSchema.parse(message)).toEqual(message)
    const masked = paramValues(message.params, {
      id: () => 'ID',
      name: (v) => `${v.charAt(0)}•••`,
      text: () => 'TEXT',
    })
    expect(masked).toEqual({ group: 'H•••' })
    expect(paramValues(message.params)).toEqual({ group: 'HelloID Users' })
  })

  it('make errors whose log line is the English of their words, or of their code', () => {
    const withWords = errorOf('INVALID_INPUT', msg('problems.setup.checksFirst'))
    expect(withWords).toEqual({
      code: 'INVALID_INPUT',
      message:
        'The checks have not run yet: run them first, with the HelloID URL and secret. Correct it and try again.',
      words: { code: 'problems.setup.checksFirst' },
    })
    expect(errorOf('BUSY').message).toBe(
      'The assistant is already working on this tenant. Wait for it to finish, then try again.',
    )
  })
})
