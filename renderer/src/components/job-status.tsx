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

import { jobMessages } from '../../../shared/job-messages'
import { useAppStoreShallow } from '../store/root'
import { PrimaryAction } from './action-bar'
import { Sensitive } from './sensitive'
import { useWords } from './words'

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
  const { words } = useWords()
  const { setup, refreshJob, restartJob } = useAppStoreShallow((s) => ({
    setup: s.setup,
    refreshJob: s.refreshJob,
    restartJob: s.restartJob,
  }))
  const job = setup?.job
  const worded = job ? jobMessages(job) : null
  const problem = worded?.problem ?? null
  return (
    <section className={styles.panel} data-testid="job-status" data-health={job?.health ?? 'none'}>
      <Text weight="semibold" data-testid="job-summary">
        {worded ? words(worded.summary) : t('job.unknown')}
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
            <MessageBarTitle>{words(problem.title)}</MessageBarTitle>
            <div className={styles.block}>{words(problem.cause)}</div>
            <div className={styles.block} data-testid="job-fix">
              <Text weight="semibold">{words(problem.fix)}</Text>
            </div>
            {job.quarantine?.since && job.quarantine.nextAttempt && (
              <div className={styles.block} data-testid="job-since">
                {t('job.since', {
                  since: localTime(job.quarantine.since),
                  next: localTime(job.quarantine.nextAttempt),
                })}
              </div>
            )}
            {problem.entraSays && (
              <details className={styles.block} data-testid="job-entra-says">
                <summary>{t('job.entraSaysTitle', { code: problem.entraSays.code })}</summary>
                <Text size={200} className={styles.entra}>
                  <Sensitive text={problem.entraSays.text} />
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
          <PrimaryAction active>
            <Button appearance="primary" onClick={() => void restartJob()} data-testid="restart-job">
              {t('job.restart')}
            </Button>
          </PrimaryAction>
        )}
      </div>
    </section>
  )
}
