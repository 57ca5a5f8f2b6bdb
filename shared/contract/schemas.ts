import { z } from 'zod'

import { errorCodes } from '../errors'
import { languageCodes } from '../i18n/catalog'
import { engineActions, stepIds } from '../steps'

/** Where the UI is running: inside Electron, or in a browser through the loopback web host. */
/** How long practice mode makes people wait: as a real tenant does, or seconds for a demo. */
export const practiceTimingSchema = z.enum(['realistic', 'fast'])

export const appInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['desktop', 'browser']),
  practice: z.boolean(),
  /** Practice mode only: the timing the practice tenant follows now. */
  practiceTiming: practiceTimingSchema.optional(),
})

/** The language the person chose for the page; the host words what it shows itself (notifications) in it. */
export const languageChoiceSchema = z.object({ language: z.enum(languageCodes) }).strict()

export const setPracticeTimingInputSchema = z.object({ timing: practiceTimingSchema }).strict()

const stepIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'problems.input.stepId')

/** The person's place in the wizard; contains no secrets, so it may be persisted. */
export const wizardProgressSchema = z
  .object({
    currentStepId: stepIdSchema,
    completedStepIds: z.array(stepIdSchema).max(64),
  })
  .strict()

export const emptyInputSchema = z.object({}).strict()

export const openExternalInputSchema = z.object({ url: z.string().min(1).max(2048) }).strict()

/**
 * A value a message interpolates. Identifiers of the customer (UPNs, ids, URLs, hosts) come as `{ id }` and
 * people's, groups' and apps' names as `{ name }`, so the renderer can mask them in presentation mode. Never a
 * secret.
 */
export const messageParamSchema = z.union([
  z.string().max(2000),
  z.number(),
  z.object({ id: z.string().max(2000) }).strict(),
  z.object({ name: z.string().max(2000) }).strict(),
  // Text the assistant did not write (Entra's own message) or has not yet worded in the catalog: shown as
  // given, masked like any free text in presentation mode.
  z.object({ text: z.string().max(4000) }).strict(),
])

/** What a service tells the person, as a key into the catalog (shared/i18n) and its parameters. */
export const messageSchema = z.object({
  code: z.string().min(1).max(120),
  params: z.record(z.string(), messageParamSchema).optional(),
})

export type MessageParam = z.infer<typeof messageParamSchema>
export type Message = z.infer<typeof messageSchema>

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  /** English, for the log and support: the screens word `code` (and `words`, when set) instead. */
  message: z.string(),
  /** What exactly went wrong, when the code's own message is too general. */
  words: messageSchema.optional(),
  details: z.record(z.string(), z.unknown()).optional(),
})

/** An error as it crosses the contract (the host's AppError fits it). */
export type AppErrorData = z.infer<typeof appErrorSchema>

/** Builds the result envelope schema for a value schema. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ])
}

/**
 * The desktop app's update check. `disabled` names why there is none (development build, practice mode,
 * the browser preview, a build without an update feed, or a feed setting that is not usable, with where
 * that setting came from); `downloaded` updates are installed when the assistant closes, never mid-wizard.
 */
export const updateStatusSchema = z.object({
  state: z.enum(['disabled', 'idle', 'checking', 'up-to-date', 'downloading', 'downloaded', 'error']),
  reason: z.enum(['development', 'practice', 'browser', 'not-configured', 'invalid-feed']).optional(),
  feedSource: z.enum(['environment', 'deployment-file']).optional(),
  version: z.string().max(64).optional(),
})

export type AppInfo = z.infer<typeof appInfoSchema>
export type PracticeTimingName = z.infer<typeof practiceTimingSchema>
export type UpdateStatus = z.infer<typeof updateStatusSchema>
export type WizardProgress = z.infer<typeof wizardProgressSchema>
export type OpenExternalInput = z.infer<typeof openExternalInputSchema>

