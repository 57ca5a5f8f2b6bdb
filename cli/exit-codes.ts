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
  /**
   * The initial cycle has not completed yet and nothing is wrong so far: `apply --wait` timed out, or
   * `status` found the first cycle still running. The setup itself is in place.
   */
  timedOut: 5,
  /**
   * The provisioning job needs a person: quarantine, a failed or paused first run, users or groups that
   * could not be provisioned, or provisioning not turned on. The output says why and how to fix it.
   */
  unhealthy: 6,
} as const
