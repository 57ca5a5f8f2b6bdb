import { exitCodes } from './exit-codes'

/** `--help`: the commands, the main options and every exit code. */
export const helpText = `Usage: helloid-entra-setup <command> [options]

Commands:
  preflight   read-only checks of the tenant and the HelloID URL and secret
  plan        show the changes apply would make, with the plan's fingerprint
  apply       make the changes (asks first; --yes in scripts); --wait follows the first cycle;
              --plan-fingerprint HEX changes nothing unless the tenant still gives that plan
  status      where the provisioning job stands, and what to fix when it is unhealthy
  restart     restart provisioning after a fix (clears a quarantine); --wait follows the next cycle
  test-user   provision one user (--user upn) on demand and explain the outcome
  rollback    remove the HelloID app and job this assistant created
  app-registration  show, then create (asks first; --yes in scripts) a dedicated app registration to
              sign in with, and print the admin-consent link and the --client-id to use
  customers   list the customers kept in the data folder (the app's list when --data-dir names its
              folder): name, tenant, cloud, HelloID portal, and how the last run stands and when

Common options: --tenant, --customer, --scim-url, --secret-env NAME, --assign, --wait, --json, --yes,
--simulate, --client-id GUID, --helloid-portal URL (kept in the customer's profile), --report FILE
(apply and status: write the handover report as HTML; the CLI makes no PDF — open the HTML in a
browser and print it, or use the desktop app's Save as PDF), --language en|nl (the language of the output and the report). The README lists them all.

Exit codes:
  ${exitCodes.ok}  done; for status, apply --wait and restart --wait: the initial cycle completed and the job is healthy
  ${exitCodes.failed}  a check failed, or the command could not finish
  ${exitCodes.usage}  bad command line
  ${exitCodes.signIn}  sign-in failed or was cancelled
  ${exitCodes.notConfirmed}  changes not confirmed (no --yes and no terminal to ask)
  ${exitCodes.timedOut}  the initial cycle has not completed yet (still running, nothing wrong so far)
  ${exitCodes.unhealthy}  the provisioning job needs attention: quarantine, a failed or paused first run,
     users that could not be provisioned, or provisioning not turned on; the output says how to fix it
`

export const wantsHelp = (argv: readonly string[]): boolean =>
  argv.includes('--help') || argv.includes('-h') || argv[0] === 'help'
