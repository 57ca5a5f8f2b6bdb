import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components'
import { People16Regular } from '@fluentui/react-icons'
import { useEffect, useState, type FormEvent, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { clouds } from '../../../shared/clouds'
import type { CustomerProfileRecord } from '../../../shared/contract'
import { maskHost, maskName, maskSensitive } from '../presentation'
import { useAppStore, useAppStoreShallow } from '../store/root'
import { ConfirmDialog } from './confirm-dialog'
import { DialogCloseButton, DialogFrame } from './dialog-frame'
import { PresenterInput } from './presenter-input'
import { useWords } from './words'

const useStyles = makeStyles({
  // It heads the step rail, where a long customer name has the rail's width and ends in an ellipsis.
  trigger: { width: '100%', minWidth: 0, justifyContent: 'flex-start' },
  triggerText: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 },
  surface: { maxWidth: '920px', width: '92vw' },
  addButton: { marginTop: tokens.spacingVerticalS },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      textAlign: 'left',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'middle',
      overflowWrap: 'anywhere',
    },
  },
  active: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
})

/**
 * In presentation mode a customer's name shows as initials, its tenant and HelloID address as the service
 * they are under ("•••.onmicrosoft.com", "https://•••.helloid.com/…"), a tenant id as its last characters.
 */
function useMask(): (text: string, kind?: 'name' | 'host' | 'url') => string {
  const presentation = useAppStore((s) => s.presentation)
  return (text, kind = 'name') => {
    if (!presentation) return text
    if (kind === 'url') return maskSensitive(text)
    if (kind === 'host') return maskSensitive(text) === text ? maskHost(text) : maskSensitive(text)
    return maskName(text)
  }
}

/**
 * The customer picker at the head of the step rail: the open customer's name, and a list to open another (its own
 * sign-in, HelloID addresses and place in the steps), add one, or forget one.
 */
export function CustomerMenu(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const mask = useMask()
  const { customers, loadCustomers, watchCustomers } = useAppStoreShallow((s) => ({
    customers: s.customers,
    loadCustomers: s.loadCustomers,
    watchCustomers: s.watchCustomers,
  }))
  useEffect(() => {
    const stop = watchCustomers()
    void loadCustomers()
    return stop
  }, [watchCustomers, loadCustomers])
  const active = customers?.customers.find((c) => c.id === customers.activeId) ?? null
  const label = active
    ? t('customers.menu', { name: active.nameFromTenant ? t('customers.unnamed') : mask(active.name) })
    : t('customers.none')
  // A customer's id is made from their name: on a shared screen the page holds it nowhere.
  const presentation = useAppStore((s) => s.presentation)
  return (
    <DialogFrame
      testId="customers"
      surfaceClassName={styles.surface}
      title={t('customers.heading')}
      trigger={
        <Button
          appearance="subtle"
          icon={<People16Regular />}
          className={styles.trigger}
          title={label}
          data-testid="customer-menu"
          data-active={presentation ? undefined : (active?.id ?? '')}
        >
          <span className={styles.triggerText}>{label}</span>
        </Button>
      }
      actions={<DialogCloseButton testId="customers-close">{t('customers.close')}</DialogCloseButton>}
    >
      <div className={styles.content}>
        <Text>{t('customers.intro')}</Text>
        <CustomerList />
        <AddCustomerForm />
      </div>
    </DialogFrame>
  )
}

