import { createHash, randomBytes } from 'node:crypto'
import { defaultClientId } from '../../shared/clouds'
import { startSimulator, type RunningSimulator, type StartSimulatorOptions } from '../../simulator/index'

/** The client the product signs in with by default: Microsoft Graph Command Line Tools. */
export const CLIENT_ID = defaultClientId
/** An organisation's own app registration, registered in simulators that a test starts with it. */
export const ORG_CLIENT_ID = '5e3c1a7b-9d24-4f68-8b0e-3a9f6c2d1e47'
export const REDIRECT_URI = 'http://localhost:53123'
export const ALL_SCOPES = [
  'https://graph.microsoft.com/User.Read',
  'https://graph.microsoft.com/Application.ReadWrite.All',
  'https://graph.microsoft.com/Synchronization.ReadWrite.All',
  'https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All',
  'https://graph.microsoft.com/Directory.Read.All',
  'https://graph.microsoft.com/AuditLog.Read.All',
]

/** Starts a fast-profile simulator whose certificate chains to the test run's CA. */
export function startTestSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const certPath = process.env.HELLOID_TEST_CA_CERT
  const keyPath = process.env.HELLOID_TEST_CA_KEY
  if (!certPath || !keyPath) throw new Error('global-ca setup did not run')
  return startSimulator({ profile: 'fast', seed: 'tests', ...options, ca: { certPath, keyPath } })
}

export interface HttpResult {
  status: number
  headers: Headers
  body: unknown
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text()
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

export async function control<T = Record<string, unknown>>(
  sim: RunningSimulator,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(
    `${sim.urls.control}${path}`,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  )
  const parsed = await readBody(res)
  if (res.status >= 400) throw new Error(`control ${path} → ${res.status} ${JSON.stringify(parsed)}`)
  return parsed as T
}

/** Reads `a.b.0.c` out of parsed JSON (keys containing dots, like `@odata.type`, work too). */
export function at(value: unknown, path: string): unknown {
  const segs = path.split('.').filter((s) => s.length > 0)
  let cur = value
  let i = 0
  while (i < segs.length) {
    if (Array.isArray(cur)) {
      cur = cur[Number(segs[i])]
      i += 1
      continue
    }
    if (typeof cur !== 'object' || cur === null) return undefined
    const rec = cur as Record<string, unknown>
    // Longest run of segments that is an actual key wins.
    let j = segs.length
    while (j > i + 1 && !(segs.slice(i, j).join('.') in rec)) j -= 1
    cur = rec[segs.slice(i, j).join('.')]
    i = j
  }
  return cur
}

export function str(value: unknown, path = ''): string {
  const v = at(value, path)
  if (typeof v !== 'string') throw new Error(`expected a string at '${path}', got ${JSON.stringify(v)}`)
  return v
}

export function list(value: unknown, path = ''): unknown[] {
  const v = at(value, path)
  if (!Array.isArray(v))
    throw new Error(`expected an array at '${path}', got ${JSON.stringify(v)?.slice(0, 200)}`)
  return v
}

export function obj(value: unknown, path = ''): Record<string, unknown> {
  const v = at(value, path)
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new Error(`expected an object at '${path}', got ${JSON.stringify(v)?.slice(0, 200)}`)
  return v as Record<string, unknown>
}

export async function graph(
  sim: RunningSimulator,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  const url = path.startsWith('https://') ? path : `${sim.urls.graph}/v1.0${path}`
  const init: RequestInit = {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { ...init.headers, 'content-type': 'application/json' }
  }
  const res = await fetch(url, init)
  return { status: res.status, headers: res.headers, body: await readBody(res) }
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

export interface ParsedForm {
  action: string
  fields: Record<string, string>
}

/** Reads the first <form> of a page: its action and hidden inputs (what a browser would submit). */
export function parseForm(html: string): ParsedForm {
  const action = /<form[^>]*action="([^"]*)"/i.exec(html)?.[1]
  if (action === undefined) throw new Error(`no form in page: ${html.slice(0, 300)}`)
  const fields: Record<string, string> = {}
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g))
    fields[decode(m[1] ?? '')] = decode(m[2] ?? '')
  return { action: decode(action), fields }
}

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

