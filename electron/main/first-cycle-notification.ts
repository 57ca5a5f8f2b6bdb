import { Notification } from 'electron'

import type { JobViewData, SetupState } from '../../shared/contract'
import { newFirstCycleOutcome, type FirstCycleOutcome } from '../../shared/first-cycle'
import type { Catalog, Language } from '../../shared/i18n/catalog'
import { en } from '../../shared/i18n/en'
import { nl } from '../../shared/i18n/nl'
import type { EventBus } from '../services/events'

const catalogs: Record<Language, Catalog> = { en, nl }

/** "3 users" / "1 group" (Dutch "3 gebruikers" / "1 groep"), from the catalog's plural forms. */
function count(catalog: Catalog, kind: 'users' | 'groups', n: number): string {
  return (n === 1 ? catalog.count[`${kind}_one`] : catalog.count[`${kind}_other`]).replace(
    '{{count}}',
    String(n),
  )
}

/** The notification's words in the page's language: counts only, never a customer's names or ids. */
export function firstCycleNotificationText(
  outcome: FirstCycleOutcome,
  job: JobViewData,
  language: Language = 'en',
): { title: string; body: string } {
  const catalog = catalogs[language]
  if (outcome === 'completed') {
    return {
      title: catalog.notification.completedTitle,
      body: catalog.notification.completedBody
        .replace('{{users}}', count(catalog, 'users', job.counts.users))
        .replace('{{groups}}', count(catalog, 'groups', job.counts.groups)),
    }
  }
  return {
    title: catalog.notification.problemTitle,
    body: outcome === 'quarantined' ? catalog.notification.quarantinedBody : catalog.notification.failedBody,
  }
}

/**
 * A desktop notification when the first provisioning cycle completes or goes wrong, so a person who left
 * the assistant in the background hears about it; clicking it brings the window back. It speaks the page's
 * language, which the page reports on start and on every switch. Returns the unsubscribe function.
 * https://www.electronjs.org/docs/latest/api/notification
 */
export function notifyOnFirstCycle(events: EventBus, focusWindow: () => void): () => void {
  let last: JobViewData | null = null
  let language: Language = 'en'
  return events.subscribe((event) => {
    if (event.name === 'languageChanged') {
      language = (event.payload as { language: Language }).language
      return
    }
    if (event.name !== 'setupChanged') return
    const job = (event.payload as SetupState).job
    const outcome = newFirstCycleOutcome(last, job)
    last = job
    if (!outcome || !job || !Notification.isSupported()) return
    const notification = new Notification(firstCycleNotificationText(outcome, job, language))
    notification.on('click', focusWindow)
    notification.show()
  })
}
