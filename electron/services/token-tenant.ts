import { errorTable } from '../../shared/errors'
import { fail, ok, type Result } from '../../shared/result'

/**
 * Reads the claims of a JWT without verifying it. Only used to compare the tenant of a token we already
 * received from MSAL with the customer's tenant; never for trust decisions about the token itself.
 */
export function readJwtClaims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1]
  if (!payload) return null
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** Refuses a token whose tenant is not the customer's: the last check before any write to a tenant. */
export function checkTokenTenant(accessToken: string, customerTenantId: string): Result<true> {
  const tid = readJwtClaims(accessToken)?.tid
  if (typeof tid !== 'string' || tid.toLowerCase() !== customerTenantId.toLowerCase()) {
    return fail({
      code: 'WRONG_TENANT',
      message: errorTable.WRONG_TENANT,
      details: { expectedTenantId: customerTenantId, tokenTenantId: typeof tid === 'string' ? tid : null },
    })
  }
  return ok(true)
}
