import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useEffect, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import {
  settingsSchema,
  type ClientIdSource,
  type Message,
  type OperationOutput,
} from '../../../shared/contract'
import { useAppStore } from '../store/root'
import { englishDetail, useWords, Words } from './words'

type SettingsState = OperationOutput<'getSettings'>

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  problem: { color: tokens.colorPaletteRedForeground1 },
})

function effectiveOf(state: SettingsState): {
  clientId: string
  source: ClientIdSource
  problem?: string | undefined
  problemWords?: Message | undefined
} {
  return {
    clientId: state.effectiveClientId,
    source: state.clientIdSource,
    problem: state.clientIdProblem,
    problemWords: state.clientIdProblemWords,
  }
}

/** Settings › app registration: sign in with the organisation's own client id instead of the default. */
export function ClientIdSetting(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { errorText } = useWords()
  const api = useAppStore((s) => s.api)
  const [value, setValue] = useState('')
  const [effective, setEffective] = useState<{
    clientId: string
    source: ClientIdSource
    problem?: string | undefined
    problemWords?: Message | undefined
  } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)

  useEffect(() => {
    void api.getSettings({}).then((result) => {
      if (!result.ok) return
      setValue(result.value.clientId)
      setEffective(effectiveOf(result.value))
    })
  }, [api])

  const save = async (): Promise<void> => {
    const parsed = settingsSchema.safeParse({ clientId: value })
    if (!parsed.success) {
      setProblem(t('settings.invalid'))
      return
    }
    setProblem(null)
    const result = await api.saveSettings(parsed.data)
    if (result.ok) {
      setEffective(effectiveOf(result.value))
      setSaved(true)
    } else {
      const { message, action } = errorText(result.error)
      setProblem([message, action, englishDetail(result.error)].filter(Boolean).join(' '))
    }
  }

  return (
    <details data-testid="client-id-setting">
      <summary>{t('settings.appRegistration')}</summary>
      <div className={styles.row}>
        <Field label={t('settings.clientId')} hint={t('settings.clientIdHint')} validationMessage={problem}>
          <Input
            value={value}
            onChange={(_, d) => {
              setValue(d.value)
              setSaved(false)
            }}
            placeholder="00000000-0000-0000-0000-000000000000"
            data-testid="client-id"
          />
        </Field>
        <Button onClick={() => void save()} data-testid="client-id-save">
          {t('settings.save')}
        </Button>
      </div>
      {effective?.problem ? (
        <Text size={200} className={styles.problem} role="alert" data-testid="client-id-problem">
          {effective.problemWords ? <Words message={effective.problemWords} /> : effective.problem}
        </Text>
      ) : (
        <Text size={200} data-testid="client-id-in-use">
          {t('settings.inUse')}: <span className={styles.mono}>{effective?.clientId}</span> (
          {t(`settings.source.${effective?.source ?? 'default'}`)}){saved ? ` — ${t('settings.saved')}` : ''}
        </Text>
      )}
    </details>
  )
}
