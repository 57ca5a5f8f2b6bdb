import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import type { JobViewData } from '../../../shared/contract'
import { newFirstCycleOutcome } from '../../../shared/first-cycle'
import { notificationText, showBrowserNotification } from '../notify'
import { useAppStore } from '../store/root'

/**
 * In the browser preview, a desktop notification when the first cycle completes or goes wrong, so a
 * person who moved to another window hears about it. The desktop app notifies from its main process.
 */
export function FirstCycleNotifier(): null {
  const { t } = useTranslation()
  const host = useAppStore((s) => s.info?.host)
  const job = useAppStore((s) => s.setup?.job ?? null)
  const before = useRef<JobViewData | null>(null)
  useEffect(() => {
    const outcome = newFirstCycleOutcome(before.current, job)
    before.current = job
    if (outcome && job && host === 'browser') showBrowserNotification(notificationText(t, outcome, job))
  }, [job, host, t])
  return null
}
