import type { Message, MessageParam } from '../contract/schemas'
import type { ErrorCode } from '../errors'
import type { AppError } from '../result'
import { en, type Resources } from './en'

/** Every dotted key of the catalog that holds a text (`errors.BUSY.action`), plural forms by their stem too. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Stem}_${'one' | 'other'}` ? Stem | K : K}`
    : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** A key into the catalog. */
export type MessageKey = Leaves<Resources>

/** A message for the person, built in services: the key is checked against the catalog when compiled. */
export function msg(code: MessageKey, params?: Record<string, MessageParam>): Message {
  return params ? { code, params } : { code }
}

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

/** How presentation mode masks each kind of parameter. */
export interface ParamMask {
  id: (value: string) => string
  name: (value: string) => string
  text: (value: string) => string
}

/** A parameter as plain text, through `mask` for identifiers, names and free text when given. */
export function paramText(param: MessageParam, mask?: ParamMask): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param
  if ('id' in param) return mask ? mask.id(param.id) : param.id
  if ('name' in param) return mask ? mask.name(param.name) : param.name
  return mask ? mask.text(param.text) : param.text
}

/** Parameters as i18next interpolation values. */
export function paramValues(params: Message['params'], mask?: ParamMask): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key, paramText(value, mask)]))
}

function lookup(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      en,
    )
}

/**
 * A message in English, for log lines and the CLI: `{{name}}` replaced by its parameter, plural stems by their
 * `_one` / `_other` form. An unknown key comes back as itself, so nothing is silently dropped.
 */
export function english(message: Message): string {
  const values = paramValues(message.params)
  const count = values.count
  const plural = typeof count === 'number' ? (count === 1 ? '_one' : '_other') : ''
  const template = lookup(`${message.code}${plural}`) ?? lookup(message.code)
  if (typeof template !== 'string') return message.code
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

/**
 * An error for the person: the code, and (when the code's own message is too general) what exactly went wrong.
 * `message` is the English log line (what happened and the next action); the screens and the CLI word `code`
 * and `words` from the catalog.
 */
export function errorOf(code: ErrorCode, words?: Message, details?: Record<string, unknown>): AppError {
  const error = { code, ...(words ? { words } : {}) }
  return { ...error, message: errorInEnglish({ ...error, message: '' }), ...(details ? { details } : {}) }
}

/**
 * An error in English, worded from the catalog: what happened, then the next action. A service that has not yet
 * given catalog words for a specific case keeps its own English sentence in place of the code's general message.
 */
export function errorInEnglish(error: Pick<AppError, 'code' | 'message' | 'words'>): string {
  const general = english({ code: `errors.${error.code}.message` })
  const what = error.words ? english(error.words) : (serviceSentence(error) ?? general)
  return `${what} ${english({ code: `errors.${error.code}.action` })}`
}

/** What went wrong in an error, as catalog words: its own words, else its code's general message. */
export function errorSummary(error: Pick<AppError, 'code' | 'words'>): Message {
  return error.words ?? { code: `errors.${error.code}.message` }
}

/** The service's own English sentence, when it has no catalog words and says more than the code's message. */
export function serviceSentence(error: Pick<AppError, 'code' | 'message' | 'words'>): string | null {
  if (error.words || !error.message) return null
  return error.message.startsWith(english({ code: `errors.${error.code}.message` })) ? null : error.message
}
