import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStoreShallow } from '../store/root'
import { PrimaryAction } from './action-bar'
import { CheckList } from './check-list'

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
})

/**
 * Step 4: the read-only checks of the tenant and HelloID. They also run by themselves the moment sign-in
 * completes; this screen shows them and runs them again.
 */
export function ChecksPanel({ primary }: { primary: boolean }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { setup, session, connection, runPreflight } = useAppStoreShallow((s) => ({
    setup: s.setup,
    session: s.session,
    connection: s.connection,
    runPreflight: s.runPreflight,
  }))
  if (!session?.account) {
    return (
      <MessageBar intent="info" data-testid="automation-needs-sign-in">
        <MessageBarBody>{t('automation.signInFirst')}</MessageBarBody>
      </MessageBar>
    )
  }
  const phase = setup?.phase ?? 'idle'
  const working = phase === 'checking' || phase === 'applying' || phase === 'rolling-back'
  const checked = (setup?.checks.length ?? 0) > 0
  return (
    <section className={styles.panel} aria-label={t('journey.checksTitle')} data-testid="checks-panel">
      {!connection?.secretProvided && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('automation.needsHelloId')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <PrimaryAction active={primary}>
          <Button
            appearance={primary ? 'primary' : 'secondary'}
            disabled={working}
            onClick={() => void runPreflight()}
            data-testid="run-checks"
          >
            {checked ? t('journey.checksAgain') : t('automation.runChecks')}
          </Button>
        </PrimaryAction>
        {working && <Spinner size="tiny" label={t(`automation.phase.${phase}`)} />}
      </div>
      {setup && checked && <CheckList checks={setup.checks} testId="preflight-checks" />}
    </section>
  )
}
