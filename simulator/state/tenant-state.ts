import type { License } from '../tenant/skus'
import type { DirGroup, DirRole, DirUser, TenantSeed } from '../tenant/types'
import { DEFAULT_USER_ROLE_TEMPLATE } from '../tenant/roles'
import type {
  ApplicationObj,
  AssignmentObj,
  DeletedItem,
  ProvisioningLogEntry,
  ServicePrincipalObj,
} from './objects'

/** One directory: seeded users/groups/roles plus everything created through Graph. */
export class TenantState {
  readonly id: string
  readonly displayName: string
  readonly domain: string
  readonly createdDateTime: string
  readonly users = new Map<string, DirUser>()
  readonly groups = new Map<string, DirGroup>()
  readonly roles: DirRole[]
  readonly applications = new Map<string, ApplicationObj>()
  readonly servicePrincipals = new Map<string, ServicePrincipalObj>()
  readonly assignments = new Map<string, AssignmentObj>()
  /** Deleted applications and service principals, by object id (see {@link DeletedItem}). */
  readonly deletedItems = new Map<string, DeletedItem>()
  readonly provisioningLogs: ProvisioningLogEntry[] = []
  /** Tenant-wide (admin) consent per client id. */
  readonly adminConsent = new Map<string, Set<string>>()
  /** Per-user consent, keyed `${userId}|${clientId}`. */
  readonly userConsent = new Map<string, Set<string>>()
  license: License

  constructor(seed: TenantSeed, license: License) {
    this.id = seed.id
    this.displayName = seed.displayName
    this.domain = seed.domain
    this.createdDateTime = seed.createdDateTime
    for (const u of seed.users) this.users.set(u.id, { ...u, businessPhones: [...u.businessPhones] })
    for (const g of seed.groups)
      this.groups.set(g.id, { ...g, memberIds: [...g.memberIds], groupTypes: [...g.groupTypes] })
    this.roles = seed.roles.map((r) => ({ ...r, memberIds: [...r.memberIds] }))
    this.license = license
  }

  /** Active role template ids of a user (what Graph enforces and what goes into `wids`). */
  roleTemplatesOf(userId: string): string[] {
    return this.roles.filter((r) => r.memberIds.includes(userId)).map((r) => r.roleTemplateId)
  }

  widsOf(userId: string): string[] {
    const user = this.users.get(userId)
    const roles = this.roleTemplatesOf(userId)
    return user?.userType === 'Member' ? [...roles, DEFAULT_USER_ROLE_TEMPLATE] : roles
  }

  userByAccount(account: string): DirUser | undefined {
    for (const u of this.users.values()) if (u.account === account) return u
    return undefined
  }

  /** Looks a user up by object id or UPN (Graph accepts both in /users/{id}). */
  findUser(idOrUpn: string): DirUser | undefined {
    const byId = this.users.get(idOrUpn.toLowerCase()) ?? this.users.get(idOrUpn)
    if (byId) return byId
    const lower = idOrUpn.toLowerCase()
    for (const u of this.users.values()) if (u.userPrincipalName.toLowerCase() === lower) return u
    return undefined
  }
}
