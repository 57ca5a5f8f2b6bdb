import { describe, expect, it, vi } from 'vitest'

import { silentLogger } from '../log/logger'
import { GraphApi } from './graph-api'

describe('GraphApi links', () => {
  it('never follows (or sends a token to) a link on another host or scheme', async () => {
    const tokens = vi.fn(async () => ({ ok: true as const, value: { accessToken: 'x.y.z', tenantId: 't' } }))
    const graph = new GraphApi({
      graphBaseUrl: 'https://graph.microsoft.com',
      tokens,
      customerTenantId: () => null,
      log: silentLogger,
    })
    for (const link of [
      'https://evil.example/v1.0/users?$skiptoken=abc',
      'http://graph.microsoft.com/v1.0/users?$skiptoken=abc',
      'https://graph.microsoft.com.evil.example/v1.0/users',
      'file:///etc/passwd',
    ]) {
      expect(await graph.get(link)).toMatchObject({ ok: false, error: { code: 'GRAPH_ERROR' } })
    }
    expect(tokens).not.toHaveBeenCalled()
  })
})
