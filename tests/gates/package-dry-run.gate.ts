import { cpSync, mkdtempSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { packageDryRun } from '../../scripts/ci/package-dry-run'

/**
 * The packaging gate fails when the package would ship something it must not. Each case packs a
 * throw-away copy of the project (build output, manifest, lock, config, icons; node_modules linked)
 * with one thing broken. The gate's passing run on the real project is `npm run gate:package` in CI.
 */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'helloid-gate-project-'))
  for (const name of ['out', 'build', 'package.json', 'package-lock.json', 'electron-builder.yml']) {
    cpSync(resolve(name), join(dir, name), { recursive: true })
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

describe('packaging gate', () => {
  it('fails when a test file reaches the archive', async () => {
    const dir = projectCopy()
    writeFileSync(join(dir, 'out', 'main', 'helper.test.js'), 'module.exports = {}\n')
    const result = await packageDryRun(dir)
    expect(result.ok).toBe(false)
    expect(result.problems).toContain('test file: /out/main/helper.test.js')
    // Everything else about the package was fine: the fuses were flipped as configured.
    expect(result.fuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true })
  })

  it('fails when electron-builder.yml has a typo', async () => {
    const dir = projectCopy()
    const yaml = readFileSync(join(dir, 'electron-builder.yml'), 'utf8')
    writeFileSync(
      join(dir, 'electron-builder.yml'),
      yaml.replace('hardenedRuntime: true', 'hardendRuntime: true'),
    )
    const result = await packageDryRun(dir)
    expect(result.ok).toBe(false)
    expect(result.log).toMatch(/hardendRuntime|configuration\.mac/)
  })
})
