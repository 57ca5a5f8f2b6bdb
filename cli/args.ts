import { parseArgs, type ParseArgsConfig } from 'node:util'

import type { AssignmentTarget, OptionalMapping } from '../electron/services/setup/types'
import type { Message } from '../shared/contract'
import { isLanguage, languageCodes, type Language } from '../shared/i18n/catalog'
import { english, msg } from '../shared/i18n/message'
import { tenantHintProblem } from '../shared/tenant-hint'

export const commands = [
  'preflight',
  'plan',
  'apply',
  'status',
  'restart',
  'test-user',
  'rollback',
  'app-registration',
  'customers',
] as const
export type Command = (typeof commands)[number]

/** The parsed command line. The HelloID secret is never part of it: only the name of a variable. */
export interface CliArgs {
  command: Command
  tenant?: string
  customer: string
  cloud: string
  scimUrl?: string
  /** The person confirmed that the HelloID URL's host, not a helloid.com address, is theirs. */
  allowUnrecognisedHost: boolean
  secretEnv?: string
  notificationEmail?: string
  assignments: AssignmentTarget[]
  mappings: OptionalMapping[]
  reuse?: string
  /** `apply` changes nothing unless the tenant still gives the plan with this fingerprint (from `plan`). */
  planFingerprint?: string
  user?: string
  deviceCode: boolean
  json: boolean
  yes: boolean
  wait: boolean
  waitMinutes: number
  simulate: boolean
  simulator?: string
  simulatorAccount: string
  simulatorCa?: string
  dataDir?: string
  seed?: string
  /** An app registration to sign in with (beats HELLOID_SETUP_CLIENT_ID and the deployment file). */
  clientId?: string
  /** The customer's HelloID admin portal address, kept in their profile. */
  helloIdPortal?: string
  /** Where `apply` or `status` writes the handover report (HTML). */
  report?: string
  /** The language of the handover report. */
  language: Language
}

/**
 * A command line that cannot run, as catalog words the CLI prints in its language (`message` is English).
 * `inner` are parameters that are catalog words themselves, worded in the same language.
 */
export class UsageError extends Error {
  constructor(
    readonly words: Message,
    readonly inner: Record<string, Message> = {},
  ) {
    super(usageIn(english, words, inner))
  }

  /** The error in the words of `say` (the CLI's language). */
  in(say: (message: Message) => string): string {
    return usageIn(say, this.words, this.inner)
  }
}

function usageIn(say: (message: Message) => string, words: Message, inner: Record<string, Message>): string {
  const worded = Object.fromEntries(Object.entries(inner).map(([name, message]) => [name, say(message)]))
  return say({ ...words, params: { ...words.params, ...worded } })
}

const options = {
  tenant: { type: 'string' },
  customer: { type: 'string' },
  cloud: { type: 'string', default: 'global' },
  'scim-url': { type: 'string' },
  'allow-unrecognised-host': { type: 'boolean', default: false },
  'secret-env': { type: 'string' },
  'notification-email': { type: 'string' },
  assign: { type: 'string', multiple: true, default: [] },
  mappings: { type: 'string' },
  reuse: { type: 'string' },
  'plan-fingerprint': { type: 'string' },
  user: { type: 'string' },
  'device-code': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  yes: { type: 'boolean', default: false },
  wait: { type: 'boolean', default: false },
  'wait-minutes': { type: 'string', default: '60' },
  simulate: { type: 'boolean', default: false },
  simulator: { type: 'string' },
  'simulator-account': { type: 'string', default: 'appadmin' },
  'simulator-ca': { type: 'string' },
  'data-dir': { type: 'string' },
  seed: { type: 'string' },
  'client-id': { type: 'string' },
  'helloid-portal': { type: 'string' },
  report: { type: 'string' },
  language: { type: 'string' },
} satisfies ParseArgsConfig['options']

const knownOption = (flag: string): boolean => Object.hasOwn(options, flag.replace(/^--/, ''))

/** Node's parser, with its errors reworded: they would repeat the offending text, which may be a secret. */
function parseStrict(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options,
    })
  } catch (error) {
    const code = (error as { code?: string }).code
    const name = argv.find((a) => /^--[a-z][a-z-]{0,30}(=|$)/.test(a) && !knownOption(a.split('=')[0] ?? ''))
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(
        name
          ? msg('cli.usage.unknownOption', { option: name.split('=')[0] ?? '' })
          : msg('cli.usage.notAnOption'),
      )
    throw new UsageError(msg('cli.usage.badValue'))
  }
}

const secretLooking = /^--?(secret|token|password|secret-token)(=|$)/i

