import { z } from 'zod'

import type { Message } from '../../shared/contract'
import { issueWords } from '../../shared/i18n/message'

/** The environment variable that names an update feed: at build time for `npm run dist`, or for one run. */
export const UPDATE_URL_ENV = 'HELLOID_SETUP_UPDATE_URL'

/**
 * An update feed is the https folder that holds latest.yml (latest-mac.yml, latest-linux.yml) and the
 * installers. Only https: what is downloaded from it gets installed. Credentials in the address would
 * end up in logs, so they are refused too.
 */
export const updateFeedUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'problems.input.updateFeed' }))
  .refine((url) => {
    if (!URL.canParse(url)) return false
    const parsed = new URL(url)
    return !parsed.username && !parsed.password && !parsed.search && !parsed.hash
  }, 'problems.input.updateFeed')

/** Where a feed setting came from, highest precedence first (the build's own feed comes last). */
export type UpdateFeedSource = 'environment' | 'deployment-file'

/** The feed the desktop app will check, or why there is none. */
export type UpdateFeed =
  /** No feed anywhere: updates are off, and the app says so. */
  | { kind: 'none' }
  /** The feed the build was made with (electron-builder wrote it into app-update.yml). */
  | { kind: 'build' }
  /** A feed set for this machine or run; electron-updater is pointed at it. */
  | { kind: 'url'; url: string; source: UpdateFeedSource }
  /** A feed setting that cannot be used; updates stay off rather than guess. */
  | { kind: 'invalid'; source: UpdateFeedSource; problem: Message }

export interface UpdateFeedSources {
  environment?: string | undefined
  /** `updateUrl` of the deployment file beside the app (helloid-setup.config.json), if it has one. */
  deploymentFile?: string | undefined
  /** Whether the build carries its own feed (app-update.yml in the resources folder). */
  buildFeed: boolean
}

/**
 * Picks the update feed by the same precedence as the client id: the environment variable, then the
 * deployment file beside the app, then the feed the build was made with. A setting that is present but
 * not usable wins over the ones below it and turns updates off with its reason; it never fails the start.
 */
export function resolveUpdateFeed(sources: UpdateFeedSources): UpdateFeed {
  const candidates: [UpdateFeedSource, string | undefined][] = [
    ['environment', sources.environment],
    ['deployment-file', sources.deploymentFile],
  ]
  for (const [source, raw] of candidates) {
    if (raw === undefined || raw.trim() === '') continue
    const parsed = updateFeedUrlSchema.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return { kind: 'invalid', source, problem: issueWords(issue ?? { message: '', path: [] }) }
    }
    return { kind: 'url', url: parsed.data, source }
  }
  return sources.buildFeed ? { kind: 'build' } : { kind: 'none' }
}
