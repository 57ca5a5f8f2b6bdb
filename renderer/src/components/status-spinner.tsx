import { makeStyles, Spinner } from '@fluentui/react-components'
import type { JSX } from 'react'

const useStyles = makeStyles({
  // A status line starts where the text does (a Spinner centres itself by default).
  status: { justifyContent: 'flex-start' },
})

/**
 * A one-line "working on it" status: a tiny spinner with what is being done after it, aligned with the
 * text. `labelId` lets other elements point at the words (aria-describedby).
 */
export function StatusSpinner({
  label,
  testId,
  labelId,
}: {
  label: string
  testId: string
  labelId?: string | undefined
}): JSX.Element {
  const styles = useStyles()
  return (
    <Spinner
      size="tiny"
      labelPosition="after"
      label={labelId ? { children: label, id: labelId } : label}
      className={styles.status}
      data-testid={testId}
    />
  )
}
