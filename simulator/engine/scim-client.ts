import { request } from 'node:https'
import { parseJson } from '../core/json'

export type ScimOutcome =
  | { kind: 'response'; status: number; body: unknown }
  | {
      kind: 'transport'
      reason: 'invalid-url' | 'not-https' | 'tls' | 'network' | 'timeout'
      message: string
    }

/**
 * The provisioning service's HTTPS client. It trusts only the simulator's CA (the stand-in for
 * "publicly trusted"), so a SCIM endpoint with another certificate fails for the real reason.
 */
export class ScimClient {
  constructor(
    private readonly baseAddress: string,
    private readonly token: string,
    private readonly trustedCa: string,
    private readonly timeoutMs = 10_000,
  ) {}

  url(path: string): URL | undefined {
    try {
      return new URL(`${this.baseAddress.replace(/\/+$/, '')}${path}`)
    } catch {
      return undefined
    }
  }

  send(method: string, path: string, body?: unknown): Promise<ScimOutcome> {
    const url = this.url(path)
    if (!url)
      return Promise.resolve({
        kind: 'transport',
        reason: 'invalid-url',
        message: `The value '${this.baseAddress}' is not a valid absolute URI.`,
      })
    if (url.protocol !== 'https:')
      return Promise.resolve({
        kind: 'transport',
        reason: 'not-https',
        message: 'The Tenant URL must use HTTPS.',
      })
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    return new Promise((resolve) => {
      const req = request(
        url,
        {
          method,
          ca: this.trustedCa,
          timeout: this.timeoutMs,
          headers: {
            authorization: `Bearer ${this.token}`,
            accept: 'application/scim+json',
            'user-agent': 'Microsoft.Identity.Provisioning.SCIM/1.0 (simulated)',
            ...(payload
              ? { 'content-type': 'application/scim+json', 'content-length': String(payload.length) }
              : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            const parsed = text.length > 0 ? parseJson(text) : { ok: true as const, value: undefined }
            resolve({ kind: 'response', status: res.statusCode ?? 0, body: parsed.ok ? parsed.value : text })
          })
          res.on('error', (e) => resolve({ kind: 'transport', reason: 'network', message: e.message }))
        },
      )
      req.on('timeout', () => {
        req.destroy()
        resolve({ kind: 'transport', reason: 'timeout', message: 'The request timed out.' })
      })
      req.on('error', (e: NodeJS.ErrnoException) => {
        const tls = /certificate|self.signed|SSL|TLS|UNABLE_TO_VERIFY|CERT_/i.test(
          `${e.code ?? ''} ${e.message}`,
        )
        resolve({ kind: 'transport', reason: tls ? 'tls' : 'network', message: e.message })
      })
      if (payload) req.write(payload)
      req.end()
    })
  }
}
