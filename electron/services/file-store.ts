import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'

import writeFileAtomicLib from 'write-file-atomic'
import type { z } from 'zod'

/** The last write queued for each file, so writes to one file land in the order they were asked for. */
const queues = new Map<string, Promise<void>>()

/**
 * Writes a file readable by this user only, atomically, creating its folder first (with `folderMode`
 * when given). Each write gets its own temporary name (write-file-atomic), and writes to the same file
 * are chained here in call order: the folder check before each write is asynchronous, so without the
 * chain a later save could reach the disk first and an earlier one overwrite it.
 */
export function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  folderMode?: number,
): Promise<void> {
  const write = async (): Promise<void> => {
    await mkdir(dirname(filePath), {
      recursive: true,
      ...(folderMode !== undefined ? { mode: folderMode } : {}),
    })
    await writeFileAtomicLib(filePath, typeof data === 'string' ? data : Buffer.from(data), { mode: 0o600 })
  }
  const previous = queues.get(filePath) ?? Promise.resolve()
  // A failed write must not block the ones after it; its own caller still sees the failure.
  const next = previous.catch(() => undefined).then(write)
  const settled = next.catch(() => undefined)
  queues.set(filePath, settled)
  void settled.then(() => {
    if (queues.get(filePath) === settled) queues.delete(filePath)
  })
  return next
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
