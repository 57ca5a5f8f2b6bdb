import { Button, Input, makeStyles, mergeClasses, type InputProps } from '@fluentui/react-components'
import { Eye16Regular } from '@fluentui/react-icons'
import { useState, type JSX, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStore } from '../store/root'

const useStyles = makeStyles({
  // The label stays on one line inside the field, however narrow the form's column.
  show: { whiteSpace: 'nowrap', minWidth: 'auto', flexShrink: 0 },
  // With the button inside, the typed text is what gives way in a narrow column, not the column's edge.
  root: { minWidth: 0, maxWidth: '100%' },
  input: { minWidth: 0, width: '100%' },
})

/**
 * A field for a customer detail typed live (a name, a tenant, a portal address). While presenting it is
 * drawn as dots, since whoever watches the shared screen must not read it; the presenter checks what they
 * typed by holding "Hold to show", which shows it only while held (to everyone watching, as it says) and
 * can never be left on by mistake.
 */
export function PresenterInput(props: Omit<InputProps, 'type'> & { 'data-testid': string }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const presentation = useAppStore((s) => s.presentation)
  const [held, setHeld] = useState(false)
  if (!presentation) return <Input {...props} type="text" />
  const show = (): void => setHeld(true)
  const hide = (): void => setHeld(false)
  const onKey =
    (down: boolean) =>
    (event: KeyboardEvent): void => {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault()
        setHeld(down)
      }
    }
  return (
    <Input
      {...props}
      className={mergeClasses(styles.root, props.className)}
      input={{ className: styles.input }}
      type={held ? 'text' : 'password'}
      contentAfter={
        <Button
          appearance="transparent"
          size="small"
          icon={<Eye16Regular />}
          aria-pressed={held}
          className={styles.show}
          title={t('app.holdToShowHint')}
          onPointerDown={show}
          onPointerUp={hide}
          onPointerLeave={hide}
          onPointerCancel={hide}
          onBlur={hide}
          onKeyDown={onKey(true)}
          onKeyUp={onKey(false)}
          data-testid={`${props['data-testid']}-show`}
        >
          {t('app.holdToShow')}
        </Button>
      }
    />
  )
}
