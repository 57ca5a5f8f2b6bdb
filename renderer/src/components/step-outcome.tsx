import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components'
import { Open16Regular } from '@fluentui/react-icons'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { stepById, type StepId } from '../../../shared/steps'
import { entraContextOf, entraLinkForStep } from '../entra-link-for-step'
import { runNumbers, runScreenStepId } from '../journey'
import { useAppStore, useAppStoreShallow } from '../store/root'
import type { StepStatus } from '../store/step-status'
import { formatElapsed, progressElapsed, useNow } from './run-timeline'
import { StepStatusIcon } from './step-status-icon'
import { ErrorWords, Words } from './words'

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    maxWidth: '720px',
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  meta: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
})

/**
 * "Open in Entra admin center" for a step, when Entra has a page that shows its result. Practice mode's
 * simulated tenant has no such page: that is said, with no button that would open Entra's "not found".
 */
export function OpenInEntra({ stepId }: { stepId: StepId }): JSX.Element | null {
  const { t } = useTranslation()
  const { api, ids, cloudId, tenantId, simulated } = useAppStoreShallow((s) => ({
    api: s.api,
    ids: s.setup?.ids ?? null,
    ...entraContextOf(s),
  }))
  const url = entraLinkForStep(stepId, ids, { cloudId, tenantId })
  if (!url) return null
  if (simulated) return <Text data-testid="open-in-entra-practice">{t('journey.openInEntraPractice')}</Text>
  // The address stays out of the page (it carries the tenant and object ids); the host opens it.
  return (
    <Button
      icon={<Open16Regular />}
      onClick={() => void api.openExternal({ url })}
      data-testid="open-in-entra"
    >
      {t('journey.openInEntra')}
    </Button>
  )
}

/**
 * What the assistant did on one step of its run, in plain words: done (with how long it took), under way
 * (live elapsed time), failed, or still to come (with the way to the plan); and where to see it in Entra.
 */
export function StepOutcome({ stepId, status }: { stepId: StepId; status: StepStatus }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { progress, goTo } = useAppStoreShallow((s) => ({ progress: s.setup?.progress, goTo: s.goTo }))
  const error = useAppStore((s) => s.setup?.error ?? null)
  const step = stepById(stepId)
  const action = step.doneBy.by === 'engine' ? step.doneBy.action : null
  const report = progress?.filter((p) => p.id === action).at(-1)
  const now = useNow(status === 'running')

  if (status === 'notStarted' || (status === 'needsYou' && !report)) {
    return (
      <section className={styles.card} data-testid="step-outcome" data-outcome="to-come">
        <Text>{t('journey.partOfRun', runNumbers)}</Text>
        <div className={styles.row}>
          <Button onClick={() => void goTo(runScreenStepId)} data-testid="go-to-run">
            {t('journey.goToRun', runNumbers)}
          </Button>
        </div>
      </section>
    )
  }
  const elapsed = report ? progressElapsed(report, now) : null
  return (
    <section className={styles.card} data-testid="step-outcome" data-outcome={status}>
      <div className={styles.head}>
        {status === 'running' ? <Spinner size="extra-tiny" /> : <StepStatusIcon status={status} />}
        <Text weight="semibold">
          {status === 'running'
            ? t('journey.outcome.running', { elapsed: formatElapsed(elapsed ?? 0) })
            : status === 'failed'
              ? t('journey.outcome.failed')
              : report
                ? t('journey.outcome.done')
                : t('journey.outcome.readBack')}
        </Text>
      </div>
      {report && (
        <Text data-testid="step-outcome-message">
          <Words message={report.message} />
        </Text>
      )}
      {status === 'failed' && error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ErrorWords error={error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {status !== 'running' && elapsed !== null && report?.endedAt && (
        <Text className={styles.meta} data-testid="step-outcome-took">
          {t('journey.outcome.took', { elapsed: formatElapsed(elapsed) })}
        </Text>
      )}
      <div className={styles.row}>
        <OpenInEntra stepId={stepId} />
      </div>
    </section>
  )
}
