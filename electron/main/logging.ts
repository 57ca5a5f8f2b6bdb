import log from 'electron-log/main'

import type { Logger } from '../services/log/logger'
import type { Redactor } from '../services/log/redact'

/**
 * The main process logger: electron-log files. Every message, including crash reports that
 * electron-log's error handler writes on its own, passes through the redactor first (a hook), so
 * secrets and tokens cannot reach the log file or the console.
 */
export function createMainLogger(redactor: Redactor): Logger {
  log.initialize({ preload: false })
  log.transports.console.level = process.env.NODE_ENV === 'development' ? 'debug' : false
  log.hooks.push((message) => ({
    ...message,
    data: message.data.map((item: unknown) => redactItem(redactor, item)),
  }))
  // Uncaught exceptions and rejections are logged (redacted by the hook), never shown as raw dialogs.
  log.errorHandler.startCatching({ showDialog: false })
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (fields) log[level](message, fields)
      else log[level](message)
    }
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}

function redactItem(redactor: Redactor, item: unknown): unknown {
  if (item instanceof Error) {
    const copy = new Error(redactor.text(item.message))
    copy.name = item.name
    copy.stack = item.stack ? redactor.text(item.stack) : ''
    return copy
  }
  return redactor.value(item)
}
