import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { z } from 'zod'

import { defaultClientId } from '../../../shared/clouds'
import { clientIdSchema, type ClientIdSource } from '../../../shared/contract'
import { errorOf, identifier, msg, type MessageKey } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'

/** The file an organisation ships beside the app to preset its own app registration. */
export const DEPLOYMENT_FILE_NAME = 'helloid-setup.config.json'

/** The environment variable that names an app registration for one run. */
export const CLIENT_ID_ENV = 'HELLOID_SETUP_CLIENT_ID'

/**
 * What a deployment file may contain: `{ "clientId": "<GUID>", "updateUrl": "https://…" }`, either or
 * both. The update address is checked where it is used, so a bad one turns off updates, not sign-in.
 */
export const deploymentFileSchema = z
  .object({ clientId: clientIdSchema.optional(), updateUrl: z.string().max(2048).optional() })
  .strict()
  .refine((file) => file.clientId !== undefined || file.updateUrl !== undefined, {
    path: ['clientId'],
    message: 'missing: the application (client) id (or an updateUrl)',
  })

/** Why a deployment file cannot be used. */
export type DeploymentFileProblem =
  | 'unreadable'
  | 'not-json'
  | 'not-an-object'
  | 'unknown-setting'
  | 'client-id-not-guid'
  | 'update-url-not-text'
  | 'empty'

/** The deployment file as found: absent, usable, or present but unusable (with the reason). */
export type DeploymentFile =
  | { kind: 'absent' }
  | { kind: 'valid'; path: string; clientId?: string | undefined; updateUrl?: string | undefined }
  | { kind: 'invalid'; path: string; problem: DeploymentFileProblem; unknownKeys?: string[] }

/** Every place a client id can come from, highest precedence first (Settings are read when needed). */
export interface ClientIdSources {
  flag?: string | undefined
  environment?: string | undefined
  settings?: string | undefined
  deploymentFile: DeploymentFile
}

/** The client id sign-in will use, and where it came from. */
export interface ClientIdChoice {
  clientId: string
  source: ClientIdSource
}

/** The value of `--client-id <id>` or `--client-id=<id>` in a command line, if given. */
export function clientIdFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg.startsWith('--client-id=')) return arg.slice('--client-id='.length)
    if (arg === '--client-id') return argv[i + 1]
  }
  return undefined
}

/** Where the desktop app looks for the deployment file: beside its executable, then in its resources folder. */
export function deploymentFileCandidates(dirs: (string | undefined)[]): string[] {
  return [...new Set(dirs.filter((d): d is string => Boolean(d)))].map((dir) =>
    join(dir, DEPLOYMENT_FILE_NAME),
  )
}

/** Reads the first deployment file that exists among `candidates`. Never throws: problems are returned. */
export async function readDeploymentFile(candidates: string[]): Promise<DeploymentFile> {
  for (const path of candidates) {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      return { kind: 'invalid', path, problem: 'unreadable' }
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return { kind: 'invalid', path, problem: 'not-json' }
    }
    const parsed = deploymentFileSchema.safeParse(json)
    if (!parsed.success) return { kind: 'invalid', path, ...problemOf(parsed.error.issues[0]) }
    return { kind: 'valid', path, clientId: parsed.data.clientId, updateUrl: parsed.data.updateUrl }
  }
  return { kind: 'absent' }
}

/** The first schema issue as a problem the person can act on. */
function problemOf(issue: z.core.$ZodIssue | undefined): {
  problem: DeploymentFileProblem
  unknownKeys?: string[]
} {
  if (issue?.code === 'unrecognized_keys') return { problem: 'unknown-setting', unknownKeys: issue.keys }
  if (issue?.code === 'custom') return { problem: 'empty' }
  if (issue?.path[0] === 'clientId') return { problem: 'client-id-not-guid' }
  if (issue?.path[0] === 'updateUrl') return { problem: 'update-url-not-text' }
  return { problem: 'not-an-object' }
}

/** The words for each problem of a deployment file. */
const FILE_PROBLEM_WORDS: Record<DeploymentFileProblem, MessageKey> = {
  unreadable: 'clientId.file.unreadable',
  'not-json': 'clientId.file.notJson',
  'not-an-object': 'clientId.file.notObject',
  'unknown-setting': 'clientId.file.unknownSetting',
  'client-id-not-guid': 'clientId.file.notGuid',
  'update-url-not-text': 'clientId.file.updateUrlNotText',
  empty: 'clientId.file.empty',
}

/** The words for a value that is not a client id, by where it was set. */
const NOT_A_CLIENT_ID: Record<Exclude<ClientIdSource, 'default' | 'deployment-file'>, MessageKey> = {
  flag: 'clientId.notGuid.flag',
  environment: 'clientId.notGuid.environment',
  settings: 'clientId.notGuid.settings',
}

/**
 * Picks the client id by precedence: command-line flag, environment variable, Settings, the deployment
 * file, then the default (Microsoft Graph Command Line Tools). A value that is set but not a GUID, or a
 * deployment file that cannot be used when it is the one that counts, is an error that says what to fix.
 */
export function resolveClientId(sources: ClientIdSources): Result<ClientIdChoice> {
  for (const source of ['flag', 'environment', 'settings'] as const) {
    const value = sources[source]?.trim()
    if (!value) continue
    if (!clientIdSchema.safeParse(value).success) {
      return fail(
        errorOf('INVALID_INPUT', msg(NOT_A_CLIENT_ID[source], { value: identifier(value.slice(0, 60)) }), {
          source,
        }),
      )
    }
    return ok({ clientId: value.toLowerCase(), source })
  }
  const file = sources.deploymentFile
  if (file.kind === 'invalid') {
    return fail(
      errorOf(
        'INVALID_INPUT',
        msg(FILE_PROBLEM_WORDS[file.problem], {
          path: identifier(file.path),
          settings: (file.unknownKeys ?? []).join(', ').slice(0, 200),
        }),
        { source: 'deployment-file', path: file.path },
      ),
    )
  }
  if (file.kind === 'valid' && file.clientId)
    return ok({ clientId: file.clientId.toLowerCase(), source: 'deployment-file' })
  return ok({ clientId: defaultClientId, source: 'default' })
}
