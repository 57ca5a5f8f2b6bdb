import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { CheckmarkCircle16Filled, DismissCircle16Filled, Warning16Filled } from '@fluentui/react-icons'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { Check } from '../../../shared/contract'
import { Sensitive } from './sensitive'
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
              {check.title} <Text size={200}>({stepLabel(t, check.step)})</Text>
            </Text>
            <br />
            <Text>
              <Sensitive text={check.detail} />
            </Text>
            {check.fix && check.status !== 'pass' && (
              <>
                <br />
                <Text className={styles.fix}>→ {check.fix}</Text>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}