/** A customer's domain (contoso.onmicrosoft.com) or tenant id; empty means "any work account". */
const tenantHintSchema = z
  .string()
  .trim()
  .max(253)
  .regex(
    /^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^(?=.{4,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,
    'problems.input.tenant',
  )

export const signInInputSchema = z
  .object({
    /** Empty: a new customer, named after its tenant once signed in. */
    customerLabel: z.string().trim().max(80),
    tenant: tenantHintSchema.optional(),
    cloudId: z.string().min(1).max(32),
    method: z.enum(['browser', 'deviceCode']),
    scopeSet: z.enum(['read', 'all']),
  })
  .strict()

export const sessionSummarySchema = z.object({
  name: z.string(),
  username: z.string(),
  tenantId: z.string(),
  grantedScopes: z.array(z.string()),
  persistence: z.enum(['encrypted-file', 'memory']),
})

export const deviceCodePromptSchema = z.object({
  userCode: z.string(),
  verificationUri: z.string(),
  message: z.string(),
  expiresAt: z.string(),
})

/** Everything the UI knows about sign-in: never a token. */
export const sessionStateSchema = z.object({
  customer: z.object({ label: z.string(), tenant: z.string().optional(), cloudId: z.string() }).nullable(),
  account: sessionSummarySchema.nullable(),
  signingIn: z.enum(['browser', 'deviceCode']).nullable(),
  deviceCode: deviceCodePromptSchema.nullable(),
  tokenStorage: z.enum(['encrypted-file', 'memory']).nullable(),
  lastError: appErrorSchema.nullable(),
})

export type SignInInput = z.infer<typeof signInInputSchema>
export type SessionState = z.infer<typeof sessionStateSchema>

/** The HelloID URL and secret as pasted; the secret only travels into the host, never back. */
export const helloIdConnectionInputSchema = z
  .object({
    url: z.string().max(1_000_000),
    secret: z.string().max(1_000_000),
  })
  .strict()

/** A catalog step id; services report by it, the renderer and the CLI show its documented number. */
const catalogStepSchema = z.enum(stepIds)

/** One pre-flight check: what was checked, what was found and, for a problem, the fix, all as catalog words. */
export const checkSchema = z.object({
  id: z.string(),
  step: catalogStepSchema,
  status: z.enum(['pass', 'warn', 'fail']),
  title: messageSchema,
  detail: messageSchema,
  /** The error behind a failed check (a refused read, a HelloID that did not answer): worded as errors are. */
  error: appErrorSchema.optional(),
  fix: messageSchema.optional(),
})

/** What the UI may know about the saved HelloID connection: the URL, never the secret. */
export const helloIdConnectionStateSchema = z.object({
  url: z.string().nullable(),
  secretProvided: z.boolean(),
  checks: z.array(checkSchema),
  /** The URL's host when it is not a helloid.com address: nothing is sent there unconfirmed. */
  unrecognisedHost: z.string().nullable(),
  hostConfirmed: z.boolean(),
})

/** The person's explicit "yes, this host is my HelloID" for a host that is not helloid.com. */
export const confirmHelloIdHostInputSchema = z.object({ host: z.string().min(1).max(253) }).strict()

export const assignmentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), ref: z.string().trim().min(3).max(256) }),
  z.object({ kind: z.literal('group'), ref: z.string().trim().min(1).max(256) }),
])

/** What the person typed into the assignment picker's search. */
export const directorySearchInputSchema = z.object({ text: z.string().trim().min(1).max(100) }).strict()

/** One user or group the search found, with what the picker warns about. */
export const directoryHitSchema = z.object({
  kind: z.enum(['user', 'group']),
  id: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string().nullable(),
  mail: z.string().nullable(),
  /** Groups: direct members that are users (the ones provisioning reaches); null when unknown. */
  memberUsers: z.number().int().nonnegative().nullable(),
  /** Groups: direct members that are groups (their members are not provisioned); null when unknown. */
  memberGroups: z.number().int().nonnegative().nullable(),
})

export const directorySearchResultSchema = z.object({
  hits: z.array(directoryHitSchema),
  /** Entra ID P1 or P2, which group assignment needs, as the last checks found it. */
  groupLicence: z.enum(['yes', 'no', 'unknown']),
})

/** The person's choices for apply (the secret is already in the host). */
export const setupChoicesSchema = z
  .object({
    assignments: z.array(assignmentTargetSchema).max(500),
    mappings: z.array(z.enum(['employeeId', 'manager'])).max(2),
    notificationEmail: z
      .string()
      .trim()
      .max(254)
      .regex(/^$|^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'problems.input.email')
      .optional(),
    reuseServicePrincipalId: z.string().uuid().optional(),
  })
  .strict()

/** A plan's fingerprint (sha256, hex): apply refuses when the tenant no longer gives this plan. */
export const planFingerprintSchema = z.string().regex(/^[0-9a-f]{64}$/, 'problems.input.previewFirst')

/** Apply: exactly the choices that were previewed, with the fingerprint of that preview. */
export const applySetupInputSchema = z
  .object({ choices: setupChoicesSchema, planFingerprint: planFingerprintSchema })
  .strict()

