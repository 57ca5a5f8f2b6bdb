/* eslint-disable no-console -- CI gate: prints the verdict. */
import { resolve } from 'node:path'

import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'

/**
 * Checks electron-builder.yml against electron-builder's own schema, the check it runs before any
 * download, so a typo fails here instead of on the release machine. Returns null when valid.
 */
export async function validateBuilderConfig(
  projectDir: string,
  file = 'electron-builder.yml',
): Promise<string | null> {
  try {
    const config = await getConfig(projectDir, file, null)
    await validateConfiguration(config, new DebugLogger(false))
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

async function main(): Promise<void> {
  const problem = await validateBuilderConfig(resolve(process.argv[2] ?? '.'))
  if (problem) console.error(problem)
  console.log(problem ? 'electron-builder.yml INVALID' : 'electron-builder.yml OK')
  process.exit(problem ? 1 : 0)
}

if (require.main === module) void main()
