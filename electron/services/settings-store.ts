import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

import { settingsSchema, type Settings } from '../../shared/contract'

/** The person's settings (no secrets), read once at start and kept current in memory. */
export interface SettingsStore {
  current(): Settings
  load(): Promise<Settings>
  save(settings: Settings): Promise<Settings>
}

const defaults: Settings = { clientId: '' }

/** Settings in one JSON file, written atomically; an unreadable file means the defaults. */
export function createFileSettingsStore(filePath: string): SettingsStore {
  let cached: Settings = defaults
  return {
    current: () => cached,
    async load() {
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')))
        cached = parsed.success ? parsed.data : defaults
      } catch {
        cached = defaults
      }
      return cached
    },
    async save(settings) {
      await mkdir(dirname(filePath), { recursive: true })
      const temp = `${filePath}.${process.pid}.tmp`
      await writeFile(temp, JSON.stringify(settings, null, 2), { mode: 0o600 })
      await rename(temp, filePath)
      cached = settings
      return cached
    },
  }
}
