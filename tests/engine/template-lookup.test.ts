import { describe, expect, it } from 'vitest'

import { ok } from '../../shared/result'
import type { GraphApi } from '../../electron/services/graph/graph-api'
import { TenantReader } from '../../electron/services/setup/tenant-reader'

interface Entry {
  id: string
  displayName: string
  publisher?: string
  supportedProvisioningTypes: string[]
}

/** A gallery answering the two documented filters (eq and contains on displayName), case-insensitively. */
function gallery(entries: Entry[]): { reader: TenantReader; asked: string[] } {
  const asked: string[] = []
  const graph = {
    get: async (path: string) => {
      asked.push(path)
      const filter = decodeURIComponent(path.split('$filter=')[1] ?? '')
      const eq = /^displayName eq '(.*)'$/.exec(filter)
      const contains = /^contains\(displayName, '(.*)'\)$/.exec(filter)
      const value = entries.filter((e) =>
        eq
          ? e.displayName.toLowerCase() === (eq[1] ?? '').toLowerCase()
          : contains
            ? e.displayName.toLowerCase().includes((contains[1] ?? '').toLowerCase())
            : true,
      )
      return ok({ status: 200, body: { value }, requestId: null, clientRequestId: 'c' })
    },
  } as unknown as GraphApi
  return { reader: new TenantReader(graph), asked }
}

const sso: Entry = { id: 'sso', displayName: 'HelloID SSO', supportedProvisioningTypes: [] }

describe('HelloID template lookup', () => {
  it('takes the exact name first, ignoring look-alikes, without a second query', async () => {
    const { reader, asked } = gallery([
      { id: 'real', displayName: 'HelloID', supportedProvisioningTypes: ['sync'] },
      sso,
      { id: 'sa', displayName: 'HelloID Service Automation', supportedProvisioningTypes: ['sync'] },
    ])
    const found = await reader.helloIdTemplate()
    expect(found.ok && found.value?.id).toBe('real')
    expect(asked).toHaveLength(1)
  })

  it('an exact name without provisioning does not count; the fallback still insists on provisioning', async () => {
    const { reader, asked } = gallery([
      { id: 'sso-named', displayName: 'HelloID', supportedProvisioningTypes: [] },
      sso,
      { id: 'renamed', displayName: 'HelloID (Tools4ever)', supportedProvisioningTypes: ['sync'] },
    ])
    const found = await reader.helloIdTemplate()
    expect(found.ok && found.value?.id).toBe('renamed')
    expect(decodeURIComponent(asked[1] ?? '')).toContain("contains(displayName, 'HelloID')")
  })

  it('several look-alikes with provisioning: a clear message naming them, no guess', async () => {
    const { reader } = gallery([
      sso,
      {
        id: 'a',
        displayName: 'HelloID Provisioning',
        publisher: 'Tools4ever',
        supportedProvisioningTypes: ['sync'],
      },
      { id: 'b', displayName: 'HelloID Cloud', supportedProvisioningTypes: ['sync'] },
    ])
    const found = await reader.helloIdTemplate()
    expect(found.ok).toBe(false)
    if (found.ok) return
    expect(found.error.message).toContain('“HelloID Provisioning” (Tools4ever)')
    expect(found.error.message).toContain('“HelloID Cloud”')
    expect(found.error.message).toContain('does not guess')
  })

  it('nothing with provisioning: not found', async () => {
    const { reader } = gallery([sso])
    expect(await reader.helloIdTemplate()).toEqual({ ok: true, value: null })
  })
})
