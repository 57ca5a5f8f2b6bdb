import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components'
import type { JSX, ReactNode } from 'react'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
})

/** The Fluent dialog behind a {@link DialogFrame}, loaded when the first dialog opens. */
export function DialogSurfaceFrame(props: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  children: ReactNode
  actions: ReactNode
  testId: string
  modalType: 'modal' | 'alert'
  surfaceClassName?: string | undefined
}): JSX.Element {
  const styles = useStyles()
  return (
    <Dialog
      open={props.open}
      modalType={props.modalType}
      onOpenChange={(_, data) => props.onOpenChange(data.open)}
    >
      <DialogSurface className={mergeClasses(props.surfaceClassName)} data-testid={`${props.testId}-dialog`}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>{props.children}</DialogContent>
          <DialogActions>{props.actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
