import type { ParsedScopes } from './scopes'

/** An Entra STS error: OAuth `error`, the AADSTS number and text, optional `suberror`. */
export interface StsError {
  error: string
  code: number
  message: string
  suberror?: string
  status?: number
}

/** A v2.0 admin-consent request waiting for an administrator to sign in and answer. */
export interface AdminConsentRequest {
  id: string
  tenantSegment: string
  clientId: string
  redirectUri: string
  state: string | null
  /** The scope parameter as sent, echoed back on success. */
  rawScope: string
  /** Canonical Graph permission names to grant. */
  scopes: string[]
  completed: boolean
}

/** Sign-in transactions waiting for a person (or for POST /_simulator/signin). */
export interface AuthorizeRequest {
  kind: 'authorize'
  id: string
  seq: number
  createdAt: number
  tenantSegment: string
  clientId: string
  redirectUri: string
  responseMode: 'form_post' | 'query'
  state: string | null
  scopes: ParsedScopes
  codeChallenge: string | null
  codeChallengeMethod: 'S256' | 'plain' | null
  clientInfo: boolean
  nonce: string | null
  loginHint: string | null
  correlationId: string
  completed: boolean
}

export interface DeviceRequest {
  kind: 'device'
  id: string
  seq: number
  createdAt: number
  deviceCode: string
  userCode: string
  tenantSegment: string
  clientId: string
  scopes: ParsedScopes
  expiresAt: number
  status: 'pending' | 'approved' | 'declined' | 'failed' | 'redeemed'
  result: { tenantId: string; userId: string; accountName: string } | null
  error: StsError | null
}

export interface CodeGrant {
  code: string
  clientId: string
  redirectUri: string
  codeChallenge: string | null
  codeChallengeMethod: 'S256' | 'plain' | null
  tenantId: string
  userId: string
  accountName: string
  scopes: ParsedScopes
  nonce: string | null
  expiresAt: number
  redeemed: boolean
}

export interface RefreshGrant {
  token: string
  clientId: string
  accountName: string
  tenantId: string
  scopes: ParsedScopes
  expiresAt: number
}

export class AuthStore {
  private seq = 0
  readonly authorizations = new Map<string, AuthorizeRequest>()
  readonly devices = new Map<string, DeviceRequest>()
  readonly codes = new Map<string, CodeGrant>()
  readonly refreshTokens = new Map<string, RefreshGrant>()
  readonly adminConsents = new Map<string, AdminConsentRequest>()

  nextSeq(): number {
    this.seq += 1
    return this.seq
  }

  deviceByUserCode(userCode: string): DeviceRequest | undefined {
    const normalized = userCode.replace(/[\s-]/g, '').toUpperCase()
    for (const d of this.devices.values()) if (d.userCode === normalized) return d
    return undefined
  }

  /** The newest waiting authorize request for this client and `state` (what one browser tab shows). */
  pendingAuthorize(clientId: string, state: string | null): AuthorizeRequest | undefined {
    return [...this.authorizations.values()]
      .filter((a) => !a.completed && a.clientId === clientId && a.state === state)
      .sort((a, b) => b.seq - a.seq)[0]
  }

  /** Oldest sign-in still waiting for a person, of either kind. */
  oldestPending(now: number, kind?: 'authorize' | 'device'): AuthorizeRequest | DeviceRequest | undefined {
    const candidates: (AuthorizeRequest | DeviceRequest)[] = []
    if (kind !== 'device') for (const a of this.authorizations.values()) if (!a.completed) candidates.push(a)
    if (kind !== 'authorize')
      for (const d of this.devices.values())
        if (d.status === 'pending' && d.expiresAt > now) candidates.push(d)
    return candidates.sort((a, b) => a.seq - b.seq)[0]
  }

  clear(): void {
    this.authorizations.clear()
    this.devices.clear()
    this.codes.clear()
    this.refreshTokens.clear()
    this.adminConsents.clear()
    this.seq = 0
  }
}
