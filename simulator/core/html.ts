/** Escaping and the shared page frame for the sign-in pages. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:Segoe UI,system-ui,sans-serif;background:#f2f2f2;margin:0}main{max-width:440px;margin:48px auto;background:#fff;padding:32px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:24px;font-weight:600}button{padding:6px 16px;margin:4px 4px 4px 0}.error{color:#a4262c}.muted{color:#666;font-size:13px}ul{padding-left:20px}</style>
</head><body><main>
<p class="muted">Microsoft Entra ID (simulated)</p>
${body}
</main></body></html>`
}

export function hiddenInputs(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n')
}

/** The auto-submitting page Entra returns for response_mode=form_post. */
export function formPostPage(action: string, fields: Record<string, string>): string {
  return `<!DOCTYPE html>
<html><head><title>Working...</title></head>
<body onload="document.forms[0].submit()">
<form method="POST" name="hiddenform" action="${escapeHtml(action)}">
${hiddenInputs(fields)}
<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript>
</form></body></html>`
}
