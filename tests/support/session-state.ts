import type { SessionState } from '../../shared/contract'

/** The tenant id of {@link signedInSession}'s account. */
export const SIGNED_IN_TENANT_ID = '99999999-8888-7777-6666-555555555555'

/** A session signed in for `customer` (its cloud and label), as the host reports it: never a token. */
export const signedInSession = (customer: SessionState['customer']): SessionState => ({
  customer,
  account: {
    name: 'Adele Vance',
    username: 'adele@contoso.onmicrosoft.com',
    tenantId: SIGNED_IN_TENANT_ID,
    grantedScopes: [],
    persistence: 'memory',
  },
  signingIn: null,
  deviceCode: null,
  tokenStorage: null,
  lastError: null,
})
