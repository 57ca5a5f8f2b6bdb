import { readFileSync } from 'node:fs'

import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

import { electronSecurity } from '../eslint/electron-security.mjs'

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      ...electronSecurity,
    ],
  })
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.message)
}

const mainWindow = readFileSync('electron/main/main-window.ts', 'utf8')

describe('Electron web preferences (lint gate)', () => {
  it('accepts the real main window', async () => {
    expect(await lintAs('electron/main/main-window.ts', mainWindow)).toEqual([])
  })

  it.each([
    ['nodeIntegration: false', 'nodeIntegration: true'],
    ['contextIsolation: true', 'contextIsolation: false'],
    ['sandbox: true', 'sandbox: false'],
    ['webSecurity: true', 'webSecurity: false'],
    ['webviewTag: false', 'webviewTag: true'],
    ['nodeIntegration: false', 'nodeIntegration: process.env.DEBUG === "1"'],
  ])('fails when %s becomes %s', async (secure, broken) => {
    expect(mainWindow).toContain(secure)
    const messages = await lintAs('electron/main/main-window.ts', mainWindow.replace(secure, broken))
    expect(messages).toEqual([expect.stringContaining(`'${secure.split(':')[0] ?? ''}' must be`)])
  })

  it('refuses experimental Blink features anywhere in electron/', async () => {
    expect(
      await lintAs('electron/hosts/x.ts', "export const o = { enableBlinkFeatures: 'X' }\n"),
    ).toHaveLength(1)
  })
})
