import { describe, expect, it } from 'vitest'

import { Redactor } from './redact'

const canary = 'CANARY-secret-7f3a9c1e5b'

describe('redactor', () => {
  it('masks registered secrets, bearer headers and JWTs in text', () => {
    const r = new Redactor()
    r.register(canary)
    const line = r.text(
      `token ${canary} and Authorization: Bearer abcdefghijkl and eyJhbGciOi.eyJzdWIiOi.sig`,
    )
    expect(line).not.toContain(canary)
    expect(line).not.toContain('abcdefghijkl')
    expect(line).not.toContain('eyJhbGciOi.eyJzdWIiOi')
  })

  it('masks secret-named fields and registered values deep inside objects', () => {
    const r = new Redactor()
    r.register(canary)
    const out = JSON.stringify(
      r.value({ SecretToken: 'x', nested: [{ note: `value ${canary}`, refresh_token: 'rt' }], count: 3 }),
    )
    expect(out).not.toContain(canary)
    expect(out).not.toContain('"rt"')
    expect(out).toContain('"count":3')
  })
})
