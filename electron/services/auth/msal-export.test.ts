import * as msal from '@azure/msal-node'
import { describe, expect, it } from 'vitest'

// MSAL's maintainers plan to drop public clients in a later major. This fails the day an upgrade does.
describe('@azure/msal-node public client support', () => {
  it('still exports PublicClientApplication with interactive and device-code sign-in', () => {
    expect(typeof msal.PublicClientApplication).toBe('function')
    const proto = msal.PublicClientApplication.prototype as unknown as Record<string, unknown>
    expect(typeof proto.acquireTokenInteractive).toBe('function')
    expect(typeof proto.acquireTokenByDeviceCode).toBe('function')
    expect(typeof proto.acquireTokenSilent).toBe('function')
    expect(msal.version).toMatch(/^7\./)
  })
})
