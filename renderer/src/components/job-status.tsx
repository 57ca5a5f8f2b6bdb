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
})

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
        <MessageBar intent={job.health === 'not-started' ? 'warning' : 'error'} data-testid="job-problem">
          <MessageBarBody>
            <MessageBarTitle>
              {job.quarantine
                ? `${t(`job.reason.${job.quarantine.reason}`, { defaultValue: t('job.reason.Unknown') })} `
                : ''}
              {t(`job.cause.${problem.fix}`)}
            </MessageBarTitle>
            <div data-testid="job-fix">{t(`job.fix.${problem.fix}`)}</div>
            {job.quarantine?.since && job.quarantine.nextAttempt && (
              <div>{t('job.since', { since: job.quarantine.since, next: job.quarantine.nextAttempt })}</div>
            )}
            {entraCode && (problem.message || problem.errorCode) && (
              <div data-testid="job-entra-says">
                {t('job.entraSays', { code: entraCode, message: problem.message || '—' })}
              </div>
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
