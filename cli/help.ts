import type { Message } from '../shared/contract'
import { msg } from '../shared/i18n/message'
import { exitCodes } from './exit-codes'

/** `--help`: the commands, the main options and every exit code, in the words of `say` (the CLI's language). */
export function helpText(say: (message: Message) => string): string {
  const command = (name: string, text: Message): string => `  ${name.padEnd(11)} ${say(text)}`
  const exit = (code: number, text: Message): string => `  ${code}  ${say(text)}`
  return [
    say(msg('cli.help.usage')),
    '',
    say(msg('cli.help.commands')),
    command('preflight', msg('cli.help.preflight')),
    command('plan', msg('cli.help.plan')),
    command('apply', msg('cli.help.apply')),
    command('status', msg('cli.help.status')),
    command('restart', msg('cli.help.restart')),
    command('test-user', msg('cli.help.testUser')),
    command('rollback', msg('cli.help.rollback')),
    command('app-registration', msg('cli.help.appRegistration')),
    command('customers', msg('cli.help.customers')),
    '',
    say(msg('cli.help.options')),
    '',
    say(msg('cli.help.exitCodes')),
    exit(exitCodes.ok, msg('cli.help.exit.ok')),
    exit(exitCodes.failed, msg('cli.help.exit.failed')),
    exit(exitCodes.usage, msg('cli.help.exit.usage')),
    exit(exitCodes.signIn, msg('cli.help.exit.signIn')),
    exit(exitCodes.notConfirmed, msg('cli.help.exit.notConfirmed')),
    exit(exitCodes.timedOut, msg('cli.help.exit.timedOut')),
    exit(exitCodes.unhealthy, msg('cli.help.exit.unhealthy')),
    '',
  ].join('\n')
}

export const wantsHelp = (argv: readonly string[]): boolean =>
  argv.includes('--help') || argv.includes('-h') || argv[0] === 'help'
