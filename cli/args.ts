import { parseArgs, type ParseArgsConfig } from 'node:util'

import type { AssignmentTarget, OptionalMapping } from '../electron/services/setup/types'
import { isLanguage, languageCodes, type Language } from '../shared/i18n/catalog'
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

export class UsageError extends Error {}

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
  language: { type: 'string', default: 'en' },
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
          ? `Unknown option ${name.split('=')[0] ?? ''}. Run with --help to see the options.`
          : 'An argument starts with - but is not an option (not shown, in case it is a secret).',
      )
    throw new UsageError(
      'An option is missing its value or has one it does not take (values are not shown, in case one is a secret).',
    )
  }
}

const secretLooking = /^--?(secret|token|password|secret-token)(=|$)/i

/** Parses and checks the command line; throws UsageError with a message that says what to do. */
export function parseCliArgs(argv: string[]): CliArgs {
  const plainSecret = argv.find((a) => secretLooking.test(a))
  if (plainSecret) {
    throw new UsageError(
      'The HelloID secret is never accepted on the command line (it would stay in shell history and process lists). Put it in an environment variable and pass its name with --secret-env NAME.',
    )
  }
  const { values, positionals } = parseStrict(argv)
  const command = positionals[0]
  if (!command || !(commands as readonly string[]).includes(command)) {
    throw new UsageError(`Name a command: ${commands.join(', ')}.`)
  }
  // Never repeat the stray value: it may be a secret pasted in the wrong place.
  if (positionals.length > 1)
    throw new UsageError(
      `Unexpected extra argument after “${command}” (not shown, in case it is a secret). Options start with --.`,
    )
  const tenantProblem = values.tenant === undefined ? null : tenantHintProblem(values.tenant)
  if (tenantProblem)
    throw new UsageError(
      `--tenant: ${tenantProblem} Give a domain the tenant verified (for example contoso.onmicrosoft.com) or its tenant id (a GUID).`,
    )
  const assignments = (values.assign ?? []).map((raw): AssignmentTarget => {
    const group = /^group:(.+)$/i.exec(raw)
    if (group?.[1]) return { kind: 'group', ref: group[1].trim() }
    if (!/^[^@\s]+@[^@\s]+$/.test(raw) && !/^[0-9a-f-]{36}$/i.test(raw)) {
      throw new UsageError(
        `--assign ${raw}: use a user principal name (user@contoso.com), a user id, or group:Name.`,
      )
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
      throw new UsageError(`--mappings ${m}: choose from employeeId, manager.`)
    })
  const waitMinutes = Number(values['wait-minutes'])
  if (!Number.isFinite(waitMinutes) || waitMinutes <= 0)
    throw new UsageError('--wait-minutes needs a positive number.')
  if (values['secret-env'] && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(values['secret-env'])) {
    throw new UsageError('--secret-env takes the NAME of an environment variable, not the secret itself.')
  }
  const planFingerprint = values['plan-fingerprint']?.trim().toLowerCase()
  if (planFingerprint !== undefined && !/^[0-9a-f]{64}$/.test(planFingerprint))
    throw new UsageError('--plan-fingerprint takes the 64-character fingerprint that plan printed.')
  if (values.report !== undefined && command !== 'apply' && command !== 'status')
    throw new UsageError('--report FILE goes with apply or status.')
  if (values.report !== undefined && values.report.trim() === '')
    throw new UsageError('--report needs a file name, for example --report handover.html.')
  const language = values.language ?? 'en'
  if (!isLanguage(language))
    throw new UsageError(
      `--language: choose from ${languageCodes.join(', ')} (the language of the output and the handover report).`,
    )
  if (values.simulate && values.simulator)
    throw new UsageError('Use either --simulate or --simulator <url>, not both.')
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
