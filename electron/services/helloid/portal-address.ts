import { fail, ok, type Result } from '../../../shared/result'
import { validateHelloIdUrl } from './input-validation'

export { isHelloIdHost } from '../external-links'

/** A checked HelloID admin portal address, and its host when that is not a helloid.com address. */
export interface HelloIdPortal {
  url: string
  unrecognisedHost: string | null
}

/**
 * Checks the customer's HelloID portal address with the same rules as the HelloID URL (https, no
 * credentials, no look-alike letters unnoticed, …), and keeps it as the portal's address: the HelloID
 * URL's `/scim/…` path is dropped, so pasting that one works too.
 */
export function validateHelloIdPortal(
  raw: string,
  options: { allowLoopback?: boolean } = {},
): Result<HelloIdPortal> {
  const checked = validateHelloIdUrl(raw, options)
  if (!checked.ok) {
    return fail({
      ...checked.error,
      details: { ...checked.error.details, field: 'helloIdPortal' },
    })
  }
  const parsed = new URL(checked.value.url)
  const path = parsed.pathname.replace(/\/scim(\/.*)?$/i, '')
  return ok({ url: `${parsed.origin}${path || '/'}`, unrecognisedHost: checked.value.unrecognisedHost })
}
