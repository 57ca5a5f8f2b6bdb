import { parse, Tester, type Filter } from 'scim2-parse-filter'

export const SCHEMA = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  enterpriseUser: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  list: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  patch: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
} as const

/** SCIM string comparisons are case-insensitive unless an attribute is caseExact (userName is not). */
class CaseInsensitiveTester extends Tester {
  override eq(r: unknown, v: string | number | boolean | null): boolean {
    if (typeof r === 'string' && typeof v === 'string') return r.toLowerCase() === v.toLowerCase()
    return r === v
  }
}

const tester = new CaseInsensitiveTester()

export function parseScimFilter(raw: string): Filter | undefined {
  try {
    return parse(raw)
  } catch {
    return undefined
  }
}

export function matchesFilter(resource: Record<string, unknown>, filter: Filter): boolean {
  return tester.test(resource, filter)
}

export function scimError(status: number, detail: string, scimType?: string): Record<string, unknown> {
  return {
    schemas: [SCHEMA.error],
    status: String(status),
    ...(scimType !== undefined ? { scimType } : {}),
    detail,
  }
}

export const SERVICE_PROVIDER_CONFIG = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
  documentationUri: 'https://docs.helloid.com/',
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: 200 },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: false },
  authenticationSchemes: [
    {
      type: 'oauthbearertoken',
      name: 'OAuth Bearer Token',
      description: 'Authentication scheme using the OAuth Bearer Token Standard',
      primary: true,
    },
  ],
  meta: { resourceType: 'ServiceProviderConfig', location: '/ServiceProviderConfig' },
}
