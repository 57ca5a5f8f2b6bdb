import { InteractionRequiredAuthError, ServerError } from '@azure/msal-node'
import { describe, expect, it } from 'vitest'

import { classifyAuthError } from './auth-errors'

describe('sign-in error classification', () => {
  it.each([
    ['AADSTS65001: The user or administrator has not consented', 'CONSENT_REQUIRED'],
    [
      'AADSTS50020: User account from identity provider live.com does not exist in tenant',
      'PERSONAL_ACCOUNT',
    ],
    ['AADSTS53003: Access has been blocked by Conditional Access policies', 'CONDITIONAL_ACCESS_BLOCKED'],
    ['AADSTS70019: Verification code expired', 'DEVICE_CODE_EXPIRED'],
    ['AADSTS90002: Tenant not found', 'WRONG_CLOUD'],
    ['access_denied: the user cancelled', 'SIGNIN_CANCELLED'],
    ['TypeError: fetch failed', 'NETWORK_ERROR'],
    ['something odd', 'INTERNAL'],
  ])('%s → %s', (text, code) => {
    const error = classifyAuthError(new Error(text))
    expect(error.code).toBe(code)
    expect(error.message.length).toBeGreaterThan(10)
  })

  it('uses MSAL error types', () => {
    expect(
      classifyAuthError(new InteractionRequiredAuthError('interaction_required', 'login needed')).code,
    ).toBe('INTERACTION_REQUIRED')
    expect(
      classifyAuthError(new ServerError('invalid_grant', 'AADSTS65001: consent', 'consent_required')).code,
    ).toBe('CONSENT_REQUIRED')
    // An expired or revoked refresh token: one interactive sign-in, not an unexplained failure.
    expect(classifyAuthError(new ServerError('invalid_grant', 'AADSTS700082: expired', '')).code).toBe(
      'INTERACTION_REQUIRED',
    )
    expect(classifyAuthError(new ServerError('invalid_grant', 'Error(s): 9999999', '')).code).toBe(
      'INTERACTION_REQUIRED',
    )
  })
})
