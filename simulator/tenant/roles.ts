/** Directory role templates (ids are the same in every tenant). */
export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  hybridIdentityAdministrator: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  securityOperator: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
} as const

/** Every member has this in `wids` (the implicit "User" role). */
export const DEFAULT_USER_ROLE_TEMPLATE = 'b79fbf4d-3ef9-4689-8143-76b194e85509'

export const ROLE_INFO: Record<string, { displayName: string; description: string }> = {
  [ROLE.globalAdministrator]: {
    displayName: 'Global Administrator',
    description:
      'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
  },
  [ROLE.applicationAdministrator]: {
    displayName: 'Application Administrator',
    description: 'Can create and manage all aspects of app registrations and enterprise apps.',
  },
  [ROLE.cloudApplicationAdministrator]: {
    displayName: 'Cloud Application Administrator',
    description:
      'Can create and manage all aspects of app registrations and enterprise apps except App Proxy.',
  },
  [ROLE.privilegedRoleAdministrator]: {
    displayName: 'Privileged Role Administrator',
    description:
      'Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.',
  },
  [ROLE.reportsReader]: { displayName: 'Reports Reader', description: 'Can read sign-in and audit reports.' },
  [ROLE.globalReader]: {
    displayName: 'Global Reader',
    description: 'Can read everything that a Global Administrator can, but not update anything.',
  },
  [ROLE.userAdministrator]: {
    displayName: 'User Administrator',
    description:
      'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
  },
}

/** Who may instantiate apps, run synchronization APIs and assign app roles. */
export const APP_ADMIN_ROLES: readonly string[] = [
  ROLE.globalAdministrator,
  ROLE.applicationAdministrator,
  ROLE.cloudApplicationAdministrator,
]

/** Who may read provisioning logs. */
export const LOG_READER_ROLES: readonly string[] = [
  ROLE.globalAdministrator,
  ROLE.applicationAdministrator,
  ROLE.cloudApplicationAdministrator,
  ROLE.reportsReader,
  ROLE.securityReader,
  ROLE.securityOperator,
  ROLE.securityAdministrator,
  ROLE.globalReader,
]

/** Roles that may grant tenant-wide consent to delegated permissions. */
export const CONSENT_ADMIN_ROLES: readonly string[] = [...APP_ADMIN_ROLES, ROLE.privilegedRoleAdministrator]
