import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { AuthService, type AuthServiceOptions } from '../../electron/services/auth/auth-service'
import {
  createEncryptedFileCacheStore,
  type CacheCipher,
  type TokenCacheStore,
} from '../../electron/services/auth/token-cache-store'
import type { Logger } from '../../electron/services/log/logger'
import { Redactor } from '../../electron/services/log/redact'
import type { RunningSimulator } from '../../simulator/index'
import { testCipher } from '../support/test-cipher'
import { CLIENT_ID, control } from '../simulator/helpers'

export { CLIENT_ID }

/** Graph scopes as the app asks for them (plain names; the simulated cloud has no scope prefix). */
export const READ_SCOPES = ['User.Read', 'Directory.Read.All']
export const ALL_SCOPES = [
  'User.Read',
  'Directory.Read.All',
  'Application.ReadWrite.All',
  'Synchronization.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
]

/** One log line as a host would write it: the raw call and the redacted line that reaches the file. */
export interface CapturedLine {
  level: string
  raw: string
  written: string
}

/** A Logger that keeps every line, both as received and as a redacting host would write it. */
export function capturingLogger(redactor: Redactor): Logger & { lines: CapturedLine[]; all(): string } {
  const lines: CapturedLine[] = []
  const write =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      lines.push({
        level,
        raw: JSON.stringify({ message, fields }),
        written: JSON.stringify({ message: redactor.text(message), fields: redactor.value(fields) }),
      })
    }
  return {
    lines,
    all: () => lines.map((l) => `${l.raw}\n${l.written}`).join('\n'),
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  }
}

/** Decodes the HTML entities the simulator's pages use. */
function unescapeHtml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

export interface HtmlForm {
  id: string | null
  action: string
  fields: Record<string, string>
  /** Submit buttons: name/value pairs a person could press. */
  buttons: { name: string; value: string }[]
}

/** Reads the first <form> of a page the way a browser would: action, hidden inputs, submit buttons. */
export function readForm(html: string, baseUrl: string): HtmlForm {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html)
  if (!form) throw new Error(`no form in page: ${html.slice(0, 400)}`)
  const attrs = form[1] ?? ''
  const body = form[2] ?? ''
  const attr = (source: string, name: string): string | null => {
    const m = new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(source)
    return m ? unescapeHtml(m[1] ?? '') : null
  }
  const fields: Record<string, string> = {}
  for (const m of body.matchAll(/<input\b([^>]*)>/gi)) {
    const input = m[1] ?? ''
    if ((attr(input, 'type') ?? 'text').toLowerCase() !== 'hidden') continue
    const name = attr(input, 'name')
    if (name !== null) fields[name] = attr(input, 'value') ?? ''
  }
  const buttons: { name: string; value: string }[] = []
  for (const m of body.matchAll(/<button\b([^>]*)>/gi)) {
    const button = m[1] ?? ''
    const name = attr(button, 'name')
    if (name !== null) buttons.push({ name, value: attr(button, 'value') ?? '' })
  }
  return {
    id: attr(attrs, 'id'),
    action: new URL(attr(attrs, 'action') ?? '', baseUrl).toString(),
    fields,
    buttons,
  }
}

/** Submits a form as `application/x-www-form-urlencoded`, like a browser. */
export async function submit(action: string, fields: Record<string, string>): Promise<Response> {
  const post = (url: string): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    })
  try {
    return await post(action)
  } catch (error) {
    // A browser tries both loopback families; MSAL's listener is on 127.0.0.1 only.
    const alt = action.replace('://localhost', '://127.0.0.1')
    if (alt === action) throw error
    return post(alt)
  }
}

export interface BrowserPlan {
  account: string
  /** What to press on a consent page, if one appears (default accept). */
  consent?: 'accept' | 'cancel'
  /** Press Cancel on the account picker instead of signing in. */
  cancel?: boolean
}

