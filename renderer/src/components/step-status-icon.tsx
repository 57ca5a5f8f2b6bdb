import { makeStyles, Spinner, tokens } from '@fluentui/react-components'
import {
  CheckmarkCircle16Filled,
  Circle16Regular,
  DismissCircle16Filled,
  PersonAlert16Regular,
} from '@fluentui/react-icons'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { StepStatus } from '../store/step-status'

const useStyles = makeStyles({
  icon: { flexShrink: 0, marginTop: '2px' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  needsYou: { color: tokens.colorPaletteMarigoldForeground1 },
  notStarted: { color: tokens.colorNeutralForeground4 },
})

/** The status mark of a step, the same on the rail and the step page; its name is read out. */
export function StepStatusIcon({ status }: { status: StepStatus }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const label = t(`stepStatus.${status}`)
  const props = { role: 'img', 'aria-label': label, 'data-status': status }
  switch (status) {
    case 'done':
      return <CheckmarkCircle16Filled className={`${styles.icon} ${styles.done}`} {...props} />
    case 'failed':
      return <DismissCircle16Filled className={`${styles.icon} ${styles.failed}`} {...props} />
    case 'needsYou':
      return <PersonAlert16Regular className={`${styles.icon} ${styles.needsYou}`} {...props} />
    case 'running':
      return <Spinner size="extra-tiny" className={styles.icon} {...props} />
    case 'notStarted':
      return <Circle16Regular className={`${styles.icon} ${styles.notStarted}`} {...props} />
  }
}
