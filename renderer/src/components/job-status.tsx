import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStoreShallow } from '../store/root'

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '640px' },
  block: { marginTop: tokens.spacingVerticalXS },
  entra: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
})

/** A Graph timestamp in the person's own time zone. */
const localTime = (iso: string): string => new Date(iso).toLocaleString()

/** Step 21: where the provisioning job is, in the portal's words, with a refresh. */
export function JobStatus(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { setup, refreshJob, restartJob } = useAppStoreShallow((s) => ({
    setup: s.setup,
    refreshJob: s.refreshJob,
    restartJob: s.restartJob,
  }))
  const job = setup?.job
  const problem = job?.problem ?? null
  const summary = !job
    ? t('job.unknown')
    : job.health === 'completed'
      ? t('job.completed', { users: job.counts.users, groups: job.counts.groups })
      : job.health === 'waiting'
        ? t('job.waiting', { code: job.code })
        : t(`job.health.${job.health}`, { count: job.lastCycle?.escrowed ?? 0 })
  const entraCode = problem?.errorCode ?? job?.quarantine?.reason ?? null
  return (
    <section className={styles.panel} data-testid="job-status" data-health={job?.health ?? 'none'}>
      <Text weight="semibold" data-testid="job-summary">
        {summary}
      </Text>
      {job?.progress && job.progress.total > 0 && job.health === 'waiting' && (
        <ProgressBar value={job.progress.completed} max={job.progress.total} />
      )}
      {job && problem && (
        <MessageBar
          layout="multiline"
          intent={job.health === 'not-started' ? 'warning' : 'error'}
          data-testid="job-problem"
        >
          <MessageBarBody>
            <MessageBarTitle>
              {job.quarantine
                ? t(`job.reason.${job.quarantine.reason}`, { defaultValue: t('job.reason.Unknown') })
                : t(`job.health.${job.health}`, { count: job.lastCycle?.escrowed ?? 0 })}
            </MessageBarTitle>
            <div className={styles.block}>{t(`job.cause.${problem.fix}`)}</div>
            <div className={styles.block} data-testid="job-fix">
              <Text weight="semibold">{t(`job.fix.${problem.fix}`)}</Text>
            </div>
            {job.quarantine?.since && job.quarantine.nextAttempt && (
              <div className={styles.block} data-testid="job-since">
                {t('job.since', {
                  since: localTime(job.quarantine.since),
                  next: localTime(job.quarantine.nextAttempt),
                })}
              </div>
            )}
            {entraCode && (problem.message || problem.errorCode) && (
              <details className={styles.block} data-testid="job-entra-says">
                <summary>{t('job.entraSaysTitle', { code: entraCode })}</summary>
                <Text size={200} className={styles.entra}>
                  {problem.message || entraCode}
                </Text>
              </details>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button onClick={() => void refreshJob()} data-testid="refresh-job">
          {t('job.refresh')}
        </Button>{' '}
        {problem && job?.health !== 'not-started' && (
          <Button appearance="primary" onClick={() => void restartJob()} data-testid="restart-job">
            {t('job.restart')}
          </Button>
        )}
      </div>
    </section>
  )
}
