import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { defaultClientId } from '../../../shared/clouds'
import {
  clientIdFlag,
  DEPLOYMENT_FILE_NAME,
  deploymentFileCandidates,
  readDeploymentFile,
  resolveClientId,
  type DeploymentFile,
} from './client-id-resolver'

const FLAG = '11111111-1111-4111-8111-111111111111'
const ENV = '22222222-2222-4222-8222-222222222222'
const SETTINGS = '33333333-3333-4333-8333-333333333333'
const FILE = '44444444-4444-4444-8444-444444444444'
const fileWith = (clientId: string): DeploymentFile => ({ kind: 'valid', path: '/x', clientId })

function folderWith(content: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-'))
  if (content !== null) writeFileSync(join(dir, DEPLOYMENT_FILE_NAME), content)
  return dir
}

describe('client id precedence: flag > environment > Settings > deployment file > default', () => {
  const all = { flag: FLAG, environment: ENV, settings: SETTINGS, deploymentFile: fileWith(FILE) }

  it('each level wins over the ones below it', () => {
    expect(resolveClientId(all)).toEqual({ ok: true, value: { clientId: FLAG, source: 'flag' } })
    expect(resolveClientId({ ...all, flag: undefined })).toEqual({
      ok: true,
      value: { clientId: ENV, source: 'environment' },
    })
    expect(resolveClientId({ ...all, flag: '', environment: '  ' })).toEqual({
      ok: true,
      value: { clientId: SETTINGS, source: 'settings' },
    })
    expect(resolveClientId({ deploymentFile: fileWith(FILE), settings: '' })).toEqual({
      ok: true,
      value: { clientId: FILE, source: 'deployment-file' },
    })
    expect(resolveClientId({ deploymentFile: { kind: 'absent' } })).toEqual({
      ok: true,
      value: { clientId: defaultClientId, source: 'default' },
    })
  })

  it('a value that is not a GUID is an error naming where it came from, not a silent fallback', () => {
    const env = resolveClientId({
      environment: 'my-app',
      settings: SETTINGS,
      deploymentFile: { kind: 'absent' },
    })
    expect(env).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { source: 'environment' } },
    })
    if (!env.ok) expect(env.error.message).toContain('HELLOID_SETUP_CLIENT_ID')
    const flag = resolveClientId({ flag: 'x', deploymentFile: { kind: 'absent' } })
    if (!flag.ok) expect(flag.error.message).toContain('--client-id')
    else throw new Error('a bad flag must be refused')
  })

  it('reads the flag in both spellings', () => {
    expect(clientIdFlag(['electron', '.', '--client-id', FLAG])).toBe(FLAG)
    expect(clientIdFlag(['electron', '.', `--client-id=${FLAG}`])).toBe(FLAG)
    expect(clientIdFlag(['electron', '.', '--practice'])).toBeUndefined()
  })
})

describe('the deployment file beside the app', () => {
  it('is read from the first folder that has one', async () => {
    const empty = folderWith(null)
    const shipped = folderWith(JSON.stringify({ clientId: FILE }))
    const file = await readDeploymentFile(deploymentFileCandidates([empty, shipped, undefined]))
    expect(file).toEqual({ kind: 'valid', path: join(shipped, DEPLOYMENT_FILE_NAME), clientId: FILE })
    expect(resolveClientId({ deploymentFile: file })).toMatchObject({
      ok: true,
      value: { source: 'deployment-file' },
    })
    expect(await readDeploymentFile(deploymentFileCandidates([empty]))).toEqual({ kind: 'absent' })
  })

  it.each([
    ['not JSON', '{clientId: nope', 'not valid JSON'],
    [
      'a client id that is not a GUID',
      '{"clientId": "contoso-app"}',
      '“clientId”: The application (client) id is a GUID',
    ],
    ['an unknown setting', `{"clientId": "${FILE}", "tenant": "contoso"}`, 'unknown setting tenant'],
    ['no client id', '{}', '“clientId”'],
    ['an array', '[]', 'not a JSON object'],
  ])('%s: a clear error that names the file and the fix, never a crash', async (_name, content, problem) => {
    const dir = folderWith(content)
    const file = await readDeploymentFile(deploymentFileCandidates([dir]))
    expect(file).toMatchObject({ kind: 'invalid', path: join(dir, DEPLOYMENT_FILE_NAME) })
    const resolved = resolveClientId({ deploymentFile: file })
    expect(resolved).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { source: 'deployment-file' } },
    })
    if (resolved.ok) throw new Error('unreachable')
    expect(resolved.error.message).toContain(join(dir, DEPLOYMENT_FILE_NAME))
    expect(resolved.error.message).toContain(problem)
    expect(resolved.error.message).toContain('Fix or remove it')
    // A higher level still works: the bad file only matters when it is the one that counts.
    expect(resolveClientId({ settings: SETTINGS, deploymentFile: file })).toMatchObject({
      ok: true,
      value: { clientId: SETTINGS },
    })
  })

  it('an unreadable file (a folder by that name, or no permission) is reported, not thrown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-'))
    mkdirSync(join(dir, DEPLOYMENT_FILE_NAME))
    const folder = await readDeploymentFile(deploymentFileCandidates([dir]))
    expect(folder.kind === 'invalid' && folder.problem).toBe('unreadable')
    if (process.getuid?.() === 0) return // root reads anything
    const locked = folderWith(JSON.stringify({ clientId: FILE }))
    chmodSync(join(locked, DEPLOYMENT_FILE_NAME), 0o000)
    expect(await readDeploymentFile(deploymentFileCandidates([locked]))).toMatchObject({ kind: 'invalid' })
  })
})
