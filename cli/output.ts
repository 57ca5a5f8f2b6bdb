/* eslint-disable no-console -- the CLI's output module: the only place it prints. */
import type { Check, PlannedChange, SetupProgress } from '../shared/contract'
import { msg } from '../shared/i18n/message'
import { stepNumber, type StepId } from '../shared/steps'
import { errorWords, say } from './words'

/** The document's number for a step ("tip" for the troubleshooting tip). */
const numberOf = (id: StepId): string => String(stepNumber(id) ?? 'tip')

/** Prints for people (stderr for progress, stdout for results) or one JSON object for scripts. */
export class CliOutput {
  constructor(private readonly json: boolean) {}

  /** Progress lines go to stderr so `--json` stdout stays one parseable object. */
  progress(p: SetupProgress): void {
    const mark = { running: '…', done: '✔', skipped: '–', failed: '✖', waiting: '⏳' }[p.status]
    console.error(`${mark} ${say(msg('cli.step', { number: numberOf(p.step) }))} ${say(p.message)}`)
  }

  note(text: string): void {
    console.error(text)
  }

  checks(checks: readonly Check[]): void {
    if (this.json) return
    for (const c of checks) {
      const mark = c.status === 'pass' ? '✔' : c.status === 'warn' ? '!' : '✖'
      // An error behind the check is worded as errors are: what happened, then the next action.
      const detail = c.error ? errorWords(c.error) : say(c.detail)
      console.log(`${mark} ${say(msg('cli.step', { number: numberOf(c.step) }))} ${say(c.title)}: ${detail}`)
      if (c.fix && c.status !== 'pass') console.log(`    → ${say(c.fix)}`)
    }
  }

  plan(changes: readonly PlannedChange[]): void {
    if (this.json) return
    console.log(say(msg('cli.planned')))
    for (const c of changes) console.log(`  ${numberOf(c.step).padStart(2)}. [${c.kind}] ${say(c.action)}`)
  }

  text(line: string): void {
    if (!this.json) console.log(line)
  }

  /** The single JSON document of a `--json` run. */
  result(document: Record<string, unknown>): void {
    if (this.json) console.log(JSON.stringify(document))
  }
}
