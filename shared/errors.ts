import { en, type Resources } from './i18n/en'

/**
 * The closed set of error codes that cross a boundary (IPC, HTTP, CLI). Each has a message and a next action
 * in every language of the catalog (`errors.<code>` in shared/i18n); services pick a code, the renderer and the
 * CLI word them, and never invent codes. Listed here rather than read from the catalog, so the contract's
 * schemas (which the renderer loads) do not carry the English catalog; the types below keep the two the same.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'FORBIDDEN_SENDER',
  'UNAUTHORIZED_HOST_REQUEST',
  'URL_NOT_ALLOWED',
  'DEVICE_CODE_EXPIRED',
  'NOT_SIGNED_IN',
  'SIGNIN_CANCELLED',
  'SIGNIN_IN_PROGRESS',
  'INTERACTION_REQUIRED',
  'CLOUD_NOT_SUPPORTED',
  'SIGNIN_TIMED_OUT',
  'CONSENT_REQUIRED',
  'APP_REGISTRATION_NOT_FOUND',
  'APP_REGISTRATION_BLOCKED',
  'NOT_AN_ADMIN',
  'PERSONAL_ACCOUNT',
  'CONDITIONAL_ACCESS_BLOCKED',
  'WRONG_CLOUD',
  'WRONG_TENANT',
  'GRAPH_THROTTLED',
  'GRAPH_ERROR',
  'NETWORK_ERROR',
  'PLAN_CHANGED',
  'BUSY',
  'NOT_FOUND',
  'INTERNAL',
] as const satisfies readonly (keyof Resources['errors'])[]

/** One error code from {@link errorCodes}. */
export type ErrorCode = (typeof errorCodes)[number]

/** A code the catalog words but the list lacks: a type error here until it is listed. */
type Unlisted = Exclude<keyof Resources['errors'], ErrorCode>
const everyCodeListed: [Unlisted] extends [never] ? true : Unlisted = true
void everyCodeListed

/** The English message of each code, by code. */
type ErrorTable = { readonly [C in ErrorCode]: Resources['errors'][C]['message'] }

/**
 * The English message of each code: the log line and the CLI's default. The screens word the code from the
 * catalog in the person's language instead. Built by a call marked pure, so a bundle that does not use it (the
 * renderer) drops it and the catalog with it.
 */
export const errorTable: ErrorTable = /* @__PURE__ */ englishMessages()

function englishMessages(): ErrorTable {
  return Object.fromEntries(errorCodes.map((code) => [code, en.errors[code].message])) as ErrorTable
}
