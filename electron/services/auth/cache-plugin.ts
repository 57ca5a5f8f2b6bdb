import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node'

import type { TokenCacheStore } from './token-cache-store'

/**
 * Connects MSAL's token cache to one customer's store. MSAL calls `beforeCacheAccess` before it reads the
 * cache and `afterCacheAccess` after; the store decides whether that means an encrypted file or memory.
 */
export function createCachePlugin(store: TokenCacheStore): ICachePlugin {
  return {
    async beforeCacheAccess(context: TokenCacheContext) {
      const serialized = await store.read()
      if (serialized) context.tokenCache.deserialize(serialized)
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (context.cacheHasChanged) await store.write(context.tokenCache.serialize())
    },
  }
}
