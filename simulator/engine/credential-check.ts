import { randomUUID } from 'node:crypto'
import { isRecord } from '../core/json'
import { ScimClient, type ScimOutcome } from './scim-client'

export const CODE_UNAVAILABLE = 'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable'
export const CODE_FAILURE = 'SystemForCrossDomainIdentityManagementCredentialValidationFailure'

export type CredentialCheck = { ok: true } | { ok: false; code: string; message: string }

const PREFIX =
  'You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account.'
const UNREACHABLE =
  'We are not able to connect to your application while attempting to validate our authorization. Please ensure that it can be reached from the internet (is not hidden behind a firewall, for example) and try again.'

export function failureMessage(code: string, details: string): string {
  return `${PREFIX}\nError code: ${code}\nDetails: ${details}`
}

/** Turns the probe's outcome into the portal's verdict. */
export function classifyProbe(outcome: ScimOutcome): CredentialCheck {
  if (outcome.kind === 'transport') {
    const why =
      outcome.reason === 'tls'
        ? `The TLS handshake failed: ${outcome.message}`
        : outcome.reason === 'not-https'
          ? 'The Tenant URL must be an HTTPS URL.'
          : outcome.message
    return {
      ok: false,
      code: CODE_UNAVAILABLE,
      message: failureMessage(CODE_UNAVAILABLE, `${UNREACHABLE} ${why}`),
    }
  }
  const { status, body } = outcome
  if (status === 401 || status === 403) {
    return {
      ok: false,
      code: CODE_FAILURE,
      message: failureMessage(
        CODE_FAILURE,
        `An HTTP/${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'} response was returned rather than the expected HTTP/200 OK response. The supplied credentials were rejected by the application.`,
      ),
    }
  }
  if (status === 404) {
    return {
      ok: false,
      code: CODE_UNAVAILABLE,
      message: failureMessage(
        CODE_UNAVAILABLE,
        `${UNREACHABLE} An HTTP/404 Not Found response was returned rather than the expected HTTP/200 OK response.`,
      ),
    }
  }
  if (status !== 200 || !isRecord(body) || !Array.isArray(body.schemas)) {
    return {
      ok: false,
      code: CODE_UNAVAILABLE,
      message: failureMessage(
        CODE_UNAVAILABLE,
        `${UNREACHABLE} An HTTP/${status} response was returned rather than the expected HTTP/200 OK response with a SCIM ListResponse.`,
      ),
    }
  }
  return { ok: true }
}

/** What "Test Connection" does: GET {BaseAddress}/Users?filter=userName eq "<random guid>". */
export async function testScimCredentials(
  baseAddress: string,
  token: string,
  trustedCa: string,
): Promise<CredentialCheck> {
  const client = new ScimClient(baseAddress, token, trustedCa)
  const filter = encodeURIComponent(`userName eq "${randomUUID()}"`)
  return classifyProbe(await client.send('GET', `/Users?filter=${filter}`))
}
