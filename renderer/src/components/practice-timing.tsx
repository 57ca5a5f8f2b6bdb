import { Field, makeStyles, Select } from '@fluentui/react-components'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStoreShallow } from '../store/root'

const useStyles = makeStyles({ field: { whiteSpace: 'nowrap' } })

/**
 * Practice mode's timing, beside the mode badge: realistic (Entra's waits as on a real tenant) or fast
 * (seconds, for a demo). Switching keeps everything done so far.
 */
export function PracticeTiming(): JSX.Element | null {
  const styles = useStyles()
  const { t } = useTranslation()
  const { info, setPracticeTiming } = useAppStoreShallow((s) => ({
    info: s.info,
    setPracticeTiming: s.setPracticeTiming,
  }))
  const [busy, setBusy] = useState(false)
  if (!info?.practice || !info.practiceTiming) return null
  return (
    <Field
      className={styles.field}
      orientation="horizontal"
      size="small"
      label={t('practice.timing')}
      title={t('practice.timingHint')}
    >
      <Select
        size="small"
        value={info.practiceTiming}
        disabled={busy}
        data-testid="practice-timing"
        onChange={(_, d) => {
          setBusy(true)
          void setPracticeTiming(d.value === 'fast' ? 'fast' : 'realistic').finally(() => setBusy(false))
        }}
      >
        <option value="realistic">{t('practice.realistic')}</option>
        <option value="fast">{t('practice.fast')}</option>
      </Select>
    </Field>
  )
}
