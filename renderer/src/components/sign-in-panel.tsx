import {
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components'
import { useEffect, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { signInInputSchema, type SessionState, type SignInInput } from '../../../shared/contract'
import { clouds, defaultClientName } from '../../../shared/clouds'
import { scopeTable } from '../../../shared/scopes'
import { useAppStore, useAppStoreShallow } from '../store/root'
import { PrimaryAction } from './action-bar'
import { ClientIdSetting } from './client-id-setting'
import { DedicatedRegistration } from './dedicated-registration'
import { maskName } from '../presentation'
import { signedInCustomer } from '../signed-in-customer'
import { Sensitive } from './sensitive'
import { CheckDetail } from './check-list'
import { issueWordsBy } from '../../../shared/i18n/message-parts'
import { isLoadedKey } from '../i18n'
import { ErrorWords, useWords } from './words'

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeHero700,
    letterSpacing: '0.12em',
    fontWeight: tokens.fontWeightSemibold,
  },
  scopes: {
    fontSize: tokens.fontSizeBase200,
    borderCollapse: 'collapse',
    '& td, & th': { padding: '4px 8px', textAlign: 'left', verticalAlign: 'top' },
  },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  ok: { color: tokens.colorPaletteGreenForeground1 },
})

/** Seconds left until an ISO time, never negative; refreshed every second while mounted. */
function useSecondsLeft(until: string | undefined): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!until) return undefined
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [until])
  return until ? Math.max(0, Math.round((Date.parse(until) - now) / 1000)) : 0
}

