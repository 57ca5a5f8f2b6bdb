import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { composeServices } from '../../electron/hosts/compose'
import { createHandlerTable } from '../../electron/hosts/handler-table'
import { startWebHost, type WebHost } from '../../electron/hosts/web/server'
import { silentLogger } from '../../electron/services/log/logger'
import { Redactor } from '../../electron/services/log/redact'
import type { CustomerList } from '../../shared/contract'

// Renaming a customer through the loopback web host (the preview's and the e2e's host): the request is
// checked against the contract before any handler runs, the store refuses a name that is empty, too long
// or another customer's, and a rename changes the name only (the folder, and so the id, stay).

const dataDir = mkdtempSync(join(tmpdir(), 'rename-customer-'))
const services = composeServices({
  info: { version: '1.0.0', host: 'browser', practice: false },
  dataDir,
  log: silentLogger,
  redactor: new Redactor(),
  cipher: null,
  clientIds: { deploymentFile: { kind: 'absent' } },
  cloudFor: () => ({ authorityHost: 'https://login.invalid', scopePrefix: '' }),
  openBrowser: async () => undefined,
  openExternal: async () => undefined,
})
const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'))
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>')
let host: WebHost

beforeAll(async () => {
  host = await startWebHost({
    rendererDir,
    table: createHandlerTable(services),
    events: services.events,
    log: silentLogger,
  })
})
afterAll(() => host.stop())

interface Answer {
  ok: boolean
  value?: CustomerList
  error?: { code: string; words?: { code: string; params?: Record<string, unknown> } }
}

/** An operation as the page calls it: POST /api/<name> with the host's token, from its own origin. */
function call(operation: string, input: unknown): Promise<Answer> {
  const url = new URL(host.origin)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `/api/${operation}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: host.origin, 'x-assistant-token': host.token },
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve(JSON.parse(body) as Answer))
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify(input))
  })
}

const profileOf = (id: string): { name: string; nameFromTenant?: boolean } =>
  JSON.parse(readFileSync(join(dataDir, 'customers', id, 'profile.json'), 'utf8')) as { name: string }

describe('renaming a customer through the web host', () => {
  it('renames the open customer: the list, the session and the file say the new name; the folder stays', async () => {
    expect((await call('addCustomer', { name: 'Contoso', cloudId: 'global' })).ok).toBe(true)
    const added = await call('addCustomer', { name: 'Fabrikam', cloudId: 'global' })
    const fabrikam = added.value?.customers.find((c) => c.name === 'Fabrikam')
    if (!fabrikam) throw new Error('Fabrikam was not added')
    expect(added.value?.activeId).toBe(fabrikam.id)

    const published: CustomerList[] = []
    const stop = services.events.subscribe((event) => {
      if (event.name === 'customersChanged') published.push(event.payload as CustomerList)
    })
    const renamed = await call('renameCustomer', { id: fabrikam.id, name: '  Fabrikam Nederland BV ' })
    stop()
    expect(renamed.ok).toBe(true)
    expect(renamed.value?.customers.map((c) => [c.id, c.name])).toEqual([
      [expect.any(String), 'Contoso'],
      [fabrikam.id, 'Fabrikam Nederland BV'],
    ])
    // Every page open on this host hears it, and the open customer's session says the new name.
    expect(published.at(-1)?.customers.some((c) => c.name === 'Fabrikam Nederland BV')).toBe(true)
    expect(services.signIn.state().customer?.label).toBe('Fabrikam Nederland BV')
    expect(profileOf(fabrikam.id).name).toBe('Fabrikam Nederland BV')

    // The new name finds the same folder again (the CLI's --customer, a sign-in under that name).
    const again = await services.customers.add({ name: 'fabrikam nederland bv', cloudId: 'global' })
    expect(again.ok && again.value.customers.map((c) => c.id)).toEqual([expect.any(String), fabrikam.id])
  })

  it('refuses an empty, too long or taken name, and anything the contract does not allow, changing nothing', async () => {
    const list = await services.customers.list()
    const contoso = list.customers.find((c) => c.name === 'Contoso')
    if (!contoso) throw new Error('Contoso expected')
    const refusals: [unknown, string, string | undefined][] = [
      [{ id: contoso.id, name: '   ' }, 'INVALID_INPUT', 'problems.input.customerName'],
      [{ id: contoso.id, name: 'x'.repeat(81) }, 'INVALID_INPUT', 'problems.input.customerNameLong'],
      [{ id: contoso.id, name: 'FABRIKAM nederland bv' }, 'INVALID_INPUT', 'customers.problem.duplicate'],
      [{ id: '../settings', name: 'Elsewhere' }, 'INVALID_INPUT', 'problems.input.customerId'],
      [{ id: contoso.id, name: 'Contoso Ltd', tenant: 'x' }, 'INVALID_INPUT', undefined],
      [{ id: 'nobody', name: 'Nobody' }, 'NOT_FOUND', 'customers.problem.gone'],
    ]
    for (const [input, code, words] of refusals) {
      const answer = await call('renameCustomer', input)
      expect(answer.ok, JSON.stringify(input)).toBe(false)
      expect(answer.error?.code).toBe(code)
      if (words) expect(answer.error?.words?.code).toBe(words)
    }
    expect(profileOf(contoso.id).name).toBe('Contoso')
    // Its own name in other letters is not another customer's.
    expect((await call('renameCustomer', { id: contoso.id, name: 'CONTOSO' })).ok).toBe(true)
    expect(profileOf(contoso.id).name).toBe('CONTOSO')
  })
})
