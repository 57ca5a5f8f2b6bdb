import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The team's Graph examples folder (beside the repository, as on CI). */
export const examplesDir = resolve(process.cwd(), '../shared/reference/graph-examples')

/** Reads one example JSON file by name. */
export function readExample<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(examplesDir, name), 'utf8')) as T
}
