import { AuthError, InteractionRequiredAuthError } from '@azure/msal-node'

import type { ErrorCode } from '../../../shared/errors'
import { errorOf, msg, type MessageKey } from '../../../shared/i18n/message'
import type { AppError } from '../../../shared/result'

/**
 * AADSTS codes that mean something specific to the person signing in: the error code (its message and next
 * action), and what exactly happened when the code's own message is too general.
 */
const aadstsMeaning: Record<string, { code: ErrorCode; words?: MessageKey }> = {
  '65001': { code: 'CONSENT_REQUIRED' },
  '65004': { code: 'SIGNIN_CANCELLED', words: 'problems.signIn.consentDeclined' },
  '50020': { code: 'PERSONAL_ACCOUNT', words: 'problems.signIn.otherOrganisation' },
  '500200': { code: 'PERSONAL_ACCOUNT' },
  '53003': { code: 'CONDITIONAL_ACCESS_BLOCKED', words: 'problems.signIn.codeBlocked' },
  '50199': { code: 'CONDITIONAL_ACCESS_BLOCKED', words: 'problems.signIn.extraConfirmation' },
  // The client id is not an application in this tenant's cloud (a typo, a registration deleted, or a
  // single-tenant registration of another tenant).
  '700016': { code: 'APP_REGISTRATION_NOT_FOUND' },
  // The tenant disabled the client's service principal.
  // https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/error-code-aadsts7000112-application-is-disabled
  '7000112': { code: 'APP_REGISTRATION_BLOCKED', words: 'problems.signIn.appDisabled' },
  // The client's enterprise application requires assignment and this account is not assigned.
  '50105': { code: 'APP_REGISTRATION_BLOCKED', words: 'problems.signIn.assignmentRequired' },
  '90002': { code: 'WRONG_CLOUD', words: 'problems.signIn.tenantNotInCloud' },
  '900023': { code: 'INVALID_INPUT', words: 'problems.signIn.tenantInvalid' },
  '700082': { code: 'INTERACTION_REQUIRED', words: 'problems.signIn.idleExpired' },
  '50173': { code: 'INTERACTION_REQUIRED', words: 'problems.signIn.noLongerValid' },
  '70043': { code: 'INTERACTION_REQUIRED', words: 'problems.signIn.policyReauth' },
  '70016': { code: 'SIGNIN_CANCELLED', words: 'problems.signIn.codeNotUsed' },
  '70019': { code: 'DEVICE_CODE_EXPIRED' },
}

function aadstsCodeOf(text: string): string | undefined {
  return /AADSTS(\d{5,7})/.exec(text)?.[1]
}

/**
 * Turns anything MSAL throws into a plain-words error with the next action. Raw MSAL text is kept in
 * `details.reason` (tokens never appear in MSAL error messages) for the log and support.
 */
export function classifyAuthError(error: unknown): AppError {
  const text =
    error instanceof Error ? `${error.message} ${(error as AuthError).errorCode ?? ''}` : String(error)
  const details = { reason: text.slice(0, 500) }
  const aadsts = aadstsCodeOf(text)
  const known = aadsts ? aadstsMeaning[aadsts] : undefined
  if (known) return errorOf(known.code, known.words && msg(known.words), { ...details, aadsts })
  const errorCode = error instanceof AuthError ? error.errorCode : ''
  if (/consent_required/.test(text)) return errorOf('CONSENT_REQUIRED', undefined, details)
  if (errorCode === 'access_denied' || /access_denied|user_cancel|cancelled/i.test(text))
    return errorOf('SIGNIN_CANCELLED', undefined, details)
  if (/expired_token|code_expired|device code expired/i.test(text))
    return errorOf('DEVICE_CODE_EXPIRED', undefined, details)
  // A refresh token the service no longer accepts (expired, revoked): MSAL reports a plain ServerError.
  if (error instanceof InteractionRequiredAuthError || errorCode === 'invalid_grant')
    return errorOf('INTERACTION_REQUIRED', msg('problems.signIn.cannotRenew'), details)
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|network_error|ECONNRESET/i.test(text))
    return errorOf('NETWORK_ERROR', msg('problems.signIn.unreachable'), details)
  return errorOf('INTERNAL', msg('problems.signIn.unexpected'), details)
}
