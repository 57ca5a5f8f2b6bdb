import { escapeHtml, hiddenInputs, page } from '../core/html'
import type { Account } from '../tenant/types'
import type { StsErrorBody } from './errors'

export interface PickerOptions {
  action: string
  hidden: Record<string, string>
  appName: string
  accounts: Account[]
  scopes: string[]
  heading?: string
  error?: string
}

/** Account picker: one submit button per known account, a username box, and Cancel. */
export function accountPickerPage(o: PickerOptions): string {
  const buttons = o.accounts
    .map(
      (a) =>
        `<li><button type="submit" name="account" value="${escapeHtml(a.name)}" data-account="${escapeHtml(a.name)}">${escapeHtml(a.displayName)}<br><span class="muted">${escapeHtml(a.username)}</span></button></li>`,
    )
    .join('\n')
  return page(
    'Sign in to your account',
    `<h1>${escapeHtml(o.heading ?? 'Pick an account')}</h1>
<p>to continue to <strong>${escapeHtml(o.appName)}</strong></p>
${o.error ? `<p class="error" role="alert">${escapeHtml(o.error)}</p>` : ''}
<form id="account-picker" method="POST" action="${escapeHtml(o.action)}">
${hiddenInputs(o.hidden)}
<ul class="accounts">
${buttons}
</ul>
<label for="login">Use another account</label><br>
<input id="login" name="login" type="email" autocomplete="username" placeholder="Email, phone, or Skype">
<button type="submit" name="action" value="next">Next</button>
<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
</form>
<p class="muted">Requested permissions: ${escapeHtml(o.scopes.join(', ') || '(sign-in only)')}</p>`,
  )
}

export interface ConsentOptions {
  action: string
  hidden: Record<string, string>
  appName: string
  username: string
  missing: string[]
  offerOrganizationConsent: boolean
}

export function consentPage(o: ConsentOptions): string {
  const items = o.missing.map((s) => `<li>${escapeHtml(s)}</li>`).join('\n')
  return page(
    'Permissions requested',
    `<h1>Permissions requested</h1>
<p><strong>${escapeHtml(o.appName)}</strong> would like to access resources in your organization (${escapeHtml(o.username)}).</p>
<p>This app would like to:</p>
<ul id="permissions">
${items}
</ul>
<form id="consent" method="POST" action="${escapeHtml(o.action)}">
${hiddenInputs(o.hidden)}
${o.offerOrganizationConsent ? '<label><input type="checkbox" name="consent_org" value="on" checked> Consent on behalf of your organization</label><br>' : ''}
<button type="submit" name="action" value="accept">Accept</button>
<button type="submit" name="action" value="cancel">Cancel</button>
</form>`,
  )
}

export function adminApprovalPage(o: {
  action: string
  hidden: Record<string, string>
  appName: string
  missing: string[]
}): string {
  return page(
    'Need admin approval',
    `<h1>Need admin approval</h1>
<p><strong>${escapeHtml(o.appName)}</strong> needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</p>
<ul>${o.missing.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>
<form id="admin-approval" method="POST" action="${escapeHtml(o.action)}">
${hiddenInputs(o.hidden)}
<button type="submit" name="action" value="return">Return to the application without granting consent</button>
</form>`,
  )
}

export function stsErrorPage(body: StsErrorBody): string {
  const code = body.error_codes[0] ?? 0
  return page(
    'Sign in error',
    `<h1>Sorry, but we're having trouble signing you in.</h1>
<p class="error" id="aadsts" data-error="${escapeHtml(body.error)}" data-code="${code}">AADSTS${code}: ${escapeHtml(body.error_description.replace(/^AADSTS\d+: /, '').split(' Trace ID:')[0] ?? '')}</p>
<p class="muted">Trace ID: ${escapeHtml(body.trace_id)}<br>Correlation ID: ${escapeHtml(body.correlation_id)}<br>Timestamp: ${escapeHtml(body.timestamp)}</p>`,
  )
}

export function deviceCodeEntryPage(action: string, error?: string): string {
  return page(
    'Enter code',
    `<h1>Enter code</h1>
<p>Enter the code displayed on your app or device.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form id="device-code" method="POST" action="${escapeHtml(action)}">
<input name="otc" aria-label="Code" autocomplete="off" required>
<button type="submit">Next</button>
</form>`,
  )
}

export function deviceDonePage(appName: string): string {
  return page(
    'Signed in',
    `<h1 id="device-done">${escapeHtml(appName)}</h1>
<p>You have signed in to the ${escapeHtml(appName)} application on your device. You may now close this window.</p>`,
  )
}

export function deviceDeclinedPage(): string {
  return page(
    'Cancelled',
    '<h1 id="device-cancelled">Sign-in cancelled</h1><p>You may now close this window.</p>',
  )
}
