import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../simulator/index'
import { awkwardGroupNames } from '../simulator/tenant/seed'
import { control, graph, list, signIn, startTestSimulator, str } from '../tests/simulator/helpers'
import { runCliCaptured, simulatorArgs } from '../tests/support/cli'

// Group names travel from the command line through the engine's Graph queries to the simulator's OData
// parser: each must select exactly the group of that name, never another one and never more.

let sim: RunningSimulator
let dataDir: string
let groupIds: Map<string, string>

const cli = runCliCaptured

const checkStatus = (json: unknown, id: string): string | undefined =>
  ((json as { checks?: { id: string; status: string }[] }).checks ?? []).find((c) => c.id === id)?.status

async function assignedPrincipals(): Promise<string[]> {
  const state = await control<{ tenants: { id: string; assignments: { principalId: string }[] }[] }>(
    sim,
    '/state',
  )
  return (state.tenants.find((t) => t.id === sim.tenantId)?.assignments ?? []).map((a) => a.principalId)
}

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'cli-names' })
  const tokens = await signIn(sim, { account: 'appadmin' })
  // Every group, listed without any filter, so the expected ids do not depend on the code under test.
  const all = list((await graph(sim, tokens.access_token, 'GET', '/groups?$top=999')).body, 'value')
  groupIds = new Map(all.map((g) => [str(g, 'displayName'), str(g, 'id')]))
})
afterAll(() => sim.stop())
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cli-names-'))
  await control(sim, '/reset', {})
})

const base = (): string[] => simulatorArgs(sim, dataDir)

describe('group names on the command line', () => {
  it('assigns each awkwardly named group, and only it', async () => {
    const helloId = await control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
    const r = await cli(
      [
        'apply',
        ...base(),
        '--scim-url',
        helloId.url,
        '--secret-env',
        'HS',
        ...awkwardGroupNames.flatMap((name) => ['--assign', `group:${name}`]),
        '--yes',
      ],
      { HS: helloId.secret },
    )
    expect(r.code, JSON.stringify(r.json)).toBe(0)
    const expected = awkwardGroupNames.map((name) => groupIds.get(name))
    expect(expected.every(Boolean)).toBe(true)
    expect((await assignedPrincipals()).sort()).toEqual([...expected].sort())
  })

  it.each([
    ['a plus sign is not a space', 'HelloID+Users'],
    ['a quote cannot widen the filter', "x' or startswith(displayName,'HelloID') or displayName eq '"],
    ['percent-escapes stay literal', 'x%27 or startswith(displayName,%27HelloID%27) or displayName eq %27'],
    ['an ampersand cannot add a parameter', "x&$filter=displayName eq 'HelloID Users'"],
    ['a hash cannot cut the query', "HelloID Users' or displayName eq 'x#"],
  ])('%s: “%s” names no group and changes nothing', async (_why, name) => {
    expect(groupIds.has(name)).toBe(false)
    const r = await cli(['preflight', ...base(), '--assign', `group:${name}`])
    expect(r.code).toBe(1)
    expect(checkStatus(r.json, `assign-group-${name}`)).toBe('fail')
    expect(await assignedPrincipals()).toEqual([])
  })
})
