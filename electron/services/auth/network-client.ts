import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node'

/** What Entra answered when a token request failed. Error bodies never carry tokens. */
export interface TokenEndpointError {
  error: string
  description: string
  codes: number[]
}

/**
 * MSAL's HTTP client is plain `fetch` but not exported; this is the same thing, used when the host does
 * not pass its own client.
 */
export function createFetchNetworkClient(): INetworkModule {
  const send = async <T>(
    url: string,
    method: 'GET' | 'POST',
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> => {
    const controller = new AbortController()
    const timer = timeout ? setTimeout(() => controller.abort(), timeout) : undefined
    try {
      const response = await fetch(url, {
        method,
        headers: new Headers(options?.headers ?? {}),
        signal: controller.signal,
        ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
      })
      const headers: Record<string, string> = {}
      response.headers.forEach((value, key) => {
        headers[key] = value
      })
      return { headers, body: (await response.json()) as T, status: response.status }
    } finally {
      if (timer) clearTimeout(timer)
    }
  }
  return {
    sendGetRequestAsync: (url, options, timeout) => send(url, 'GET', options, timeout),
    sendPostRequestAsync: (url, options) => send(url, 'POST', options),
  }
}

/**
 * Wraps MSAL's HTTP client to report the error body of failed token requests, by grant type.
 *
 * MSAL's device-code polling throws `post_request_failed: <error>` and drops `error_description` and
 * `error_codes`, so without this a Conditional Access block (AADSTS53003) or missing consent
 * (AADSTS65001) while polling could not be told apart from any other failure.
 */
export function observeTokenErrors(
  inner: INetworkModule,
  onError: (grantType: string | null, error: TokenEndpointError) => void,
): INetworkModule {
  return {
    sendGetRequestAsync: (url, options, timeout) => inner.sendGetRequestAsync(url, options, timeout),
    async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions) {
      const response = await inner.sendPostRequestAsync<T>(url, options)
      const endpoint = /\/oauth2\/v2\.0\/(token|devicecode)(\?|$)/.exec(url)?.[1]
      if (response.status >= 400 && endpoint) {
        const body = response.body as Record<string, unknown> | null
        if (body && typeof body.error === 'string') {
          // The device-code request itself (e.g. an unknown client, AADSTS700016) counts as device code.
          const grantType =
            endpoint === 'devicecode'
              ? 'device_code'
              : new URLSearchParams(options?.body ?? '').get('grant_type')
          onError(grantType, {
            error: body.error,
            description: typeof body.error_description === 'string' ? body.error_description : '',
            codes: Array.isArray(body.error_codes)
              ? body.error_codes.filter((c): c is number => typeof c === 'number')
              : [],
          })
        }
      }
      return response
    },
  }
}