/** One change the plan will make, tied to its documented step; `action` is catalog words. */
export const plannedChangeSchema = z.object({
  step: catalogStepSchema,
  id: z.enum(engineActions),
  action: messageSchema,
  kind: z.enum(['create', 'update', 'reuse', 'skip', 'check', 'choose']),
})

/** Progress of apply, monitor and rollback, by step; `message` is catalog words. */
export const setupProgressSchema = z.object({
  step: catalogStepSchema,
  /** The engine action reporting; one action may do several steps. */
  id: z.enum(engineActions),
  status: z.enum(['running', 'done', 'skipped', 'failed', 'waiting']),
  message: messageSchema,
  /** When the host first saw this action under way, and when it ended (ISO, the host's clock). */
  startedAt: z.string().optional(),
  endedAt: z.string().optional(),
})

/** Where the provisioning job stands; derived in the setup engine (job-health.ts). */
export const jobHealthStateSchema = z.enum([
  'not-started',
  'waiting',
  'completed',
  'quarantined',
  'failed',
  'entry-errors',
  'paused',
])

/** The fix a job problem needs; the renderer and the CLI word it. */
export const jobFixSchema = z.enum([
  'new-secret',
  'check-url',
  'fix-entries',
  'allow-deletes',
  'restart',
  'turn-on',
  'read-error',
])

/**
 * The quarantine reasons Graph documents for synchronizationQuarantine; the job view keeps Entra's value as a
 * string (a new reason must not break reading the job) and the words fall back to "Unknown".
 * https://learn.microsoft.com/en-us/graph/api/resources/synchronization-synchronizationquarantine
 */
export const quarantineReasons = [
  'EncounteredBaseEscrowThreshold',
  'EncounteredTotalEscrowThreshold',
  'EncounteredEscrowProportionThreshold',
  'EncounteredQuarantineException',
  'QuarantinedOnDemand',
  'TooManyDeletes',
  'IngestionInterrupted',
  'Unknown',
] as const

export const jobViewSchema = z.object({
  code: z.string(),
  health: jobHealthStateSchema,
  initialCycleCompleted: z.boolean(),
  scheduleState: z.string(),
  progress: z.object({ completed: z.number(), total: z.number() }).nullable(),
  counts: z.object({ users: z.number(), groups: z.number() }),
  lastCycle: z
    .object({
      state: z.string(),
      endedAt: z.string().nullable(),
      exported: z.number(),
      escrowed: z.number(),
      errorCode: z.string().nullable(),
    })
    .nullable(),
  quarantine: z
    .object({
      reason: z.string(),
      errorCode: z.string().nullable(),
      message: z.string(),
      since: z.string().nullable(),
      nextAttempt: z.string().nullable(),
      seriesCount: z.number(),
    })
    .nullable(),
  problem: z.object({ fix: jobFixSchema, errorCode: z.string().nullable(), message: z.string() }).nullable(),
})

/** Everything the automation panel shows; rebuilt by the host after every change. */
export const setupStateSchema = z.object({
  /**
   * Grows with every change the host publishes. An answer can arrive after an event that is newer
   * than it (apply's answer after the refusal it already published); the page keeps the newest.
   */
  revision: z.number().int().nonnegative(),
  phase: z.enum(['idle', 'checking', 'checked', 'applying', 'monitoring', 'done', 'failed', 'rolling-back']),
  checks: z.array(checkSchema),
  canApply: z.boolean(),
  existingApps: z.array(
    z.object({
      servicePrincipalId: z.string(),
      displayName: z.string(),
      jobCount: z.number(),
      madeByAssistant: z.boolean(),
    }),
  ),
  hasPremium: z.boolean(),
  plan: z.array(plannedChangeSchema),
  /** The fingerprint of `plan`, null when there is no preview to apply. */
  planFingerprint: planFingerprintSchema.nullable(),
  progress: z.array(setupProgressSchema),
  /** The app and job read back from Graph; `appId` (the app's client id) when the run read it. */
  ids: z
    .object({ servicePrincipalId: z.string(), jobId: z.string(), appId: z.string().optional() })
    .nullable(),
  job: jobViewSchema.nullable(),
  error: appErrorSchema.nullable(),
  /**
   * What the assistant created and a rollback would remove (null when nothing): the app's name, how many
   * apps and jobs, and how many users and groups the job keeps in sync (null until the job was read).
   */
  created: z
    .object({
      appName: z.string(),
      applications: z.number(),
      jobs: z.number(),
      users: z.number().nullable(),
      groups: z.number().nullable(),
    })
    .nullable(),
  /** What the last rollback removed; everything it undid is no longer done. */
  rolledBack: z.object({ jobs: z.number(), apps: z.number() }).nullable(),
})

