import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

import { boundaries, layerOf } from '../eslint/boundaries.mjs'

/** Lints source text as if it lived at `filePath`, with exactly the project's boundary rules. */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
      ...boundaries,
    ],
  })
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`)
}

const importing = (source: string): string => `import { x } from '${source}'\nexport const y = x\n`

describe('layer boundaries (an allow-list)', () => {
  // The wrong-way imports the codebase once had, each now refused.
  it.each([
    [
      'a CI script importing test code',
      'scripts/soak.ts',
      '../tests/engine/harness',
      /scripts\/ may not import from tests/,
    ],
    ['services importing vitest', 'electron/services/helloid/canary.ts', 'vitest', /test tool/],
    [
      'the CLI reaching into electron/hosts',
      'cli/simulated.ts',
      '../electron/hosts/practice/practice-tenant',
      /cli\/ may not import from electron\/hosts/,
    ],
    [
      'a script reaching into electron/hosts',
      'scripts/preview.ts',
      '../electron/hosts/web/preview',
      /scripts\/ may not import from electron\/hosts/,
    ],
    [
      'graph importing auth',
      'electron/services/graph/graph-api.ts',
      '../auth/auth-service',
      /electron\/services\/graph\/ may not import from electron\/services\/auth/,
    ],
    [
      'simulator state importing the authority',
      'simulator/state/simulator-state.ts',
      '../authority/store',
      /simulator\/state\/ may not import from simulator\/authority/,
    ],
    [
      'simulator state importing the SCIM server',
      'simulator/state/simulator-state.ts',
      '../scim/server',
      /simulator\/state\/ may not import from simulator\/scim/,
    ],
    [
      'services importing electron',
      'electron/services/fixture.ts',
      'electron',
      /Only electron\/main and electron\/preload may import electron/,
    ],
    ['hosts importing electron', 'electron/hosts/fixture.ts', 'electron', /Only electron\/main/],
    ['the renderer importing a Node built-in', 'renderer/src/fixture.ts', 'node:fs', /Node built-in/],
    ['the renderer importing a bare built-in', 'renderer/src/fixture.ts', 'fs', /Node built-in/],
    [
      'the renderer importing main-side code',
      'renderer/src/fixture.ts',
      '../../electron/hosts/handler-table',
      /renderer\/ may not import from electron\/hosts/,
    ],
    [
      'the renderer using a package it does not name',
      'renderer/src/fixture.ts',
      '@azure/msal-node',
      /may not use the package '@azure\/msal-node'/,
    ],
    [
      'shared importing a service',
      'shared/fixture.ts',
      '../electron/services/events',
      /shared\/ may not import from electron\/services/,
    ],
    [
      'the contract importing the renderer',
      'shared/contract/fixture.ts',
      '../../renderer/src/app',
      /may not import from renderer/,
    ],
    ['shared importing a Node built-in', 'shared/fixture.ts', 'node:path', /Node built-in/],
    [
      'the preload importing main-side code',
      'electron/preload/fixture.ts',
      '../hosts/ipc',
      /electron\/preload\/ may not import from electron\/hosts/,
    ],
    [
      'the preload importing a package',
      'electron/preload/fixture.ts',
      'zod',
      /may not use the package 'zod'/,
    ],
    [
      'the simulator importing the product',
      'simulator/graph/fixture.ts',
      '../../electron/services/setup/engine',
      /simulator\/graph\/ may not import from electron\/services\/setup/,
    ],
    [
      'a service importing a folder no layer names',
      'electron/services/setup/fixture.ts',
      '../../../docs/notes',
      /may not import from docs\/notes/,
    ],
  ])('refuses %s', async (_what, file, source, message) => {
    const messages = await lintAs(file, importing(source))
    expect(messages).toEqual([expect.stringMatching(message)])
    expect(messages[0]).toMatch(/^layers\/allowed-imports: /)
  })

  it('checks re-exports and dynamic imports too', async () => {
    expect(await lintAs('cli/fixture.ts', "export { x } from '../electron/hosts/compose'\n")).toHaveLength(1)
    expect(await lintAs('cli/fixture.ts', "export * from '../electron/main/index'\n")).toHaveLength(1)
    expect(
      await lintAs('cli/fixture.ts', "export const load = () => import('../electron/hosts/compose')\n"),
    ).toHaveLength(1)
  })

  it.each([
    ['main importing electron', 'electron/main/fixture.ts', 'electron'],
    ['main loading the simulator CA lazily', 'electron/main/fixture.ts', '../../simulator/core/simulator-ca'],
    ['the renderer importing shared', 'renderer/src/fixture.ts', '../../shared/steps'],
    ['the renderer importing the contract', 'renderer/src/fixture.ts', '../../shared/contract'],
    ['the renderer using Fluent', 'renderer/src/fixture.ts', '@fluentui/react-components'],
    ['the preload importing contract names', 'electron/preload/fixture.ts', '../../shared/contract/names'],
    ['the contract importing shared', 'shared/contract/fixture.ts', '../errors'],
    ['services using Node', 'electron/services/fixture.ts', 'node:fs'],
    ['setup building on graph', 'electron/services/setup/fixture.ts', '../graph/graph-api'],
    ['graph checking the token tenant', 'electron/services/graph/fixture.ts', '../token-tenant'],
    ['the authority reading state', 'simulator/authority/fixture.ts', '../state/simulator-state'],
    ['the CLI using the services', 'cli/fixture.ts', '../electron/services/setup/engine'],
    ['the CLI using the simulator', 'cli/fixture.ts', '../simulator'],
    ['a test importing anything', 'tests/fixture.ts', '../electron/hosts/compose'],
    ['a co-located test using vitest', 'electron/services/helloid/fixture.test.ts', 'vitest'],
    [
      'a co-located test using test support',
      'electron/services/fixture.test.ts',
      '../../tests/support/canary',
    ],
  ])('allows %s', async (_what, file, source) => {
    expect(await lintAs(file, importing(source))).toEqual([])
  })

  it('finds the most specific layer of a path', () => {
    expect(layerOf('electron/services/auth/auth-service.ts')?.path).toBe('electron/services/auth')
    expect(layerOf('electron/services/events.ts')?.path).toBe('electron/services')
    expect(layerOf('electron/services/x.test.ts')?.path).toBe('tests')
    expect(layerOf('simulator/core/simulator-ca')?.path).toBe('simulator/core/simulator-ca')
    expect(layerOf('eslint.config.mjs')).toBeNull()
  })
})
