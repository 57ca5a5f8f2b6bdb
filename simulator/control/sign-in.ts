import { z } from 'zod'
import { jsonResponse, type SimResponse } from '../core/http'
import { sts } from '../authority/errors'
import {
  answerConsent,
  completeAuthorize,
  completeDevice,
  decide,
  type Decision,
} from '../authority/interaction'
import type { SimulatorState } from '../state/simulator-state'
import { authorizePage } from '../authority/authorize'

/** Loads an authorize URL like a browser would; returns a response only when that failed. */
async function openAuthorizeUrl(
  state: SimulatorState,
  raw: string,
  send: boolean,
): Promise<SimResponse | undefined> {
  const url = new URL(raw)
  const match = /^\/([^/]+)\/oauth2\/v2\.0\/authorize$/.exec(url.pathname)
  if (url.origin !== state.urls.authority || !match?.[1]) {
    return jsonResponse(400, {
      error: 'not_an_authorize_url',
      message: `Expected ${state.urls.authority}/{tenant}/oauth2/v2.0/authorize?…`,
    })
  }
  const request = {
    method: 'GET',
    url,
    path: url.pathname,
    headers: {},
    rawBody: Buffer.alloc(0),
    remoteAddress: '127.0.0.1',
  }
  const page = authorizePage(state, decodeURIComponent(match[1]), request)
  // The account picker means a sign-in is now pending; anything else is what the browser would show.
  const html = typeof page.body === 'string' ? page.body : ''
  if (page.status === 200 && html.includes('id="account-picker"')) return undefined
  // An error the authority sends back to the app (form_post) reaches the app, as in a browser.
  const action = /<form method="POST" name="hiddenform" action="([^"]*)"/.exec(html)?.[1]
  const fields = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [
      unescape(m[1] ?? ''),
      unescape(m[2] ?? ''),
    ]),
  )
  const delivered =
    action !== undefined && send ? await deliver(unescape(action), 'form_post', fields) : undefined
  return jsonResponse(400, {
    error: 'authorize_failed',
    status: page.status,
    fields,
    html,
    ...(delivered ? { delivered } : {}),
  })
}

function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

export const signInSchema = z.strictObject({
  account: z.string().min(1).optional(),
  /** Answer on the consent page (if one is shown). */
  consent: z.boolean().optional(),
  /** Tick "Consent on behalf of your organization" (admins only). */
  organization: z.boolean().optional(),
  /** Press Cancel instead of signing in. */
  cancel: z.boolean().optional(),
  kind: z.enum(['authorize', 'device']).optional(),
  /** POST the form_post fields to the loopback redirect URI, as the browser would. */
  deliver: z.boolean().optional(),
  /** Open this authorize URL first (what a browser does with msal's openBrowser URL); completes that one. */
  authorizeUrl: z.string().url().optional(),
  /** Complete the device-code sign-in with this user code (otherwise the oldest pending one). */
  userCode: z.string().min(1).max(32).optional(),
})

async function deliver(
  redirectUri: string,
  mode: 'form_post' | 'query',
  fields: Record<string, string>,
): Promise<{ status: number } | { error: string }> {
  const attempt = async (uri: string): Promise<Response> =>
    mode === 'form_post'
      ? fetch(uri, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        })
      : fetch(`${uri}${uri.includes('?') ? '&' : '?'}${new URLSearchParams(fields).toString()}`)
  try {
    const res = await attempt(redirectUri)
    await res.arrayBuffer()
    return { status: res.status }
  } catch (first) {
    // A browser tries both loopback families; so do we.
    const alt = redirectUri.replace('://localhost', '://127.0.0.1')
    if (alt === redirectUri) return { error: String(first) }
    try {
      const res = await attempt(alt)
      await res.arrayBuffer()
      return { status: res.status }
    } catch (second) {
      return { error: String(second) }
    }
  }
}

/** POST /_simulator/signin — a person completes the oldest pending sign-in as `account`. */
export async function simulatedSignIn(
  state: SimulatorState,
  body: z.infer<typeof signInSchema>,
): Promise<SimResponse> {
  if (body.authorizeUrl !== undefined) {
    const failed = await openAuthorizeUrl(state, body.authorizeUrl, body.deliver ?? true)
    if (failed) return failed
  }
  // A browser tab completes its own transaction; without a URL or code, the oldest waiting one.
  const fromUrl =
    body.authorizeUrl !== undefined
      ? state.auth.pendingAuthorize(
          new URL(body.authorizeUrl).searchParams.get('client_id') ?? '',
          new URL(body.authorizeUrl).searchParams.get('state'),
        )
      : undefined
  const byCode = body.userCode !== undefined ? state.auth.deviceByUserCode(body.userCode) : undefined
  if (body.userCode !== undefined && (!byCode || byCode.status !== 'pending')) {
    return jsonResponse(404, {
      error: 'no_such_device_code',
      message: 'No pending device-code sign-in has that code.',
    })
  }
  const pending = fromUrl ?? byCode ?? state.auth.oldestPending(state.clock.now(), body.kind)
  if (!pending)
    return jsonResponse(409, {
      error: 'no_pending_sign_in',
      message: 'No authorize or device-code request is waiting for a person.',
    })
  let outcome: Decision
  if (body.cancel === true) outcome = { kind: 'error', error: sts.userCancelled() }
  else {
    if (!body.account)
      return jsonResponse(400, {
        error: 'account_required',
        message: "Give 'account' (e.g. appadmin) or set 'cancel': true.",
      })
    outcome = decide(state, pending, body.account)
    if (outcome.kind === 'consent')
      outcome = answerConsent(pending, outcome, body.consent ?? true, body.organization ?? true)
  }
  if (pending.kind === 'device') {
    completeDevice(pending, outcome)
    return jsonResponse(200, {
      kind: 'device',
      userCode: pending.userCode,
      status: pending.status,
      error: pending.error,
    })
  }
  const completion = completeAuthorize(state, pending, outcome)
  const result: Record<string, unknown> = {
    kind: 'authorize',
    redirectUri: completion.redirectUri,
    responseMode: completion.responseMode,
    fields: completion.fields,
    html: typeof completion.response.body === 'string' ? completion.response.body : null,
  }
  if (body.deliver ?? true)
    result.delivered = await deliver(completion.redirectUri, completion.responseMode, completion.fields)
  return jsonResponse(200, result)
}
