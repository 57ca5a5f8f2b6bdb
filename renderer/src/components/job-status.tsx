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
  return (
    <section className={styles.panel} data-testid="job-status">
      {job ? (
        <>
          <Text weight="semibold" data-testid="job-summary">
            {job.initialCycleCompleted
              ? t('job.completed', { users: job.counts.users, groups: job.counts.groups })
              : job.quarantine
                ? t('job.quarantine')
                : t('job.waiting', { code: job.code })}
          </Text>
          {job.progress && job.progress.total > 0 && !job.initialCycleCompleted && (
            <ProgressBar value={job.progress.completed} max={job.progress.total} />
          )}
          {job.quarantine && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{job.quarantine.explanation}</MessageBarTitle>
                {job.quarantine.fix} {job.quarantine.message && `(${job.quarantine.message})`}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      ) : (
        <Text>{t('job.unknown')}</Text>
      )}
      <div>
        <Button onClick={() => void refreshJob()} data-testid="refresh-job">
          {t('job.refresh')}
        </Button>{' '}
        {job?.quarantine && (
          <Button appearance="primary" onClick={() => void restartJob()} data-testid="restart-job">
            {t('job.restart')}
          </Button>
        )}
      </div>
    </section>
  )
}
