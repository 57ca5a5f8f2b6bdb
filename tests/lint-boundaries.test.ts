import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

import { boundaries } from '../eslint/boundaries.mjs'

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

describe('layer boundaries', () => {
  it('fires when electron/services imports electron', async () => {
    const messages = await lintAs(
      'electron/services/fixture.ts',
      "import { app } from 'electron'\nexport const x = app\n",
    )
    expect(messages).toEqual([
      expect.stringContaining('Only electron/main and electron/preload may import electron'),
    ])
  })

  it('fires when the renderer imports Node built-ins or main-side code', async () => {
    expect(
      await lintAs(
        'renderer/src/fixture.ts',
        "import { readFile } from 'node:fs'\nexport const x = readFile\n",
      ),
    ).toHaveLength(1)
    expect(
      await lintAs('renderer/src/fixture.ts', "import fs from 'fs'\nexport const x = fs\n"),
    ).toHaveLength(1)
    expect(
      await lintAs(
        'renderer/src/fixture.ts',
        "import { createHandlerTable } from '../../electron/hosts/handler-table'\nexport const x = createHandlerTable\n",
      ),
    ).toEqual([expect.stringContaining('typed API')])
  })

  it('fires when shared/ imports another layer', async () => {
    expect(
      await lintAs(
        'shared/fixture.ts',
        "import { x } from '../electron/services/events'\nexport const y = x\n",
      ),
    ).toHaveLength(1)
    expect(
      await lintAs(
        'shared/contract/fixture.ts',
        "import { x } from '../../renderer/src/app'\nexport const y = x\n",
      ),
    ).toHaveLength(1)
    expect(
      await lintAs('shared/fixture.ts', "import { x } from 'node:path'\nexport const y = x\n"),
    ).toHaveLength(1)
  })

  it('allows what the architecture allows', async () => {
    expect(
      await lintAs('electron/main/fixture.ts', "import { app } from 'electron'\nexport const x = app\n"),
    ).toEqual([])
    expect(
      await lintAs(
        'renderer/src/fixture.ts',
        "import { steps } from '../../shared/steps'\nexport const x = steps\n",
      ),
    ).toEqual([])
    expect(
      await lintAs(
        'shared/contract/fixture.ts',
        "import { errorTable } from '../errors'\nexport const x = errorTable\n",
      ),
    ).toEqual([])
    expect(
      await lintAs(
        'electron/services/fixture.ts',
        "import { readFile } from 'node:fs'\nexport const x = readFile\n",
      ),
    ).toEqual([])
  })
})
