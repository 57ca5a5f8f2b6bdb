import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

import type { z } from 'zod'

/**
 * Writes a file readable by this user only, atomically (temp file + rename), creating its folder first
 * (with `folderMode` when given).
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  folderMode?: number,
): Promise<void> {
  await mkdir(dirname(filePath), {
    recursive: true,
    ...(folderMode !== undefined ? { mode: folderMode } : {}),
  })
  const temp = `${filePath}.${process.pid}.tmp`
  await writeFile(temp, data, { mode: 0o600 })
  await rename(temp, filePath)
}

/** Reads a JSON file that `schema` accepts; null when it is missing, unreadable or does not match. */
export async function readJsonFile<T>(filePath: string, schema: z.ZodType<T>): Promise<T | null> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(filePath, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
