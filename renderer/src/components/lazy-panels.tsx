import { Spinner } from '@fluentui/react-components'
import { lazy, Suspense, useEffect, useState, type ComponentType, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { loadLaterEnglish } from '../i18n'
import { loadDialogSurface } from './dialog-frame'
import { LoadBoundary } from './load-boundary'

/*
 * The later screens load on demand, so the wizard's first screen (the HelloID connection) does not wait
 * for code it does not show. Once the first screen is up they are fetched while the page is idle
 * (preloadLaterScreens), so a screen opened afterwards renders at once; opened sooner, it shows after its
 * script arrives (milliseconds, from the page's own origin: the web host or Electron's app:// protocol).
 * Step pages import these wrappers under the panels' own names.
 */

/** Nothing for the first moments (no flash on a quick load), then a labelled spinner. */
function PanelLoading(): JSX.Element | null {
  const { t } = useTranslation()
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 400)
    return () => clearTimeout(timer)
  }, [])
  return slow ? <Spinner size="tiny" label={t('app.loading')} data-testid="panel-loading" /> : null
}

const preloads: (() => Promise<unknown>)[] = [loadDialogSurface, loadLaterEnglish]

/**
 * A component from a module loaded on first use (or by {@link preloadLaterScreens}), shown through
 * {@link PanelLoading}; when its module cannot be loaded, {@link LoadBoundary} says so and offers Reload.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const fetch = (): Promise<ComponentType<P>> =>
    // A later screen speaks the later English sections: it shows once both have arrived.
    (loading ??= Promise.all([load(), loadLaterEnglish()]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        // A failed fetch (a script that did not arrive) may be tried again on the next use.
        loading = null
        throw error
      },
    ))
  preloads.push(fetch)
  const Lazy = lazy(async () => ({ default: await fetch() }))
  function OnDemand(props: P): JSX.Element {
    // Loaded already: rendered at once, without a Suspense round.
    const Loaded = loaded
    if (Loaded) return <Loaded {...props} />
    return (
      <LoadBoundary>
        <Suspense fallback={<PanelLoading />}>
          <Lazy {...(props as P & JSX.IntrinsicAttributes)} />
        </Suspense>
      </LoadBoundary>
    )
  }
  return OnDemand
}

let preloading = false

/**
 * Fetches every later screen's script a moment after the first screen is shown, when the page is idle:
 * the first screen's own work (its data, the person's first keystrokes) goes first, and on a slow machine
 * the later scripts do not compete with it.
 */
export function preloadLaterScreens(): void {
  if (preloading) return
  preloading = true
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0))
  setTimeout(
    () =>
      idle(() => {
        for (const preload of preloads) preload().catch(() => undefined)
      }),
    2000,
  )
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
