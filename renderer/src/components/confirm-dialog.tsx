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
} from '@fluentui/react-components'
import type { JSX, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
})

/**
 * A destructive action behind a question: the trigger opens a dialog that says what will be removed;
 * only its confirm button acts. Cancel is focused first, so Enter never destroys by accident.
 */
export function ConfirmDialog(props: {
  trigger: JSX.Element
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  testId: string
}): JSX.Element {
  const { t } = useTranslation()
  const styles = useStyles()
  return (
    <Dialog modalType="alert">
      <DialogTrigger disableButtonEnhancement>{props.trigger}</DialogTrigger>
      <DialogSurface data-testid={`${props.testId}-dialog`}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>{props.children}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" data-testid={`${props.testId}-cancel`} autoFocus>
                {t('confirm.cancel')}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button onClick={props.onConfirm} data-testid={`${props.testId}-confirm`}>
                {props.confirmLabel}
              </Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
