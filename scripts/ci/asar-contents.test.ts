import { describe, expect, it } from 'vitest'

import { inspectAsar, packageFolder, requiredEntries, type LockPackages } from './asar-contents'

const lock: LockPackages = {
  'node_modules/zod': {},
  'node_modules/@azure/msal-node': {},
  'node_modules/@azure/msal-node/node_modules/uuid': {},
  'node_modules/react': { dev: true },
  'node_modules/fsevents': { devOptional: true },
}
const noContents = (): string | null => null
const base = [...requiredEntries, '/out/renderer/assets/index-abc.js', '/node_modules/zod/index.js']

describe('asar contents', () => {
  it('accepts build output, package.json and production packages', () => {
    expect(
      inspectAsar([...base, '/node_modules/@azure/msal-node/node_modules/uuid/index.js'], lock, noContents),
    ).toEqual([])
  })

  it.each([
    ['/out/main/index.js.map', 'source map: /out/main/index.js.map'],
    ['/electron/main/index.ts', 'not build output: /electron/main/index.ts'],
    ['/out/main/leftover.ts', 'source file: /out/main/leftover.ts'],
    ['/out/main/helper.test.js', 'test file: /out/main/helper.test.js'],
    ['/out/tests/fixture.json', 'test file: /out/tests/fixture.json'],
    ['/out/.env', 'possible secret: /out/.env'],
    ['/out/main/ca-key.pem', 'possible secret: /out/main/ca-key.pem'],
    ['/node_modules/react/index.js', 'dev dependency: node_modules/react'],
    ['/node_modules/fsevents/fsevents.node', 'dev dependency: node_modules/fsevents'],
    ['/node_modules/left-pad/index.js', 'package not in package-lock.json: node_modules/left-pad'],
  ])('refuses %s', (entry, problem) => {
    expect(inspectAsar([...base, entry], lock, noContents)).toContain(problem)
  })

  it('finds a private key inside an app file, but not a PEM header template', () => {
    const key = `-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'.repeat(4)}\n-----END PRIVATE KEY-----`
    const read = (entry: string): string | null =>
      entry === '/out/main/index.js'
        ? `const pem = ${JSON.stringify(key)}`
        : 'const header = "-----BEGIN RSA PRIVATE KEY-----"'
    expect(inspectAsar(base, lock, read)).toEqual(['private key in: /out/main/index.js'])
  })

  it('needs the build output', () => {
    expect(inspectAsar(['/package.json'], lock, noContents)).toEqual(
      requiredEntries.filter((e) => e !== '/package.json').map((e) => `missing: ${e}`),
    )
  })

  it('names the package folder of nested and scoped packages', () => {
    expect(packageFolder('/node_modules/@azure/msal-node/dist/index.js')).toBe(
      'node_modules/@azure/msal-node',
    )
    expect(packageFolder('/node_modules/a/node_modules/@s/b/x.js')).toBe('node_modules/a/node_modules/@s/b')
    expect(packageFolder('/out/main/index.js')).toBeNull()
  })
})