function CustomerList(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { customers, forgotten } = useAppStoreShallow((s) => ({
    customers: s.customers,
    forgotten: s.forgotten,
  }))
  const mask = useMask()
  return (
    <>
      {forgotten && (
        <MessageBar intent="success" data-testid="customer-forgotten">
          <MessageBarBody>
            {t('customers.forgotten', {
              name: forgotten.name ? mask(forgotten.name) : t('customers.unnamed'),
              removed: forgotten.result.removed.map((k) => t(`customers.kinds.${k}`)).join(', '),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {customers && customers.customers.length > 0 ? (
        <table className={styles.table} data-testid="customer-list">
          <thead>
            <tr>
              <th>{t('customers.name')}</th>
              <th>{t('customers.tenant')}</th>
              <th>{t('customers.cloud')}</th>
              <th>{t('customers.helloIdPortal')}</th>
              <th>{t('customers.lastRun')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {customers.customers.map((c) => (
              <CustomerRow key={c.id} customer={c} active={c.id === customers.activeId} />
            ))}
          </tbody>
        </table>
      ) : (
        <Text data-testid="customer-list-empty">{t('customers.empty')}</Text>
      )}
    </>
  )
}

function CustomerRow({
  customer,
  active,
}: {
  customer: CustomerProfileRecord
  active: boolean
}): JSX.Element {
  const styles = useStyles()
  const { t, i18n } = useTranslation()
  const mask = useMask()
  const { openCustomer, forgetCustomer } = useAppStoreShallow((s) => ({
    openCustomer: s.openCustomer,
    forgetCustomer: s.forgetCustomer,
  }))
  const run = customer.lastRun
  // A sign-in that never finished leaves a customer without a name of its own: the list words that.
  const name = customer.nameFromTenant ? t('customers.unnamed') : mask(customer.name)
  return (
    <tr
      data-testid={`customer-row-${customer.id}`}
      data-active={active}
      className={active ? styles.active : ''}
    >
      <td data-testid="customer-row-name">{name}</td>
      <td>{customer.tenant ? mask(customer.tenant, 'host') : t('customers.anyTenant')}</td>
      <td>
        {customer.cloudId in clouds
          ? clouds[customer.cloudId as keyof typeof clouds].label
          : customer.cloudId}
      </td>
      <td>{customer.helloIdPortal ? mask(customer.helloIdPortal, 'url') : t('customers.notSet')}</td>
      <td data-testid="customer-row-run" data-state={run?.state ?? ''}>
        {run
          ? t('customers.runAt', {
              state: t(`customers.run.${run.state}`),
              when: new Date(run.at).toLocaleString(i18n.language),
            })
          : t('customers.noRun')}
      </td>
      <td className={styles.actions}>
        <Button
          size="small"
          appearance={active ? 'subtle' : 'primary'}
          disabled={active}
          onClick={() => void openCustomer(customer.id)}
          data-testid={`customer-open-${customer.id}`}
        >
          {active ? t('customers.opened') : t('customers.open')}
        </Button>
        <RenameCustomer customer={customer} shownName={name} />
        <ConfirmDialog
          testId="forget-customer"
          title={t('customers.forgetTitle', { name })}
          confirmLabel={t('customers.forgetConfirm')}
          onConfirm={() => void forgetCustomer(customer.id, customer.nameFromTenant ? '' : customer.name)}
          trigger={
            <Button size="small" appearance="subtle" data-testid={`customer-forget-${customer.id}`}>
              {t('customers.forget')}
            </Button>
          }
        >
          <Text as="p" data-testid="forget-customer-what">
            {t('customers.forgetBody', { name })}
          </Text>
          {active && <Text as="p">{t('customers.forgetActive')}</Text>}
        </ConfirmDialog>
      </td>
    </tr>
  )
}

/** Two names are the same customer's when they differ only in letter case or surrounding spaces (as the store says). */
const sameNameKey = (name: string): string => name.trim().normalize('NFC').toLowerCase()

/**
 * Renames a customer in the list: a small dialog with the name as it is, checked here as the store checks it
 * (not empty, at most 80 characters, not another customer's) so the person hears at once, and the store's
 * own answer shown when it refuses. In presentation mode the name is typed behind dots like every customer
 * detail, and the dialog names the customer by initials.
 */
function RenameCustomer({
  customer,
  shownName,
}: {
  customer: CustomerProfileRecord
  shownName: string
}): JSX.Element {
  const { t } = useTranslation()
  const { errorText } = useWords()
  const mask = useMask()
  const { customers, renameCustomer } = useAppStoreShallow((s) => ({
    customers: s.customers,
    renameCustomer: s.renameCustomer,
  }))
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const problemWith = (value: string): string | null => {
    const trimmed = value.trim()
    if (trimmed === '') return t('problems.input.customerName')
    if (trimmed.length > 80) return t('problems.input.customerNameLong')
    const taken = customers?.customers.some(
      (c) => c.id !== customer.id && !c.nameFromTenant && sameNameKey(c.name) === sameNameKey(trimmed),
    )
    return taken ? t('customers.problem.duplicate', { name: mask(trimmed) }) : null
  }
  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault()
    const local = problemWith(name)
    setProblem(local)
    if (local) return
    setBusy(true)
    const error = await renameCustomer(customer.id, name.trim())
    setBusy(false)
    if (error) setProblem(errorText(error).message)
    else setOpen(false)
  }
  return (
    <DialogFrame
      testId="rename-customer"
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setName(customer.nameFromTenant ? '' : customer.name)
          setProblem(null)
        }
        setOpen(next)
      }}
      title={t('customers.renameTitle', { name: shownName })}
      trigger={
        <Button size="small" appearance="subtle" data-testid={`customer-rename-${customer.id}`}>
          {t('customers.rename')}
        </Button>
      }
      actions={
        <>
          <DialogCloseButton testId="rename-customer-cancel">{t('confirm.cancel')}</DialogCloseButton>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => void submit()}
            data-testid="rename-customer-confirm"
          >
            {t('customers.renameConfirm')}
          </Button>
        </>
      }
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('customers.renameLabel')}
          hint={t('customers.renameHint')}
          required
          {...(problem ? { validationState: 'error' as const, validationMessage: problem } : {})}
        >
          <PresenterInput
            value={name}
            onChange={(_, d) => {
              setName(d.value)
              setProblem(null)
            }}
            data-testid="rename-customer-name"
          />
        </Field>
      </form>
    </DialogFrame>
  )
}