export async function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
}

export interface BrowserSignIn {
  tenant?: string
  account: string
  scopes?: string[]
  clientId?: string
  /** Answer on a consent page, if one appears. */
  consent?: 'accept' | 'cancel'
}

/** The browser's half of auth code + PKCE: returns the form_post fields and the PKCE verifier. */
export async function browserAuthorize(
  sim: RunningSimulator,
  o: BrowserSignIn,
): Promise<{ fields: Record<string, string>; verifier: string; redirect: string }> {
  const { verifier, challenge } = pkce()
  const tenant = o.tenant ?? 'organizations'
  const q = new URLSearchParams({
    client_id: o.clientId ?? CLIENT_ID,
    scope: [...(o.scopes ?? ALL_SCOPES), 'openid', 'profile', 'offline_access'].join(' '),
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    response_mode: 'form_post',
    state: 'st-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    client_info: '1',
  })
  const pageRes = await fetch(`${sim.urls.authority}/${tenant}/oauth2/v2.0/authorize?${q.toString()}`)
  const picker = parseForm(await pageRes.text())
  let res = await postForm(`${sim.urls.authority}${picker.action}`, { ...picker.fields, account: o.account })
  let html = await res.text()
  let form = parseForm(html)
  if (html.includes('id="consent"') || html.includes('id="admin-approval"')) {
    const action = html.includes('id="admin-approval"') ? 'return' : (o.consent ?? 'accept')
    res = await postForm(`${sim.urls.authority}${form.action}`, { ...form.fields, action, consent_org: 'on' })
    html = await res.text()
    form = parseForm(html)
  }
  return { fields: form.fields, verifier, redirect: form.action }
}

export interface TokenSet {
  access_token: string
  refresh_token: string
  id_token: string
  client_info: string
  scope: string
  expires_in: number
}

export async function tokenRequest(
  sim: RunningSimulator,
  tenant: string,
  fields: Record<string, string>,
): Promise<HttpResult> {
  const res = await postForm(`${sim.urls.authority}/${tenant}/oauth2/v2.0/token`, fields)
  return { status: res.status, headers: res.headers, body: await readBody(res) }
}

/** Full interactive sign-in with plain fetch; throws if the authority answered with an error. */
export async function signIn(sim: RunningSimulator, o: BrowserSignIn): Promise<TokenSet> {
  const tenant = o.tenant ?? 'organizations'
  const { fields, verifier } = await browserAuthorize(sim, o)
  if (fields.error) throw new Error(`authorize failed: ${fields.error} ${fields.error_description ?? ''}`)
  const res = await tokenRequest(sim, tenant, {
    client_id: o.clientId ?? CLIENT_ID,
    grant_type: 'authorization_code',
    code: fields.code ?? '',
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
    scope: [...(o.scopes ?? ALL_SCOPES), 'openid', 'profile', 'offline_access'].join(' '),
    client_info: '1',
  })
  if (res.status !== 200) throw new Error(`token failed: ${JSON.stringify(res.body)}`)
  return obj(res.body) as unknown as TokenSet
}

export function decodeJwt(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >
}

export async function advance(sim: RunningSimulator, seconds: number): Promise<void> {
  await control(sim, '/clock', { advanceSeconds: seconds })
}

export async function newHelloIdSecret(sim: RunningSimulator): Promise<{ url: string; secret: string }> {
  return control<{ url: string; secret: string }>(sim, '/helloid/new-secret', {})
}

export async function simState(sim: RunningSimulator): Promise<Record<string, unknown>> {
  return control(sim, '/state')
}

