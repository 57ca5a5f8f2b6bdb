import { Badge, Button, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components'
import { ArrowLeft16Regular, ArrowRight16Regular } from '@fluentui/react-icons'
import { useEffect, useRef, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { TFunction } from 'i18next'

import type { SetupState } from '../../../shared/contract'
import { firstCycleOutcome } from '../../../shared/first-cycle'
import { graphOperations } from '../../../shared/graph-operations'
import { findStep, stepIndex, steps, type StepId } from '../../../shared/steps'
import {
  runNumbers,
  runScreenStepId,
  runStarted,
  runStepIds,
  screenActionPending,
  screenDone,
  waitingOnFirstCycle,
} from '../journey'
import { useAppStore, useAppStoreShallow } from '../store/root'
import type { StepStatus } from '../store/step-status'
import { useStepStatuses } from '../store/use-step-statuses'
import { StepStatusIcon } from './step-status-icon'
import { StepDrawing } from './drawings/step-drawing'
import { HelloIdConnectionPanel } from './helloid-connection-panel'
import {
  AutomationPanel,
  ChecksPanel,
  FirstCyclePanel,
  preloadLaterScreens,
  SignInPanel,
  StepOutcome,
  TroubleshootPanel,
} from './lazy-panels'
import { CustomerLinks } from './open-helloid'
import { PrimaryActionSlot } from './action-bar'

const useStyles = makeStyles({
  // The step fills the space beside the rail: its content scrolls, the action bar below it does not. The bar
  // is a row of its own (not laid over the content), so nothing of the step is ever under it.
  page: {
    display: 'grid',
    gridTemplateRows: 'minmax(0, 1fr) auto',
    minHeight: 0,
    minWidth: 0,
  },
  scroll: { overflowY: 'auto', minHeight: 0 },
  content: {
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
  byHandHeading: { ...typographyStyles.subtitle2, margin: 0, marginTop: tokens.spacingVerticalM },
  technical: {
    maxWidth: '720px',
    '& > summary': { cursor: 'pointer', color: tokens.colorNeutralForeground3 },
  },
  // Back on the left; on the right the step's own action as the one primary button (Next beside it as a
  // secondary), or Next itself where the step has no action of its own.
  bar: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  barRow: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
    maxWidth: '880px',
  },
  spacer: { flexGrow: 1 },
  slot: { display: 'contents' },
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
  const facts = useAppStoreShallow((s) => ({
    progress: s.progress,
    session: s.session,
    connection: s.connection,
    setup: s.setup,
    onDemand: s.onDemand,
  }))
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The action bar's place for the step's own primary action, known once the bar is on the page.
  const [slot, setSlot] = useState<HTMLElement | null>(null)
  const statuses = useStepStatuses()
  const step = progress ? findStep(progress.currentStepId) : undefined

  // With the first step on screen, the later screens' scripts load while the page is idle.
  const shown = step !== undefined
  useEffect(() => {
    if (shown) preloadLaterScreens()
  }, [shown])

  // Move focus to the new step's heading so keyboard and screen-reader users land on it.
  useEffect(() => {
    headingRef.current?.focus()
  }, [step?.id])

  if (!progress || !step) return null
  const index = stepIndex(step.id)
  const status = statuses[step.id]
  const isMarked = progress.completedStepIds.includes(step.id)
  const isLast = index === steps.length - 1
  // One obvious action per screen: the screen's own while it is still to do, otherwise Next.
  const ownAction = screenActionPending(step.id, facts)
  // While the first cycle runs, Next would invite leaving the wait: it stays, but not as the primary.
  // Setup complete: the end's own action (the handover report) is the primary; Next only leads to the tip.
  const complete = step.id === 'azure-initial-cycle' && firstCycleOutcome(facts.setup?.job) === 'completed'
  const nextPrimary = !ownAction && !complete && !waitingOnFirstCycle(step.id, facts.setup)
  const screen = screenText(t, step.id, statuses, facts.setup)
  const documentTitle = t(`steps.${step.id}.title`)
  const documentBody = t(`steps.${step.id}.body`)
  const inRun = runStepIds.includes(step.id) && step.id !== runScreenStepId
  // On a screen that does the step, the document's own words follow as the way to do it by hand.
  const drawing = <StepDrawing stepId={step.id} />
  const graphCalls = step.graphOperations.length > 0 && (
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
  )

  return (
    <main className={styles.page} aria-labelledby="step-title">
      <PrimaryActionSlot.Provider value={slot}>
        <div className={styles.scroll} data-testid="step-scroll">
          <div className={styles.content}>
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
            <h2
              id="step-title"
              className={styles.heading}
              tabIndex={-1}
              ref={headingRef}
              data-testid="step-title"
            >
              {screen?.title ?? documentTitle}
            </h2>
            {(screen?.body ?? documentBody) && (
              <Text as="p" className={styles.body} data-testid="step-body">
                {screen ? screen.body : documentBody}
              </Text>
            )}
            {inRun && <StepOutcome stepId={step.id} status={status} />}
            {step.id === 'azure-sign-in' && <SignInPanel />}
            {panelFor(step.id, ownAction)}
            <CustomerLinks stepId={step.id} primary={complete} />
            {screen && (
              <h3 className={styles.byHandHeading} data-testid="by-hand">
                {t('journey.byHand', {
                  number: step.kind === 'step' ? step.number : '',
                  title: documentTitle,
                })}
              </h3>
            )}
            {screen && (
              <Text as="p" className={styles.body}>
                {documentBody}
              </Text>
            )}
            {step.id !== 'azure-sign-in' && drawing}
            {graphCalls && (
              <details className={styles.technical}>
                <summary>{t('journey.technical')}</summary>
                {graphCalls}
              </details>
            )}
          </div>
        </div>
      </PrimaryActionSlot.Provider>
      {/* After the step's content in reading and Tab order: fill in the step, then act on it. */}
      <section className={styles.bar} aria-label={t('wizard.actionBar')} data-testid="action-bar">
        <div className={styles.barRow}>
          <Button
            icon={<ArrowLeft16Regular />}
            disabled={index === 0}
            onClick={() => void back()}
            data-testid="back"
          >
            {t('wizard.back')}
          </Button>
          <span className={styles.spacer} />
          {step.acceptsManualMark && (
            <Button onClick={() => void toggleDone(step.id)} data-testid="mark-done" aria-pressed={isMarked}>
              {isMarked ? t('wizard.markNotDone') : t('wizard.markDone')}
            </Button>
          )}
          <Button
            appearance={nextPrimary ? 'primary' : 'secondary'}
            icon={<ArrowRight16Regular />}
            iconPosition="after"
            disabled={isLast}
            onClick={() => void next()}
            data-testid="next"
          >
            {t('wizard.next')}
          </Button>
          {/* The step's own action, put here by the panel that owns it (see PrimaryAction). */}
          <span className={styles.slot} ref={setSlot} data-testid="primary-action-slot" />
        </div>
      </section>
    </main>
  )
}

/**
 * The screens whose work differs from the document's own step: the checks (step 4), the run of steps
 * 5–20 (on step 5) and "Setup complete" (step 21 once the first cycle completed). Null: the document's
 * title and text are the screen.
 */
function screenText(
  t: TFunction,
  stepId: StepId,
  statuses: Record<StepId, StepStatus>,
  setup: SetupState | null,
): { title: string; body: string } | null {
  if (stepId === 'azure-open-entra') return { title: t('journey.checksTitle'), body: t('journey.checksBody') }
  if (stepId === runScreenStepId) {
    const done = screenDone(runScreenStepId, statuses)
    const started = runStarted(setup)
    return {
      title: t(
        done ? 'journey.runTitleDone' : started ? 'journey.runTitleRunning' : 'journey.runTitle',
        runNumbers,
      ),
      body: started ? t('journey.runBodyRunning') : t('journey.runBody', runNumbers),
    }
  }
  if (stepId === 'azure-initial-cycle' && firstCycleOutcome(setup?.job) === 'completed')
    return { title: t('complete.title'), body: '' }
  return null
}

/** The working panel a step carries, where the assistant can do or check the step itself. */
function panelFor(stepId: StepId, primary: boolean): JSX.Element | null {
  switch (stepId) {
    case 'helloid-open-azure-ad':
    case 'helloid-new-secret':
      return <HelloIdConnectionPanel primary={primary} />
    case 'azure-open-entra':
      return <ChecksPanel primary={primary} />
    case runScreenStepId:
      return <AutomationPanel primary={primary} />
    case 'azure-initial-cycle':
      return <FirstCyclePanel />
    case 'troubleshoot-one-user':
      return <TroubleshootPanel />
    default:
      return null
  }
}
