import type { JobViewData } from '../shared/contract'
import { jobMessages } from '../shared/job-messages'
import { msg } from '../shared/i18n/message'
import { say } from './words'

/** The job in words for the terminal: a summary, then (when something is wrong) why, the fix and Entra's own words. */
export interface JobWords {
  summary: string
  cause: string | null
  fix: string | null
  entraSays: string | null
  quarantineSince: string | null
}

/** The job worded from the same catalog messages as the screens, in English. */
export function jobWords(view: JobViewData): JobWords {
  const { summary, problem } = jobMessages(view)
  if (!problem)
    return { summary: say(summary), cause: null, fix: null, entraSays: null, quarantineSince: null }
  const reason = view.quarantine ? `${say(problem.title)} ` : ''
  return {
    summary: say(summary),
    cause: `${reason}${say(problem.cause)}`,
    fix: say(problem.fixCli),
    entraSays: problem.entraSays
      ? say(msg('job.entraSays', { code: problem.entraSays.code, message: problem.entraSays.text }))
      : null,
    quarantineSince:
      view.quarantine?.since && view.quarantine.nextAttempt
        ? say(msg('job.since', { since: view.quarantine.since, next: view.quarantine.nextAttempt }))
        : null,
  }
}

/** The lines `status` and `apply --wait` print. */
export function jobLines(view: JobViewData): string[] {
  const words = jobWords(view)
  return [words.summary, words.cause, words.quarantineSince, words.fix, words.entraSays].filter(
    (line): line is string => line !== null,
  )
}
