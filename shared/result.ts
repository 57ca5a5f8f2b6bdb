import type { Message } from './contract/schemas'
import type { ErrorCode } from './errors'

/** A failure that crossed a boundary as data: a stable code, a plain-words message, optional details. */
export interface AppError {
  code: ErrorCode
  /** English, for the log and support; the screens and the CLI word `code` (and `words`) from the catalog. */
  message: string
  /** What exactly went wrong, as a catalog key and parameters, when the code's own message is too general. */
  words?: Message | undefined
  details?: Record<string, unknown>
}

/** Every operation answers with this envelope; expected failures are values, never thrown. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** Builds a failed result; the message defaults to the error table's text for the code. */
export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error }
}
