import type { Prng } from '../core/prng'
import { seededGuid } from '../core/ids'
import { DEPARTMENTS, GIVEN_NAMES, JOB_TITLES, OFFICES, SURNAMES } from './names'
import { ROLE, ROLE_INFO } from './roles'
import type { Account, DirGroup, DirRole, DirUser, TenantSeed } from './types'

export interface DirectorySeed {
  contoso: TenantSeed
  fabrikam: TenantSeed
  accounts: Account[]
}

export const CONTOSO_DOMAIN = 'contoso.onmicrosoft.com'
export const FABRIKAM_DOMAIN = 'fabrikam.onmicrosoft.com'

/** Fixed "now-ish" creation times keep seeded data independent of when the run happens. */
const CREATED_BASE = Date.parse('2023-03-01T08:00:00Z')

function created(prng: Prng): string {
  return new Date(CREATED_BASE + prng.int(0, 600) * 86_400_000 + prng.int(0, 86_399) * 1000)
    .toISOString()
    .replace('.000Z', 'Z')
}

function blankUser(id: string, upn: string, displayName: string, createdAt: string): DirUser {
  const [given, ...rest] = displayName.split(' ')
  return {
    id,
    userPrincipalName: upn,
    displayName,
    givenName: given ?? null,
    surname: rest.length > 0 ? rest.join(' ') : null,
    mail: upn,
    mailNickname: upn.split('@')[0] ?? upn,
    jobTitle: null,
    department: null,
    officeLocation: null,
    mobilePhone: null,
    businessPhones: [],
    preferredLanguage: 'en-US',
    employeeId: null,
    managerId: null,
    userType: 'Member',
    accountEnabled: true,
    createdDateTime: createdAt,
    creationType: null,
    externalUserState: null,
    account: null,
  }
}

function role(prng: Prng, templateId: string, memberIds: string[]): DirRole {
  const info = ROLE_INFO[templateId] ?? { displayName: templateId, description: '' }
  return {
    id: seededGuid(prng),
    roleTemplateId: templateId,
    displayName: info.displayName,
    description: info.description,
    memberIds,
  }
}

/** Group names a customer may really use, each with characters that need escaping somewhere. */
export const awkwardGroupNames = [
  'Sales & Marketing',
  "O'Brien's Team",
  'R&D #1 ?',
  '100% Remote + Hybrid',
  'Équipe Zürich ✓',
  '営業部',
] as const

function group(
  prng: Prng,
  displayName: string,
  memberIds: string[],
  kind: 'security' | 'm365' = 'security',
  description: string | null = null,
): DirGroup {
  const nick = displayName.replace(/[^A-Za-z0-9]/g, '')
  return {
    id: seededGuid(prng),
    displayName,
    description,
    mailNickname: nick,
    mail: kind === 'm365' ? `${nick}@${CONTOSO_DOMAIN}` : null,
    mailEnabled: kind === 'm365',
    securityEnabled: kind === 'security',
    groupTypes: kind === 'm365' ? ['Unified'] : [],
    createdDateTime: created(prng),
    memberIds,
  }
}

/**
 * Builds both tenants from the seed. Contoso is the customer tenant (30 users, groups, roles);
 * Fabrikam is the guest admin's home tenant and the target of tenant-switch tests.
 */
