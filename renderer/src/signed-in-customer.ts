import type { SessionState } from '../../shared/contract'
import { maskIdentifier, maskName } from './presentation'

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Who the signed-in tenant belongs to, beside its tenant id: the customer's name; for a customer a sign-in
 * could not name after its tenant (its name could not be read), the tenant's domain the person typed, or
 * nothing. Never the placeholder the customer was filed under ("New customer"), which names no one. A
 * tenant id typed instead of a domain adds nothing: the id is already shown. Masked while presenting.
 */
export function signedInCustomer(
  customer: SessionState['customer'],
  unnamed: boolean,
  presentation: boolean,
): string | null {
  if (!customer) return null
  if (!unnamed) return presentation ? maskName(customer.label) : customer.label
  const domain = customer.tenant?.trim()
  if (!domain || TENANT_ID.test(domain)) return null
  return presentation ? maskIdentifier(domain) : domain
}
