import type { StateCreator } from 'zustand'

import type { SessionState, SignInInput } from '../../../shared/contract'
import { afterSignInStepId } from '../journey'
import type { RootState } from './root'

/** The sign-in state as the host reports it (never a token). */
export interface SessionSlice {
  session: SessionState | null
  loadSession: () => Promise<void>
  signIn: (input: SignInInput) => Promise<void>
  cancelSignIn: () => Promise<void>
  signOut: () => Promise<void>
  /** Subscribes to the host's session events; returns the unsubscribe function. */
  watchSession: () => () => void
}

/** Creates the session slice; the host pushes every change as a `sessionChanged` event. */
export const createSessionSlice: StateCreator<RootState, [], [], SessionSlice> = (set, get) => {
  const apply = (
    result: { ok: true; value: SessionState } | { ok: false; error: RootState['error'] },
  ): void => {
    if (result.ok) set({ session: result.value })
    else set({ error: result.error })
  }
  return {
    session: null,
    loadSession: async () => apply(await get().api.getSession({})),
    signIn: async (input) => apply(await get().api.signIn(input)),
    cancelSignIn: async () => apply(await get().api.cancelSignIn({})),
    signOut: async () => apply(await get().api.signOut({})),
    watchSession: () =>
      get().api.onSessionChanged((session) => {
        const before = get().session
        set({ session })
        // The moment a sign-in on this page completes, read the account's roles (with the other read-only
        // checks), so an account that cannot set up provisioning is flagged on the sign-in step itself.
        // When they pass, the page goes on to the choices by itself; when not, it stays where it says why.
        // Only if the person is still where the sign-in completed: a screen picked while the checks ran stays.
        if (before?.signingIn && !before.account && session.account && !session.signingIn) {
          const ticket = get().selfMoveTicket()
          void get()
            .checkTenantQuietly()
            .then(() => {
              const target = afterSignInStepId(ticket.from, get().setup)
              return target ? get().moveOnBy(ticket, target) : undefined
            })
        }
      }),
  }
}
