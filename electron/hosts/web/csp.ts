/**
 * The renderer's Content-Security-Policy, shared by the web host's header and index.html's meta tag.
 *
 * No inline or remote script, no remote connections (the web host adds its own origin for the API and
 * its WebSocket). `style-src 'unsafe-inline'` is needed because Fluent UI v9 (Griffel) inserts style
 * rules at runtime; without it controls render unstyled. Styles cannot run code, so the risk is limited
 * to CSS injection, which the rest of the policy (no remote loads) keeps away from any exfiltration.
 */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${connectSources.length ? ` ${connectSources.join(' ')}` : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ')
}
