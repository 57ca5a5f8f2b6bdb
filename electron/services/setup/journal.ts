import { appendFile, mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'

import type { Redactor } from '../log/redact'

/** One journal line: what happened to which tenant object, when. Never a secret. */
export interface JournalEntry {
  at: string
  runId: string
  event: string
  ids?: Record<string, string>
  data?: Record<string, unknown>
}

/** Append-only record of a customer's setup runs; the tenant stays the truth, this explains it. */
export interface Journal {
  append(entry: Omit<JournalEntry, 'at'>): Promise<void>
  entries(): Promise<JournalEntry[]>
}

/** A JSON-lines journal in the customer's folder. Every line passes through the redactor first. */
export function createFileJournal(
  filePath: string,
  redactor: Redactor,
  now: () => Date = () => new Date(),
): Journal {
  return {
    async append(entry) {
      await mkdir(dirname(filePath), { recursive: true, mode: 0o700 })
      const line = redactor.value({ at: now().toISOString(), ...entry })
      await appendFile(filePath, `${JSON.stringify(line)}\n`, { mode: 0o600 })
    },
    async entries() {
      let text: string
      try {
        text = await readFile(filePath, 'utf8')
      } catch {
        return []
      }
      const out: JournalEntry[] = []
      for (const line of text.split('\n')) {
        if (!line.trim()) continue
        try {
          out.push(JSON.parse(line) as JournalEntry)
        } catch {
          // A line torn by a crash mid-write is skipped; the tenant is re-read anyway.
        }
      }
      return out
    },
  }
}
