import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
  type ButtonProps,
} from '@fluentui/react-components'
import type { JSX, ReactNode } from 'react'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
})

/**
 * The assistant's dialog: a trigger that opens it, a title, the content, and the buttons at the foot.
 * `testId` names the surface (`<testId>-dialog`); `alert` dialogs close only through their buttons.
 */
export function DialogFrame(props: {
  trigger: JSX.Element
  title: string
  children: ReactNode
  actions: ReactNode
  testId: string
  modalType?: 'modal' | 'alert'
}): JSX.Element {
  const styles = useStyles()
  return (
    <Dialog modalType={props.modalType ?? 'modal'}>
      <DialogTrigger disableButtonEnhancement>{props.trigger}</DialogTrigger>
      <DialogSurface data-testid={`${props.testId}-dialog`}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>{props.children}</DialogContent>
          <DialogActions>{props.actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}

/** A button at the foot of a {@link DialogFrame} that closes it (after its own `onClick`, if any). */
export function DialogCloseButton(props: ButtonProps & { testId: string }): JSX.Element {
  const { testId, ...button } = props
  return (
    <DialogTrigger disableButtonEnhancement>
      <Button {...button} data-testid={testId} />
    </DialogTrigger>
  )
}
