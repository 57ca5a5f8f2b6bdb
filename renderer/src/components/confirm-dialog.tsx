import type { JSX, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { DialogCloseButton, DialogFrame } from './dialog-frame'

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
  return (
    <DialogFrame
      modalType="alert"
      trigger={props.trigger}
      title={props.title}
      testId={props.testId}
      actions={
        <>
          <DialogCloseButton appearance="primary" testId={`${props.testId}-cancel`} autoFocus>
            {t('confirm.cancel')}
          </DialogCloseButton>
          <DialogCloseButton onClick={props.onConfirm} testId={`${props.testId}-confirm`}>
            {props.confirmLabel}
          </DialogCloseButton>
        </>
      }
    >
      {props.children}
    </DialogFrame>
  )
}
