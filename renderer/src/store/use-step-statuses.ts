import { useMemo } from 'react'

import type { StepId } from '../../../shared/steps'
import { useAppStoreShallow } from './root'
import { deriveStepStatuses, type StepStatus } from './step-status'

/** Every step's status from the one selector; header, rail and step page all read it here. */
export function useStepStatuses(): Record<StepId, StepStatus> {
  const input = useAppStoreShallow((s) => ({
    progress: s.progress,
    session: s.session,
    connection: s.connection,
    setup: s.setup,
    onDemand: s.onDemand,
  }))
  // The shallow selector hands out a new object only when one of the fields changed.
  return useMemo(() => deriveStepStatuses(input), [input])
}
