import { UPDATE_URL_ENV, updateFeedUrlSchema } from '../electron/services/update-feed'

/**
 * electron-builder options for the build's update feed, from HELLOID_SETUP_UPDATE_URL at build time.
 * With a feed, electron-builder writes app-update.yml into the app and latest*.yml beside the
 * installers; without one the build has no updater and says so in its header. A value that is set but
 * unusable stops the build with the reason (a release must not ship with a broken feed).
 */
export function updateFeedArgs(environment: NodeJS.ProcessEnv): { args: string[]; feed: string | null } {
  const raw = environment[UPDATE_URL_ENV]?.trim()
  if (!raw) return { args: [], feed: null }
  const parsed = updateFeedUrlSchema.safeParse(raw)
  if (!parsed.success) {
    throw new Error(
      `${UPDATE_URL_ENV} is not usable as the update feed: ${parsed.error.issues[0]?.message ?? 'not an https address'} ` +
        'Set it to the https folder that will hold latest.yml and the installers, or unset it to build without updates.',
    )
  }
  return { args: ['-c.publish.provider=generic', `-c.publish.url=${parsed.data}`], feed: parsed.data }
}
