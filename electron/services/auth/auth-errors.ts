import { AuthError, InteractionRequiredAuthError } from '@azure/msal-node'

import type { ErrorCode } from '../../../shared/errors'
import type { AppError } from '../../../shared/result'

/** AADSTS codes that mean something specific to the person signing in. */
const aadstsMeaning: Record<string, { code: ErrorCode; message: string }> = {
  '65001': {
    code: 'CONSENT_REQUIRED',
    message:
      'This tenant has not approved the assistant yet. A Global Administrator, Privileged Role Administrator, Application Administrator or Cloud Application Administrator can approve it: sign in with such an account and accept the consent screen, or send them the admin-consent link.',
  },
  '65004': {
    code: 'SIGNIN_CANCELLED',
    message: 'Consent was declined on the sign-in page, so nothing was signed in.',
  },
  '50020': {
    code: 'PERSONAL_ACCOUNT',
    message:
      'This is a personal Microsoft account or belongs to another organisation. Sign in with a work account of the customer’s tenant.',
  },
  '500200': {
    code: 'PERSONAL_ACCOUNT',
    message: 'Personal Microsoft accounts cannot manage Entra provisioning. Sign in with a work account.',
  },
  '53003': {
    code: 'CONDITIONAL_ACCESS_BLOCKED',
    message:
      'A Conditional Access policy of this tenant blocked the sign-in. If you used a code on another device, use “Sign in with browser” instead, or ask the tenant’s admin which sign-in methods are allowed.',
  },
  '50199': {
    code: 'CONDITIONAL_ACCESS_BLOCKED',
    message:
      'The tenant asked for extra confirmation that this sign-in method cannot give. Use “Sign in with browser”.',
  },
  // The client id is not an application in this tenant's cloud (a typo, a registration deleted, or a
  // single-tenant registration of another tenant).
  '700016': {
    code: 'APP_REGISTRATION_NOT_FOUND',
    message:
      'Microsoft does not know the app registration the assistant signs in with (AADSTS700016: application not found in this tenant). Check the client id in Settings › app registration (or the deployment file and HELLOID_SETUP_CLIENT_ID, which take precedence), and the selected Microsoft cloud.',
  },
  // The tenant disabled the client's service principal.
  // https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/error-code-aadsts7000112-application-is-disabled
  '7000112': {
    code: 'APP_REGISTRATION_BLOCKED',
    message:
      'This tenant has disabled the app the assistant signs in with (AADSTS7000112). Ask an admin to enable it under Enterprise applications, or use your organisation’s own app registration: Settings › app registration.',
  },
  // The client's enterprise application requires assignment and this account is not assigned.
  '50105': {
    code: 'APP_REGISTRATION_BLOCKED',
    message:
      'This tenant only lets assigned users sign in to the app the assistant uses (AADSTS50105). Ask an admin to assign you to it under Enterprise applications, or use your organisation’s own app registration: Settings › app registration.',
  },
  '90002': {
    code: 'WRONG_CLOUD',
    message: 'This tenant was not found in the selected Microsoft cloud. Pick the cloud the tenant lives in.',
  },
  '900023': {
    code: 'INVALID_INPUT',
    message:
      'The tenant name or id is not valid. Use the tenant’s domain (contoso.onmicrosoft.com) or its id.',
  },
  '700082': {
    code: 'INTERACTION_REQUIRED',
    message: 'Your sign-in has expired after a long time without use. Sign in again to continue.',
  },
  '50173': {
    code: 'INTERACTION_REQUIRED',
    message:
      'Your sign-in is no longer valid (for example after a password change). Sign in again to continue.',
  },
  '70043': {
    code: 'INTERACTION_REQUIRED',
    message: 'A policy of this tenant asks you to sign in again. Sign in again to continue.',
  },
  '70016': { code: 'SIGNIN_CANCELLED', message: 'The sign-in code has not been used yet.' },
  '70019': {
    code: 'DEVICE_CODE_EXPIRED',
    message: 'The sign-in code expired before it was used. Ask for a new code.',
  },
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
  if (known) return { ...known, details: { ...details, aadsts } }
  const errorCode = error instanceof AuthError ? error.errorCode : ''
  if (/consent_required/.test(text))
    return { code: 'CONSENT_REQUIRED', message: aadstsMeaning['65001']?.message ?? '', details }
  if (errorCode === 'access_denied' || /access_denied|user_cancel|cancelled/i.test(text)) {
    return {
      code: 'SIGNIN_CANCELLED',
      message: 'Sign-in was cancelled. Start it again when you are ready.',
      details,
    }
  }
  if (/expired_token|code_expired|device code expired/i.test(text)) {
    return { code: 'DEVICE_CODE_EXPIRED', message: aadstsMeaning['70019']?.message ?? '', details }
  }
  // A refresh token the service no longer accepts (expired, revoked): MSAL reports a plain ServerError.
  if (error instanceof InteractionRequiredAuthError || errorCode === 'invalid_grant') {
    return {
      code: 'INTERACTION_REQUIRED',
      message: 'Sign in again to continue; your earlier sign-in can no longer be renewed silently.',
      details,
    }
  }
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|network_error|ECONNRESET/i.test(text)) {
    return {
      code: 'NETWORK_ERROR',
      message: 'Could not reach the Microsoft sign-in service. Check the network and the selected cloud.',
      details,
    }
  }
  return {
    code: 'INTERNAL',
    message: 'Sign-in failed for an unexpected reason. The details are in the log.',
    details,
  }
}
