import { lazy, Suspense, type JSX } from 'react'

/*
 * The automation and report panels load on demand, so the wizard's first screen does not wait for
 * code it does not show (each panel's script arrives when its step is opened; from the local host
 * that takes milliseconds).
 */
const LazyAutomation = lazy(async () => ({ default: (await import('./automation-panel')).AutomationPanel }))
const LazyJobStatus = lazy(async () => ({ default: (await import('./job-status')).JobStatus }))
const LazyTroubleshoot = lazy(async () => ({
  default: (await import('./troubleshoot-panel')).TroubleshootPanel,
}))

export function AutomationPanel(): JSX.Element {
  return (
    <Suspense fallback={null}>
      <LazyAutomation />
    </Suspense>
  )
}

export function JobStatus(): JSX.Element {
  return (
    <Suspense fallback={null}>
      <LazyJobStatus />
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
