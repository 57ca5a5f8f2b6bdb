import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useRef, useState, type JSX, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

import {
  provisioningActionWords,
  provisioningResultWords,
  provisioningStepTypeWords,
} from '../../../shared/provisioning-words'
import { useAppStoreShallow } from '../store/root'
import { PrimaryAction } from './action-bar'
import { Sensitive, SensitiveName } from './sensitive'
import { useWords, Words } from './words'

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
})

/** The tip: provision one user on demand and say, in plain words, why they do or do not sync. */
export function TroubleshootPanel(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  // Entra's values (Skipped, create, success) in the page's language; a value Entra adds later as Entra's text.
  const { words } = useWords()
  const { onDemand, troubleshoot, presentation } = useAppStoreShallow((s) => ({
    onDemand: s.onDemand,
    troubleshoot: s.troubleshoot,
    presentation: s.presentation,
  }))
  const [user, setUser] = useState('')
  const [busy, setBusy] = useState(false)
  // A press with too little typed is answered at the field (focused), and nothing is asked of Entra.
  const [tooShort, setTooShort] = useState(false)
  const userInput = useRef<HTMLInputElement>(null)
  const run = (): void => {
    if (busy) return
    if (user.trim().length < 3) {
      setTooShort(true)
      userInput.current?.focus()
      return
    }
    setBusy(true)
    void troubleshoot(user.trim()).finally(() => setBusy(false))
  }
  const runOnEnter = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') run()
  }
  return (
    <section className={styles.panel} data-testid="troubleshoot-panel">
      <Field
        label={t('troubleshoot.user')}
        hint={t('troubleshoot.userHint')}
        validationState={tooShort ? 'error' : 'none'}
        validationMessage={tooShort ? t('troubleshoot.userMissing') : null}
      >
        {/* On a shared screen the typed user name is hidden like a password. */}
        <Input
          value={user}
          type={presentation ? 'password' : 'text'}
          autoComplete="off"
          onChange={(_, d) => {
            setUser(d.value)
            setTooShort(false)
          }}
          onKeyDown={runOnEnter}
          input={{ ref: userInput }}
          data-testid="troubleshoot-user"
        />
      </Field>
      <PrimaryAction active>
        <Button appearance="primary" disabled={busy} onClick={run} data-testid="troubleshoot-run">
          {t('troubleshoot.run')}
        </Button>
      </PrimaryAction>
      {onDemand && (
        <div data-testid="troubleshoot-report">
          <Text weight="semibold">
            <SensitiveName name={onDemand.user.displayName} />:{' '}
            {words(provisioningResultWords(onDemand.result))}
          </Text>
          <br />
          <Text data-testid="troubleshoot-explanation">
            <Words message={onDemand.explanation} />
          </Text>
          <ol className={styles.steps}>
            {onDemand.steps.map((step, index) => (
              <li key={`${step.name}-${index}`}>
                {words(provisioningStepTypeWords(step.type))} — {words(provisioningResultWords(step.status))}:{' '}
                <Sensitive text={step.description} />
              </li>
            ))}
          </ol>
          <Text size={200}>{t('troubleshoot.logs', { count: onDemand.logEntries })}</Text>
          {onDemand.logs.length > 0 && (
            <ul data-testid="troubleshoot-logs">
              {onDemand.logs.map((entry, index) => (
                <li key={`${entry.when}-${index}`}>
                  {new Date(entry.when).toLocaleString()} — {words(provisioningActionWords(entry.action))}:{' '}
                  {words(provisioningResultWords(entry.status))}
                  {entry.reason ? (
                    <>
                      {' '}
                      (<Sensitive text={entry.reason} />)
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
