/** Directory data of a simulated tenant: the part that exists before anyone runs the wizard. */
export interface DirUser {
  id: string
  userPrincipalName: string
  displayName: string
  givenName: string | null
  surname: string | null
  mail: string | null
  mailNickname: string
  jobTitle: string | null
  department: string | null
  officeLocation: string | null
  mobilePhone: string | null
  businessPhones: string[]
  preferredLanguage: string | null
  employeeId: string | null
  managerId: string | null
  userType: 'Member' | 'Guest'
  accountEnabled: boolean
  createdDateTime: string
  creationType: string | null
  externalUserState: string | null
  /** Sign-in account name ("appadmin") when this object is one of the test accounts. */
  account: string | null
}

export interface DirGroup {
  id: string
  displayName: string
  description: string | null
  mailNickname: string
  mail: string | null
  mailEnabled: boolean
  securityEnabled: boolean
  groupTypes: string[]
  createdDateTime: string
  /** Direct members: user ids and group ids (nesting). */
  memberIds: string[]
}

export interface DirRole {
  /** Per-tenant directoryRole object id. */
  id: string
  roleTemplateId: string
  displayName: string
  description: string
  memberIds: string[]
}

export interface TenantSeed {
  id: string
  displayName: string
  domain: string
  users: DirUser[]
  groups: DirGroup[]
  roles: DirRole[]
  createdDateTime: string
}

export type AccountKind = 'work' | 'personal'

/** Something a person can sign in as; work accounts live in a home tenant and maybe as guests elsewhere. */
export interface Account {
  name: string
  kind: AccountKind
  displayName: string
  /** What the person types at the sign-in page. */
  username: string
  homeTenantId: string | null
  homeObjectId: string
}
