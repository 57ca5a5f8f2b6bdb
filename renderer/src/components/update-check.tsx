import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components'
import { useEffect, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { UpdateStatus } from '../../../shared/contract'
import { useAppStore } from '../store/root'

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
})

/**
 * "Check for updates" in the header of the desktop app. Background checks stay silent unless they
 * found an update; "up to date" and failures are shown only after the person asked. Hidden where
 * there is no updater (development build, practice mode, browser preview).
 */
export function UpdateCheck(): JSX.Element | null {
  const { t } = useTranslation()
  const styles = useStyles()
  const api = useAppStore((s) => s.api)
  const [status, setStatus] = useState<UpdateStatus | null>(null)
  const [asked, setAsked] = useState(false)

  useEffect(() => api.onUpdateChanged(setStatus), [api])

  const check = async (): Promise<void> => {
    setAsked(true)
    setStatus({ state: 'checking' })
    const result = await api.checkForUpdates({})
    setStatus(result.ok ? result.value : { state: 'error' })
  }

  if (status?.state === 'disabled') return null
  const news = status?.state === 'downloading' || status?.state === 'downloaded'
  const text =
    status && (news || asked) ? t(`updates.${status.state}`, { version: status.version ?? '' }) : ''
  return (
    <span className={styles.root}>
      {text && (
        <Caption1 role="status" data-testid="update-status">
          {text}
        </Caption1>
      )}
      {status?.state !== 'downloaded' && (
        <Button
          appearance="subtle"
          size="small"
          disabled={status?.state === 'checking' || status?.state === 'downloading'}
          onClick={() => void check()}
        >
          {t('updates.check')}
        </Button>
      )}
    </span>
  )
}
