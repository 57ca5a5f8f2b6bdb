/* eslint-disable no-console -- build script: says which feed the build carries. */
import { spawnSync } from 'node:child_process'

import { UPDATE_URL_ENV } from '../electron/services/update-feed'
import { updateFeedArgs } from './update-feed-args'

/** `npm run dist`: electron-builder with the update feed named at build time (or none), never publishing. */
function main(): void {
  let feed: ReturnType<typeof updateFeedArgs>
  try {
    feed = updateFeedArgs(process.env)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
  console.log(
    feed.feed
      ? `Update feed: ${feed.feed}`
      : `No update feed (${UPDATE_URL_ENV} is not set): this build will say "Updates are not configured for this build".`,
  )
  const cli = require.resolve('electron-builder/cli.js')
  const result = spawnSync(
    process.execPath,
    [cli, '--publish', 'never', ...feed.args, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  )
  process.exit(result.status ?? 1)
}

main()
