import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

import type { Logger } from './logger'
import type { Redactor } from './redact'

/**
 * A logger for plain-Node hosts that appends redacted JSON lines to one file, readable by this user
 * only. Synchronous, so the last lines before a crash or an exit are on disk.
 */
export function createFileLogger(filePath: string, redactor: Redactor): Logger {
  mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 })
  const write = (level: string, message: string, fields?: Record<string, unknown>): void => {
    const line = {
      time: new Date().toISOString(),
      level,
      message: redactor.text(message),
      ...(fields ? { fields: redactor.value(fields) } : {}),
    }
    appendFileSync(filePath, `${JSON.stringify(line)}\n`, { mode: 0o600 })
  }
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  }
}
