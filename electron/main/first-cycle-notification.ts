import { Notification } from 'electron'

import type { JobViewData, SetupState } from '../../shared/contract'
import { newFirstCycleOutcome, type FirstCycleOutcome } from '../../shared/first-cycle'
import { en } from '../../shared/i18n/en'
import type { EventBus } from '../services/events'

/** "3 users" / "1 group", from the catalog's plural forms. */
function count(kind: 'users' | 'groups', n: number): string {
  return (n === 1 ? en.count[`${kind}_one`] : en.count[`${kind}_other`]).replace('{{count}}', String(n))
}

/** The notification's words: counts only, never a customer's names or ids. */
export function firstCycleNotificationText(
  outcome: FirstCycleOutcome,
  job: JobViewData,
): { title: string; body: string } {
  if (outcome === 'completed') {
    return {
      title: en.notification.completedTitle,
      body: en.notification.completedBody
        .replace('{{users}}', count('users', job.counts.users))
        .replace('{{groups}}', count('groups', job.counts.groups)),
    }
  }
  return {
    title: en.notification.problemTitle,
    body: outcome === 'quarantined' ? en.notification.quarantinedBody : en.notification.failedBody,
  }
}

/**
 * A desktop notification when the first provisioning cycle completes or goes wrong, so a person who left
 * the assistant in the background hears about it; clicking it brings the window back. Returns the
 * unsubscribe function. https://www.electronjs.org/docs/latest/api/notification
 */
export function notifyOnFirstCycle(events: EventBus, focusWindow: () => void): () => void {
  let last: JobViewData | null = null
  return events.subscribe((event) => {
    if (event.name !== 'setupChanged') return
    const job = (event.payload as SetupState).job
    const outcome = newFirstCycleOutcome(last, job)
    last = job
    if (!outcome || !job || !Notification.isSupported()) return
    const notification = new Notification(firstCycleNotificationText(outcome, job))
    notification.on('click', focusWindow)
    notification.show()
  })
}
