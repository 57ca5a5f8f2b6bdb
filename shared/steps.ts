import type { GraphOperationName } from './graph-operations'

/** The phases of the procedure, in the order they happen. */
export const phases = [
  'helloid',
  'signIn',
  'createApp',
  'connection',
  'mappings',
  'turnOn',
  'assign',
  'verify',
  'troubleshoot',
] as const

/** One phase id from {@link phases}. */
export type Phase = (typeof phases)[number]

/**
 * How the assistant handles a step: it performs it through Graph (`automated`), it explains it and
 * the person does it (`guided`, the HelloID side or an account without rights), or it reads the tenant
 * to confirm the outcome (`verified`).
 */
export const handlingKinds = ['automated', 'guided', 'verified'] as const

/** One handling kind from {@link handlingKinds}. */
export type Handling = (typeof handlingKinds)[number]

/** The two portals a person clicks in. */
export const portals = ['helloid', 'azure'] as const

/** A schematic picture of where to click: which portal, the menu path, and the highlighted control. */
export interface Illustration {
  portal: (typeof portals)[number]
  path: readonly string[]
  highlight: string
}

/** Every step id of the catalog, in order: the key that links catalog, engine, selector and screen. */
export const stepIds = [
  'helloid-open-azure-ad',
  'helloid-new-secret',
  'azure-sign-in',
  'azure-open-entra',
  'azure-enterprise-apps',
  'azure-new-application',
  'azure-search-helloid',
  'azure-select-helloid',
  'azure-create-app',
  'azure-open-provisioning',
  'azure-get-started',
  'azure-mode-automatic',
  'azure-tenant-url',
  'azure-secret-token',
  'azure-test-connection',
  'azure-save-credentials',
  'azure-optional-mappings',
  'azure-provisioning-on',
  'azure-save-provisioning',
  'azure-assign-users',
  'azure-initial-cycle',
  'troubleshoot-one-user',
] as const

/** One step id from {@link stepIds}. */
export type StepId = (typeof stepIds)[number]

/** True when `value` names a step of the catalog. */
export function isStepId(value: string): value is StepId {
  return (stepIds as readonly string[]).includes(value)
}

/**
 * The engine's actions, as it reports them: one action may do several documented steps at once (saving the
 * connection fills in the Tenant URL and the Secret Token and presses Save).
 */
export const engineActions = [
  'checks',
  'create-app',
  'create-job',
  'test-connection',
  'save-connection',
  'mappings',
  'assign',
  'start',
  'initial-cycle',
  'troubleshoot',
] as const

/** One engine action from {@link engineActions}. */
export type EngineAction = (typeof engineActions)[number]

/**
 * Verified facts that prove a step done, like onboarding `completionEvents`: each is read from the host
 * (the kept HelloID connection, the session) or from Graph (checks, objects read back after a write).
 * `stepChecksPassed` means this step's own read-only checks ran and none failed.
 */
export const stepFacts = [
  'helloIdConnectionKept',
  'signedIn',
  'stepChecksPassed',
  'galleryAppFound',
  'appConfirmed',
  'jobConfirmed',
  'connectionTested',
  'connectionSaved',
  'mappingsConfirmed',
  'provisioningOn',
  'assignmentsConfirmed',
  'initialCycleCompleted',
  'userTroubleshot',
] as const

/** One fact from {@link stepFacts}. */
export type StepFact = (typeof stepFacts)[number]

/** Who does a step: the engine (through Graph, reporting under `action`) or the person. */
export type DoneBy = { by: 'engine'; action: EngineAction } | { by: 'person' }

interface StepBase {
  /** Stable id; also the i18n key under `steps.` for title and body. */
  id: StepId
  phase: Phase
  handling: Handling
  doneBy: DoneBy
  /** Every one of these facts must hold for the step to count as done. */
  provedBy: readonly StepFact[]
  /**
   * The person's own "Mark done" counts for this step: only steps on the HelloID side, which the assistant
   * cannot read back.
   */
  acceptsManualMark?: boolean
  graphOperations: readonly GraphOperationName[]
  illustration: Illustration
}

/** A numbered step of the documented procedure (1–21). */
export interface NumberedStep extends StepBase {
  kind: 'step'
  number: number
}

/** The troubleshooting tip that follows the 21 steps; it has no number. */
export interface TipStep extends StepBase {
  kind: 'tip'
}

/** One entry of the catalog. */
export type StepDefinition = NumberedStep | TipStep

