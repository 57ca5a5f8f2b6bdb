import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'

import writeFileAtomicLib from 'write-file-atomic'
import type { z } from 'zod'

/**
 * Writes a file readable by this user only, atomically, creating its folder first (with `folderMode`
 * when given). write-file-atomic gives each write its own temporary name and queues writes to the same
 * file within this process, so parallel saves neither collide nor leave a torn file: the last one wins.
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
  await writeFileAtomicLib(filePath, typeof data === 'string' ? data : Buffer.from(data), { mode: 0o600 })
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
