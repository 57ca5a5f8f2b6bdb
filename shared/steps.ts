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

/** A schematic picture of where to click: which portal, the menu path, and the highlighted control. */
export interface Illustration {
  portal: 'helloid' | 'azure'
  path: readonly string[]
  highlight: string
}

interface StepBase {
  /** Stable id; also the i18n key under `steps.` for title and body. */
  id: string
  phase: Phase
  handling: Handling
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
const entraApps = ['Microsoft Entra ID', 'Enterprise applications']
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
    graphOperations: [],
    illustration: helloid(['Directory', 'Azure AD'], 'Azure AD'),
  },
  {
    kind: 'step',
    number: 2,
    id: 'helloid-new-secret',
    phase: 'helloid',
    handling: 'guided',
    graphOperations: [],
    illustration: helloid(['Directory', 'Azure AD'], 'New Secret'),
  },
  {
    kind: 'step',
    number: 3,
    id: 'azure-sign-in',
    phase: 'signIn',
    handling: 'automated',
    graphOperations: ['getMe'],
    illustration: azure(['Sign in'], 'Sign in'),
  },
  {
    kind: 'step',
    number: 4,
    id: 'azure-open-entra',
    phase: 'createApp',
    handling: 'verified',
    graphOperations: ['listMyDirectoryRoles', 'listSubscribedSkus'],
    illustration: azure(['Azure services'], 'Microsoft Entra ID'),
  },
  {
    kind: 'step',
    number: 5,
    id: 'azure-enterprise-apps',
    phase: 'createApp',
    handling: 'verified',
    graphOperations: ['listServicePrincipals'],
    illustration: azure(['Microsoft Entra ID', 'Manage'], 'Enterprise applications'),
  },
  {
    kind: 'step',
    number: 6,
    id: 'azure-new-application',
    phase: 'createApp',
    handling: 'automated',
    graphOperations: ['listApplicationTemplates'],
    illustration: azure(entraApps, 'New application'),
  },
  {
    kind: 'step',
    number: 7,
    id: 'azure-search-helloid',
    phase: 'createApp',
    handling: 'automated',
    graphOperations: ['listApplicationTemplates'],
    illustration: azure([...entraApps, 'Browse gallery'], 'Search: HelloID'),
  },
  {
    kind: 'step',
    number: 8,
    id: 'azure-select-helloid',
    phase: 'createApp',
    handling: 'automated',
    graphOperations: ['listApplicationTemplates'],
    illustration: azure([...entraApps, 'Browse gallery'], 'HelloID'),
  },
  {
    kind: 'step',
    number: 9,
    id: 'azure-create-app',
    phase: 'createApp',
    handling: 'automated',
    graphOperations: ['instantiateApplicationTemplate', 'getServicePrincipal'],
    illustration: azure([...entraApps, 'Browse gallery', 'HelloID'], 'Create'),
  },
  {
    kind: 'step',
    number: 10,
    id: 'azure-open-provisioning',
    phase: 'connection',
    handling: 'automated',
    graphOperations: ['listSynchronizationTemplates'],
    illustration: azure([...entraApps, 'HelloID', 'Manage'], 'Provisioning'),
  },
  {
    kind: 'step',
    number: 11,
    id: 'azure-get-started',
    phase: 'connection',
    handling: 'automated',
    graphOperations: ['listSynchronizationTemplates'],
    illustration: azure(provisioning, 'Get started'),
  },
  {
    kind: 'step',
    number: 12,
    id: 'azure-mode-automatic',
    phase: 'connection',
    handling: 'automated',
    graphOperations: ['createSynchronizationJob'],
    illustration: azure(provisioning, 'Provisioning Mode: Automatic'),
  },
  {
    kind: 'step',
    number: 13,
    id: 'azure-tenant-url',
    phase: 'connection',
    handling: 'automated',
    graphOperations: [],
    illustration: azure([...provisioning, 'Admin Credentials'], 'Tenant URL'),
  },
  {
    kind: 'step',
    number: 14,
    id: 'azure-secret-token',
    phase: 'connection',
    handling: 'automated',
    graphOperations: [],
    illustration: azure([...provisioning, 'Admin Credentials'], 'Secret Token'),
  },
  {
    kind: 'step',
    number: 15,
    id: 'azure-test-connection',
    phase: 'connection',
    handling: 'automated',
    graphOperations: ['validateCredentials'],
    illustration: azure([...provisioning, 'Admin Credentials'], 'Test Connection'),
  },
  {
    kind: 'step',
    number: 16,
    id: 'azure-save-credentials',
    phase: 'connection',
    handling: 'automated',
    graphOperations: ['putSynchronizationSecrets'],
    illustration: azure(provisioning, 'Save'),
  },
  {
    kind: 'step',
    number: 17,
    id: 'azure-optional-mappings',
    phase: 'mappings',
    handling: 'automated',
    graphOperations: ['getSynchronizationSchema', 'putSynchronizationSchema'],
    illustration: azure([...provisioning, 'Mappings'], 'Provision Microsoft Entra ID Users'),
  },
  {
    kind: 'step',
    number: 18,
    id: 'azure-provisioning-on',
    phase: 'turnOn',
    handling: 'automated',
    graphOperations: ['startSynchronizationJob'],
    illustration: azure([...provisioning, 'Settings'], 'Provisioning Status: On'),
  },
  {
    kind: 'step',
    number: 19,
    id: 'azure-save-provisioning',
    phase: 'turnOn',
    handling: 'verified',
    graphOperations: ['getSynchronizationJob'],
    illustration: azure(provisioning, 'Save'),
  },
  {
    kind: 'step',
    number: 20,
    id: 'azure-assign-users',
    phase: 'assign',
    handling: 'automated',
    graphOperations: ['listUsers', 'listGroups', 'createAppRoleAssignment', 'batch'],
    illustration: azure([...entraApps, 'HelloID', 'Users and groups'], 'Add user/group'),
  },
  {
    kind: 'step',
    number: 21,
    id: 'azure-initial-cycle',
    phase: 'verify',
    handling: 'verified',
    graphOperations: ['getSynchronizationJob'],
    illustration: azure(provisioning, 'Initial cycle completed'),
  },
  {
    kind: 'tip',
    id: 'troubleshoot-one-user',
    phase: 'troubleshoot',
    handling: 'automated',
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
