import { buttonWidth, type Control, type NavEntry, type ScreenSpec } from './spec'

/*
 * The screens a person sees while following the procedure by hand, drawn by us from the labels Microsoft and
 * HelloID document (no screenshots, no logos). Labels are the portals' own English words:
 * - The Microsoft Entra admin center (https://entra.microsoft.com) and its path "Entra ID > Enterprise apps >
 *   All applications": https://learn.microsoft.com/entra/identity/app-provisioning/configure-automatic-user-provisioning-portal
 *   and https://learn.microsoft.com/entra/identity/enterprise-apps/assign-user-or-group-access-portal
 * - Add a gallery app ("New application", "Browse Microsoft Entra Gallery", "Create"):
 *   https://learn.microsoft.com/entra/identity/enterprise-apps/add-application-portal
 * - Provisioning ("Provisioning Mode", "Admin Credentials", "Tenant URL", "Secret Token", "Test Connection",
 *   "Mappings", "Settings", "Provisioning Status"): the gallery provisioning tutorials, e.g.
 *   https://learn.microsoft.com/entra/identity/saas-apps/flock-provisioning-tutorial
 * - Assignments ("Add user/group", "None Selected", "Select a role", "Assign"):
 *   https://learn.microsoft.com/entra/identity/enterprise-apps/add-application-portal-assign-users
 * - "Provision on demand", "Provision", "Provisioning logs":
 *   https://learn.microsoft.com/entra/identity/app-provisioning/provision-on-demand
 * Example values (Contoso, Adele Vance) are Microsoft's own sample names, never a customer's.
 */

const exampleHelloIdUrl = 'https://contoso.helloid.com/…'

/** A command bar: actions side by side from `x`, each sized to its label. */
function commands(
  x: number,
  y: number,
  items: readonly Omit<Control & { kind: 'command' }, 'x' | 'y' | 'kind'>[],
): Control[] {
  let left = x
  return items.map((item) => {
    const control: Control = { kind: 'command', x: left, y, ...item }
    left += buttonWidth(item.label, item.icon) + 4
    return control
  })
}

const helloIdNav: readonly NavEntry[] = [
  { label: 'Dashboard' },
  { label: 'Directory', id: 'directory' },
  { label: 'Users', indent: true },
  { label: 'Groups', indent: true },
  { label: 'Azure AD', indent: true, selected: true, id: 'azureAd' },
  { label: 'Access Management' },
  { label: 'Service Automation' },
  { label: 'Provisioning' },
  { label: 'Reports' },
  { label: 'Settings' },
]

/** The enterprise app's own menu, with one entry selected. */
function appNav(selected: string): NavEntry[] {
  return [
    { label: 'Overview' },
    { label: 'Deployment Plan' },
    { label: 'Diagnose and solve problems' },
    { label: 'Manage', section: true },
    { label: 'Properties' },
    { label: 'Owners' },
    { label: 'Roles and administrators' },
    { label: 'Users and groups', id: 'usersAndGroups' },
    { label: 'Single sign-on' },
    { label: 'Provisioning', id: 'provisioning' },
    { label: 'Self-service' },
    { label: 'Custom security attributes' },
  ].map((entry) => ({ ...entry, selected: entry.label === selected }))
}

/** The app's Provisioning menu, with one entry selected. */
function provisioningNav(selected: string): NavEntry[] {
  return [
    { label: 'Overview' },
    { label: 'Manage', section: true },
    { label: 'Provisioning' },
    { label: 'Users and groups' },
    { label: 'Expression builder' },
    { label: 'Provision on demand', id: 'onDemand' },
    { label: 'Monitor', section: true },
    { label: 'Provisioning logs', id: 'logs' },
    { label: 'Audit logs' },
    { label: 'Insights' },
  ].map((entry) => ({ ...entry, selected: entry.label === selected }))
}

const appsCrumbs = ['Home', 'Entra ID', 'Enterprise apps', 'All applications']
const appCrumbs = ['Home', 'Entra ID', 'Enterprise apps', 'HelloID']

const galleryControls: Control[] = [
  ...commands(20, 98, [{ label: 'Create your own application', icon: 'plus' }]),
  {
    kind: 'search',
    id: 'search',
    x: 20,
    y: 138,
    w: 340,
    value: 'HelloID',
    placeholder: 'Search application',
  },
  { kind: 'text', x: 20, y: 196, label: 'Showing 1 of 1 result', size: 12, tone: 'muted' },
  {
    kind: 'tile',
    id: 'helloidTile',
    x: 20,
    y: 210,
    w: 210,
    h: 96,
    initials: 'H',
    label: 'HelloID',
    note: 'Provisioning supported',
  },
]

