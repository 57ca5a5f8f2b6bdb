import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { judge, scan, scannerPath } from '../../scripts/ci/electronegativity'

/**
 * The Electronegativity gate fails on a finding nobody reviewed. Each case scans a throw-away copy of
 * what runs in Electron with one protection removed. The scanner lives in .ci/tools (`npm ci --prefix
 * .ci/tools`); the gate's passing run on the real project is `npm run gate:electronegativity` in CI.
 */
function copyWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'helloid-gate-scan-'))
  for (const name of ['electron', 'renderer/index.html', 'package.json']) {
    cpSync(resolve(name), join(dir, name), { recursive: true })
  }
  const target = join(dir, file)
  const before = readFileSync(target, 'utf8')
  const after = edit(before)
  expect(after).not.toBe(before)
  writeFileSync(target, after)
  return dir
}

describe('electronegativity gate', () => {
  it('fails when the sandbox is switched off (as Node integration would need)', async () => {
    const dir = copyWith('electron/main/main-window.ts', (text) =>
      text
        .replace('sandbox: true', 'sandbox: false')
        .replace('nodeIntegration: false', 'nodeIntegration: true'),
    )
    // Electronegativity reports the sandbox, not nodeIntegration, when a sandbox key is present; the
    // lint rule on web preferences fails on `nodeIntegration: true` itself.
    const { failing } = judge(await scan(dir, scannerPath(process.cwd())))
    expect(failing.map((f) => `${f.check} ${f.file}`)).toContain(
      'SANDBOX_JS_CHECK electron/main/main-window.ts',
    )
  })

  it('fails when context isolation is switched off', async () => {
    const dir = copyWith('electron/main/main-window.ts', (text) =>
      text.replace('contextIsolation: true', 'contextIsolation: false'),
    )
    const { failing } = judge(await scan(dir, scannerPath(process.cwd())))
    expect(failing.map((f) => `${f.check} ${f.file}`)).toContain(
      'CONTEXT_ISOLATION_JS_CHECK electron/main/main-window.ts',
    )
  })
})
