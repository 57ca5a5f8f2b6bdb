import type { Message, MessageParam } from '../contract/schemas'
import type { ErrorCode } from '../errors'
import type { AppError } from '../result'
import { en } from './en'
import {
  errorParts,
  issueWordsBy,
  sentenceBeyond,
  type ErrorLike,
  type MessageKey,
  type ParamMask,
  paramValues,
} from './message-parts'

export {
  errorParts,
  msg,
  paramText,
  paramValues,
  sentenceBeyond,
  type ErrorLike,
  type MessageKey,
  type ParamMask,
} from './message-parts'

/** A customer identifier (UPN, object id, URL, host) as a parameter: masked in presentation mode. */
export function identifier(value: string): MessageParam {
  return { id: value }
}

/** A person's, group's or app's display name as a parameter: initials only in presentation mode. */
export function displayName(value: string): MessageParam {
  return { name: value }
}

/**
 * Text the assistant did not write (Entra's own message) or has not yet worded in the catalog, as a parameter:
 * shown as given, masked like free text in presentation mode.
 */
export function givenText(value: string): MessageParam {
  return { text: value }
}

function lookup(key: string, catalog: object = en): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      catalog,
    )
}

/**
 * A message in English, for log lines and the CLI: `{{name}}` replaced by its parameter, plural stems by their
 * `_one` / `_other` form. An unknown key comes back as itself, so nothing is silently dropped.
 */
export function english(message: Message): string {
  return wordsIn(en, message)
}

/**
 * A message in the language of `catalog` (the CLI's `--language`), as {@link english} words it in English.
 * English and Dutch both say `_one` for 1 and `_other` otherwise.
 */
export function wordsIn(catalog: object, message: Message, mask?: ParamMask): string {
  const values = paramValues(message.params, mask)
  const count = values.count
  const plural = typeof count === 'number' ? (count === 1 ? '_one' : '_other') : ''
  const template = lookup(`${message.code}${plural}`, catalog) ?? lookup(message.code, catalog)
  if (typeof template !== 'string') return message.code
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

/** True when `key` names a text of the English catalog (a zod issue's message may be one). */
export function isMessageKey(key: string): key is MessageKey {
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string'
}

/**
 * A refused value (a zod issue) in catalog words, checked against the English catalog: see {@link issueWordsBy}.
 */
export function issueWords(
  issue: { message: string; path: readonly PropertyKey[] },
  operation?: string,
): Message {
  return issueWordsBy(isMessageKey, issue, operation)
}

/** An error in the language of `catalog`, for the CLI: what happened, the next action, Microsoft's answer. */
export function errorIn(catalog: object, error: ErrorLike): string {
  const parts = errorParts(error)
  const what = error.words
    ? wordsIn(catalog, parts.what)
    : (serviceSentence(error) ?? wordsIn(catalog, parts.what))
  return [what, wordsIn(catalog, parts.action), ...(parts.entra ? [wordsIn(catalog, parts.entra)] : [])].join(
    ' ',
  )
}

/**
 * An error for the person: the code, and (when the code's own message is too general) what exactly went wrong.
 * `message` is the English log line (what happened and the next action); the screens and the CLI word `code`
 * and `words` from the catalog.
 */
export function errorOf(code: ErrorCode, words?: Message, details?: Record<string, unknown>): AppError {
  const error = { code, ...(words ? { words } : {}), ...(details ? { details } : {}) }
  return { ...error, message: errorInEnglish({ ...error, message: '' }) }
}

/**
 * An error in English, worded from the catalog: what happened, then the next action. A service that has not yet
 * given catalog words for a specific case keeps its own English sentence in place of the code's general message.
 */
export function errorInEnglish(error: ErrorLike): string {
  return errorIn(en, error)
}

/** What went wrong in an error, as catalog words: its own words, else its code's general message. */
export function errorSummary(error: Pick<AppError, 'code' | 'words'>): Message {
  return error.words ?? { code: `errors.${error.code}.message` }
}

/** The service's own English sentence, when it has no catalog words and says more than the code's message. */
export function serviceSentence(error: Pick<AppError, 'code' | 'message' | 'words'>): string | null {
  return sentenceBeyond(error, english)
}
