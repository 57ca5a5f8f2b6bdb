import { clouds, type CloudId } from '../../../shared/clouds'
import type { AuthCloud } from './auth-service'
import type { CustomerProfile } from './customer-sessions'

/** A simulated tenant's authority, offered as the `simulated` cloud in practice mode and tests. */
export interface SimulatedCloud {
  authorityHost: string
}

/** Sign-in settings of a cloud id (unknown ids get the global cloud's); `simulated` needs a simulator. */
export function authCloudFor(cloudId: string, simulated: SimulatedCloud | null): AuthCloud {
  if (cloudId === 'simulated' && simulated) {
    return { authorityHost: simulated.authorityHost, scopePrefix: '', knownAuthority: true }
  }
  const cloud = clouds[cloudId as CloudId] ?? clouds.global
  // Global Graph accepts plain scope names; sovereign clouds need the resource prefix.
  return {
    authorityHost: cloud.authorityHost,
    scopePrefix: cloudId === 'global' ? '' : cloud.scopePrefix,
  }
}

/** Maps a profile's cloud id to sign-in settings; `simulated` only exists when a simulator is attached. */
export function createCloudResolver(
  simulated: SimulatedCloud | null,
): (profile: CustomerProfile) => AuthCloud {
  return (profile) => authCloudFor(profile.cloudId, simulated)
}
