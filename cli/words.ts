import { errorInEnglish } from '../shared/i18n/message'
import type { AppError } from '../shared/result'

/** An error for the terminal, worded from the English catalog: what happened, then the next action. */
export function errorWords(error: Pick<AppError, 'code' | 'message' | 'words'>): string {
  return errorInEnglish(error)
}