/** Step 3: sign in to the customer's tenant, by browser or by a code on another device. */
export function SignInPanel(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { session, info } = useAppStoreShallow((s) => ({ session: s.session, info: s.info }))

  return (
    <section className={styles.panel} aria-label={t('signIn.heading')} data-testid="sign-in-panel">
      {session?.lastError && <SignInError error={session.lastError} />}
      {session?.account ? (
        <SignedIn session={session} />
      ) : session?.signingIn ? (
        <Waiting session={session} />
      ) : (
        <SignInForm practice={info?.practice ?? false} defaults={session?.customer ?? null} />
      )}
      {!session?.account && !session?.signingIn && (
        <>
          <Text size={200} data-testid="client-note">
            {t('signIn.clientNote', { name: defaultClientName })}
          </Text>
          <ClientIdSetting />
        </>
      )}
      <details>
        <summary>{t('signIn.scopesSummary')}</summary>
        <table className={styles.scopes}>
          <thead>
            <tr>
              <th>{t('signIn.scopeColumn')}</th>
              <th>{t('signIn.roleColumn')}</th>
              <th>{t('signIn.whyColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {scopeTable.map((row) => (
              <tr key={row.scope}>
                <td className={styles.mono}>
                  {row.scope} {row.access === 'write' ? `(${t('signIn.writeLater')})` : ''}
                </td>
                <td>{row.role}</td>
                <td>{row.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}

function SignInError({ error }: { error: NonNullable<SessionState['lastError']> }): JSX.Element {
  const { t } = useTranslation()
  const api = useAppStore((s) => s.api)
  const consentUrl = typeof error.details?.adminConsentUrl === 'string' ? error.details.adminConsentUrl : null
  return (
    <MessageBar intent={error.code === 'SIGNIN_CANCELLED' ? 'warning' : 'error'} data-testid="sign-in-error">
      <MessageBarBody>
        <MessageBarTitle>
          {t(`signIn.errorTitle.${error.code}`, { defaultValue: t('signIn.errorTitle.default') })}
        </MessageBarTitle>
        <ErrorWords error={error} />
      </MessageBarBody>
      {consentUrl && (
        <MessageBarActions>
          <Button onClick={() => void api.openExternal({ url: consentUrl })} data-testid="admin-consent">
            {t('signIn.openAdminConsent')}
          </Button>
          <Button onClick={() => void navigator.clipboard?.writeText(consentUrl)}>
            {t('signIn.copyAdminConsent')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  )
}

function SignInForm({
  practice,
  defaults,
}: {
  practice: boolean
  defaults: SessionState['customer']
}): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { words } = useWords()
  const signIn = useAppStore((s) => s.signIn)
  const presentation = useAppStore((s) => s.presentation)
  const [customerLabel, setCustomerLabel] = useState(defaults?.label ?? '')
  const [tenant, setTenant] = useState(defaults?.tenant ?? '')
  const [cloudId, setCloudId] = useState(defaults?.cloudId ?? (practice ? 'simulated' : 'global'))
  const [askAll, setAskAll] = useState(false)
  const [problems, setProblems] = useState<Record<string, string>>({})

  const submit = (method: SignInInput['method']): void => {
    const candidate = { customerLabel, tenant, cloudId, method, scopeSet: askAll ? 'all' : 'read' }
    const parsed = signInInputSchema.safeParse(candidate)
    if (!parsed.success) {
      setProblems(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [
            String(issue.path[0]),
            words(issueWordsBy(isLoadedKey, issue)),
          ]),
        ),
      )
      return
    }
    setProblems({})
    void signIn(parsed.data)
  }

  return (
    <>
      <Field
        label={t('signIn.customer')}
        hint={t('signIn.customerHint')}
        validationMessage={problems.customerLabel ?? null}
      >
        {/* The customer's name is hidden like a password on a shared screen. */}
        <Input
          value={customerLabel}
          type={presentation ? 'password' : 'text'}
          autoComplete="off"
          onChange={(_, d) => setCustomerLabel(d.value)}
          data-testid="customer-label"
        />
      </Field>
      <Field
        label={t('signIn.tenant')}
        hint={t('signIn.tenantHint')}
        validationMessage={problems.tenant ?? null}
      >
        <Input
          value={tenant}
          onChange={(_, d) => setTenant(d.value)}
          placeholder="contoso.onmicrosoft.com"
          data-testid="tenant"
        />
      </Field>
      <Field label={t('signIn.cloud')}>
        <Select value={cloudId} onChange={(_, d) => setCloudId(d.value)} data-testid="cloud">
          {practice && <option value="simulated">{t('signIn.simulatedCloud')}</option>}
          {Object.entries(clouds).map(([id, cloud]) => (
            <option key={id} value={id}>
              {cloud.label}
              {cloud.provisioningSupported ? '' : ` — ${t('signIn.noProvisioning')}`}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        checked={askAll}
        onChange={(_, d) => setAskAll(d.checked === true)}
        label={t('signIn.askAll')}
      />
      <div className={styles.row}>
        <PrimaryAction active>
          <Button appearance="primary" onClick={() => submit('browser')} data-testid="sign-in-browser">
            {t('signIn.withBrowser')}
          </Button>
        </PrimaryAction>
        <Button onClick={() => submit('deviceCode')} data-testid="sign-in-device-code">
          {t('signIn.withCode')}
        </Button>
      </div>
    </>
  )
}

function Waiting({ session }: { session: SessionState }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const cancel = useAppStore((s) => s.cancelSignIn)
  const left = useSecondsLeft(session.deviceCode?.expiresAt)
  const code = session.deviceCode
  return (
    <Card>
      {session.signingIn === 'browser' || !code ? (
        <Spinner
          label={session.signingIn === 'browser' ? t('signIn.waitingBrowser') : t('signIn.waitingCode')}
        />
      ) : (
        <>
          <Text>{code.message}</Text>
          <div className={styles.row}>
            <span className={styles.code} data-testid="device-code">
              {code.userCode}
            </span>
            <Button onClick={() => void navigator.clipboard?.writeText(code.userCode)}>
              {t('signIn.copyCode')}
            </Button>
          </div>
          <Text data-testid="device-code-countdown">
            {t('signIn.expiresIn', {
              minutes: Math.floor(left / 60),
              seconds: String(left % 60).padStart(2, '0'),
            })}
          </Text>
        </>
      )}
      <div className={styles.row}>
        <Button onClick={() => void cancel()} data-testid="cancel-sign-in">
          {t('signIn.cancel')}
        </Button>
      </div>
    </Card>
  )
}

/**
 * Whether the signed-in account can set up provisioning, read the moment sign-in completes: while its roles
 * are read, a spinner; without a role that can, the role needed and the PIM hint, never a green "signed in".
 */
function RoleVerdict(): JSX.Element | null {
  const styles = useStyles()
  const { t } = useTranslation()
  const { setup, signOut } = useAppStoreShallow((s) => ({ setup: s.setup, signOut: s.signOut }))
  const verdict = setup?.checks.find((c) => c.id === 'admin-role')
  if (!verdict) {
    return setup?.phase === 'checking' ? (
      <Spinner
        size="tiny"
        labelPosition="after"
        label={t('signIn.readingRoles')}
        data-testid="reading-roles"
      />
    ) : null
  }
  if (verdict.status === 'pass') {
    return (
      <Text className={styles.ok} data-testid="admin-ok">
        {t('signIn.canSetUp')}
      </Text>
    )
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="not-admin">
      <MessageBarBody>
        <MessageBarTitle>{t('signIn.errorTitle.NOT_AN_ADMIN')}</MessageBarTitle>
        <div>{t('signIn.notAdmin.body')}</div>
        <div data-testid="not-admin-roles">
          <CheckDetail check={verdict} />
        </div>
        <div data-testid="not-admin-pim">{t('signIn.notAdmin.pim')}</div>
        <div>{t('signIn.notAdmin.other')}</div>
      </MessageBarBody>
      {/* The way on for this account is to sign out: the screen's one primary action, in the action bar. */}
      <PrimaryAction active>
        <Button appearance="primary" onClick={() => void signOut()} data-testid="not-admin-sign-out">
          {t('signIn.notAdmin.signOut')}
        </Button>
      </PrimaryAction>
    </MessageBar>
  )
}

function SignedIn({ session }: { session: SessionState }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { signOut, presentation, unnamed } = useAppStoreShallow((s) => ({
    signOut: s.signOut,
    presentation: s.presentation,
    unnamed: s.customers?.customers.find((c) => c.id === s.customers?.activeId)?.nameFromTenant ?? false,
  }))
  const account = session.account
  if (!account) return <></>
  const customer = signedInCustomer(session.customer, unnamed, presentation)
  return (
    <Card data-testid="signed-in">
      <Text weight="semibold">
        {t('signIn.signedInAs', { name: presentation ? maskName(account.name) : account.name })}
      </Text>
      <RoleVerdict />
      <Text data-testid="signed-in-username">
        <Sensitive text={account.username} />
      </Text>
      <Text>
        {t('signIn.tenantId')}:{' '}
        <span className={styles.mono}>
          <Sensitive text={account.tenantId} />
        </span>
        {customer ? ` — ${customer}` : ''}
      </Text>
      <Text size={200}>
        {t('signIn.granted')}: {account.grantedScopes.join(', ') || '—'}
      </Text>
      {account.persistence === 'memory' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('signIn.memoryOnly')}</MessageBarBody>
        </MessageBar>
      )}
      <DedicatedRegistration />
      <div className={styles.row}>
        <Button onClick={() => void signOut()} data-testid="sign-out">
          {t('signIn.signOutForget')}
        </Button>
      </div>
    </Card>
  )
}