export const onDemandReportSchema = z.object({
  user: z.object({ id: z.string(), displayName: z.string() }),
  result: z.string(),
  /** Why the user does or does not sync, as catalog words. */
  explanation: messageSchema,
  errorCode: z.string().nullable(),
  steps: z.array(
    z.object({ name: z.string(), type: z.string(), status: z.string(), description: z.string() }),
  ),
  logEntries: z.number(),
  /** The user's most recent provisioning log entries, newest first. */
  logs: z.array(
    z.object({ when: z.string(), action: z.string(), status: z.string(), reason: z.string().nullable() }),
  ),
})

export type Check = z.infer<typeof checkSchema>
export type PlannedChange = z.infer<typeof plannedChangeSchema>
export type SetupProgress = z.infer<typeof setupProgressSchema>
export type SetupChoicesInput = z.infer<typeof setupChoicesSchema>
export type ApplySetupInput = z.infer<typeof applySetupInputSchema>
export type DirectoryHit = z.infer<typeof directoryHitSchema>
export type DirectorySearchResult = z.infer<typeof directorySearchResultSchema>
export type AssignmentTarget = z.infer<typeof assignmentTargetSchema>
export type SetupState = z.infer<typeof setupStateSchema>

/** The setup state before anything ran (a new session, after Start over or a rollback). */
export function initialSetupState(): SetupState {
  return {
    revision: 0,
    phase: 'idle',
    checks: [],
    canApply: false,
    existingApps: [],
    hasPremium: false,
    plan: [],
    planFingerprint: null,
    progress: [],
    ids: null,
    job: null,
    error: null,
    created: null,
    rolledBack: null,
  }
}
export type JobViewData = z.infer<typeof jobViewSchema>
export type JobHealthState = z.infer<typeof jobHealthStateSchema>
export type JobFix = z.infer<typeof jobFixSchema>
export type HelloIdConnectionState = z.infer<typeof helloIdConnectionStateSchema>
export type OnDemandReportView = z.infer<typeof onDemandReportSchema>

const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** An application (client) id: a GUID. */
export const clientIdSchema = z.string().trim().regex(GUID_PATTERN, 'problems.input.clientId')

/** Settings a person may change; `clientId` is their own app registration (empty = the default). */
export const settingsSchema = z
  .object({
    clientId: z
      .string()
      .trim()
      .regex(new RegExp(`^$|${GUID_PATTERN.source}`), 'problems.input.clientIdOrEmpty'),
  })
  .strict()

/** Where the client id in use comes from, highest precedence first. */
export const clientIdSources = ['flag', 'environment', 'settings', 'deployment-file', 'default'] as const
export type ClientIdSource = (typeof clientIdSources)[number]

/** The settings as the host reports them, with the client id sign-in will use and where it comes from. */
export const settingsStateSchema = settingsSchema.extend({
  effectiveClientId: z.string(),
  clientIdSource: z.enum(clientIdSources),
  /** Set when the configured client id cannot be used (a bad deployment file or environment value). */
  clientIdProblem: z.string().optional(),
  /** The same problem as catalog words, for the screens. */
  clientIdProblemWords: messageSchema.optional(),
})

export type Settings = z.infer<typeof settingsSchema>

/** The dedicated app registration: what it is (or will be), whether an admin approved it, whether it is in use. */
export const appRegistrationViewSchema = z.object({
  displayName: z.string(),
  signInAudience: z.string(),
  redirectUris: z.array(z.string()),
  isFallbackPublicClient: z.boolean(),
  /** Exactly the delegated Graph permissions it asks for, with their ids in the tenant. */
  permissions: z.array(z.object({ value: z.string(), id: z.string() })),
  action: z.enum(['create', 'update', 'none']),
  existing: z
    .object({
      appId: z.string(),
      objectId: z.string(),
      displayName: z.string(),
      differences: z.array(z.string()),
    })
    .nullable(),
  consent: z.object({ granted: z.boolean(), missing: z.array(z.string()) }).nullable(),
  adminConsentUrl: z.string().nullable(),
  /** Sign-in uses it now. */
  inUse: z.boolean(),
  /** A command-line flag or environment variable that wins over Settings. */
  overriddenBy: z.enum(['flag', 'environment']).nullable(),
})

export type AppRegistrationView = z.infer<typeof appRegistrationViewSchema>
