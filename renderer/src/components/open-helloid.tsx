import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components'
import { Open16Regular } from '@fluentui/react-icons'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { suggestedHelloIdPortal } from '../../../shared/helloid-portal'
import { maskHost } from '../presentation'
import { useAppStoreShallow } from '../store/root'
import { DialogFrame } from './dialog-frame'
import { HandoverReportButton } from './lazy-panels'
import { PresenterInput } from './presenter-input'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
})

/** The practice HelloID runs inside the assistant, on this computer: a loopback address. */
export function isLoopbackUrl(url: string | null | undefined): boolean {
  if (!url) return false
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)
  } catch {
    return false
  }
}

/**
 * Practice mode's HelloID is simulated by the assistant: it has no admin portal, and a system browser
 * would refuse its practice certificate anyway. Said as it is, instead of opening a page that fails.
 */
function SimulatedHelloIdNote(): JSX.Element {
  const { t } = useTranslation()
  return (
    <Text as="p" data-testid="open-helloid-simulated">
      {t('openHelloId.simulated')}
    </Text>
  )
}

/**
 * "Open HelloID": the open customer's HelloID admin dashboard in the system browser, the same on the HelloID
 * steps and on Setup complete. Its portal address is asked once per customer; an address that is not helloid.com opens only after the person says yes to that host.
 */
export function OpenHelloId(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { customers, connection, setHelloIdPortal, openHelloIdPortal, presentation, practice } =
    useAppStoreShallow((s) => ({
      customers: s.customers,
      connection: s.connection,
      setHelloIdPortal: s.setHelloIdPortal,
      openHelloIdPortal: s.openHelloIdPortal,
      presentation: s.presentation,
      practice: s.info?.practice ?? false,
    }))
  // Until the person types, the HelloID URL's host is offered: HelloID's admin pages are on it too (not
  // the practice HelloID's, which has none).
  const simulatedConnection = practice && isLoopbackUrl(connection?.url)
  const [typed, setPortal] = useState<string | null>(null)
  const portal = typed ?? (simulatedConnection ? '' : suggestedHelloIdPortal(connection?.url))
  const [problem, setProblem] = useState<string | null>(null)
  const [askHost, setAskHost] = useState<string | null>(null)
  const active = customers?.customers.find((c) => c.id === customers.activeId) ?? null

  if (!active) return <Text data-testid="open-helloid-need-customer">{t('openHelloId.needCustomer')}</Text>
  if (practice && isLoopbackUrl(active.helloIdPortal)) return <SimulatedHelloIdNote />
  if (!active.helloIdPortal) {
    const save = async (): Promise<void> => {
      const error = await setHelloIdPortal(active.id, portal)
      setProblem(error ? error.message : null)
    }
    return (
      <div className={styles.row}>
        {simulatedConnection && <SimulatedHelloIdNote />}
        <Field
          label={t('openHelloId.portalLabel')}
          hint={t('openHelloId.portalHint')}
          validationMessage={problem}
        >
          <PresenterInput
            value={portal}
            onChange={(_, d) => setPortal(d.value)}
            data-testid="helloid-portal"
          />
        </Field>
        <Button onClick={() => void save()} disabled={portal.trim() === ''} data-testid="helloid-portal-save">
          {t('openHelloId.save')}
        </Button>
      </div>
    )
  }
  const open = async (confirmHost?: string): Promise<void> => {
    setAskHost(await openHelloIdPortal(confirmHost))
  }
  const host = askHost ? (presentation ? maskHost(askHost) : askHost) : ''
  return (
    <>
      <Button icon={<Open16Regular />} onClick={() => void open()} data-testid="open-helloid">
        {t('openHelloId.button')}
      </Button>
      <DialogFrame
        open={askHost !== null}
        onOpenChange={(open) => !open && setAskHost(null)}
        modalType="alert"
        testId="open-helloid-confirm"
        title={t('openHelloId.confirmTitle', { host })}
        actions={
          <>
            <Button
              appearance="primary"
              autoFocus
              onClick={() => setAskHost(null)}
              data-testid="open-helloid-cancel"
            >
              {t('confirm.cancel')}
            </Button>
            <Button onClick={() => void open(askHost ?? undefined)} data-testid="open-helloid-confirm">
              {t('openHelloId.confirm')}
            </Button>
          </>
        }
      >
        <Text as="p">{t('openHelloId.confirmBody', { host })}</Text>
      </DialogFrame>
    </>
  )
}

/**
 * What a step offers: the customer's HelloID on the HelloID steps, and the handover report at the end
 * (on "Setup complete" the screen's primary action, `primary`).
 */
export function CustomerLinks({ stepId, primary }: { stepId: string; primary: boolean }): JSX.Element | null {
  const styles = useStyles()
  if (stepId.startsWith('helloid-')) return <OpenHelloId />
  // The last step's "Setup complete" screen has its own Open HelloID.
  if (stepId === 'azure-initial-cycle')
    return (
      <div className={styles.row}>
        <HandoverReportButton primary={primary} />
      </div>
    )
  return null
}
