import { Badge, Button, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components'
import { ArrowLeft16Regular, ArrowRight16Regular } from '@fluentui/react-icons'
import { useEffect, useRef, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { graphOperations } from '../../../shared/graph-operations'
import { findStep, stepIndex, steps } from '../../../shared/steps'
import { useAppStore, useAppStoreShallow } from '../store/root'
import { useStepStatuses } from '../store/use-step-statuses'
import { StepStatusIcon } from './step-status-icon'
import { StepDrawing } from './drawings/step-drawing'
import { HelloIdConnectionPanel } from './helloid-connection-panel'
import { AutomationPanel, JobStatus, TroubleshootPanel } from './lazy-panels'
import { SignInPanel } from './sign-in-panel'
import { Sensitive } from './sensitive'

const useStyles = makeStyles({
  main: {
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '880px',
    // A long step (panels below the drawing) scrolls; its parts must not be squeezed to fit.
    '& > *': { flexShrink: 0 },
  },
  heading: { ...typographyStyles.title2, outline: 'none', margin: 0 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  body: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, maxWidth: '68ch' },
  calls: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  code: { fontFamily: tokens.fontFamilyMonospace },
  // Back / Next stay in view on a short window (1024×700): the bar sticks to the bottom while the step scrolls.
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalL,
    position: 'sticky',
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
})

const handlingColour = { automated: 'brand', verified: 'success', guided: 'informative' } as const
const statusColour = {
  done: 'success',
  running: 'brand',
  needsYou: 'warning',
  failed: 'danger',
  notStarted: 'informative',
} as const

/** The current step: number, title, plain instructions, where to click, and Back / Mark done / Next. */
export function StepView(): JSX.Element | null {
  const styles = useStyles()
  const { t } = useTranslation()
  const progress = useAppStore((s) => s.progress)
  const { back, next, toggleDone } = useAppStoreShallow((s) => ({
    back: s.back,
    next: s.next,
    toggleDone: s.toggleDone,
  }))
  const headingRef = useRef<HTMLHeadingElement>(null)
  const progressList = useAppStore((s) => s.setup?.progress)
  const statuses = useStepStatuses()
  const step = progress ? findStep(progress.currentStepId) : undefined

  // Move focus to the new step's heading so keyboard and screen-reader users land on it.
  useEffect(() => {
    headingRef.current?.focus()
  }, [step?.id])

  if (!progress || !step) return null
  const index = stepIndex(step.id)
  const status = statuses[step.id]
  const isMarked = progress.completedStepIds.includes(step.id)
  const isLast = index === steps.length - 1
  const action = step.doneBy.by === 'engine' ? step.doneBy.action : null
  const automation = progressList?.filter((p) => p.step === step.id || p.id === action).at(-1)

  return (
    <main className={styles.main} aria-labelledby="step-title">
      <div className={styles.meta}>
        <Text weight="semibold" data-testid="step-number">
          {step.kind === 'step' ? t('wizard.stepLabel', { number: step.number }) : t('wizard.tipLabel')}
        </Text>
        <Badge appearance="tint" color={handlingColour[step.handling]} data-testid="step-handling">
          {t(`handling.${step.handling}`)}
        </Badge>
        <Badge
          appearance={status === 'done' ? 'filled' : 'outline'}
          color={statusColour[status]}
          icon={<StepStatusIcon status={status} />}
          data-testid="step-status"
          data-status={status}
        >
          {t(`stepStatus.${status}`)}
        </Badge>
      </div>
      <h2 id="step-title" className={styles.heading} tabIndex={-1} ref={headingRef} data-testid="step-title">
        {t(`steps.${step.id}.title`)}
      </h2>
      <Text as="p" className={styles.body} data-testid="step-body">
        {t(`steps.${step.id}.body`)}
      </Text>
      {automation && (
        <Badge
          appearance="outline"
          color={automation.status === 'failed' ? 'danger' : 'success'}
          data-testid="step-automation"
        >
          <Sensitive text={automation.message} />
        </Badge>
      )}
      {step.id === 'azure-sign-in' ? <SignInPanel /> : <StepDrawing stepId={step.id} />}
      {panelFor(step.id)}
      {step.graphOperations.length > 0 && (
        <Text as="p" className={styles.calls}>
          {t('wizard.graphCalls')}:{' '}
          {step.graphOperations.map((name, i) => (
            <span key={name}>
              {i > 0 && ', '}
              <span className={styles.code}>
                {graphOperations[name].method} {graphOperations[name].path}
              </span>
            </span>
          ))}
        </Text>
      )}
      <div className={styles.actions}>
        <Button
          icon={<ArrowLeft16Regular />}
          disabled={index === 0}
          onClick={() => void back()}
          data-testid="back"
        >
          {t('wizard.back')}
        </Button>
        {step.acceptsManualMark && (
          <Button onClick={() => void toggleDone(step.id)} data-testid="mark-done" aria-pressed={isMarked}>
            {isMarked ? t('wizard.markNotDone') : t('wizard.markDone')}
          </Button>
        )}
        <Button
          appearance="primary"
          icon={<ArrowRight16Regular />}
          iconPosition="after"
          disabled={isLast}
          onClick={() => void next()}
          data-testid="next"
        >
          {t('wizard.next')}
        </Button>
      </div>
    </main>
  )
}

/** The working panel a step carries, where the assistant can do or check the step itself. */
function panelFor(stepId: string): JSX.Element | null {
  switch (stepId) {
    case 'helloid-new-secret':
    case 'azure-tenant-url':
    case 'azure-secret-token':
      return <HelloIdConnectionPanel />
    case 'azure-open-entra':
      return <AutomationPanel />
    case 'azure-initial-cycle':
      return <JobStatus />
    case 'troubleshoot-one-user':
      return <TroubleshootPanel />
    default:
      return null
  }
}
