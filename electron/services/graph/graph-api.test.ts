import { describe, expect, it, vi } from 'vitest'

import { silentLogger } from '../log/logger'
import { GraphApi } from './graph-api'

/** A client of the global Graph whose token source records every call. */
function globalGraph() {
  const tokens = vi.fn(async () => ({ ok: true as const, value: { accessToken: 'x.y.z', tenantId: 't' } }))
  const graph = new GraphApi({
    graphBaseUrl: 'https://graph.microsoft.com',
    tokens,
    customerTenantId: () => null,
    log: silentLogger,
  })
  return { graph, tokens }
}

describe('GraphApi links', () => {
  it('never follows (or sends a token to) a link on another host or scheme', async () => {
    const { graph, tokens } = globalGraph()
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

  it('refuses a $batch of more than 20 requests before asking for a token, with catalog words', async () => {
    const { graph, tokens } = globalGraph()
    const items = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'GET' as const,
      url: '/me',
    }))
    expect(await graph.batch(items, 'read')).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', words: { code: 'problems.graph.batchLimit', params: { size: 21 } } },
    })
    expect(tokens).not.toHaveBeenCalled()
  })
})
