import type { Knobs } from './knobs'

export type ProfileName = 'realistic' | 'fast'

/** Timing that is part of the tenant's character rather than a fault someone switches on. */
export interface ProfileTiming {
  /** Delay between `start` and the first provisioning cycle. */
  firstCycleDelaySeconds: { min: number; max: number }
  /** Simulated duration of a cycle: overhead plus a per-object cost (docs: 0.01–0.08 min per object). */
  cycleOverheadSeconds: number
  cycleSecondsPerObject: { min: number; max: number }
  /** Steady-state cycle interval (PT40M in Entra). */
  cycleIntervalSeconds: number
  deviceCodeIntervalSeconds: number
  deviceCodeLifetimeSeconds: number
}

export interface Profile {
  name: ProfileName
  timing: ProfileTiming
  knobs: Knobs
}

const BASE_KNOBS: Knobs = {
  latencyMs: { min: 0, max: 0 },
  throttle: null,
  serverError: null,
  connectionReset: null,
  replicationLagSeconds: 0,
  syncTemplatesLagSeconds: 0,
  jobCreateLagSeconds: 0,
  jobCreateLagStatus: 401,
  syncConflictRate: 0,
  instantiate: { mode: 'normal', holdSeconds: 120, remaining: null, shape: 'v1' },
  tokenLifetimeSeconds: 3600,
  deviceCodeBlocked: false,
  consentMissing: false,
  licenceReadDenied: false,
  license: 'p1',
  scimUntrustedCertificate: false,
  scimErrorRate: 0,
  helloIdOutage: null,
}

export function profileFor(name: ProfileName): Profile {
  if (name === 'fast') {
    return {
      name,
      knobs: { ...BASE_KNOBS },
      timing: {
        firstCycleDelaySeconds: { min: 2, max: 2 },
        cycleOverheadSeconds: 0,
        cycleSecondsPerObject: { min: 0, max: 0 },
        cycleIntervalSeconds: 40 * 60,
        deviceCodeIntervalSeconds: 1,
        deviceCodeLifetimeSeconds: 900,
      },
    }
  }
  return {
    name,
    knobs: {
      ...BASE_KNOBS,
      latencyMs: { min: 40, max: 250 },
      throttle: {
        rate: 0.02,
        path: null,
        method: null,
        remaining: null,
        listeners: ['graph'],
        retryAfterSeconds: 2,
        retryAfterForm: 'seconds',
      },
      serverError: {
        rate: 0.005,
        path: null,
        method: null,
        remaining: null,
        listeners: ['graph'],
        status: 503,
        retryAfterSeconds: 1,
      },
      replicationLagSeconds: 20,
      syncTemplatesLagSeconds: 35,
      jobCreateLagSeconds: 45,
      jobCreateLagStatus: 401,
      tokenLifetimeSeconds: 4200,
    },
    timing: {
      firstCycleDelaySeconds: { min: 120, max: 300 },
      cycleOverheadSeconds: 20,
      cycleSecondsPerObject: { min: 0.6, max: 4.8 },
      cycleIntervalSeconds: 40 * 60,
      deviceCodeIntervalSeconds: 5,
      deviceCodeLifetimeSeconds: 900,
    },
  }
}
