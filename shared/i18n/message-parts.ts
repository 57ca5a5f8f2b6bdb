import type { Message, MessageParam } from '../contract/schemas'
import type { AppError } from '../result'
import type { Resources } from './en'

/*
 * What a message is made of — its key, its parameters, an error's parts — without the catalog's words, so a
 * script can use it without carrying the catalog (the renderer's first screen words them with i18next).
 */

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

/** An error as it crossed a boundary (its details may be absent). */
export type ErrorLike = Pick<AppError, 'code' | 'message' | 'words'> & {
  details?: Record<string, unknown> | undefined
}

/**
 * An error in parts, as the screens and the CLI show it: what went wrong, the next action (a service's own
 * next step in `details.fixWords`, else the code's), and what Microsoft answered (`details.entraWords`, its
 * own text marked so presentation mode masks it), when the service gave it.
 */
export function errorParts(error: ErrorLike): {
  what: Message
  action: Message
  entra: Message | null
} {
  const fix = messageOf(error.details?.fixWords)
  return {
    what: error.words ?? msg(`errors.${error.code}.message`),
    action: fix ?? msg(`errors.${error.code}.action`),
    entra: messageOf(error.details?.entraWords),
  }
}

/** A value that has the shape of a message (a code and maybe parameters), else null. */
function messageOf(value: unknown): Message | null {
  if (!value || typeof value !== 'object' || typeof (value as Message).code !== 'string') return null
  return value as Message
}

/**
 * The service's own English sentence, when it has no catalog words and says more than its code's message, that
 * message worded in English by `inEnglish` (the catalog's English in services, i18next's in the renderer).
 */
export function sentenceBeyond(
  error: Pick<AppError, 'code' | 'message' | 'words'>,
  inEnglish: (message: Message) => string,
): string | null {
  if (error.words || !error.message) return null
  return error.message.startsWith(inEnglish({ code: `errors.${error.code}.message` })) ? null : error.message
}

/**
 * A refused value (a zod issue) in catalog words: the contract's schemas give their issues a catalog key as
 * their message (`problems.input.*`); zod's own English for a limit (too long, wrong type) becomes a general
 * sentence naming the field, and the operation when a request was refused. `isKey` tells a key from other
 * text: the English catalog's own lookup in services, the page's loaded words in the renderer (which then
 * need not carry the catalog).
 */
export function issueWordsBy(
  isKey: (text: string) => text is MessageKey,
  issue: { message: string; path: readonly PropertyKey[] },
  operation?: string,
): Message {
  if (isKey(issue.message)) return msg(issue.message)
  const field = issue.path.map(String).join('.') || '–'
  return operation ? msg('problems.input.field', { operation, field }) : msg('problems.input.value')
}