/** Polls until `check` returns a value (real time), for the few things that are not clock-driven. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  intervalMs = 50,
): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v !== undefined) return v
    if (Date.now() > end) throw new Error('waitFor timed out')
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

export interface HelloIdSetup {
  token: string
  spId: string
  appId: string
  jobId: string
  jobs: string
  ruleId: string
  userRoleId: string
  defaultAccessRoleId: string
  scim: { url: string; secret: string }
}

/** Instantiates HelloID, creates the job and saves working credentials (not started). */
/** Finds the HelloID gallery template and instantiates it, as the portal's "Create" does; the raw answer. */
export async function instantiateHelloId(sim: RunningSimulator, token: string): Promise<HttpResult> {
  const templates = await graph(
    sim,
    token,
    'GET',
    `/applicationTemplates?$filter=${encodeURIComponent("displayName eq 'HelloID'")}`,
  )
  const tpl = list(templates.body, 'value')[0]
  return graph(sim, token, 'POST', `/applicationTemplates/${str(tpl, 'id')}/instantiate`, {
    displayName: 'HelloID',
  })
}

export async function setupHelloId(
  sim: RunningSimulator,
  token: string,
  options: { syncAll?: boolean } = {},
): Promise<HelloIdSetup> {
  const scim = await newHelloIdSecret(sim)
  const inst = await instantiateHelloId(sim, token)
  if (inst.status !== 201) throw new Error(`instantiate: ${inst.status} ${JSON.stringify(inst.body)}`)
  const spId = str(inst.body, 'servicePrincipal.id')
  const roles = list(inst.body, 'servicePrincipal.appRoles')
  const jobs = `/servicePrincipals/${spId}/synchronization/jobs`
  const job = await graph(sim, token, 'POST', jobs, { templateId: 'HelloID' })
  if (job.status !== 201) throw new Error(`job: ${job.status} ${JSON.stringify(job.body)}`)
  const jobId = str(job.body, 'id')
  const saved = await graph(sim, token, 'PUT', `/servicePrincipals/${spId}/synchronization/secrets`, {
    value: [
      { key: 'BaseAddress', value: scim.url },
      { key: 'SecretToken', value: scim.secret },
      { key: 'SyncAll', value: options.syncAll === true ? 'true' : 'false' },
    ],
  })
  if (saved.status !== 204) throw new Error(`secrets: ${saved.status}`)
  const schema = await graph(sim, token, 'GET', `${jobs}/${jobId}/schema`)
  return {
    token,
    spId,
    appId: str(inst.body, 'application.id'),
    jobId,
    jobs,
    ruleId: str(list(schema.body, 'synchronizationRules')[0], 'id'),
    userRoleId: str(
      roles.find((r) => at(r, 'displayName') === 'User'),
      'id',
    ),
    defaultAccessRoleId: str(
      roles.find((r) => at(r, 'displayName') === 'msiam_access'),
      'id',
    ),
    scim,
  }
}

export async function assign(
  sim: RunningSimulator,
  setup: HelloIdSetup,
  principalId: string,
  appRoleId = setup.userRoleId,
): Promise<HttpResult> {
  return graph(sim, setup.token, 'POST', `/servicePrincipals/${setup.spId}/appRoleAssignedTo`, {
    principalId,
    resourceId: setup.spId,
    appRoleId,
  })
}

export async function findUser(
  sim: RunningSimulator,
  token: string,
  upnPrefix: string,
): Promise<Record<string, unknown>> {
  const users = list(
    (await graph(sim, token, 'GET', '/users?$top=999&$select=id,userPrincipalName,displayName,employeeId'))
      .body,
    'value',
  )
  const user = users.find((u) =>
    str(u, 'userPrincipalName').toLowerCase().startsWith(upnPrefix.toLowerCase()),
  )
  if (!user) throw new Error(`no user ${upnPrefix}`)
  return obj(user)
}

export async function findGroup(
  sim: RunningSimulator,
  token: string,
  name: string,
): Promise<Record<string, unknown>> {
  return obj(
    list(
      (await graph(sim, token, 'GET', `/groups?$filter=${encodeURIComponent(`displayName eq '${name}'`)}`))
        .body,
      'value',
    )[0],
  )
}

export async function scimUsers(sim: RunningSimulator): Promise<Record<string, unknown>[]> {
  return list(await control(sim, '/state'), 'scim.users').map((u) => obj(u))
}
