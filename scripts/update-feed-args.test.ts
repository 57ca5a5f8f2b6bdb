import { describe, expect, it } from 'vitest'

import { updateFeedArgs } from './update-feed-args'

describe('the build’s update feed (npm run dist)', () => {
  it('no HELLOID_SETUP_UPDATE_URL: a build without a feed, not an error', () => {
    expect(updateFeedArgs({})).toEqual({ args: [], feed: null })
    expect(updateFeedArgs({ HELLOID_SETUP_UPDATE_URL: ' ' })).toEqual({ args: [], feed: null })
  })

  it('an https feed becomes electron-builder’s generic publish setting', () => {
    const url = 'https://updates.example.test/helloid-entra-setup'
    expect(updateFeedArgs({ HELLOID_SETUP_UPDATE_URL: url })).toEqual({
      args: ['-c.publish.provider=generic', `-c.publish.url=${url}`],
      feed: url,
    })
  })

  it('an unusable value stops the build, naming the variable and the fix', () => {
    for (const bad of ['http://updates.example.test/', 'https://user:pw@updates.example.test/', 'updates'])
      expect(() => updateFeedArgs({ HELLOID_SETUP_UPDATE_URL: bad })).toThrow(
        /HELLOID_SETUP_UPDATE_URL is not usable as the update feed: .*unset it to build without updates/,
      )
  })
})
