import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components'
import { useEffect, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { UpdateStatus } from '../../../shared/contract'
import { useAppStore } from '../store/root'

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
})

/** The catalog lookup the words need (react-i18next's `t`, or any i18next instance's). */
export type Words = (key: string, params?: Record<string, string>) => string

/**
 * What the header says about updates. A build without a usable feed says so at once (that is a fact
 * about this copy, not news); background checks stay silent unless they found an update; "up to date"
 * and failures are shown only after the person asked. Nothing where there is no updater by design
 * (development build, practice mode, browser preview).
 */
export function updateText(status: UpdateStatus | null, asked: boolean, t: Words): string {
  if (!status) return ''
  if (status.state === 'disabled') {
    if (status.reason === 'not-configured') return t('updates.notConfigured')
    if (status.reason === 'invalid-feed')
      return t('updates.invalidFeed', {
        setting: t(`updates.feedSource.${status.feedSource ?? 'environment'}`),
      })
    return ''
  }
  const news = status.state === 'downloading' || status.state === 'downloaded'
  if (!news && !asked) return ''
  return t(`updates.${status.state}`, { version: status.version ?? '' })
}

/** "Check for updates" in the header of the desktop app, and the state of updates beside it. */
export function UpdateCheck(): JSX.Element | null {
  const { t } = useTranslation()
  const styles = useStyles()
  const api = useAppStore((s) => s.api)
  const [status, setStatus] = useState<UpdateStatus | null>(null)
  const [asked, setAsked] = useState(false)

  useEffect(() => api.onUpdateChanged(setStatus), [api])
  useEffect(() => {
    let current = true
    void api.getUpdateStatus({}).then((result) => {
      // An event that arrived first is newer than this answer.
      if (current && result.ok) setStatus((seen) => seen ?? result.value)
    })
    return () => {
      current = false
    }
  }, [api])

  const check = async (): Promise<void> => {
    setAsked(true)
    setStatus({ state: 'checking' })
    const result = await api.checkForUpdates({})
    setStatus(result.ok ? result.value : { state: 'error' })
  }

  const text = updateText(status, asked, (key, params) => t(key, params ?? {}))
  if (status?.state === 'disabled' && !text) return null
  return (
    <span className={styles.root}>
      {text && (
        <Caption1 role="status" data-testid="update-status">
          {text}
        </Caption1>
      )}
      {status?.state !== 'downloaded' && status?.state !== 'disabled' && (
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
