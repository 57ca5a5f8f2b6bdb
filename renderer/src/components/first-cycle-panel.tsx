import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { SetupState } from '../../../shared/contract'
import { firstCycleOutcome } from '../../../shared/first-cycle'
import { browserNotificationsState, requestBrowserNotifications } from '../notify'
import { useAppStore } from '../store/root'
import { JobStatus } from './job-status'
import { RollbackButton } from './rollback-button'
import { formatElapsed, progressElapsed, useNow } from './run-timeline'
import { SetupComplete } from './setup-complete'

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  waiting: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  meta: { color: tokens.colorNeutralForeground3 },
})

type Job = NonNullable<SetupState['job']>

/**
 * What Entra is doing now, from the job's own status: sending (with its counts), or reading the assigned
 * users and groups, or still starting. Plain words, never Entra's status codes.
 */
function nowDoing(job: Job): { key: 'starting' | 'sending' | 'reading'; completed?: number; total?: number } {
  if (job.progress && job.progress.total > 0)
    return { key: 'sending', completed: job.progress.completed, total: job.progress.total }
  return job.lastCycle === null && job.counts.users + job.counts.groups === 0
    ? { key: 'starting' }
    : { key: 'reading' }
}

/**
 * The wait for the first cycle, explained: a spinner, how long so far, what Entra is doing now, how long
 * it usually takes, and the counts so far. Microsoft: "The initial cycle takes longer to perform than later
 * syncs, which occur approximately every 40 minutes"
 * (https://learn.microsoft.com/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups),
 * and its duration depends on how many users and groups are in scope
 * (https://learn.microsoft.com/entra/identity/app-provisioning/application-provisioning-when-will-provisioning-finish-specific-user#how-long-will-it-take-to-provision-users).
 */
function FirstCycleWaiting({ job }: { job: Job }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const cycle = useAppStore((s) => s.setup?.progress.find((p) => p.id === 'initial-cycle'))
  const now = useNow(true)
  const elapsed = cycle ? progressElapsed(cycle, now) : null
  const doing = nowDoing(job)
  return (
    <div className={styles.waiting} role="status" data-testid="first-cycle-waiting">
      <Spinner
        size="tiny"
        labelPosition="after"
        label={
          elapsed === null
            ? t('firstCycle.runningNoTime')
            : t('firstCycle.running', { elapsed: formatElapsed(elapsed) })
        }
      />
      <Text data-testid="first-cycle-now">{t(`firstCycle.now.${doing.key}`, doing)}</Text>
      {job.progress && job.progress.total > 0 && (
        <ProgressBar value={job.progress.completed} max={job.progress.total} />
      )}
      <Text data-testid="first-cycle-counts">
        {t('firstCycle.inHelloId', {
          users: t('count.users', { count: job.counts.users }),
          groups: t('count.groups', { count: job.counts.groups }),
        })}
      </Text>
      <Text className={styles.meta} data-testid="first-cycle-expected">
        {t('firstCycle.expected')}
      </Text>
      <NotifyMe />
    </div>
  )
}

/** In the browser preview: ask for notification permission, only when the person presses the button. */
function NotifyMe(): JSX.Element | null {
  const { t } = useTranslation()
  const host = useAppStore((s) => s.info?.host)
  const [state, setState] = useState(browserNotificationsState)
  // The desktop app notifies from its main process; a browser without the API has nothing to offer.
  if (host !== 'browser' || state === 'unsupported') return null
  if (state === 'granted') return <Text data-testid="notify-on">{t('firstCycle.notifyOn')}</Text>
  if (state === 'denied') return <Text data-testid="notify-blocked">{t('firstCycle.notifyBlocked')}</Text>
  return (
    <div>
      <Button
        onClick={() => void requestBrowserNotifications().then(setState)}
        data-testid="notify-me"
        size="small"
      >
        {t('firstCycle.notify')}
      </Button>
    </div>
  )
}

/** Step 21: the first cycle, waited for with everything explained, then "Setup complete". */
export function FirstCyclePanel(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const job = useAppStore((s) => s.setup?.job ?? null)
  const rolledBack = useAppStore((s) => s.setup?.rolledBack ?? null)
  const outcome = firstCycleOutcome(job)
  if (outcome === 'completed') return <SetupComplete />
  return (
    <section className={styles.panel} data-testid="first-cycle">
      {rolledBack && (
        <MessageBar intent="info" data-testid="rolled-back">
          <MessageBarBody>
            {t('rollback.removed', {
              apps: t('count.apps', { count: rolledBack.apps }),
              jobs: t('count.jobs', { count: rolledBack.jobs }),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {job && outcome === null && job.health === 'waiting' && <FirstCycleWaiting job={job} />}
      <JobStatus />
      <div>
        <RollbackButton />
      </div>
    </section>
  )
}