export function buildDirectory(prng: Prng): DirectorySeed {
  const contosoId = seededGuid(prng)
  const fabrikamId = seededGuid(prng)

  // Fabrikam first: the guest admin's home object must exist before Contoso invites them.
  const fabrikamAdmin = blankUser(
    seededGuid(prng),
    `fabrikamadmin@${FABRIKAM_DOMAIN}`,
    'Isaiah Langer',
    created(prng),
  )
  fabrikamAdmin.account = 'fabrikamadmin'
  fabrikamAdmin.jobTitle = 'IT Director'
  const guestHome = blankUser(
    seededGuid(prng),
    `guestadmin@${FABRIKAM_DOMAIN}`,
    'Grady Archie',
    created(prng),
  )
  guestHome.account = 'guestadmin'
  guestHome.jobTitle = 'Identity Consultant'
  const fabrikamUsers: DirUser[] = [fabrikamAdmin, guestHome]
  for (const name of ['Pradeep Gupta', 'Joni Sherman', 'Lee Gu']) {
    const local = name.toLowerCase().replace(' ', '.')
    fabrikamUsers.push(blankUser(seededGuid(prng), `${local}@${FABRIKAM_DOMAIN}`, name, created(prng)))
  }
  const fabrikam: TenantSeed = {
    id: fabrikamId,
    displayName: 'Fabrikam',
    domain: FABRIKAM_DOMAIN,
    users: fabrikamUsers,
    groups: [group(prng, 'Fabrikam Consultants', [guestHome.id])],
    roles: [role(prng, ROLE.globalAdministrator, [fabrikamAdmin.id])],
    createdDateTime: created(prng),
  }

  const appAdmin = blankUser(seededGuid(prng), `appadmin@${CONTOSO_DOMAIN}`, 'Megan Bowen', created(prng))
  appAdmin.account = 'appadmin'
  appAdmin.jobTitle = 'Identity Engineer'
  appAdmin.department = 'Engineering'
  const globalAdmin = blankUser(
    seededGuid(prng),
    `globaladmin@${CONTOSO_DOMAIN}`,
    'Nestor Wilke',
    created(prng),
  )
  globalAdmin.account = 'globaladmin'
  globalAdmin.jobTitle = 'IT Director'
  globalAdmin.department = 'Operations'
  const plainUser = blankUser(seededGuid(prng), `user@${CONTOSO_DOMAIN}`, 'Lynne Robbins', created(prng))
  plainUser.account = 'user'
  plainUser.jobTitle = 'Account Manager'
  plainUser.department = 'Sales'
  const guest = blankUser(
    seededGuid(prng),
    `guestadmin_fabrikam.onmicrosoft.com#EXT#@${CONTOSO_DOMAIN}`,
    'Grady Archie (Fabrikam)',
    created(prng),
  )
  guest.account = 'guestadmin'
  guest.userType = 'Guest'
  guest.mail = guestHome.userPrincipalName
  guest.mailNickname = 'guestadmin_fabrikam.onmicrosoft.com#EXT#'
  guest.creationType = 'Invitation'
  guest.externalUserState = 'Accepted'

  const contosoUsers: DirUser[] = [appAdmin, globalAdmin, plainUser, guest]
  const given = prng.shuffle(GIVEN_NAMES)
  const sur = prng.shuffle(SURNAMES)
  const usedUpns = new Set(contosoUsers.map((u) => u.userPrincipalName.toLowerCase()))
  const staff: DirUser[] = []
  for (let i = 0; staff.length < 26; i++) {
    const first = given[i % given.length] as string
    const last = sur[(i * 7) % sur.length] as string
    const local = `${first}${last.replace(/[^A-Za-z]/g, '').slice(0, 1)}`
    const upn = `${local}@${CONTOSO_DOMAIN}`
    if (usedUpns.has(upn.toLowerCase())) continue
    usedUpns.add(upn.toLowerCase())
    const u = blankUser(seededGuid(prng), upn, `${first} ${last}`, created(prng))
    u.department = prng.pick(DEPARTMENTS)
    u.jobTitle = prng.pick(JOB_TITLES[u.department] ?? ['Employee'])
    u.officeLocation = prng.pick(OFFICES)
    u.businessPhones = [`+31 55 ${prng.int(100, 999)} ${prng.int(1000, 9999)}`]
    if (prng.chance(0.7)) u.employeeId = String(prng.int(10000, 99999))
    staff.push(u)
  }
  // Managers: the first staff member per department leads it; the global admin leads the leads.
  const leads = new Map<string, DirUser>()
  for (const u of staff) {
    const dept = u.department ?? ''
    const lead = leads.get(dept)
    if (!lead) {
      leads.set(dept, u)
      u.managerId = globalAdmin.id
    } else if (prng.chance(0.8)) u.managerId = lead.id
  }
  appAdmin.managerId = globalAdmin.id
  plainUser.managerId = leads.get('Sales')?.id ?? globalAdmin.id
  appAdmin.employeeId = String(prng.int(10000, 99999))
  plainUser.employeeId = String(prng.int(10000, 99999))
  contosoUsers.push(...staff)

  const contractors = staff.slice(20, 23)
  const helloIdDirect = [plainUser, ...staff.slice(0, 7)]
  const contractorsGroup = group(
    prng,
    'HelloID Contractors',
    contractors.map((u) => u.id),
    'security',
    'Contractors; nested in HelloID Users',
  )
  const helloIdUsers = group(
    prng,
    'HelloID Users',
    [...helloIdDirect.map((u) => u.id), contractorsGroup.id],
    'security',
    'People who sign in through HelloID',
  )
  const awkward = prng.fork('awkward-names')
  const groups: DirGroup[] = [
    helloIdUsers,
    contractorsGroup,
    group(
      prng,
      'Sales Team',
      staff.filter((u) => u.department === 'Sales').map((u) => u.id),
      'm365',
      'Sales department',
    ),
    group(
      prng,
      'Engineering',
      staff.filter((u) => u.department === 'Engineering').map((u) => u.id),
    ),
    group(
      prng,
      'Finance',
      staff.filter((u) => u.department === 'Finance').map((u) => u.id),
    ),
    group(
      prng,
      'All Company',
      contosoUsers.filter((u) => u.userType === 'Member').map((u) => u.id),
      'm365',
      'Everyone at Contoso',
    ),
    group(
      prng,
      'Helpdesk Operators',
      staff.filter((u) => u.department === 'Support').map((u) => u.id),
    ),
    // Real customers' names with characters that mean something in a URL or an OData literal. Their
    // own stream, so adding them shifts no other seeded value.
    ...awkwardGroupNames.map((name, i) =>
      group(
        awkward,
        name,
        staff.slice(8 + i, 9 + i).map((u) => u.id),
      ),
    ),
  ]

  // A shared front-desk account without a mailbox: `mail` is empty, as for accounts without Exchange.
  // Its own stream and in no group, so no other seeded value or membership moves.
  const frontDeskStream = prng.fork('no-mail')
  const frontDesk = blankUser(
    seededGuid(frontDeskStream),
    `frontdesk@${CONTOSO_DOMAIN}`,
    'Front Desk Kiosk',
    created(frontDeskStream),
  )
  frontDesk.mail = null
  contosoUsers.push(frontDesk)

  const contoso: TenantSeed = {
    id: contosoId,
    displayName: 'Contoso',
    domain: CONTOSO_DOMAIN,
    users: contosoUsers,
    groups,
    roles: [
      role(prng, ROLE.globalAdministrator, [globalAdmin.id]),
      role(prng, ROLE.applicationAdministrator, [appAdmin.id, guest.id]),
      role(prng, ROLE.userAdministrator, [staff[1]?.id ?? globalAdmin.id]),
      role(prng, ROLE.reportsReader, [staff[2]?.id ?? globalAdmin.id]),
    ],
    createdDateTime: created(prng),
  }

  const accounts: Account[] = [
    {
      name: 'appadmin',
      kind: 'work',
      displayName: appAdmin.displayName,
      username: appAdmin.userPrincipalName,
      homeTenantId: contosoId,
      homeObjectId: appAdmin.id,
    },
    {
      name: 'globaladmin',
      kind: 'work',
      displayName: globalAdmin.displayName,
      username: globalAdmin.userPrincipalName,
      homeTenantId: contosoId,
      homeObjectId: globalAdmin.id,
    },
    {
      name: 'user',
      kind: 'work',
      displayName: plainUser.displayName,
      username: plainUser.userPrincipalName,
      homeTenantId: contosoId,
      homeObjectId: plainUser.id,
    },
    {
      name: 'guestadmin',
      kind: 'work',
      displayName: guestHome.displayName,
      username: guestHome.userPrincipalName,
      homeTenantId: fabrikamId,
      homeObjectId: guestHome.id,
    },
    {
      name: 'fabrikamadmin',
      kind: 'work',
      displayName: fabrikamAdmin.displayName,
      username: fabrikamAdmin.userPrincipalName,
      homeTenantId: fabrikamId,
      homeObjectId: fabrikamAdmin.id,
    },
    {
      name: 'personal',
      kind: 'personal',
      displayName: 'Pat Personal',
      username: 'pat.personal@outlook.com',
      homeTenantId: null,
      homeObjectId: seededGuid(prng),
    },
  ]
  return { contoso, fabrikam, accounts }
}

/**
 * Extra Contoso members for load runs (`loadtest.user.0001@…`), drawn from their own stream so the
 * seeded tenant every other run sees stays the same.
 */
export function extraUsers(prng: Prng, count: number): DirUser[] {
  const users: DirUser[] = []
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(4, '0')
    const u = blankUser(
      seededGuid(prng),
      `loadtest.user.${n}@${CONTOSO_DOMAIN}`,
      `Load Test ${n}`,
      created(prng),
    )
    u.department = 'Load Test'
    users.push(u)
  }
  return users
}