/** The Provisioning page (the classic configuration view): Save and Discard, mode, and its sections. */
function provisioningPage(open: 'credentials' | 'mappings' | 'settings'): Control[] {
  const top: Control[] = [
    ...commands(20, 98, [
      { label: 'Save', icon: 'save', id: 'save' },
      { label: 'Discard', icon: 'discard' },
    ]),
    { kind: 'dropdown', id: 'mode', x: 20, y: 128, w: 300, label: 'Provisioning Mode', value: 'Automatic' },
  ]
  if (open === 'credentials') {
    return [
      ...top,
      {
        kind: 'section',
        id: 'adminCredentials',
        x: 20,
        y: 184,
        w: 680,
        label: 'Admin Credentials',
        open: true,
      },
      {
        kind: 'field',
        id: 'tenantUrl',
        x: 40,
        y: 212,
        w: 420,
        label: 'Tenant URL',
        value: exampleHelloIdUrl,
        required: true,
      },
      { kind: 'field', id: 'secretToken', x: 40, y: 264, w: 420, label: 'Secret Token', masked: true },
      { kind: 'button', id: 'testConnection', x: 40, y: 320, label: 'Test Connection' },
      { kind: 'section', x: 20, y: 360, w: 680, label: 'Mappings', open: false },
    ]
  }
  const closedCredentials: Control = {
    kind: 'section',
    x: 20,
    y: 184,
    w: 680,
    label: 'Admin Credentials',
    open: false,
  }
  if (open === 'mappings') {
    return [
      ...top,
      closedCredentials,
      { kind: 'section', x: 20, y: 214, w: 680, label: 'Mappings', open: true },
      {
        kind: 'text',
        id: 'usersMapping',
        x: 40,
        y: 260,
        label: 'Provision Microsoft Entra ID Users',
        tone: 'link',
      },
      { kind: 'text', x: 40, y: 286, label: 'Provision Microsoft Entra ID Groups', tone: 'link' },
      { kind: 'section', x: 20, y: 306, w: 680, label: 'Settings', open: false },
    ]
  }
  return [
    ...top,
    closedCredentials,
    { kind: 'section', x: 20, y: 214, w: 680, label: 'Mappings', open: false },
    { kind: 'section', id: 'settings', x: 20, y: 244, w: 680, label: 'Settings', open: true },
    { kind: 'dropdown', x: 40, y: 272, w: 320, label: 'Scope', value: 'Sync only assigned users and groups' },
    { kind: 'toggle', id: 'statusOn', x: 40, y: 330, label: 'Provisioning Status', on: true },
  ]
}

