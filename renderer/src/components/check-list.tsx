import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { CheckmarkCircle16Filled, DismissCircle16Filled, Warning16Filled } from '@fluentui/react-icons'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { Check } from '../../../shared/contract'
import { ErrorWords, Words } from './words'
import { stepLabel } from '../step-label'

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'grid', gridTemplateColumns: '20px 1fr', gap: tokens.spacingHorizontalS },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteMarigoldForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  fix: { color: tokens.colorNeutralForeground2 },
})

/**
 * What a check found, in the page's language: an error behind it is worded as errors are (what happened, the
 * next action, and a service's more specific English as a masked detail while it has no catalog words).
 */
export function CheckDetail({ check }: { check: Pick<Check, 'detail' | 'error'> }): JSX.Element {
  return check.error ? <ErrorWords error={check.error} /> : <Words message={check.detail} />
}

/** Check results with the step they concern and, for problems, the fix. */
export function CheckList({ checks, testId }: { checks: readonly Check[]; testId: string }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  return (
    <ul className={styles.list} data-testid={testId}>
      {checks.map((check) => (
        <li key={check.id} className={styles.item} data-status={check.status} data-check={check.id}>
          {check.status === 'pass' ? (
            <CheckmarkCircle16Filled className={styles.pass} aria-label={t('checks.pass')} />
          ) : check.status === 'warn' ? (
            <Warning16Filled className={styles.warn} aria-label={t('checks.warn')} />
          ) : (
            <DismissCircle16Filled className={styles.fail} aria-label={t('checks.fail')} />
          )}
          <div>
            <Text weight="semibold">
              <Words message={check.title} /> <Text size={200}>({stepLabel(t, check.step)})</Text>
            </Text>
            <br />
            <Text>
              <CheckDetail check={check} />
            </Text>
            {check.fix && check.status !== 'pass' && (
              <>
                <br />
                <Text className={styles.fix}>
                  → <Words message={check.fix} />
                </Text>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}
