import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { CheckmarkCircle24Filled, Open16Regular } from '@fluentui/react-icons'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { provisioningUrl, usersAndGroupsUrl } from '../../../shared/entra-links'
import { entraContextOf } from '../entra-link-for-step'
import { useAppStoreShallow } from '../store/root'
import { isLoopbackUrl, OpenHelloId } from './open-helloid'
import { RollbackButton } from './rollback-button'
import { Sensitive } from './sensitive'

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  ids: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `2px ${tokens.spacingHorizontalM}` },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  // The panel's gap spaces its parts; a paragraph's own margins would double it.
  note: { margin: 0 },
})

/**
 * "Setup complete": what now exists, the ids behind it (folded away, masked when presenting), and the
 * places to look: Entra's Provisioning and Users and groups pages, and HelloID's Directory › Users.
 */
export function SetupComplete(): JSX.Element | null {
  const styles = useStyles()
  const { t } = useTranslation()
  const {
    api,
    setup,
    session,
    refreshJob,
    connection,
    practice,
    portal,
    cloudId,
    tenantId,
    simulated: simulatedTenant,
  } = useAppStoreShallow((s) => ({
    api: s.api,
    refreshJob: s.refreshJob,
    setup: s.setup,
    session: s.session,
    connection: s.connection,
    practice: s.info?.practice ?? false,
    portal: s.customers?.customers.find((c) => c.id === s.customers?.activeId)?.helloIdPortal ?? null,
    // Flat, so the shallow comparison sees each field.
    ...entraContextOf(s),
  }))
  // The users went to the practice HelloID the assistant runs here, which has no portal; unless the person
  // gave this customer a real HelloID portal, there is nothing to open.
  const simulatedHelloId = practice && isLoopbackUrl(connection?.url) && (!portal || isLoopbackUrl(portal))
  const job = setup?.job
  if (!job) return null
  const context = { cloudId, tenantId }
  const ids = setup.ids
  const app = ids ? { servicePrincipalId: ids.servicePrincipalId, appId: ids.appId ?? null } : null
  const users = t('count.users', { count: job.counts.users })
  const groups = t('count.groups', { count: job.counts.groups })
  const open = (url: string): void => void api.openExternal({ url })
  return (
    <section className={styles.panel} data-testid="setup-complete" aria-labelledby="step-title">
      <div className={styles.head}>
        <CheckmarkCircle24Filled className={styles.ok} />
        <Text size={400} data-testid="setup-complete-summary">
          {t('complete.body', { users, groups })}
        </Text>
      </div>
      <Text weight="semibold">{t('complete.exists')}</Text>
      <ul className={styles.list} data-testid="setup-complete-exists">
        <li>{t('complete.app', { name: setup.created?.appName ?? 'HelloID' })}</li>
        <li>{t('complete.job')}</li>
      </ul>
      {ids && (
        <details data-testid="setup-complete-ids">
          <summary>{t('complete.ids')}</summary>
          <div className={styles.ids}>
            <Text>{t('complete.servicePrincipalId')}</Text>
            <Text className={styles.mono}>
              <Sensitive text={ids.servicePrincipalId} />
            </Text>
            {ids.appId && (
              <>
                <Text>{t('complete.appId')}</Text>
                <Text className={styles.mono}>
                  <Sensitive text={ids.appId} />
                </Text>
              </>
            )}
            <Text>{t('complete.jobId')}</Text>
            <Text className={styles.mono}>
              <Sensitive text={ids.jobId} />
            </Text>
            {session?.account && (
              <>
                <Text>{t('complete.tenantId')}</Text>
                <Text className={styles.mono}>
                  <Sensitive text={session.account.tenantId} />
                </Text>
              </>
            )}
          </div>
        </details>
      )}
      {app && (
        <div className={styles.row}>
          {/* The job keeps running in Entra: a later look reads it again (a quarantine shows at once). */}
          <Button onClick={() => void refreshJob()} data-testid="refresh-job">
            {t('job.refresh')}
          </Button>
          {!simulatedTenant && (
            <>
              <Button
                icon={<Open16Regular />}
                onClick={() => open(provisioningUrl(app, context))}
                data-testid="open-provisioning"
              >
                {t('complete.openProvisioning')}
              </Button>
              <Button
                icon={<Open16Regular />}
                onClick={() => open(usersAndGroupsUrl(app, context))}
                data-testid="open-users"
              >
                {t('complete.openUsers')}
              </Button>
            </>
          )}
        </div>
      )}
      {app && simulatedTenant && (
        // Practice mode's tenant lives in the simulator here: Entra would show "not found" for its ids.
        <Text as="p" className={styles.note} data-testid="setup-complete-practice-entra">
          {t('complete.entraPractice')}
        </Text>
      )}
      {simulatedHelloId ? (
        // Practice mode's HelloID has no portal: said as it is, with no button that would open nothing.
        <Text as="p" className={styles.note} data-testid="setup-complete-practice-helloid">
          {t('complete.helloIdUsersPractice')}
        </Text>
      ) : (
        <div className={styles.row}>
          <Text>{t('complete.helloIdUsers')}</Text>
          {/* The customer's own HelloID portal, as on the HelloID steps (its admin dashboard). */}
          <OpenHelloId />
        </div>
      )}
      {setup.created && (
        <div className={styles.row}>
          <Text>{t('complete.undo')}</Text>
          <RollbackButton />
        </div>
      )}
    </section>
  )
}
