/**
 * The closed set of error codes that cross a boundary (IPC, HTTP, CLI), with the default plain-words
 * message for each. Services pick a code; the UI may add step-specific help, but never invents codes.
 */
export const errorTable = {
  INVALID_INPUT: 'The request was not in the expected form. Check the highlighted fields and try again.',
  FORBIDDEN_SENDER: 'This request did not come from the assistant window, so it was refused.',
  UNAUTHORIZED_HOST_REQUEST: 'This request is missing the assistant session token, so it was refused.',
  URL_NOT_ALLOWED: 'The assistant only opens Microsoft, Azure and HelloID pages.',
  DEVICE_CODE_EXPIRED: 'The sign-in code expired before it was used. Ask for a new code.',
  NOT_SIGNED_IN: 'Sign in to the customer’s Microsoft Entra tenant first.',
  SIGNIN_CANCELLED: 'Sign-in was cancelled.',
  SIGNIN_IN_PROGRESS: 'A sign-in is already waiting. Finish it in the browser or cancel it first.',
  INTERACTION_REQUIRED: 'Microsoft needs you to sign in again (or approve more access) before continuing.',
  CLOUD_NOT_SUPPORTED: 'Entra provisioning APIs are not available in this Microsoft cloud.',
  SIGNIN_TIMED_OUT:
    'Sign-in took too long and was stopped. If the browser showed an error such as AADSTS700016 (application not found), check Settings › app registration and the Microsoft cloud; otherwise start again when the browser is ready.',
  CONSENT_REQUIRED: 'An administrator must grant consent for the assistant in this tenant.',
  APP_REGISTRATION_NOT_FOUND:
    'Microsoft does not know the app registration the assistant signs in with (AADSTS700016). Check Settings › app registration and the selected Microsoft cloud.',
  APP_REGISTRATION_BLOCKED:
    'This tenant does not let you sign in with the app registration the assistant uses. Ask an admin to allow it, or use your organisation’s own app registration in Settings › app registration.',
  NOT_AN_ADMIN: 'The signed-in account has no role that can set up provisioning.',
  PERSONAL_ACCOUNT: 'Personal Microsoft accounts cannot manage Entra provisioning. Use a work account.',
  CONDITIONAL_ACCESS_BLOCKED: 'A Conditional Access policy blocked this sign-in method.',
  WRONG_CLOUD: 'This account belongs to a different Microsoft cloud than the one selected.',
  WRONG_TENANT: 'The token belongs to another tenant than the customer’s. Nothing was changed.',
  GRAPH_THROTTLED: 'Microsoft Graph asked us to slow down. The assistant will retry shortly.',
  GRAPH_ERROR: 'Microsoft Graph returned an error.',
  NETWORK_ERROR: 'The network request failed. Check the connection and try again.',
  PLAN_CHANGED: 'The tenant changed since the preview. Preview again.',
  BUSY: 'The assistant is already working on this tenant. Wait for it to finish.',
  NOT_FOUND: 'The requested item does not exist.',
  INTERNAL: 'Something went wrong inside the assistant. The details are in the log.',
} as const satisfies Record<string, string>

/** One of the codes in {@link errorTable}. */
export type ErrorCode = keyof typeof errorTable

/** All error codes, for schemas and exhaustive tests. */
export const errorCodes = Object.keys(errorTable) as [ErrorCode, ...ErrorCode[]]
