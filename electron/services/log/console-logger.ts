/* eslint-disable no-console -- this module is the logger for plain-Node hosts (web host, CLI). */
import type { Logger } from './logger'
import type { Redactor } from './redact'

/** A logger for plain Node hosts that writes redacted JSON lines to stderr. */
export function createConsoleLogger(redactor: Redactor, minLevel: 'debug' | 'info' = 'info'): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>): void => {
    const line = {
      time: new Date().toISOString(),
      level,
      message: redactor.text(message),
      ...(fields ? { fields: redactor.value(fields) } : {}),
    }
    console.error(JSON.stringify(line))
  }
  return {
    debug: (m, f) => (minLevel === 'debug' ? write('debug', m, f) : undefined),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  }
}