/** Every drawn screen, by name. */
export const screens = {
  helloidAzureAd: {
    portal: 'helloid',
    crumbs: ['Directory', 'Azure AD'],
    title: 'Azure AD',
    nav: helloIdNav,
    controls: [
      { kind: 'button', id: 'newSecret', x: 190, y: 108, label: 'New Secret', primary: true, icon: 'key' },
      { kind: 'field', x: 190, y: 158, w: 400, label: 'URL', value: exampleHelloIdUrl, copyId: 'urlCopy' },
      { kind: 'field', x: 190, y: 222, w: 400, label: 'Secret', masked: true, copyId: 'secretCopy' },
    ],
  },
  signIn: {
    portal: 'signin',
    crumbs: ['https://entra.microsoft.com'],
    title: '',
    controls: [
      { kind: 'pane', x: 210, y: 96, w: 300, h: 210, title: 'Sign in' },
      {
        kind: 'field',
        id: 'account',
        x: 232,
        y: 150,
        w: 256,
        label: '',
        placeholder: 'Email, phone, or Skype',
      },
      { kind: 'button', id: 'next', x: 424, y: 258, label: 'Next', primary: true },
    ],
  },
  // The admin center's home: Entra ID is a group of the left menu (the Azure portal's "Azure services" tile
  // is the older way there).
  azureHome: {
    portal: 'azure',
    crumbs: ['Home'],
    title: 'Home',
    nav: [{ label: 'Home', selected: true }, { label: 'Favorites' }, { label: 'Entra ID', id: 'entraId' }],
    controls: [
      { kind: 'text', x: 190, y: 122, label: 'Contoso', size: 15, weight: 'bold' },
      {
        kind: 'table',
        x: 190,
        y: 134,
        w: 510,
        columns: ['', ''],
        rows: [
          ['Primary domain', 'contoso.onmicrosoft.com'],
          ['License', 'Microsoft Entra ID P1'],
        ],
      },
    ],
  },
  entraOverview: {
    portal: 'azure',
    crumbs: ['Home', 'Entra ID'],
    title: 'Overview',
    nav: [
      { label: 'Entra ID', section: true },
      { label: 'Overview', selected: true },
      { label: 'Users' },
      { label: 'Groups' },
      { label: 'Devices' },
      { label: 'Enterprise apps', id: 'enterpriseApps' },
      { label: 'App registrations' },
    ],
    controls: [
      { kind: 'text', x: 190, y: 122, label: 'Basic information', size: 15, weight: 'bold' },
      {
        kind: 'table',
        x: 190,
        y: 134,
        w: 510,
        columns: ['', ''],
        rows: [
          ['Name', 'Contoso'],
          ['Primary domain', 'contoso.onmicrosoft.com'],
          ['License', 'Microsoft Entra ID P1'],
        ],
      },
    ],
  },
  enterpriseApps: {
    portal: 'azure',
    crumbs: ['Home', 'Entra ID', 'Enterprise apps'],
    title: 'Enterprise applications | All applications',
    nav: [
      { label: 'Overview' },
      { label: 'Manage', section: true },
      { label: 'All applications', selected: true },
      { label: 'Application proxy' },
      { label: 'User settings' },
      { label: 'App launchers' },
      { label: 'Security', section: true },
      { label: 'Conditional Access' },
      { label: 'Consent and permissions' },
    ],
    controls: [
      ...commands(190, 98, [
        { label: 'New application', icon: 'plus', id: 'newApplication' },
        { label: 'Refresh', icon: 'refresh' },
      ]),
      { kind: 'search', x: 190, y: 134, w: 320, placeholder: 'Search by application name or object ID' },
      {
        kind: 'table',
        x: 190,
        y: 176,
        w: 510,
        columns: ['Name', 'Object ID', 'Application ID'],
        rows: [
          ['Contoso Portal', '1f2e…', '9a8b…'],
          ['Contoso HR', '3c4d…', '7e6f…'],
        ],
      },
    ],
  },
  gallery: {
    portal: 'azure',
    crumbs: appsCrumbs,
    title: 'Browse Microsoft Entra Gallery',
    controls: galleryControls,
  },
  createApp: {
    portal: 'azure',
    crumbs: appsCrumbs,
    title: 'Browse Microsoft Entra Gallery',
    controls: [
      ...galleryControls,
      { kind: 'shade', x: 0, y: 34, w: 400, h: 366 },
      { kind: 'pane', x: 400, y: 34, w: 320, h: 366, title: 'HelloID' },
      { kind: 'field', id: 'name', x: 420, y: 96, w: 270, label: 'Name', value: 'HelloID', required: true },
      { kind: 'lines', x: 420, y: 170, w: 260, count: 3 },
      { kind: 'button', id: 'create', x: 420, y: 352, label: 'Create', primary: true },
    ],
  },
  appOverview: {
    portal: 'azure',
    crumbs: appsCrumbs,
    title: 'HelloID | Overview',
    nav: appNav('Overview'),
    controls: [
      { kind: 'text', x: 190, y: 122, label: 'Getting Started', size: 15, weight: 'bold' },
      { kind: 'tile', x: 190, y: 136, w: 160, h: 90, initials: '1', label: 'Assign users and groups' },
      { kind: 'tile', x: 362, y: 136, w: 160, h: 90, initials: '2', label: 'Set up single sign on' },
      { kind: 'tile', x: 534, y: 136, w: 160, h: 90, initials: '3', label: 'Provision User Accounts' },
    ],
  },
  provisioningStart: {
    portal: 'azure',
    crumbs: appCrumbs,
    title: 'HelloID | Provisioning',
    nav: appNav('Provisioning'),
    controls: [
      { kind: 'lines', x: 190, y: 126, w: 400, count: 3 },
      { kind: 'button', id: 'getStarted', x: 190, y: 200, label: 'Get started', primary: true },
    ],
  },
  credentials: {
    portal: 'azure',
    crumbs: [...appCrumbs, 'HelloID | Provisioning'],
    title: 'Provisioning',
    controls: provisioningPage('credentials'),
  },
  credentialsTested: {
    portal: 'azure',
    crumbs: [...appCrumbs, 'HelloID | Provisioning'],
    title: 'Provisioning',
    controls: [
      ...provisioningPage('credentials'),
      {
        kind: 'toast',
        id: 'notification',
        x: 366,
        y: 42,
        w: 344,
        title: 'Testing connection to HelloID',
        body: 'The supplied credentials are authorized to enable provisioning',
      },
    ],
  },
  mappings: {
    portal: 'azure',
    crumbs: [...appCrumbs, 'HelloID | Provisioning'],
    title: 'Provisioning',
    controls: [
      ...provisioningPage('mappings'),
      { kind: 'shade', x: 0, y: 34, w: 380, h: 366 },
      { kind: 'pane', x: 380, y: 34, w: 340, h: 366, title: 'Attribute Mapping' },
      ...commands(396, 80, [
        { label: 'Save', icon: 'save', id: 'saveMapping' },
        { label: 'Discard', icon: 'discard' },
      ]),
      {
        kind: 'table',
        x: 396,
        y: 120,
        w: 310,
        columns: ['Entra ID attribute', 'HelloID attribute'],
        rows: [
          ['userPrincipalName', 'userName'],
          ['displayName', 'displayName'],
          ['mail', 'emails[type eq "work"]…'],
          ['employeeId', 'employeeId'],
        ],
      },
      { kind: 'text', id: 'addMapping', x: 396, y: 274, label: 'Add New Mapping', tone: 'link' },
    ],
  },
  settings: {
    portal: 'azure',
    crumbs: [...appCrumbs, 'HelloID | Provisioning'],
    title: 'Provisioning',
    controls: provisioningPage('settings'),
  },
  usersAndGroups: {
    portal: 'azure',
    crumbs: appCrumbs,
    title: 'HelloID | Users and groups',
    nav: appNav('Users and groups'),
    controls: [
      ...commands(190, 98, [{ label: 'Add user/group', icon: 'plus', id: 'addUserGroup' }]),
      {
        kind: 'table',
        x: 190,
        y: 136,
        w: 220,
        columns: ['Display Name', 'Role assigned'],
        rows: [
          ['Adele Vance', 'User'],
          ['HelloID users', 'User'],
        ],
      },
      { kind: 'shade', x: 0, y: 34, w: 430, h: 366 },
      { kind: 'pane', x: 430, y: 34, w: 290, h: 366, title: 'Add Assignment' },
      { kind: 'text', x: 448, y: 104, label: 'Users and groups', weight: 'bold' },
      { kind: 'text', id: 'usersNoneSelected', x: 448, y: 128, label: 'None Selected', tone: 'link' },
      { kind: 'text', x: 448, y: 170, label: 'Select a role', weight: 'bold' },
      { kind: 'text', id: 'selectRole', x: 448, y: 194, label: 'User', tone: 'link' },
      { kind: 'button', id: 'assign', x: 448, y: 352, label: 'Assign', primary: true },
    ],
  },
  provisioningOverview: {
    portal: 'azure',
    crumbs: appCrumbs,
    title: 'HelloID | Provisioning',
    nav: provisioningNav('Overview'),
    controls: [
      ...commands(190, 98, [
        { label: 'Restart provisioning', icon: 'play' },
        { label: 'Provision on demand', icon: 'upload' },
        { label: 'Refresh', icon: 'refresh', id: 'refresh' },
      ]),
      { kind: 'text', x: 190, y: 150, label: 'Current cycle status', weight: 'bold' },
      { kind: 'text', id: 'status', x: 190, y: 174, label: 'Initial cycle completed.', tone: 'success' },
      { kind: 'progress', x: 190, y: 186, w: 300, label: '100% complete', percent: 100 },
      { kind: 'stat', id: 'users', x: 190, y: 232, label: 'Users', value: '12' },
      { kind: 'stat', x: 270, y: 232, label: 'Groups', value: '3' },
      { kind: 'text', x: 190, y: 306, label: 'View provisioning logs', tone: 'link' },
    ],
  },
  onDemand: {
    portal: 'azure',
    crumbs: [...appCrumbs, 'HelloID | Provisioning'],
    title: 'Provision on demand',
    nav: provisioningNav('Provision on demand'),
    controls: [
      { kind: 'text', x: 190, y: 122, label: 'Selected user', weight: 'bold' },
      {
        kind: 'search',
        id: 'searchUser',
        x: 190,
        y: 132,
        w: 330,
        value: 'Adele Vance',
        placeholder: 'Search for a user',
      },
      {
        kind: 'table',
        x: 190,
        y: 176,
        w: 510,
        columns: ['Step', 'Result'],
        rows: [
          ['Import user', 'Success · View details'],
          ['Determine if user is in scope', 'Success · View details'],
          ['Match user between source and target system', 'Success · View details'],
          ['Perform action', 'Success · View details'],
        ],
      },
      { kind: 'button', id: 'provision', x: 190, y: 352, label: 'Provision', primary: true },
    ],
  },
} satisfies Record<string, ScreenSpec>

/** The name of one drawn screen. */
export type ScreenName = keyof typeof screens
