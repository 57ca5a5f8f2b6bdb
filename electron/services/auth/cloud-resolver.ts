import { clouds, type CloudId } from '../../../shared/clouds'
import type { AuthCloud } from './auth-service'
import type { CustomerProfile } from './customer-sessions'

/** A simulated tenant's authority, offered as the `simulated` cloud in practice mode and tests. */
export interface SimulatedCloud {
  authorityHost: string
}

/** Maps a profile's cloud id to sign-in settings; `simulated` only exists when a simulator is attached. */
export function createCloudResolver(
  simulated: SimulatedCloud | null,
): (profile: CustomerProfile) => AuthCloud {
  return (profile) => {
    if (profile.cloudId === 'simulated' && simulated) {
      return { authorityHost: simulated.authorityHost, scopePrefix: '', knownAuthority: true }
    }
    const cloud = clouds[profile.cloudId as CloudId] ?? clouds.global
    // Global Graph accepts plain scope names; sovereign clouds need the resource prefix.
    return {
      authorityHost: cloud.authorityHost,
      scopePrefix: profile.cloudId === 'global' ? '' : cloud.scopePrefix,
    }
  }
}