export interface BrowserVisit {
  authorizeUrl: URL
  pages: string[]
  /** The fields the authority posted back to the app. */
  returned: Record<string, string>
  loopbackStatus: number
  loopbackPage: string
}

/**
 * Plays the person's browser for MSAL's `openBrowser(url)`: loads the authorize page, picks the
 * account from the picker's buttons, answers a consent page, then lets the auto-submitting form_post
 * page do its POST to MSAL's loopback listener.
 */
export async function playBrowser(url: string, plan: BrowserPlan): Promise<BrowserVisit> {
  const pages: string[] = []
  let res = await fetch(url)
  let html = await res.text()
  pages.push(html)
  let form = readForm(html, res.url || url)
  if (form.id !== 'account-picker') throw new Error(`expected the account picker, got ${html.slice(0, 300)}`)
  if (plan.cancel) {
    res = await submit(form.action, { ...form.fields, action: 'cancel' })
  } else {
    const button = form.buttons.find((b) => b.name === 'account' && b.value === plan.account)
    if (!button) throw new Error(`the picker offers no button for ${plan.account}`)
    res = await submit(form.action, { ...form.fields, [button.name]: button.value })
  }
  html = await res.text()
  pages.push(html)
  form = readForm(html, form.action)
  if (form.id === 'consent' || form.id === 'admin-approval') {
    const wanted = form.id === 'admin-approval' ? 'return' : (plan.consent ?? 'accept')
    const button = form.buttons.find((b) => b.name === 'action' && b.value === wanted)
    if (!button) throw new Error(`no '${wanted}' button on the ${form.id} page`)
    const fields: Record<string, string> = { ...form.fields, action: button.value }
    if (html.includes('name="consent_org" value="on" checked')) fields.consent_org = 'on'
    res = await submit(form.action, fields)
    html = await res.text()
    pages.push(html)
    form = readForm(html, form.action)
  }
  if (!html.includes('name="hiddenform"'))
    throw new Error(`expected the form_post page, got ${html.slice(0, 300)}`)
  const loopback = await submit(form.action, form.fields)
  return {
    authorizeUrl: new URL(url),
    pages,
    returned: form.fields,
    loopbackStatus: loopback.status,
    loopbackPage: await loopback.text(),
  }
}

/** Opens the admin-consent URL as an administrator's browser would and answers its pages. */
export async function grantAdminConsent(
  url: string,
  account: string,
  answer: 'accept' | 'cancel' = 'accept',
): Promise<{ pages: string[]; location: URL | null }> {
  const pages: string[] = []
  const first = await fetch(url)
  pages.push(await first.text())
  if (first.status !== 200) return { pages, location: null }
  const picker = readForm(pages[0] ?? '', url)
  let res = await submit(picker.action, { ...picker.fields, account })
  if (res.status === 302) return { pages, location: new URL(res.headers.get('location') ?? '') }
  pages.push(await res.text())
  const form = readForm(pages[1] ?? '', picker.action)
  res = await submit(form.action, {
    ...form.fields,
    action: form.id === 'admin-approval' ? 'return' : answer,
  })
  return { pages, location: res.status === 302 ? new URL(res.headers.get('location') ?? '') : null }
}

/**
 * Types the device code into `/devicelogin` and signs in as `account`, like a person on another device
 * (going back from an admin-approval page, accepting a consent page). Returns the last page.
 */
export async function completeDeviceLogin(
  sim: RunningSimulator,
  userCode: string,
  account: string,
): Promise<string> {
  const entryUrl = `${sim.urls.authority}/devicelogin`
  const entry = readForm(await (await fetch(entryUrl)).text(), entryUrl)
  let html = await (await submit(entry.action, { ...entry.fields, otc: userCode })).text()
  const picker = readForm(html, entry.action)
  const button = picker.buttons.find((b) => b.name === 'account' && b.value === account)
  if (!button) throw new Error(`the device picker offers no button for ${account}: ${html.slice(0, 300)}`)
  html = await (await submit(picker.action, { ...picker.fields, [button.name]: button.value })).text()
  if (html.includes('id="consent"') || html.includes('id="admin-approval"')) {
    const form = readForm(html, picker.action)
    const action = form.id === 'admin-approval' ? 'return' : 'accept'
    html = await (await submit(form.action, { ...form.fields, action, consent_org: 'on' })).text()
  }
  return html
}

