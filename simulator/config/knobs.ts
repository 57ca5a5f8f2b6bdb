import { z } from 'zod'

/**
 * Every behaviour a test or a practice session may want to bend. Rates are probabilities drawn
 * from the seeded PRNG; durations are simulated seconds unless the name says otherwise.
 */
export type ListenerName = 'graph' | 'authority' | 'scim'

export interface RequestFaultRule {
  rate: number
  /** Case-insensitive regular expression tested against the request path (e.g. "/servicePrincipals"). */
  path: string | null
  method: string | null
  /** Stop after this many injections; null = unlimited. */
  remaining: number | null
  listeners: ListenerName[]
}

export interface Knobs {
  latencyMs: { min: number; max: number }
  throttle: (RequestFaultRule & { retryAfterSeconds: number; retryAfterForm: 'seconds' | 'http-date' }) | null
  serverError: (RequestFaultRule & { status: 503 | 504; retryAfterSeconds: number | null }) | null
  connectionReset: RequestFaultRule | null
  /** After instantiate: application and service principal answer 404 for this long. */
  replicationLagSeconds: number
  /** After instantiate: synchronization/templates is an empty list for this long. */
  syncTemplatesLagSeconds: number
  /** After instantiate: POST synchronization/jobs fails with jobCreateLagStatus for this long. */
  jobCreateLagSeconds: number
  jobCreateLagStatus: 401 | 404 | 409
  /** Probability of a 409 Conflict on synchronization writes. */
  syncConflictRate: number
  /** Instantiate creates the app but answers 404 / never answers / 504; `shape` picks the response JSON. */
  instantiate: {
    mode: 'normal' | 'not-found' | 'hang' | 'gateway-timeout'
    holdSeconds: number
    remaining: number | null
    shape: 'v1' | 'legacy-objectId'
  }
  tokenLifetimeSeconds: number
  /** Conditional Access blocks the device code flow (AADSTS53003 on the token poll). */
  deviceCodeBlocked: boolean
  /** No admin consent for the registered clients in any tenant (until someone consents). */
  consentMissing: boolean
  /** Contoso's Entra ID licence. */
  license: 'free' | 'p1' | 'p2'
  /** GET /subscribedSkus answers 403 (the signed-in role may not read the tenant's subscriptions). */
  licenceReadDenied: boolean
  /** The SCIM stand-in serves a certificate no client trusts. */
  scimUntrustedCertificate: boolean
  /** Probability that the SCIM stand-in answers a write with 500 (entry-level errors). */
  scimErrorRate: number
  /**
   * HelloID as a whole is down: `unreachable` drops every SCIM connection, `refusing` answers every SCIM
   * request with 403 (the connection is switched off on HelloID's side). Probe and cycles fail alike.
   */
  helloIdOutage: 'unreachable' | 'refusing' | null
}

const rate = z.number().min(0).max(1)
const listeners = z.array(z.enum(['graph', 'authority', 'scim'])).min(1)
const ruleFields = {
  rate,
  path: z.string().nullable().optional(),
  method: z.string().nullable().optional(),
  remaining: z.number().int().min(0).nullable().optional(),
  listeners: listeners.optional(),
}

export const knobsPatchSchema = z.strictObject({
  latencyMs: z.strictObject({ min: z.number().min(0), max: z.number().min(0) }).optional(),
  throttle: z
    .strictObject({
      ...ruleFields,
      retryAfterSeconds: z.number().int().min(0).optional(),
      retryAfterForm: z.enum(['seconds', 'http-date']).optional(),
    })
    .nullable()
    .optional(),
  serverError: z
    .strictObject({
      ...ruleFields,
      status: z.union([z.literal(503), z.literal(504)]).optional(),
      retryAfterSeconds: z.number().int().min(0).nullable().optional(),
    })
    .nullable()
    .optional(),
  connectionReset: z.strictObject(ruleFields).nullable().optional(),
  replicationLagSeconds: z.number().min(0).optional(),
  syncTemplatesLagSeconds: z.number().min(0).optional(),
  jobCreateLagSeconds: z.number().min(0).optional(),
  jobCreateLagStatus: z.union([z.literal(401), z.literal(404), z.literal(409)]).optional(),
  syncConflictRate: rate.optional(),
  instantiate: z
    .strictObject({
      mode: z.enum(['normal', 'not-found', 'hang', 'gateway-timeout']).optional(),
      holdSeconds: z.number().min(0).optional(),
      remaining: z.number().int().min(0).nullable().optional(),
      shape: z.enum(['v1', 'legacy-objectId']).optional(),
    })
    .optional(),
  tokenLifetimeSeconds: z.number().int().min(1).optional(),
  deviceCodeBlocked: z.boolean().optional(),
  consentMissing: z.boolean().optional(),
  license: z.enum(['free', 'p1', 'p2']).optional(),
  licenceReadDenied: z.boolean().optional(),
  scimUntrustedCertificate: z.boolean().optional(),
  scimErrorRate: rate.optional(),
  helloIdOutage: z.enum(['unreachable', 'refusing']).nullable().optional(),
})

