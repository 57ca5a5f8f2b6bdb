import { Button, Text } from '@fluentui/react-components'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStoreShallow } from '../store/root'
import { ConfirmDialog } from './confirm-dialog'

/**
 * "Remove what the assistant created": offered only when the journal says the assistant created an app or
 * job that is still there, and only after a question that names the app, the job and who stops syncing.
 */
export function RollbackButton(): JSX.Element | null {
  const { t } = useTranslation()
  const { created, phase, rollback } = useAppStoreShallow((s) => ({
    created: s.setup?.created ?? null,
    phase: s.setup?.phase ?? 'idle',
    rollback: s.rollback,
  }))
  if (!created) return null
  const busy = phase === 'checking' || phase === 'applying' || phase === 'rolling-back'
  return (
    <ConfirmDialog
      testId="rollback"
      title={t('rollback.title')}
      confirmLabel={t('rollback.confirm', { app: created.appName })}
      onConfirm={() => void rollback()}
      trigger={
        <Button appearance="subtle" disabled={busy} data-testid="rollback">
          {t('automation.rollback')}
        </Button>
      }
    >
      <Text as="p" data-testid="rollback-what">
        {created.jobs > 0
          ? t('rollback.appAndJob', { app: created.appName })
          : t('rollback.appOnly', { app: created.appName })}
      </Text>
      <Text as="p" weight="semibold" data-testid="rollback-impact">
        {created.users === null
          ? t('rollback.impactUnknown')
          : t('rollback.impact', {
              users: t('count.users', { count: created.users }),
              groups: t('count.groups', { count: created.groups ?? 0 }),
            })}
      </Text>
      <Text as="p">{t('rollback.irreversible')}</Text>
    </ConfirmDialog>
  )
}
