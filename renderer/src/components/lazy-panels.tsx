import { Spinner } from '@fluentui/react-components'
import { lazy, Suspense, type ComponentProps, type ComponentType, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

/*
 * The later screens load on demand, so the wizard's first screen (the HelloID connection) does not wait
 * for code it does not show: each panel's script arrives when its step is opened, from the page's own
 * origin (the web host or Electron's app:// protocol); locally that takes milliseconds. Step pages import
 * these wrappers under the panels' own names.
 */

/** What shows while a panel's script loads: nothing for the first moments (no flash), then a labelled spinner. */
function PanelLoading(): JSX.Element {
  const { t } = useTranslation()
  return <Spinner size="tiny" delay={400} label={t('app.loading')} data-testid="panel-loading" />
}

/** `Component` from a module that loads on first render, shown through {@link PanelLoading}. */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element {
  const Lazy = lazy(async () => ({ default: await load() }))
  function OnDemand(props: P): JSX.Element {
    return (
      <Suspense fallback={<PanelLoading />}>
        <Lazy {...(props as ComponentProps<typeof Lazy>)} />
      </Suspense>
    )
  }
  return OnDemand
}

export const SignInPanel = onDemand(async () => (await import('./sign-in-panel')).SignInPanel)
export const ChecksPanel = onDemand(async () => (await import('./checks-panel')).ChecksPanel)
export const StepOutcome = onDemand(async () => (await import('./step-outcome')).StepOutcome)
export const AutomationPanel = onDemand(async () => (await import('./automation-panel')).AutomationPanel)
export const FirstCyclePanel = onDemand(async () => (await import('./first-cycle-panel')).FirstCyclePanel)
export const TroubleshootPanel = onDemand(
  async () => (await import('./troubleshoot-panel')).TroubleshootPanel,
)
export const HandoverReportButton = onDemand(
  async () => (await import('./handover-report')).HandoverReportButton,
)
