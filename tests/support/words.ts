import type { Check, Message } from '../../shared/contract'
import { english, errorInEnglish } from '../../shared/i18n/message'

/** A service's message as the person reads it in English (what the CLI prints). */
export function wordsOf(message: Message | undefined): string {
  return message ? english(message) : ''
}

/** What a check found, in English: an error behind it worded as the CLI words errors. */
export function detailOf(check: Pick<Check, 'detail' | 'error'> | undefined): string {
  if (!check) return ''
  return check.error ? errorInEnglish(check.error) : english(check.detail)
}
