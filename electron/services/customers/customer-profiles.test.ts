import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { CustomerProfileStore, PROFILE_FILE, runStateFor } from './customer-profiles'

function store(now = () => new Date('2026-11-29T10:00:00.000Z')) {
  const dataDir = mkdtempSync(join(tmpdir(), 'profiles-'))
  return { dataDir, profiles: new CustomerProfileStore({ dataDir, now }) }
}

describe('customer profiles', () => {
  it('keeps a customer in its own folder, by the id sign-in has always used', async () => {
    const { dataDir, profiles } = store()
    const added = await profiles.ensure({
      name: 'Contoso Ltd',
      tenant: 'contoso.onmicrosoft.com',
      cloudId: 'global',
      helloIdPortal: 'https://contoso.helloid.com/scim/abc',
    })
    expect(added.ok).toBe(true)
    if (!added.ok) return
    expect(added.value.id).toMatch(/^contoso-ltd_[0-9a-f]{12}$/)
    // The portal is the HelloID address, not the SCIM path someone pasted.
    expect(added.value.helloIdPortal).toBe('https://contoso.helloid.com/')
    const file = join(dataDir, 'customers', added.value.id, 'profile.json')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ name: 'Contoso Ltd', cloudId: 'global' })
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)

    // The same name in other letters is the same customer; its first spelling stays.
    const again = await profiles.ensure({ name: ' contoso LTD ', cloudId: 'global' })
    expect(again.ok && again.value.id).toBe(added.value.id)
    expect(again.ok && again.value.name).toBe('Contoso Ltd')
    expect(again.ok && again.value.helloIdPortal).toBe('https://contoso.helloid.com/')
    expect(await profiles.list()).toHaveLength(1)
  })

  it('checks the portal address like the HelloID URL and changes nothing on a bad one', async () => {
    const { profiles } = store()
    for (const bad of ['http://contoso.helloid.com', 'https://user:pw@contoso.helloid.com', 'contoso']) {
      const r = await profiles.ensure({ name: 'Fabrikam', cloudId: 'global', helloIdPortal: bad })
      expect(r.ok, bad).toBe(false)
      if (!r.ok) expect(r.error.details?.field).toBe('helloIdPortal')
    }
    expect(await profiles.list()).toEqual([])
    const added = await profiles.ensure({ name: 'Fabrikam', cloudId: 'global' })
    if (!added.ok) throw new Error('not added')
    expect((await profiles.setHelloIdPortal(added.value.id, 'ftp://x')).ok).toBe(false)
    const set = await profiles.setHelloIdPortal(added.value.id, 'https://fabrikam.eu.helloid.com')
    expect(set.ok && set.value.helloIdPortal).toBe('https://fabrikam.eu.helloid.com/')
  })

  it('records the last run and lists by name', async () => {
    let clock = new Date('2026-11-29T10:00:00.000Z')
    const { profiles } = store(() => clock)
    const b = await profiles.ensure({ name: 'beta', cloudId: 'usGovL4' })
    const a = await profiles.ensure({ name: 'Alpha', cloudId: 'global' })
    if (!a.ok || !b.ok) throw new Error('not added')
    clock = new Date('2026-11-29T11:00:00.000Z')
    await profiles.recordRun(a.value.id, runStateFor('completed'))
    const listed = await profiles.list()
    expect(listed.map((p) => p.name)).toEqual(['Alpha', 'beta'])
    expect(listed[0]?.lastRun).toEqual({ state: 'completed', at: '2026-11-29T11:00:00.000Z' })
    expect(runStateFor('waiting')).toBe('in-progress')
    expect(runStateFor('quarantined')).toBe('needs-attention')
    expect(runStateFor('not-started')).toBe('needs-attention')
  })

  it('renames a customer in its own folder: only the name changes, written whole; bad names change nothing', async () => {
    const { dataDir, profiles } = store()
    const unnamed = await profiles.ensure({
      id: 'new-customer-0a1b2c3d',
      name: 'New customer',
      nameFromTenant: true,
      tenant: 'contoso.onmicrosoft.com',
      cloudId: 'global',
    })
    const other = await profiles.ensure({ name: 'Fabrikam', cloudId: 'global' })
    if (!unnamed.ok || !other.ok) throw new Error('not added')
    await profiles.recordRun(unnamed.value.id, 'completed')
    const file = join(dataDir, 'customers', unnamed.value.id, PROFILE_FILE)
    const before = readFileSync(file, 'utf8')

    for (const [name, key] of [
      ['', 'problems.input.customerName'],
      ['   ', 'problems.input.customerName'],
      ['x'.repeat(81), 'problems.input.customerNameLong'],
      [' fabrikam ', 'customers.problem.duplicate'],
    ] as const) {
      const refused = await profiles.rename(unnamed.value.id, name)
      expect(refused.ok, name).toBe(false)
      if (!refused.ok) expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', words: { code: key } })
    }
    expect(readFileSync(file, 'utf8')).toBe(before)
    expect((await profiles.rename('nobody', 'Nobody')).ok).toBe(false)

    const renamed = await profiles.rename(unnamed.value.id, '  Contoso Ltd ')
    expect(renamed.ok).toBe(true)
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    // A name of its own now: sign-in no longer names it after its tenant; the rest is as it was.
    expect(kept).toEqual({
      ...(JSON.parse(before) as object),
      name: 'Contoso Ltd',
      nameFromTenant: undefined,
    })
    expect('nameFromTenant' in kept).toBe(false)
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    // Written whole through a temporary file renamed over it: nothing else is left in the folder.
    expect(readdirSync(join(dataDir, 'customers', unnamed.value.id))).toEqual([PROFILE_FILE])
    // The new name finds the same folder; the old folder name is not a second customer.
    const found = await profiles.ensure({ name: 'contoso ltd', cloudId: 'global' })
    expect(found.ok && found.value.id).toBe(unnamed.value.id)
    expect((await profiles.list()).map((p) => p.name)).toEqual(['Contoso Ltd', 'Fabrikam'])
  })

  it('forgets a customer: its folder (tokens, journal, progress, profile) goes from disk, the others stay', async () => {
    const { dataDir, profiles } = store()
    const a = await profiles.ensure({ name: 'Alpha', cloudId: 'global' })
    const b = await profiles.ensure({ name: 'Beta', cloudId: 'global' })
    if (!a.ok || !b.ok) throw new Error('not added')
    const folder = profiles.folder(a.value.id)
    writeFileSync(join(folder, 'token-cache.bin'), 'sealed')
    writeFileSync(join(folder, 'journal.jsonl'), '{}\n')
    writeFileSync(join(folder, 'progress.json'), '{}')
    const forgotten = await profiles.forget(a.value.id)
    expect(forgotten).toEqual({ ok: true, value: { removed: ['journal', 'profile', 'progress', 'tokens'] } })
    expect(existsSync(folder)).toBe(false)
    expect(existsSync(profiles.folder(b.value.id))).toBe(true)
    expect((await profiles.forget(a.value.id)).ok).toBe(false)
    // An id that could leave the customers folder is refused outright.
    expect((await profiles.forget('../x')).ok).toBe(false)
    expect(existsSync(dataDir)).toBe(true)
  })

  it('lists a folder from before profiles existed under its folder name, and ignores a broken profile file', async () => {
    const { dataDir, profiles } = store()
    mkdirSync(join(dataDir, 'customers', 'default'), { recursive: true })
    writeFileSync(join(dataDir, 'customers', 'default', 'journal.jsonl'), '')
    mkdirSync(join(dataDir, 'customers', 'broken'), { recursive: true })
    writeFileSync(join(dataDir, 'customers', 'broken', 'profile.json'), '{not json')
    const listed = await profiles.list()
    expect(listed.map((p) => [p.id, p.name])).toEqual([
      ['broken', 'broken'],
      ['default', 'default'],
    ])
  })
})
