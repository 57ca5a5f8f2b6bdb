import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { phases, steps, type StepDefinition } from '../../../shared/steps'
import { useAppStore } from '../store/root'
import { useStepStatuses } from '../store/use-step-statuses'
import { StepStatusIcon } from './step-status-icon'

const useStyles = makeStyles({
  nav: {
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
  },
  phase: {
    display: 'block',
    margin: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, fontWeight: tokens.fontWeightSemibold },
  number: { minWidth: '1.6em', color: tokens.colorNeutralForeground3 },
})

/** The left rail: every step grouped by phase, the current one marked, each with its derived status. */
export function StepRail(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const progress = useAppStore((s) => s.progress)
  const goTo = useAppStore((s) => s.goTo)
  const statuses = useStepStatuses()
  const label = (step: StepDefinition): string =>
    step.kind === 'step' ? String(step.number) : t('wizard.tipLabel')

  return (
    <nav className={styles.nav} aria-label={t('wizard.stepsNav')}>
      {phases.map((phase) => (
        <section key={phase} aria-labelledby={`phase-${phase}`}>
          <Text id={`phase-${phase}`} size={200} weight="semibold" className={styles.phase}>
            {t(`phases.${phase}`)}
          </Text>
          <ul className={styles.list}>
            {steps
              .filter((step) => step.phase === phase)
              .map((step) => {
                const isCurrent = progress?.currentStepId === step.id
                const status = statuses[step.id]
                return (
                  <li key={step.id}>
                    <button
                      type="button"
                      className={mergeClasses(styles.item, isCurrent && styles.current)}
                      aria-current={isCurrent ? 'step' : undefined}
                      data-testid={`rail-${step.id}`}
                      data-status={status}
                      onClick={() => void goTo(step.id)}
                    >
                      <StepStatusIcon status={status} />
                      <span className={styles.number}>{label(step)}</span>
                      <span>{t(`steps.${step.id}.title`)}</span>
                    </button>
                  </li>
                )
              })}
          </ul>
        </section>
      ))}
    </nav>
  )
}
