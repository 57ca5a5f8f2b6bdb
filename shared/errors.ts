import { en } from './i18n/en'

/**
 * The closed set of error codes that cross a boundary (IPC, HTTP, CLI). Each has a message and a next action
 * in every language of the catalog (`errors.<code>` in shared/i18n); services pick a code, the renderer and the
 * CLI word it, and never invent codes.
 */
export type ErrorCode = keyof typeof en.errors

/** All error codes, for schemas and exhaustive tests. */
export const errorCodes = Object.keys(en.errors) as [ErrorCode, ...ErrorCode[]]

/**
 * The English message of each code: the log line and the CLI's default. The screens word the code from the
 * catalog in the person's language instead.
 */
export const errorTable = Object.fromEntries(errorCodes.map((code) => [code, en.errors[code].message])) as {
  readonly [C in ErrorCode]: (typeof en.errors)[C]['message']
}
