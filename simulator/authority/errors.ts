import { stsTimestamp } from '../core/clock'
import { randomGuid } from '../core/ids'
import type { StsError } from '../state/auth-store'

export type { StsError }

export interface StsErrorBody {
  error: string
  error_description: string
  error_codes: number[]
  timestamp: string
  trace_id: string
  correlation_id: string
  error_uri: string
  suberror?: string
}

/** JSON body in Entra's shape; the description ends with trace/correlation/timestamp lines. */
export function stsErrorBody(
  err: StsError,
  nowMs: number,
  correlationId: string | undefined,
  authorityOrigin: string,
): StsErrorBody {
  const traceId = randomGuid()
  const corr = correlationId ?? randomGuid()
  const ts = stsTimestamp(nowMs)
  const body: StsErrorBody = {
    error: err.error,
    error_description: `AADSTS${err.code}: ${err.message} Trace ID: ${traceId} Correlation ID: ${corr} Timestamp: ${ts}`,
    error_codes: [err.code],
    timestamp: ts,
    trace_id: traceId,
    correlation_id: corr,
    error_uri: `${authorityOrigin}/error?code=${err.code}`,
  }
  if (err.suberror !== undefined) body.suberror = err.suberror
  return body
}

export const sts = {
  tenantNotFound: (tenant: string): StsError => ({
    error: 'invalid_tenant',
    code: 90002,
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
  }),
  missingParameter: (name: string): StsError => ({
    error: 'invalid_request',
    code: 900144,
    message: `The request body must contain the following parameter: '${name}'.`,
  }),
  unknownClient: (clientId: string, tenantName: string): StsError => ({
    error: 'unauthorized_client',
    code: 700016,
    message: `Application with identifier '${clientId}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  badRedirect: (redirectUri: string, clientId: string): StsError => ({
    error: 'invalid_request',
    code: 50011,
    message: `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.`,
  }),
  unsupportedResponseType: (): StsError => ({
    error: 'unsupported_response_type',
    code: 700054,
    message: "response_type 'id_token' is not enabled for the application.",
  }),
  invalidScope: (scope: string): StsError => ({
    error: 'invalid_scope',
    code: 70011,
    message: `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
  }),
  consentRequired: (clientId: string, appName: string): StsError => ({
    error: 'invalid_grant',
    code: 65001,
    suberror: 'consent_required',
    message: `The user or administrator has not consented to use the application with ID '${clientId}' named '${appName}'. Send an interactive authorization request for this user and resource.`,
  }),
  userDeclined: (): StsError => ({
    error: 'access_denied',
    code: 65004,
    message: 'User declined to consent to access the app.',
  }),
  userCancelled: (): StsError => ({
    error: 'access_denied',
    code: 65004,
    suberror: 'cancel',
    message: 'User declined to consent to access the app.',
  }),
  /** The authorize-endpoint flavour of 65001 (the token endpoint uses invalid_grant + suberror). */
  consentRequiredAtAuthorize: (clientId: string, appName: string): StsError => ({
    error: 'consent_required',
    code: 65001,
    message: `The user or administrator has not consented to use the application with ID '${clientId}' named '${appName}'. Send an interactive authorization request for this user and resource.`,
  }),
  personalAccount: (username: string): StsError => ({
    error: 'invalid_request',
    code: 500200,
    message: `User account '${username}' is a personal Microsoft account. Personal Microsoft accounts are not supported for this application unless explicitly invited to an organization. Try signing out and signing back in with an organizational account.`,
  }),
  userNotInTenant: (username: string, idp: string, tenantName: string, clientId: string): StsError => ({
    error: 'invalid_request',
    code: 50020,
    message: `User account '${username}' from identity provider '${idp}' does not exist in tenant '${tenantName}' and cannot access the application '${clientId}' in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.`,
  }),
  unknownUser: (username: string): StsError => ({
    error: 'invalid_request',
    code: 50034,
    message: `The user account ${username} does not exist in the directory. To sign into this application, the account must be added to the directory.`,
  }),
  unsupportedGrant: (grant: string): StsError => ({
    error: 'unsupported_grant_type',
    code: 70003,
    message: `The app requested an unsupported grant type '${grant}'.`,
  }),
  invalidGrant: (): StsError => ({
    error: 'invalid_grant',
    code: 70000,
    message: 'Provided grant is invalid or malformed.',
  }),
  codeRedeemed: (): StsError => ({
    error: 'invalid_grant',
    code: 54005,
    message:
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  }),
  codeExpired: (): StsError => ({
    error: 'invalid_grant',
    code: 70008,
    message:
      'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
  }),
  redirectMismatch: (): StsError => ({
    error: 'invalid_grant',
    code: 70000,
    message:
      "The provided value for the 'redirect_uri' is not valid. The value must exactly match the redirect URI used to obtain the authorization code.",
  }),
  pkceMismatch: (): StsError => ({
    error: 'invalid_grant',
    code: 501481,
    message: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  }),
  pkceMissing: (): StsError => ({
    error: 'invalid_request',
    code: 50148,
    message:
      'The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.',
  }),
  clientMismatch: (): StsError => ({
    error: 'invalid_grant',
    code: 70000,
    message:
      "The provided value for the input parameter 'client_id' does not match the client the grant was issued to.",
  }),
  authorizationPending: (): StsError => ({
    error: 'authorization_pending',
    code: 70016,
    message: 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
  }),
  deviceCodeExpired: (): StsError => ({
    error: 'expired_token',
    code: 70019,
    message: 'Verification code expired.',
  }),
  deviceDeclined: (): StsError => ({
    error: 'authorization_declined',
    code: 70000,
    message: 'The user declined the authorization request.',
  }),
  conditionalAccessBlocked: (): StsError => ({
    error: 'invalid_grant',
    code: 53003,
    suberror: 'message_only',
    message:
      'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  }),
  refreshExpired: (): StsError => ({
    error: 'invalid_grant',
    code: 700082,
    message: 'The refresh token has expired due to inactivity.',
  }),
}
