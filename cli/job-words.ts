import i18next from 'i18next'

import type { JobViewData } from '../shared/contract'
import { en } from '../shared/i18n/en'

// The CLI words the engine's codes from the same catalog as the screens.
const i18n = i18next.createInstance()
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
})

/** The job in words for the terminal: a summary, then (when something is wrong) why, the fix and Entra's own words. */
export interface JobWords {
  summary: string
  cause: string | null
  fix: string | null
  entraSays: string | null
  quarantineSince: string | null
}

export function jobWords(view: JobViewData): JobWords {
  const t = i18n.t.bind(i18n)
  const summary =
    view.health === 'completed'
      ? t('job.completed', { users: view.counts.users, groups: view.counts.groups })
      : view.health === 'waiting'
        ? t('job.waiting', { code: view.code })
        : t(`job.health.${view.health}`, { count: view.lastCycle?.escrowed ?? 0 })
  const problem = view.problem
  if (!problem) return { summary, cause: null, fix: null, entraSays: null, quarantineSince: null }
  const reason = view.quarantine
    ? `${t(`job.reason.${view.quarantine.reason}`, { defaultValue: t('job.reason.Unknown') })} `
    : ''
  const code = problem.errorCode ?? view.quarantine?.reason ?? null
  return {
    summary,
    cause: `${reason}${t(`job.cause.${problem.fix}`)}`,
    fix: t(`job.fixCli.${problem.fix}`),
    entraSays:
      code && (problem.message || problem.errorCode)
        ? t('job.entraSays', { code, message: problem.message || '—' })
        : null,
    quarantineSince:
      view.quarantine?.since && view.quarantine.nextAttempt
        ? t('job.since', { since: view.quarantine.since, next: view.quarantine.nextAttempt })
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