export type KnobsPatch = z.infer<typeof knobsPatchSchema>

type RulePatch = {
  rate: number
  path?: string | null | undefined
  method?: string | null | undefined
  remaining?: number | null | undefined
  listeners?: ListenerName[] | undefined
}

function mergeRule(base: RequestFaultRule | null, patch: RulePatch): RequestFaultRule {
  return {
    rate: patch.rate,
    path: patch.path !== undefined ? patch.path : (base?.path ?? null),
    method: patch.method !== undefined ? patch.method : (base?.method ?? null),
    remaining: patch.remaining !== undefined ? patch.remaining : (base?.remaining ?? null),
    listeners: patch.listeners ?? base?.listeners ?? ['graph'],
  }
}

/** Applies a validated patch; `null` switches a fault off, omitted fields keep their value. */
export function applyKnobsPatch(current: Knobs, patch: KnobsPatch): Knobs {
  const next: Knobs = {
    ...current,
    latencyMs: { ...current.latencyMs },
    instantiate: { ...current.instantiate },
  }
  if (patch.latencyMs)
    next.latencyMs = { min: patch.latencyMs.min, max: Math.max(patch.latencyMs.min, patch.latencyMs.max) }
  if (patch.throttle === null) next.throttle = null
  else if (patch.throttle) {
    next.throttle = {
      ...mergeRule(current.throttle, patch.throttle),
      retryAfterSeconds: patch.throttle.retryAfterSeconds ?? current.throttle?.retryAfterSeconds ?? 2,
      retryAfterForm: patch.throttle.retryAfterForm ?? current.throttle?.retryAfterForm ?? 'seconds',
    }
  }
  if (patch.serverError === null) next.serverError = null
  else if (patch.serverError) {
    next.serverError = {
      ...mergeRule(current.serverError, patch.serverError),
      status: patch.serverError.status ?? current.serverError?.status ?? 503,
      retryAfterSeconds:
        patch.serverError.retryAfterSeconds !== undefined
          ? patch.serverError.retryAfterSeconds
          : (current.serverError?.retryAfterSeconds ?? null),
    }
  }
  if (patch.connectionReset === null) next.connectionReset = null
  else if (patch.connectionReset)
    next.connectionReset = mergeRule(current.connectionReset, patch.connectionReset)
  if (patch.instantiate) {
    next.instantiate = {
      mode: patch.instantiate.mode ?? current.instantiate.mode,
      holdSeconds: patch.instantiate.holdSeconds ?? current.instantiate.holdSeconds,
      remaining:
        patch.instantiate.remaining !== undefined
          ? patch.instantiate.remaining
          : current.instantiate.remaining,
      shape: patch.instantiate.shape ?? current.instantiate.shape,
    }
  }
  if (patch.replicationLagSeconds !== undefined) next.replicationLagSeconds = patch.replicationLagSeconds
  if (patch.syncTemplatesLagSeconds !== undefined)
    next.syncTemplatesLagSeconds = patch.syncTemplatesLagSeconds
  if (patch.jobCreateLagSeconds !== undefined) next.jobCreateLagSeconds = patch.jobCreateLagSeconds
  if (patch.jobCreateLagStatus !== undefined) next.jobCreateLagStatus = patch.jobCreateLagStatus
  if (patch.syncConflictRate !== undefined) next.syncConflictRate = patch.syncConflictRate
  if (patch.tokenLifetimeSeconds !== undefined) next.tokenLifetimeSeconds = patch.tokenLifetimeSeconds
  if (patch.deviceCodeBlocked !== undefined) next.deviceCodeBlocked = patch.deviceCodeBlocked
  if (patch.consentMissing !== undefined) next.consentMissing = patch.consentMissing
  if (patch.license !== undefined) next.license = patch.license
  if (patch.licenceReadDenied !== undefined) next.licenceReadDenied = patch.licenceReadDenied
  if (patch.scimUntrustedCertificate !== undefined)
    next.scimUntrustedCertificate = patch.scimUntrustedCertificate
  if (patch.scimErrorRate !== undefined) next.scimErrorRate = patch.scimErrorRate
  if (patch.helloIdOutage !== undefined) next.helloIdOutage = patch.helloIdOutage
  return next
}
