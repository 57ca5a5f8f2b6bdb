import { lazy, Suspense, type JSX } from 'react'

/*
 * The automation and report panels load on demand, so the wizard's first screen does not wait for
 * code it does not show (each panel's script arrives when its step is opened; from the local host
 * that takes milliseconds).
 */
const LazyAutomation = lazy(async () => ({ default: (await import('./automation-panel')).AutomationPanel }))
const LazyFirstCycle = lazy(async () => ({ default: (await import('./first-cycle-panel')).FirstCyclePanel }))
const LazyTroubleshoot = lazy(async () => ({
  default: (await import('./troubleshoot-panel')).TroubleshootPanel,
}))

export function AutomationPanel({ primary }: { primary: boolean }): JSX.Element {
  return (
    <Suspense fallback={null}>
      <LazyAutomation primary={primary} />
    </Suspense>
  )
}

export function FirstCyclePanel(): JSX.Element {
  return (
    <Suspense fallback={null}>
      <LazyFirstCycle />
    </Suspense>
  )
}

export function TroubleshootPanel(): JSX.Element {
  return (
    <Suspense fallback={null}>
      <LazyTroubleshoot />
    </Suspense>
  )
}
