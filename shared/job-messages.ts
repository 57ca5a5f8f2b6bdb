import { quarantineReasons, type JobViewData, type Message } from './contract/schemas'
import { msg } from './i18n/message'

/**
 * The provisioning job in catalog words, from its view (health, fix, Entra's reason and codes): the summary
 * line, and when something is wrong, what it is (`title`), why (`cause`), the fix on the screens (`fix`) and
 * in the terminal (`fixCli`), and Entra's own message. The screens and the CLI word these; nothing here is
 * a sentence.
 */
export interface JobMessages {
  summary: Message
  problem: {
    title: Message
    cause: Message
    fix: Message
    fixCli: Message
    /** Entra's code and its own message (Entra's words, shown as given and masked on screen), if any. */
    entraSays: { code: string; text: string } | null
  } | null
}

const knownReason = (reason: string): reason is (typeof quarantineReasons)[number] =>
  (quarantineReasons as readonly string[]).includes(reason)

export function jobMessages(view: JobViewData): JobMessages {
  const health = (): Message =>
    view.health === 'completed'
      ? msg('job.completed', { users: view.counts.users, groups: view.counts.groups })
      : view.health === 'waiting'
        ? msg('job.waiting')
        : msg(`job.health.${view.health}`, { count: view.lastCycle?.escrowed ?? 0 })
  const summary = health()
  const problem = view.problem
  if (!problem) return { summary, problem: null }
  const reason = view.quarantine?.reason
  const code = problem.errorCode ?? reason ?? null
  return {
    summary,
    problem: {
      // Entra's quarantine reason in plain words; a reason Graph adds later reads as "no reason given".
      title: reason ? msg(`job.reason.${knownReason(reason) ? reason : 'Unknown'}`) : summary,
      cause: msg(`job.cause.${problem.fix}`),
      fix: msg(`job.fix.${problem.fix}`),
      fixCli: msg(`job.fixCli.${problem.fix}`),
      entraSays:
        code && (problem.message || problem.errorCode) ? { code, text: problem.message || code } : null,
    },
  }
}
