import log from 'electron-log/main'

import type { Logger } from '../services/log/logger'
import type { Redactor } from '../services/log/redact'

/** The main process logger: electron-log files, with every line passed through the redactor first. */
export function createMainLogger(redactor: Redactor): Logger {
  log.initialize({ preload: false })
  log.transports.console.level = process.env.NODE_ENV === 'development' ? 'debug' : false
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (fields) log[level](redactor.text(message), redactor.value(fields))
      else log[level](redactor.text(message))
    }
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}
