import {
  Button,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { AppError } from '../../../shared/result'
import type { AppRegistrationView } from '../../../shared/contract'
import { useAppStore } from '../store/root'
import { Sensitive } from './sensitive'
import { ErrorWords } from './words'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
})

/**
 * "Create a dedicated app registration in this tenant": first a preview of exactly what will be created,
 * then the creation, the administrator's approval, and the switch to it for the next sign-in.
 */
export function DedicatedRegistration(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const api = useAppStore((s) => s.api)
  const [view, setView] = useState<AppRegistrationView | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [switched, setSwitched] = useState(false)

  const run = async (
    call: () => ReturnType<typeof api.previewAppRegistration>,
    after?: () => void,
  ): Promise<void> => {
    setBusy(true)
    setError(null)
    const result = await call()
    setBusy(false)
    if (result.ok) {
      setView(result.value)
      after?.()
    } else setError(result.error)
  }
  const consentUrl =
    view?.adminConsentUrl ??
    (typeof error?.details?.adminConsentUrl === 'string' ? error.details.adminConsentUrl : null)

  return (
    <details data-testid="dedicated-registration">
      <summary>{t('registration.summary')}</summary>
      <Card>
        <Text size={200}>{t('registration.why')}</Text>
        {!view && (
          <div className={styles.row}>
            <Button
              onClick={() => void run(() => api.previewAppRegistration({}))}
              disabled={busy}
              data-testid="registration-preview"
            >
              {t('registration.preview')}
            </Button>
          </div>
        )}
        {busy && <Spinner size="tiny" label={t('registration.working')} />}
        {view && (
          <>
            <Text weight="semibold">
              {view.action === 'create'
                ? t('registration.willCreate')
                : view.action === 'update'
                  ? t('registration.willFix', { what: view.existing?.differences.join(', ') ?? '' })
                  : t('registration.exists')}
            </Text>
            <ul className={styles.list} data-testid="registration-design">
              <li>
                {t('registration.name')}: {view.displayName}
              </li>
              <li>
                {t('registration.audience')}: <span className={styles.mono}>{view.signInAudience}</span>
              </li>
              <li>
                {t('registration.redirect')}:{' '}
                <span className={styles.mono}>{view.redirectUris.join(', ')}</span>
              </li>
              <li>{t('registration.publicFlows')}</li>
              <li>
                {t('registration.permissions')}:{' '}
                <span className={styles.mono}>{view.permissions.map((p) => p.value).join(', ')}</span>
              </li>
              {view.existing && (
                <li>
                  {t('registration.appId')}:{' '}
                  <span className={styles.mono}>
                    <Sensitive text={view.existing.appId} />
                  </span>
                </li>
              )}
            </ul>
            <div className={styles.row}>
              {view.action !== 'none' && (
                <Button
                  appearance="primary"
                  onClick={() => void run(() => api.createAppRegistration({}))}
                  disabled={busy}
                  data-testid="registration-create"
                >
                  {view.action === 'create' ? t('registration.create') : t('registration.fix')}
                </Button>
              )}
              {view.existing && view.consent && !view.consent.granted && (
                <Text data-testid="registration-consent-missing">{t('registration.needsConsent')}</Text>
              )}
              {consentUrl && view.existing && !view.inUse && (
                <>
                  <Button onClick={() => void api.openExternal({ url: consentUrl })}>
                    {t('signIn.openAdminConsent')}
                  </Button>
                  <Button onClick={() => void navigator.clipboard?.writeText(consentUrl)}>
                    {t('signIn.copyAdminConsent')}
                  </Button>
                  <Button
                    onClick={() =>
                      void run(
                        () => api.switchToAppRegistration({}),
                        () => setSwitched(true),
                      )
                    }
                    disabled={busy}
                    data-testid="registration-switch"
                  >
                    {t('registration.switch')}
                  </Button>
                </>
              )}
            </div>
            {(switched || view.inUse) && (
              <MessageBar intent="success" data-testid="registration-in-use">
                <MessageBarBody>{t('registration.inUse')}</MessageBarBody>
              </MessageBar>
            )}
            {view.overriddenBy && (
              <MessageBar intent="warning">
                <MessageBarBody>{t(`registration.overridden.${view.overriddenBy}`)}</MessageBarBody>
              </MessageBar>
            )}
          </>
        )}
        {error && (
          <MessageBar intent="error" data-testid="registration-error">
            <MessageBarBody>
              <ErrorWords error={error} />
            </MessageBarBody>
          </MessageBar>
        )}
      </Card>
    </details>
  )
}
