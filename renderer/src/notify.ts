import type { TFunction } from 'i18next'

import type { JobViewData } from '../../shared/contract'
import type { FirstCycleOutcome } from '../../shared/first-cycle'

/*
 * The browser preview's desktop notification when the first cycle ends (the desktop app notifies from its
 * main process). Permission is asked only when the person presses a button; a denial is not an error.
 * https://developer.mozilla.org/docs/Web/API/Notification/requestPermission_static
 */

/** What this browser allows: notifications granted, blocked, not yet asked, or not available at all. */
export type BrowserNotifications = 'granted' | 'denied' | 'default' | 'unsupported'

function api(): typeof Notification | null {
  return typeof globalThis.Notification === 'function' ? globalThis.Notification : null
}

export function browserNotificationsState(): BrowserNotifications {
  const n = api()
  return n ? n.permission : 'unsupported'
}

/** Asks for permission (call from a click); resolves to the resulting state, never rejects. */
export async function requestBrowserNotifications(): Promise<BrowserNotifications> {
  const n = api()
  if (!n) return 'unsupported'
  try {
    return await n.requestPermission()
  } catch {
    return browserNotificationsState()
  }
}

/** The notification's words for an outcome: no customer identifiers, only counts. */
export function notificationText(
  t: TFunction,
  outcome: FirstCycleOutcome,
  job: JobViewData,
): { title: string; body: string } {
  if (outcome === 'completed') {
    return {
      title: t('notification.completedTitle'),
      body: t('notification.completedBody', {
        users: t('count.users', { count: job.counts.users }),
        groups: t('count.groups', { count: job.counts.groups }),
      }),
    }
  }
  return {
    title: t('notification.problemTitle'),
    body: t(outcome === 'quarantined' ? 'notification.quarantinedBody' : 'notification.failedBody'),
  }
}

/** Shows the notification when allowed; silently nothing otherwise. */
export function showBrowserNotification(text: { title: string; body: string }): void {
  const n = api()
  if (!n || n.permission !== 'granted') return
  try {
    new n(text.title, { body: text.body, tag: 'helloid-first-cycle' })
  } catch {
    // Some browsers allow notifications only from a service worker; the page still shows the outcome.
  }
}
