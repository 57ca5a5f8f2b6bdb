/** The CLI's exit codes (documented in the README). */
export const exitCodes = {
  ok: 0,
  /** A check failed, or apply/rollback/test-user could not finish. */
  failed: 1,
  /** Bad command line: unknown command or option, missing or malformed value. */
  usage: 2,
  /** Sign-in failed or was cancelled. */
  signIn: 3,
  /** Changes were not confirmed (no --yes and no terminal to ask). */
  notConfirmed: 4,
  /** Waiting for the initial cycle timed out (the setup itself is in place). */
  timedOut: 5,
} as const
