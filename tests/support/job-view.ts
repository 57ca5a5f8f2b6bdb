import type { JobViewData } from '../../shared/contract'

/**
 * The provisioning job as the setup state shows it during the first cycle: active, waiting for the
 * first cycle, nothing sent yet. Tests override what their case is about.
 */
export const firstCycleJob = (over: Partial<JobViewData> = {}): JobViewData => ({
  code: 'Active',
  health: 'waiting',
  initialCycleCompleted: false,
  scheduleState: 'Active',
  progress: null,
  counts: { users: 0, groups: 0 },
  lastCycle: null,
  quarantine: null,
  problem: null,
  ...over,
})