function AddCustomerForm(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { addCustomer, practice } = useAppStoreShallow((s) => ({
    addCustomer: s.addCustomer,
    practice: s.info?.practice ?? false,
  }))
  const [name, setName] = useState('')
  const [tenant, setTenant] = useState('')
  const [cloudId, setCloudId] = useState(practice ? 'simulated' : 'global')
  const [portal, setPortal] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = async (): Promise<void> => {
    const error = await addCustomer({
      name,
      cloudId,
      ...(tenant.trim() ? { tenant: tenant.trim() } : {}),
      ...(portal.trim() ? { helloIdPortal: portal.trim() } : {}),
    })
    setProblem(error ? error.message : null)
    if (!error) {
      setName('')
      setTenant('')
      setPortal('')
    }
  }
  return (
    <section aria-label={t('customers.addHeading')}>
      <Text weight="semibold" as="h3">
        {t('customers.addHeading')}
      </Text>
      <div className={styles.form}>
        <Field label={t('customers.name')} hint={t('customers.nameHint')} required>
          <PresenterInput value={name} onChange={(_, d) => setName(d.value)} data-testid="customer-name" />
        </Field>
        <Field label={t('customers.tenant')} hint={t('customers.tenantHint')}>
          <PresenterInput
            value={tenant}
            onChange={(_, d) => setTenant(d.value)}
            data-testid="customer-tenant"
          />
        </Field>
        <Field label={t('customers.cloud')}>
          <Select value={cloudId} onChange={(_, d) => setCloudId(d.value)} data-testid="customer-cloud">
            {practice && <option value="simulated">{t('signIn.simulatedCloud')}</option>}
            {Object.entries(clouds).map(([id, cloud]) => (
              <option key={id} value={id}>
                {cloud.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('customers.helloIdPortal')} hint={t('customers.portalHint')}>
          <PresenterInput
            value={portal}
            onChange={(_, d) => setPortal(d.value)}
            data-testid="customer-portal"
          />
        </Field>
      </div>
      {problem && (
        <MessageBar intent="error" data-testid="customer-add-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        appearance="primary"
        disabled={name.trim() === ''}
        onClick={() => void submit()}
        data-testid="customer-add"
        className={styles.addButton}
      >
        {t('customers.add')}
      </Button>
    </section>
  )
}
