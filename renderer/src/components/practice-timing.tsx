import { Select } from '@fluentui/react-components'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStoreShallow } from '../store/root'

/**
 * Practice mode's timing, beside the mode badge: realistic (Entra's waits as on a real tenant) or fast
 * (seconds, for a demo). Switching keeps everything done so far. Compact, so the header stays one line.
 */
export function PracticeTiming(): JSX.Element | null {
  const { t } = useTranslation()
  const { info, setPracticeTiming } = useAppStoreShallow((s) => ({
    info: s.info,
    setPracticeTiming: s.setPracticeTiming,
  }))
  const [busy, setBusy] = useState(false)
  if (!info?.practice || !info.practiceTiming) return null
  return (
    <Select
      size="small"
      appearance="underline"
      aria-label={t('practice.timing')}
      title={t('practice.timingHint')}
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
  )
}