const helloid = (path: string[], highlight: string): Illustration => ({ portal: 'helloid', path, highlight })
const azure = (path: string[], highlight: string): Illustration => ({ portal: 'azure', path, highlight })
// The Microsoft Entra admin center's path (learn.microsoft.com: "Browse to Entra ID > Enterprise apps").
const entraApps = ['Entra ID', 'Enterprise apps']
const provisioning = [...entraApps, 'HelloID', 'Provisioning']

/**
 * The documented "Enable Azure AD sync" procedure as data: 21 numbered steps and the troubleshooting tip,
 * in the order a person follows them.
 */
export const steps: readonly StepDefinition[] = [
  {
    kind: 'step',
    number: 1,
    id: 'helloid-open-azure-ad',
    phase: 'helloid',
    handling: 'guided',
    doneBy: { by: 'person' },
    provedBy: ['helloIdConnectionKept'],
    acceptsManualMark: true,
    graphOperations: [],
    illustration: helloid(['Directory', 'Azure AD'], 'Azure AD'),
  },
  {
    kind: 'step',
    number: 2,
    id: 'helloid-new-secret',
    phase: 'helloid',
    handling: 'guided',
    doneBy: { by: 'person' },
    provedBy: ['helloIdConnectionKept'],
    acceptsManualMark: true,
    graphOperations: [],
    illustration: helloid(['Directory', 'Azure AD'], 'New Secret'),
  },
  {
    kind: 'step',
    number: 3,
    id: 'azure-sign-in',
    phase: 'signIn',
    handling: 'automated',
    doneBy: { by: 'person' },
    provedBy: ['signedIn'],
    graphOperations: ['getMe'],
    illustration: azure(['Sign in'], 'Sign in'),
  },
  {
    kind: 'step',
    number: 4,
    id: 'azure-open-entra',
    phase: 'createApp',
    handling: 'verified',
    doneBy: { by: 'engine', action: 'checks' },
    provedBy: ['stepChecksPassed'],
    graphOperations: ['listMyDirectoryRoles', 'listSubscribedSkus'],
    illustration: azure(['Home'], 'Entra ID'),
  },
  {
    kind: 'step',
    number: 5,
    id: 'azure-enterprise-apps',
    phase: 'createApp',
    handling: 'verified',
    doneBy: { by: 'engine', action: 'checks' },
    provedBy: ['stepChecksPassed'],
    graphOperations: ['listServicePrincipals'],
    illustration: azure(['Entra ID'], 'Enterprise apps'),
  },
  {
    kind: 'step',
    number: 6,
    id: 'azure-new-application',
    phase: 'createApp',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'checks' },
    provedBy: ['galleryAppFound'],
    graphOperations: ['listApplicationTemplates'],
    illustration: azure(entraApps, 'New application'),
  },
  {
    kind: 'step',
    number: 7,
    id: 'azure-search-helloid',
    phase: 'createApp',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'checks' },
    provedBy: ['galleryAppFound'],
    graphOperations: ['listApplicationTemplates'],
    illustration: azure([...entraApps, 'Browse gallery'], 'Search: HelloID'),
  },
  {
    kind: 'step',
    number: 8,
    id: 'azure-select-helloid',
    phase: 'createApp',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'checks' },
    provedBy: ['galleryAppFound'],
    graphOperations: ['listApplicationTemplates'],
    illustration: azure([...entraApps, 'Browse gallery'], 'HelloID'),
  },
  {
    kind: 'step',
    number: 9,
    id: 'azure-create-app',
    phase: 'createApp',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'create-app' },
    provedBy: ['appConfirmed'],
    graphOperations: ['instantiateApplicationTemplate', 'getServicePrincipal'],
    illustration: azure([...entraApps, 'Browse gallery', 'HelloID'], 'Create'),
  },
  {
    kind: 'step',
    number: 10,
    id: 'azure-open-provisioning',
    phase: 'connection',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'create-job' },
    provedBy: ['jobConfirmed'],
    graphOperations: ['listSynchronizationTemplates'],
    illustration: azure([...entraApps, 'HelloID', 'Manage'], 'Provisioning'),
  },
  {
    kind: 'step',
    number: 11,
    id: 'azure-get-started',
    phase: 'connection',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'create-job' },
    provedBy: ['jobConfirmed'],
    graphOperations: ['listSynchronizationTemplates'],
    illustration: azure(provisioning, 'Get started'),
  },
  {
    kind: 'step',
    number: 12,
    id: 'azure-mode-automatic',
    phase: 'connection',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'create-job' },
    provedBy: ['jobConfirmed'],
    graphOperations: ['createSynchronizationJob'],
    illustration: azure(provisioning, 'Provisioning Mode: Automatic'),
  },
  {
    kind: 'step',
    number: 13,
    id: 'azure-tenant-url',
    phase: 'connection',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'save-connection' },
    provedBy: ['connectionSaved'],
    graphOperations: [],
    illustration: azure([...provisioning, 'Admin Credentials'], 'Tenant URL'),
  },
  {
    kind: 'step',
    number: 14,
    id: 'azure-secret-token',
    phase: 'connection',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'save-connection' },
    provedBy: ['connectionSaved'],
    graphOperations: [],
    illustration: azure([...provisioning, 'Admin Credentials'], 'Secret Token'),
  },
  {
    kind: 'step',
    number: 15,
    id: 'azure-test-connection',
    phase: 'connection',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'test-connection' },
    provedBy: ['connectionTested'],
    graphOperations: ['validateCredentials'],
    illustration: azure([...provisioning, 'Admin Credentials'], 'Test Connection'),
  },
  {
    kind: 'step',
    number: 16,
    id: 'azure-save-credentials',
    phase: 'connection',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'save-connection' },
    provedBy: ['connectionSaved'],
    // A rerun first asks Test Connection with the saved credentials; only when that fails does it save.
    graphOperations: ['validateCredentials', 'putSynchronizationSecrets'],
    illustration: azure(provisioning, 'Save'),
  },
  {
    kind: 'step',
    number: 17,
    id: 'azure-optional-mappings',
    phase: 'mappings',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'mappings' },
    provedBy: ['mappingsConfirmed'],
    graphOperations: ['getSynchronizationSchema', 'putSynchronizationSchema'],
    illustration: azure([...provisioning, 'Mappings'], 'Provision Microsoft Entra ID Users'),
  },
  {
    kind: 'step',
    number: 18,
    id: 'azure-provisioning-on',
    phase: 'turnOn',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'start' },
    provedBy: ['provisioningOn'],
    graphOperations: ['startSynchronizationJob'],
    illustration: azure([...provisioning, 'Settings'], 'Provisioning Status: On'),
  },
  {
    kind: 'step',
    number: 19,
    id: 'azure-save-provisioning',
    phase: 'turnOn',
    handling: 'verified',
    doneBy: { by: 'engine', action: 'start' },
    provedBy: ['provisioningOn'],
    graphOperations: ['getSynchronizationJob'],
    illustration: azure(provisioning, 'Save'),
  },
  {
    kind: 'step',
    number: 20,
    id: 'azure-assign-users',
    phase: 'assign',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'assign' },
    provedBy: ['assignmentsConfirmed'],
    graphOperations: ['listUsers', 'listGroups', 'createAppRoleAssignment', 'batch'],
    illustration: azure([...entraApps, 'HelloID', 'Users and groups'], 'Add user/group'),
  },
  {
    kind: 'step',
    number: 21,
    id: 'azure-initial-cycle',
    phase: 'verify',
    handling: 'verified',
    doneBy: { by: 'engine', action: 'initial-cycle' },
    provedBy: ['initialCycleCompleted'],
    graphOperations: ['getSynchronizationJob'],
    illustration: azure(provisioning, 'Initial cycle completed'),
  },
  {
    kind: 'tip',
    id: 'troubleshoot-one-user',
    phase: 'troubleshoot',
    handling: 'automated',
    doneBy: { by: 'engine', action: 'troubleshoot' },
    provedBy: ['userTroubleshot'],
    graphOperations: ['provisionOnDemand', 'listProvisioningLogs'],
    illustration: azure(provisioning, 'Provision on demand'),
  },
]

/** Finds a step by id. */
export function findStep(id: string): StepDefinition | undefined {
  return steps.find((step) => step.id === id)
}

/** Where a step sits in the catalog (0-based), or -1. */
export function stepIndex(id: string): number {
  return steps.findIndex((step) => step.id === id)
}

/** The step with this id; the id is typed, so it always exists. */
export function stepById(id: StepId): StepDefinition {
  const step = steps.find((s) => s.id === id)
  if (!step) throw new Error(`Step ${id} is missing from the catalog.`)
  return step
}

/** "Step 9" style label data: the documented number, or null for the tip. */
export function stepNumber(id: StepId): number | null {
  const step = stepById(id)
  return step.kind === 'step' ? step.number : null
}
