import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * Request and response examples from Microsoft's documentation, kept in the repository so a plain clone
 * can run every test; `SOURCES.md` beside them names the page each one comes from.
 */
export const examplesDir = resolve(__dirname, '../fixtures/graph-examples')

/** Reads one example JSON file by name. */
export function readExample<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(examplesDir, name), 'utf8')) as T
}
