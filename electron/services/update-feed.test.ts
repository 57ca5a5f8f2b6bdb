import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  deploymentFileCandidates,
  readDeploymentFile,
  resolveClientId,
  type DeploymentFile,
} from './auth/client-id-resolver'
import { resolveUpdateFeed } from './update-feed'

const URL_A = 'https://updates.example.test/helloid-entra-setup'
const URL_B = 'https://downloads.example.test/assistant/'

async function deploymentFile(content: unknown) {
  const dir = await mkdtemp(join(tmpdir(), 'helloid-feed-'))
  await writeFile(join(dir, 'helloid-setup.config.json'), JSON.stringify(content))
  return readDeploymentFile(deploymentFileCandidates([dir]))
}

/** The deployment file's update address, as the main process hands it over. */
const urlOf = (file: DeploymentFile): string | undefined =>
  file.kind === 'valid' ? file.updateUrl : undefined

describe('update feed precedence: environment > deployment file > the build’s feed', () => {
  it('no feed anywhere means none (updates off), not an error', () => {
    expect(resolveUpdateFeed({ buildFeed: false })).toEqual({
      kind: 'none',
    })
    expect(resolveUpdateFeed({ environment: '  ', buildFeed: false })).toEqual({
      kind: 'none',
    })
  })

  it('the build’s feed is used when nothing overrides it', () => {
    expect(resolveUpdateFeed({ buildFeed: true })).toEqual({
      kind: 'build',
    })
  })

  it('the deployment file beats the build; the environment beats both', async () => {
    const file = await deploymentFile({ updateUrl: URL_B })
    expect(resolveUpdateFeed({ deploymentFile: urlOf(file), buildFeed: true })).toEqual({
      kind: 'url',
      url: URL_B,
      source: 'deployment-file',
    })
    expect(
      resolveUpdateFeed({ environment: ` ${URL_A} `, deploymentFile: urlOf(file), buildFeed: true }),
    ).toEqual({
      kind: 'url',
      url: URL_A,
      source: 'environment',
    })
  })

  it.each([
    ['http://updates.example.test/app', 'plain http'],
    ['updates.example.test/app', 'no scheme'],
    ['file:///C:/updates', 'a file path'],
    ['https://user:secret@updates.example.test/', 'credentials'],
    ['https://updates.example.test/?token=abc', 'a query'],
    ['https://localhost/', 'not a domain'],
  ])('refuses %s (%s) with a reason, and does not fall back to a lower setting', (value) => {
    const feed = resolveUpdateFeed({
      environment: value,
      deploymentFile: URL_B,
      buildFeed: true,
    })
    expect(feed).toMatchObject({ kind: 'invalid', source: 'environment' })
    // The reason is catalog words (the log words it in English), whichever rule the address broke.
    if (feed.kind === 'invalid') expect(feed.problem).toEqual({ code: 'problems.input.updateFeed' })
  })

  it('a bad update address in the deployment file turns off updates but leaves its client id usable', async () => {
    const clientId = '11112222-aaaa-3333-bbbb-4444cccc5555'
    const file = await deploymentFile({ clientId, updateUrl: 'ftp://updates.example.test/' })
    expect(resolveUpdateFeed({ deploymentFile: urlOf(file), buildFeed: true })).toMatchObject({
      kind: 'invalid',
      source: 'deployment-file',
    })
    expect(resolveClientId({ deploymentFile: file })).toEqual({
      ok: true,
      value: { clientId, source: 'deployment-file' },
    })
  })

  it('a deployment file with only an update address leaves the client id at the default', async () => {
    const file = await deploymentFile({ updateUrl: URL_A })
    expect(resolveClientId({ deploymentFile: file })).toMatchObject({
      ok: true,
      value: { source: 'default' },
    })
  })
})
