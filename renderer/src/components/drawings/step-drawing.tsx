import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { StepId } from '../../../../shared/steps'
import { findStep } from '../../../../shared/steps'
import { useAppStore } from '../../store/root'
import { ScreenDrawing } from './parts'
import { ScreenshotPackButton, useProblemText } from './screenshot-pack-setting'
import { anchors } from './spec'
import { screenFor, stepDrawings } from './step-drawings'

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    // The list goes beside the drawing only where both stay readable.
    '@media (min-width: 1500px)': {
      gridTemplateColumns: 'minmax(0, 3fr) minmax(220px, 1fr)',
      gap: tokens.spacingHorizontalL,
    },
  },
  caption: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  screenshot: {
    display: 'block',
    maxWidth: '100%',
    maxHeight: 'min(460px, 56vh)',
    objectFit: 'contain',
    objectPosition: 'left top',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  shot: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  shotCaption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    lineHeight: tokens.lineHeightBase300,
  },
  badge: {
    flexShrink: 0,
    width: '22px',
    height: '22px',
    borderRadius: '50%',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightBold,
    fontSize: tokens.fontSizeBase200,
  },
})

/**
 * Where the step happens, drawn: the portal screen with numbered callouts, and beside it the same numbered
 * instructions as text (what a screen reader reads, and what to follow when the assistant cannot do it).
 */
export function StepDrawing({ stepId }: { stepId: StepId }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const drawing = stepDrawings[stepId]
  const screen = screenFor(stepId)
  const boxes = anchors(screen)
  const callouts = drawing.callouts.flatMap((id) => boxes.get(id) ?? [])
  const instructions = drawing.callouts.map((_, index) => t(`steps.${stepId}.byHand.${index}`))
  const step = findStep(stepId)
  const portal = t(`portals.${step?.illustration.portal ?? 'azure'}`)
  const where = [portal, ...screen.crumbs.filter((crumb) => crumb !== 'Home'), screen.title]
    .filter(Boolean)
    .join(' › ')
  const pack = useAppStore((s) => s.screenshotPack)
  const presentation = useAppStore((s) => s.presentation)
  const describeProblem = useProblemText()
  const packShot = pack?.images.find((image) => image.stepId === stepId)
  // An organisation's screenshot may show a customer's names: while presenting it is not even on the page,
  // and the drawing (which shows only Microsoft's sample names) stands in for it.
  const shot = presentation ? undefined : packShot
  // Problems with this step's image, or with the whole pack (they concern every step).
  const problems = pack?.problems.filter((problem) => !problem.step || problem.step === stepId) ?? []
  const description = instructions.map((text, index) => `${index + 1}. ${text}`).join(' ')
  return (
    <figure
      className={styles.figure}
      data-testid="step-drawing"
      data-step={stepId}
      data-screen={drawing.screen}
    >
      <div className={styles.caption}>
        {problems.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="screenshot-pack-problem">
            <MessageBarBody>
              <MessageBarTitle>{t('screenshotPack.problemTitle')}</MessageBarTitle>
              {problems.map((problem) => describeProblem(problem, pack)).join(' ')}
            </MessageBarBody>
          </MessageBar>
        )}
        {presentation && packShot && (
          <MessageBar intent="info" layout="multiline" data-testid="step-screenshot-hidden">
            <MessageBarBody>{t('screenshotPack.hiddenWhilePresenting')}</MessageBarBody>
          </MessageBar>
        )}
        {shot ? (
          <figure className={styles.shot} data-testid="step-screenshot" data-file={shot.file}>
            <img
              className={styles.screenshot}
              src={shot.dataUrl}
              alt={shot.alt ?? `${t('drawings.title', { where })}. ${description}`}
            />
            {shot.caption && <figcaption className={styles.shotCaption}>{shot.caption}</figcaption>}
          </figure>
        ) : (
          <ScreenDrawing
            screen={screen}
            callouts={callouts}
            idPrefix={`drawing-${stepId}`}
            title={t('drawings.title', { where })}
            description={description}
          />
        )}
      </div>
      <figcaption className={styles.caption}>
        <span className={styles.heading}>{t('drawings.byHand')}</span>
        <ol className={styles.list} data-testid="drawing-instructions">
          {instructions.map((text, index) => (
            <li key={index} className={styles.item}>
              <span className={styles.badge} aria-hidden="true">
                {index + 1}
              </span>
              <span>{text}</span>
            </li>
          ))}
        </ol>
        <div>
          <ScreenshotPackButton />
        </div>
      </figcaption>
    </figure>
  )
}
