import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AssignmentTarget } from '../../electron/services/setup/types'
import { Harness } from './harness'

/**
 * Pre-flight looks the principals up the way apply does: users, and groups by id, 20 to a JSON `$batch`
 * (https://learn.microsoft.com/graph/json-batching), so a long list costs a few round trips, not one each.
 */
describe('pre-flight: principals in batches', () => {
  let h: Harness

  beforeAll(async () => {
    h = await Harness.start({ seed: 'preflight-lookups' })
  })
  afterAll(async () => {
    await h?.stop()
  })

  it('checks 27 principals (users and a group by id) in two $batch requests, with no single lookups', async () => {
    const users = await h
      .engine()
      .graph.get<{ value: { userPrincipalName: string }[] }>('/users?$select=userPrincipalName&$top=25')
    if (!users.ok) throw new Error(users.error.message)
    const [groupId] = await h.principalIds([{ kind: 'group', ref: 'HelloID Users' }])
    const targets: AssignmentTarget[] = [
      ...users.value.body.value.map((u) => ({ kind: 'user' as const, ref: u.userPrincipalName })),
      { kind: 'group', ref: groupId ?? '' },
      { kind: 'user', ref: 'nobody@contoso.onmicrosoft.com' },
    ]
    expect(targets).toHaveLength(27)

    const since = await h.lastSeq()
    const report = await h.engine().preflight({ assignments: targets })
    const checks = report.checks.filter((c) => c.id.startsWith('assign-'))
    // Found: pass (or a warning about nested groups); the one that does not exist fails.
    expect(checks.filter((c) => c.status !== 'fail')).toHaveLength(26)
    expect(checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([
      'assign-user-nobody@contoso.onmicrosoft.com',
    ])

    const sent = (await h.requests()).filter((r) => r.seq > since)
    const topLevel = sent.filter((r) => !r.batch)
    const lookups = (rs: typeof sent) => rs.filter((r) => /^\/v1\.0\/(users|groups)\/[^/]+$/.test(r.path))
    expect(lookups(topLevel)).toEqual([])
    expect(lookups(sent.filter((r) => r.batch))).toHaveLength(27)
    // Pre-flight's own first batch, then 27 lookups in batches of at most 20.
    expect(topLevel.filter((r) => r.path === '/v1.0/$batch')).toHaveLength(3)
  })
})