export interface RequestEntry {
  seq: number
  listener: string
  method: string
  path: string
  status: number
  bodyKeys: string[]
}

/** The simulator's request log for one listener. */
export async function requests(
  sim: RunningSimulator,
  listener: 'authority' | 'graph',
): Promise<RequestEntry[]> {
  return (await control<{ value: RequestEntry[] }>(sim, `/requests?listener=${listener}`)).value
}

/** Token-endpoint calls that redeemed a refresh token. */
export async function refreshGrants(sim: RunningSimulator): Promise<RequestEntry[]> {
  return (await requests(sim, 'authority')).filter(
    (r) =>
      r.method === 'POST' && r.path.endsWith('/oauth2/v2.0/token') && r.bodyKeys.includes('refresh_token'),
  )
}

export interface Harness {
  auth: AuthService
  store: TokenCacheStore
  file: string
  key: Buffer<ArrayBuffer>
  cipher: CacheCipher
  log: ReturnType<typeof capturingLogger>
  redactor: Redactor
  browserCalls: string[]
}

/** An AuthService on the simulated cloud with an encrypted cache file in a fresh temp directory. */
export function harness(
  sim: RunningSimulator,
  browser: (url: string) => Promise<unknown>,
  extra: Partial<AuthServiceOptions> = {},
): Harness {
  const key = randomBytes(32)
  const cipher = testCipher(key)
  const file = join(mkdtempSync(join(tmpdir(), 'auth-')), 'token-cache.bin')
  const store = createEncryptedFileCacheStore(file, cipher)
  const redactor = new Redactor()
  const log = capturingLogger(redactor)
  const browserCalls: string[] = []
  const auth = new AuthService({
    clientId: CLIENT_ID,
    cloud: { authorityHost: sim.urls.authority, scopePrefix: '', knownAuthority: true },
    store,
    openBrowser: async (url) => {
      browserCalls.push(url)
      await browser(url)
    },
    log,
    redactor,
    ...extra,
  })
  return { auth, store, file, key, cipher, log, redactor, browserCalls }
}

/** A new AuthService on the same cache store and cloud, as after an app restart. */
export function reopen(
  sim: RunningSimulator,
  h: Pick<Harness, 'store' | 'log' | 'redactor'>,
  openBrowser: (url: string) => Promise<void> = async () => undefined,
): AuthService {
  return new AuthService({
    clientId: CLIENT_ID,
    cloud: { authorityHost: sim.urls.authority, scopePrefix: '', knownAuthority: true },
    store: h.store,
    openBrowser,
    log: h.log,
    redactor: h.redactor,
  })
}

/** The decrypted MSAL cache of a harness (what MSAL serialized), parsed. */
export async function decryptedCache(
  h: Pick<Harness, 'file' | 'key'>,
): Promise<Record<string, Record<string, Record<string, unknown>>>> {
  const plain = await testCipher(h.key).decrypt(readFileSync(h.file))
  return JSON.parse(plain) as Record<string, Record<string, Record<string, unknown>>>
}

/** Every `secret` of one section of the MSAL cache (AccessToken, RefreshToken, IdToken). */
export function secretsOf(
  cache: Record<string, Record<string, Record<string, unknown>>>,
  section: 'AccessToken' | 'RefreshToken' | 'IdToken',
): string[] {
  return Object.values(cache[section] ?? {}).map((entry) => String(entry.secret))
}

/** The payload of a JWT (no verification). */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >
}
