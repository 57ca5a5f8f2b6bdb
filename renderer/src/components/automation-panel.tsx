import {
  Button,
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
import { useEffect, useRef, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { setupChoicesSchema, type SetupChoicesInput } from '../../../shared/contract'
import { useAppStoreShallow } from '../store/root'
import { AssignmentPicker, type PickedPrincipal } from './assignment-picker'
import { PrimaryAction } from './action-bar'
import { RollbackButton } from './rollback-button'
import { RunTimeline } from './run-timeline'
import { choicesOpen, runStarted } from '../journey'
import { stepLabel } from '../step-label'
import { ErrorWords, Words } from './words'

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  plan: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  // A plan for choices changed since: shown faded until the new preview replaces it.
  stale: { opacity: 0.5 },
})

/**
 * Steps 5–20 as one screen: the person's choices, a preview of every change (made by itself whenever the
 * choices settle), and only then "Make these changes", which applies exactly the previewed plan; then the
 * run as it happens, each step ticking when Graph confirms it. Rollback stays here, behind its confirmation.
 */
export function AutomationPanel({ primary = true }: { primary?: boolean }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const {
    setup,
    session,
    planSetup,
    applySetup,
    signIn,
    goTo,
    previewedChoices,
    previewPending,
    schedulePreview,
    invalidatePreview,
  } = useAppStoreShallow((s) => ({
    signIn: s.signIn,
    setup: s.setup,
    session: s.session,
    planSetup: s.planSetup,
    applySetup: s.applySetup,
    goTo: s.goTo,
    previewedChoices: s.previewedChoices,
    previewPending: s.previewPending,
    schedulePreview: s.schedulePreview,
    invalidatePreview: s.invalidatePreview,
  }))
  const [picked, setPicked] = useState<PickedPrincipal[]>([])
  const [employeeId, setEmployeeId] = useState(false)
  const [manager, setManager] = useState(false)
  const [email, setEmail] = useState('')
  const [reuse, setReuse] = useState('')
  const choices = (): SetupChoicesInput => ({
    assignments: picked.map(({ kind, ref }) => ({ kind, ref })),
    mappings: [...(employeeId ? ['employeeId' as const] : []), ...(manager ? ['manager' as const] : [])],
    ...(email.trim() ? { notificationEmail: email.trim() } : {}),
    ...(reuse ? { reuseServicePrincipalId: reuse } : {}),
  })
  // The preview follows the choices: each change voids the shown one at once and asks for a new one once
  // the choices settle, so the plan is on screen before Apply without a click of its own.
  // An error on screen (a refused apply, a failed run) stays until the person acts: the preview then waits
  // for "Refresh the preview", and an edit only voids the shown one.
  const open = choicesOpen(setup) && Boolean(session?.account)
  const wanted = JSON.stringify(choices())
  // A half-typed e-mail address is not previewed: the field says what it needs.
  const valid = setupChoicesSchema.safeParse(choices()).success
  const errorShown = useRef(false)
  errorShown.current = Boolean(setup?.error) || !valid
  useEffect(() => {
    if (!open) return
    if (errorShown.current) invalidatePreview()
    else schedulePreview(JSON.parse(wanted) as SetupChoicesInput)
  }, [open, wanted, schedulePreview, invalidatePreview])

  if (!session?.account) {
    return (
      <MessageBar intent="info" data-testid="automation-needs-sign-in">
        <MessageBarBody>{t('automation.signInFirst')}</MessageBarBody>
      </MessageBar>
    )
  }
  const phase = setup?.phase ?? 'idle'
  // The preview asks which existing HelloID app to use: nothing is applied until one is chosen.
  const needsChoice = setup?.plan.some((change) => change.kind === 'choose') ?? false
  const working = phase === 'checking' || phase === 'applying' || phase === 'rolling-back'
  // Writing needs the write permissions first: granting them is then the screen's one primary action.
  const needsWrite =
    Boolean(setup?.error && ['INTERACTION_REQUIRED', 'CONSENT_REQUIRED'].includes(setup.error.code)) &&
    Boolean(session.customer)

  return (
    <section className={styles.panel} aria-label={t('automation.heading')} data-testid="automation-panel">
      {!setup?.canApply && !runStarted(setup) && (
        <MessageBar intent="info" data-testid="checks-first">
          <MessageBarBody>{t('automation.checksFirst')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void goTo('azure-open-entra')} data-testid="go-to-checks">
              {t('automation.goToChecks')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {choicesOpen(setup) && setup && (
        <>
          <AssignmentPicker value={picked} onChange={setPicked} disabled={working} />
          <Checkbox
            checked={employeeId}
            onChange={(_, d) => setEmployeeId(d.checked === true)}
            label={t('automation.employeeId')}
          />
          <Checkbox
            checked={manager}
            onChange={(_, d) => setManager(d.checked === true)}
            label={t('automation.manager')}
          />
          <Field
            label={t('automation.email')}
            hint={t('automation.emailHint')}
            validationMessage={valid ? null : t('automation.emailInvalid')}
          >
            <Input
              type="email"
              value={email}
              onChange={(_, d) => setEmail(d.value)}
              data-testid="notification-email"
            />
          </Field>
          {setup.existingApps.length > 0 && (
            <Field label={t('automation.reuse')}>
              <Select value={reuse} onChange={(_, d) => setReuse(d.value)} data-testid="reuse-app">
                <option value="">{t('automation.letAssistantDecide')}</option>
                {setup.existingApps.map((app) => (
                  <option key={app.servicePrincipalId} value={app.servicePrincipalId}>
                    {t(app.madeByAssistant ? 'automation.madeByAssistant' : 'automation.madeBySomeoneElse', {
                      name: app.displayName,
                    })}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <div className={styles.row}>
            {/* The preview makes itself; this reads the tenant again (someone changed it meanwhile). */}
            <Button
              appearance="secondary"
              disabled={working || previewPending}
              onClick={() => void planSetup(choices())}
              data-testid="preview-changes"
            >
              {t('automation.preview')}
            </Button>
          </div>
        </>
      )}

      {setup && choicesOpen(setup) && previewPending && (
        <div role="status" data-testid="preview-stale">
          <Spinner size="tiny" labelPosition="after" label={t('automation.previewAgain')} />
        </div>
      )}
      {setup && setup.plan.length > 0 && choicesOpen(setup) && (
        <>
          <Text weight="semibold">{t('automation.planTitle')}</Text>
          <ol
            className={previewPending ? `${styles.plan} ${styles.stale}` : styles.plan}
            aria-busy={previewPending}
            data-testid="plan"
          >
            {setup.plan.map((change) => (
              <li key={change.id}>
                {stepLabel(t, change.step)}: <Words message={change.action} />
              </li>
            ))}
          </ol>
          {needsChoice && (
            <MessageBar intent="warning" data-testid="choose-app-first">
              <MessageBarBody>{t('automation.chooseFirst')}</MessageBarBody>
            </MessageBar>
          )}
          <PrimaryAction active={primary && !needsWrite}>
            <Button
              appearance={primary && !needsWrite ? 'primary' : 'secondary'}
              disabled={
                working ||
                phase === 'monitoring' ||
                needsChoice ||
                !previewedChoices ||
                !setup.planFingerprint
              }
              onClick={() => void applySetup()}
              data-testid="apply"
            >
              {t('automation.apply')}
            </Button>
          </PrimaryAction>
        </>
      )}

      <RunTimeline />
      {setup?.error && (
        <MessageBar
          intent={setup.error.code === 'PLAN_CHANGED' ? 'warning' : 'error'}
          data-testid="automation-error"
        >
          <MessageBarBody>
            {setup.error.code === 'PLAN_CHANGED' && (
              <MessageBarTitle>{t('automation.planChangedTitle')}</MessageBarTitle>
            )}
            <ErrorWords error={setup.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {needsWrite && (
        <PrimaryAction active>
          <Button
            appearance="primary"
            data-testid="grant-write"
            onClick={() =>
              void signIn({
                customerLabel: session.customer?.label ?? '',
                cloudId: session.customer?.cloudId ?? 'global',
                ...(session.customer?.tenant
                  ? { tenant: session.customer.tenant }
                  : { tenant: session.account?.tenantId ?? '' }),
                method: 'browser',
                scopeSet: 'all',
              })
            }
          >
            {t('automation.grantWrite')}
          </Button>
        </PrimaryAction>
      )}
      {setup?.rolledBack && (
        <MessageBar intent="info" data-testid="rolled-back">
          <MessageBarBody>
            {t('rollback.removed', {
              apps: t('count.apps', { count: setup.rolledBack.apps }),
              jobs: t('count.jobs', { count: setup.rolledBack.jobs }),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <RollbackButton />
      </div>
    </section>
  )
}