/**
 * The language to word the output in, read before anything else so even a refused command line speaks it:
 * `--language` when it names one, else the terminal's locale (LC_ALL, LC_MESSAGES, LANG: `nl_NL.UTF-8`
 * means Dutch), else English. An unknown `--language` is refused later, in that fallback language.
 */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  const at = argv.findIndex((a) => a === '--language' || a.startsWith('--language='))
  const given = at < 0 ? undefined : argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1]
  if (isLanguage(given)) return given
  // POSIX: the first of these that is set and not empty names the messages' locale.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? ''
  return /^nl([_.@-]|$)/i.test(locale) ? 'nl' : 'en'
}

/**
 * Parses and checks the command line; throws UsageError with words that say what to do. Without
 * `--language`, the output speaks `defaultLanguage` (see {@link cliLanguage}).
 */
export function parseCliArgs(argv: string[], defaultLanguage: Language = 'en'): CliArgs {
  const plainSecret = argv.find((a) => secretLooking.test(a))
  if (plainSecret) throw new UsageError(msg('cli.usage.secretOnCommandLine'))
  const { values, positionals } = parseStrict(argv)
  const command = positionals[0]
  if (!command || !(commands as readonly string[]).includes(command)) {
    throw new UsageError(msg('cli.usage.command', { commands: commands.join(', ') }))
  }
  // Never repeat the stray value: it may be a secret pasted in the wrong place.
  if (positionals.length > 1) throw new UsageError(msg('cli.usage.extraArgument', { command }))
  const tenantProblem = values.tenant === undefined ? null : tenantHintProblem(values.tenant)
  if (tenantProblem) throw new UsageError(msg('cli.usage.tenant'), { problem: msg(tenantProblem) })
  const assignments = (values.assign ?? []).map((raw): AssignmentTarget => {
    const group = /^group:(.+)$/i.exec(raw)
    if (group?.[1]) return { kind: 'group', ref: group[1].trim() }
    if (!/^[^@\s]+@[^@\s]+$/.test(raw) && !/^[0-9a-f-]{36}$/i.test(raw)) {
      throw new UsageError(msg('cli.usage.assign', { value: raw }))
    }
    return { kind: 'user', ref: raw }
  })
  const mappings = (values.mappings ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean)
    .map((m): OptionalMapping => {
      if (m === 'employeeId') return 'employeeId'
      if (m === 'manager' || m === 'manager.id') return 'manager'
      throw new UsageError(msg('cli.usage.mappings', { value: m }))
    })
  const waitMinutes = Number(values['wait-minutes'])
  if (!Number.isFinite(waitMinutes) || waitMinutes <= 0) throw new UsageError(msg('cli.usage.waitMinutes'))
  if (values['secret-env'] && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(values['secret-env'])) {
    throw new UsageError(msg('cli.usage.secretEnv'))
  }
  const planFingerprint = values['plan-fingerprint']?.trim().toLowerCase()
  if (planFingerprint !== undefined && !/^[0-9a-f]{64}$/.test(planFingerprint))
    throw new UsageError(msg('cli.usage.planFingerprint'))
  if (values.report !== undefined && command !== 'apply' && command !== 'status')
    throw new UsageError(msg('cli.usage.reportCommand'))
  if (values.report !== undefined && values.report.trim() === '')
    throw new UsageError(msg('cli.usage.reportFile'))
  const language = values.language ?? defaultLanguage
  if (!isLanguage(language))
    throw new UsageError(msg('cli.usage.language', { languages: languageCodes.join(', ') }))
  if (values.simulate && values.simulator) throw new UsageError(msg('cli.usage.simulateTwice'))
  const pick = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
    value === undefined ? {} : ({ [key]: value } as Record<K, V>)
  return {
    command: command as Command,
    customer: values.customer ?? values.tenant ?? 'default',
    cloud: values.simulate || values.simulator ? 'simulated' : (values.cloud ?? 'global'),
    assignments,
    mappings,
    allowUnrecognisedHost: values['allow-unrecognised-host'] ?? false,
    deviceCode: values['device-code'] ?? false,
    json: values.json ?? false,
    yes: values.yes ?? false,
    wait: values.wait ?? false,
    waitMinutes,
    simulate: values.simulate ?? false,
    simulatorAccount: values['simulator-account'] ?? 'appadmin',
    language,
    ...pick('tenant', values.tenant),
    ...pick('scimUrl', values['scim-url']),
    ...pick('secretEnv', values['secret-env']),
    ...pick('notificationEmail', values['notification-email']),
    ...pick('reuse', values.reuse),
    ...pick('planFingerprint', planFingerprint),
    ...pick('user', values.user),
    ...pick('simulator', values.simulator),
    ...pick('simulatorCa', values['simulator-ca']),
    ...pick('dataDir', values['data-dir']),
    ...pick('seed', values.seed),
    ...pick('clientId', values['client-id']),
    ...pick('helloIdPortal', values['helloid-portal']),
    ...pick('report', values.report),
  }
}
