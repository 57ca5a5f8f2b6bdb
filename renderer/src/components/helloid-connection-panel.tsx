import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components'
import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStore, useAppStoreShallow } from '../store/root'
import { PrimaryAction } from './action-bar'
import { CheckList } from './check-list'
import { Sensitive } from './sensitive'

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
})

/**
 * Steps 1–2: paste HelloID's URL and Secret; "Save and continue" (or Enter in either field) keeps them and goes
 * on to sign-in. It can always be pressed: an empty field is named at the field and focused, and nothing is sent.
 * The secret field is cleared as soon as it is sent; the host keeps the secret in memory and only ever reports
 * the URL back.
 */
export function HelloIdConnectionPanel({ primary = true }: { primary?: boolean }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { connection, saveConnectionAndContinue, usePracticeHelloId, confirmHelloIdHost } =
    useAppStoreShallow((s) => ({
      connection: s.connection,
      saveConnectionAndContinue: s.saveConnectionAndContinue,
      usePracticeHelloId: s.usePracticeHelloId,
      confirmHelloIdHost: s.confirmHelloIdHost,
    }))
  const urlInput = useRef<HTMLInputElement>(null)
  const secretInput = useRef<HTMLInputElement>(null)
  const practice = useAppStore((s) => s.info?.practice ?? false)
  const presentation = useAppStore((s) => s.presentation)
  const [url, setUrl] = useState(connection?.url ?? '')
  const [secret, setSecret] = useState('')
  const [busy, setBusy] = useState(false)
  // Which empty field a press of Save and continue found: said at the field, and nothing is sent.
  const [missing, setMissing] = useState<'url' | 'secret' | null>(null)
  // Show the URL the host kept (also after "use the practice HelloID").
  useEffect(() => {
    if (connection?.url) setUrl(connection.url)
  }, [connection?.url])

  const submit = async (): Promise<void> => {
    if (busy) return
    const empty = !url.trim() ? 'url' : !secret ? 'secret' : null
    if (empty) {
      setMissing(empty)
      const field = empty === 'url' ? urlInput : secretInput
      field.current?.focus()
      return
    }
    setMissing(null)
    setBusy(true)
    const sent = secret
    setSecret('')
    // Kept and nothing to confirm: on to sign-in. Otherwise this screen stays and says why.
    await saveConnectionAndContinue(url, sent)
    setBusy(false)
  }
  const submitOnEnter = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') void submit()
  }

  return (
    <section className={styles.panel} aria-label={t('helloid.heading')} data-testid="helloid-panel">
      <Field
        label={t('helloid.url')}
        hint={t('helloid.urlHint')}
        validationState={missing === 'url' ? 'error' : 'none'}
        validationMessage={missing === 'url' ? t('helloid.urlMissing') : null}
      >
        <Input
          type={presentation ? 'password' : 'text'}
          value={url}
          onChange={(_, d) => {
            setUrl(d.value)
            if (missing === 'url') setMissing(null)
          }}
          onKeyDown={submitOnEnter}
          data-testid="helloid-url"
          input={{ ref: urlInput }}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <Field
        label={t('helloid.secret')}
        hint={connection?.secretProvided ? t('helloid.secretKept') : t('helloid.secretHint')}
        validationState={missing === 'secret' ? 'error' : 'none'}
        validationMessage={
          missing !== 'secret'
            ? null
            : connection?.secretProvided
              ? t('helloid.secretMissingKept')
              : t('helloid.secretMissing')
        }
      >
        <Input
          type="password"
          value={secret}
          onChange={(_, d) => {
            setSecret(d.value)
            if (missing === 'secret') setMissing(null)
          }}
          onKeyDown={submitOnEnter}
          input={{ ref: secretInput }}
          data-testid="helloid-secret"
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <div className={styles.row}>
        <PrimaryAction active={primary}>
          <Button
            appearance={primary ? 'primary' : 'secondary'}
            disabled={busy}
            onClick={() => void submit()}
            data-testid="helloid-save"
          >
            {t('helloid.save')}
          </Button>
        </PrimaryAction>
        {practice && (
          <Button onClick={() => void usePracticeHelloId()} data-testid="helloid-practice">
            {t('helloid.practice')}
          </Button>
        )}
      </div>
      {connection?.secretProvided && (
        <Text data-testid="helloid-saved">
          <Sensitive text={t('helloid.saved', { url: connection.url ?? '' })} />
        </Text>
      )}
      {connection?.unrecognisedHost && !connection.hostConfirmed && (
        <MessageBar intent="warning" layout="multiline" data-testid="helloid-host-warning">
          <MessageBarBody>
            <MessageBarTitle>{t('helloid.hostTitle')}</MessageBarTitle>
            <Sensitive text={t('helloid.hostWarning', { host: connection.unrecognisedHost })} />
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => urlInput.current?.focus()} data-testid="helloid-host-change">
              {t('helloid.hostChange')}
            </Button>
            <Button
              onClick={() => void confirmHelloIdHost(connection.unrecognisedHost ?? '')}
              data-testid="helloid-host-confirm"
            >
              <Sensitive text={t('helloid.hostConfirm', { host: connection.unrecognisedHost })} />
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {connection?.unrecognisedHost && connection.hostConfirmed && (
        <Text data-testid="helloid-host-confirmed">
          <Sensitive text={t('helloid.hostConfirmed', { host: connection.unrecognisedHost })} />
        </Text>
      )}
      {connection && connection.checks.length > 0 && (
        <CheckList checks={connection.checks} testId="helloid-checks" />
      )}
    </section>
  )
}
