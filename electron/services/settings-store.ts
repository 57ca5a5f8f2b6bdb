import { settingsSchema, type Settings } from '../../shared/contract'
import { readJsonFile, writeFileAtomic } from './file-store'

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
      cached = (await readJsonFile(filePath, settingsSchema)) ?? defaults
      return cached
    },
    async save(settings) {
      await writeFileAtomic(filePath, JSON.stringify(settings, null, 2))
      cached = settings
      return cached
    },
  }
}
