/** What the inspection endpoint reports per request: enough to replay a run, never a secret. */
export interface RequestLogEntry {
  seq: number
  time: string
  listener: 'authority' | 'graph' | 'scim'
  method: string
  path: string
  status: number
  bodyKeys: string[]
  /** The query string as sent (decoded), when there was one: it shows which filters a client used. */
  query?: string | undefined
  /** Set for the inner requests of a Graph $batch. */
  batch?: true
  /** The latency the simulator imposed on this request (Graph listener; omitted when none). */
  latencyMs?: number
}

export class RequestLog {
  private entries: RequestLogEntry[] = []
  private seq = 0

  constructor(private readonly limit = 10_000) {}

  add(entry: Omit<RequestLogEntry, 'seq'>): void {
    this.seq += 1
    this.entries.push({ seq: this.seq, ...entry })
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit)
  }

  list(): RequestLogEntry[] {
    return [...this.entries]
  }

  clear(): void {
    this.entries = []
    this.seq = 0
  }
}

/** Top-level keys of a JSON or form body; values are deliberately dropped. */
export function bodyKeysOf(rawBody: Buffer, contentType: string | undefined): string[] {
  if (rawBody.length === 0) return []
  const text = rawBody.toString('utf8')
  if (contentType?.includes('application/x-www-form-urlencoded')) return [...new URLSearchParams(text).keys()]
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : []
  } catch {
    return []
  }
}

/** A query string for the log, decoded when it can be (`+` is a space in a query). */
export function queryForLog(raw: string): string | undefined {
  const text = raw.startsWith('?') ? raw.slice(1) : raw
  if (text === '') return undefined
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}
