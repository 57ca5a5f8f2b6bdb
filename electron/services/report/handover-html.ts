import type { Catalog } from '../../../shared/i18n/catalog'
import {
  enterpriseAppOverviewUrl,
  isMicrosoftCloud,
  provisioningLogsUrl,
  provisioningUrl,
  usersAndGroupsUrl,
} from '../../../shared/entra-links'
import { wordsIn } from '../../../shared/i18n/message'
import type { HandoverFacts, ReportWarning } from './handover-facts'

/**
 * The catalog the report is worded from: any language of the product (they share English's keys), whole, since
 * the checks' warnings are worded from it too.
 */
export type ReportCatalog = Catalog

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Fills `{{name}}` placeholders (values are escaped by the caller's use). */
function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(params[key] ?? ''))
}

/** A date and time as a person reads it, in UTC so every reader sees the same. */
function when(iso: string | null): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/**
 * The handover report as one self-contained HTML page: inline styles only, no script, no image, no
 * font or anything else to fetch (its own CSP forbids it), printable on A4. Values that identify the
 * customer carry `data-sensitive`, so the on-screen preview can hide them while presenting.
 */
export function renderHandoverHtml(facts: HandoverFacts, catalog: ReportCatalog, lang = 'en'): string {
  const w = catalog.report
  // Full keys ('report.…'), so the catalog's key check sees every word the report uses.
  const plain = (key: `report.${keyof typeof w}`, params?: Record<string, string | number>): string =>
    fill(w[key.slice('report.'.length) as keyof typeof w], params)
  const t = (key: `report.${keyof typeof w}`, params?: Record<string, string | number>): string =>
    escapeHtml(plain(key, params))
  const text = (value: string | null | undefined, sensitive?: 'name' | 'id'): string =>
    value
      ? sensitive
        ? `<span data-sensitive="${sensitive}">${escapeHtml(value)}</span>`
        : escapeHtml(value)
      : '—'
  const row = (label: string, value: string): string =>
    `<tr><th scope="row">${label}</th><td>${value}</td></tr>`
  const table = (rows: string[]): string => `<table class="facts">${rows.join('')}</table>`
  const section = (heading: string, body: string): string => `<section><h2>${heading}</h2>${body}</section>`

  const { customer, app, job, settings } = facts
  // Practice mode's simulated tenant (its own cloud) has no pages in Entra: its ids would open "not found".
  const inEntra = isMicrosoftCloud(customer.cloudId)
  const links =
    app && inEntra
      ? (() => {
          const context = { cloudId: customer.cloudId, tenantId: customer.tenantId }
          const ref = { servicePrincipalId: app.servicePrincipalId, appId: app.appId }
          return [
            [plain('report.linkOverview'), enterpriseAppOverviewUrl(ref, context)],
            [plain('report.linkProvisioning'), provisioningUrl(ref, context)],
            [plain('report.linkUsers'), usersAndGroupsUrl(ref, context)],
            [plain('report.linkLogs'), provisioningLogsUrl(context)],
          ] as const
        })()
      : []

  const customerPart = section(
    t('report.customerHeading'),
    table([
      row(t('report.customer'), text(customer.name, 'name')),
      row(t('report.tenant'), text(customer.tenant, 'name')),
      row(t('report.tenantId'), text(customer.tenantId, 'id')),
      row(t('report.cloud'), text(customer.cloudId)),
      row(t('report.helloIdPortal'), text(customer.helloIdPortal, 'id')),
      row(t('report.helloIdUrl'), text(customer.helloIdUrl, 'id')),
    ]),
  )
  const signedInPart = section(
    t('report.signedInHeading'),
    table([
      row(
        t('report.signedInAs'),
        `${text(facts.signedIn.name, 'name')} (${text(facts.signedIn.username, 'id')})`,
      ),
      row(t('report.signedInAt'), escapeHtml(when(facts.signedIn.at))),
    ]),
  )
  const createdPart = section(
    t('report.createdHeading'),
    app
      ? table([
          row(t('report.appName'), text(app.displayName)),
          row(t('report.servicePrincipalId'), `<code>${text(app.servicePrincipalId, 'id')}</code>`),
          row(t('report.appId'), `<code>${text(app.appId, 'id')}</code>`),
          row(t('report.applicationId'), `<code>${text(app.applicationId, 'id')}</code>`),
          row(t('report.jobId'), `<code>${text(job?.id, 'id')}</code>`),
          row(t('report.createdAt'), escapeHtml(when(app.createdAt))),
          row(
            t('report.madeBy'),
            app.madeByAssistant ? t('report.madeByAssistant') : t('report.madeBySomeoneElse'),
          ),
        ])
      : `<p>${t('report.noApp')}</p>`,
  )
  const mappings = settings.mappings
    ? [
        settings.mappings.employeeId ? t('report.mappingEmployeeId') : null,
        settings.mappings.manager ? t('report.mappingManager') : null,
      ].filter((m): m is string => m !== null)
    : null
  const settingsPart = app
    ? section(
        t('report.settingsHeading'),
        table([
          row(
            t('report.scope'),
            settings.scope === 'assigned' ? t('report.scopeAssigned') : t('report.scopeUnknown'),
          ),
          row(
            t('report.mappings'),
            mappings === null
              ? t('report.mappingsUnknown')
              : mappings.length
                ? mappings.join('<br>')
                : t('report.mappingsNone'),
          ),
          row(
            t('report.notificationEmail'),
            settings.notificationEmail
              ? text(settings.notificationEmail, 'id')
              : t('report.notificationNone'),
          ),
        ]),
      )
    : ''
  const tested = facts.testConnection
  const testPart = app
    ? section(
        t('report.testHeading'),
        `<p data-test-connection="${tested.result}">${
          tested.result === 'passed'
            ? tested.detail === 'saved'
              ? t('report.testPassedSaved', { when: when(tested.at) })
              : t('report.testPassed', { when: when(tested.at) })
            : tested.result === 'failed'
              ? t('report.testFailed', { when: when(tested.at), detail: tested.detail ?? '' })
              : t('report.testNotChecked')
        }</p>`,
      )
    : ''
  const assignmentsPart = app
    ? section(
        t('report.assignmentsHeading'),
        facts.assignments.length
          ? `<table class="list"><thead><tr><th scope="col">${t('report.assignee')}</th><th scope="col">${t('report.type')}</th><th scope="col">${t('report.id')}</th></tr></thead><tbody>${facts.assignments
              .map(
                (a) =>
                  `<tr><td>${text(a.displayName, 'name')}</td><td>${text(a.type)}</td><td><code>${text(a.id, 'id')}</code></td></tr>`,
              )
              .join('')}</tbody></table>`
          : `<p>${t('report.assignmentsNone')}</p>`,
      )
    : ''
  const cyclePart =
    app && job
      ? section(
          t('report.cycleHeading'),
          `<p class="state state-${job.health}" data-health="${escapeHtml(job.health)}"><strong>${
            job.health === 'completed'
              ? t('report.cycleCompleted')
              : job.health === 'waiting'
                ? t('report.cycleWaiting')
                : t('report.cycleProblem')
          }</strong></p>` +
            table([
              row(t('report.users'), `<span data-count="users">${job.counts.users}</span>`),
              row(t('report.groups'), `<span data-count="groups">${job.counts.groups}</span>`),
              row(t('report.exported'), String(job.lastCycle?.exported ?? 0)),
              row(t('report.escrowed'), String(job.lastCycle?.escrowed ?? 0)),
              row(t('report.lastCycleEnded'), escapeHtml(when(job.lastCycle?.endedAt ?? null))),
              row(t('report.statusCode'), `<code>${text(job.code)}</code>`),
            ]),
        )
      : ''
  const warnings = facts.warnings.map((code) => warningText(code, catalog))
  const warningsPart = section(
    t('report.warningsHeading'),
    warnings.length
      ? `<ul>${warnings.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`
      : `<p>${t('report.warningsNone')}</p>`,
  )
  const appName = app?.displayName ?? 'HelloID'
  const next = !app
    ? [t('report.nextSetup')]
    : [
        ...(job?.health === 'waiting' ? [t('report.nextWaiting')] : []),
        ...(job?.problem ? [escapeHtml(catalog.job.cause[job.problem.fix])] : []),
        t('report.nextAssign', { app: appName }),
        t('report.nextLogs', { app: appName }),
        t('report.nextSecret'),
        settings.notificationEmail
          ? t('report.nextNotify', { email: settings.notificationEmail })
          : t('report.nextNotifyNone'),
      ]
  const nextPart = section(
    t('report.nextHeading', { customer: CUSTOMER_MARK }).replace(
      CUSTOMER_MARK,
      `<span data-sensitive="name">${escapeHtml(customer.name)}</span>`,
    ),
    `<ol>${next.map((x) => `<li>${x}</li>`).join('')}</ol>`,
  )
  const linksPart = links.length
    ? section(
        t('report.linksHeading'),
        `<ul>${links.map(([label, href]) => `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`).join('')}</ul>`,
      )
    : app && !inEntra
      ? section(t('report.linksHeading'), `<p>${t('report.linksPractice')}</p>`)
      : ''

  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('report.title')} — ${escapeHtml(customer.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<article class="report" data-report="handover">
<header><h1>${t('report.title')}</h1><p class="sub">${t('report.subtitle')}</p><p class="sub">${t('report.generated', { when: when(facts.generatedAt) })}</p></header>
${customerPart}
${signedInPart}
${createdPart}
${settingsPart}
${testPart}
${assignmentsPart}
${cyclePart}
${warningsPart}
${nextPart}
${linksPart}
<footer><p>${t('report.footer')}</p></footer>
</article>
</body>
</html>
`
}

/** Stands in for the customer's name in a heading, where it is wrapped so the preview can hide it. */
const CUSTOMER_MARK = '\u0000customer\u0000'

/** A warning from the facts, in words: a check's catalog words, a job code, or (older) plain text as is. */
function warningText(warning: ReportWarning, catalog: ReportCatalog): string {
  if (typeof warning !== 'string')
    return `${wordsIn(catalog, warning.title)}: ${wordsIn(catalog, warning.detail)}`
  const code = warning
  // 'report.warnEscrowed'
  if (code === 'job.escrowed') return catalog.report.warnEscrowed
  const fix = code.startsWith('job.') ? code.slice(4) : ''
  if (fix in catalog.job.cause) return catalog.job.cause[fix as keyof typeof catalog.job.cause]
  return code
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 11pt/1.45 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; background: #fff; }
.report { max-width: 780px; margin: 0 auto; padding: 28px 32px; }
header { border-bottom: 3px solid #0f6cbd; margin-bottom: 16px; padding-bottom: 8px; }
h1 { font-size: 20pt; margin: 0 0 4px; }
h2 { font-size: 13pt; margin: 18px 0 6px; color: #0f548c; break-after: avoid; }
.sub { margin: 0; color: #555; }
section { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; }
.facts th { text-align: left; width: 38%; font-weight: 600; vertical-align: top; padding: 3px 8px 3px 0; }
.facts td { padding: 3px 0; word-break: break-word; }
.list th, .list td { text-align: left; border-bottom: 1px solid #ddd; padding: 4px 6px 4px 0; word-break: break-word; }
code { font-family: Consolas, "SFMono-Regular", Menlo, monospace; font-size: 9.5pt; }
.state { padding: 6px 10px; border-radius: 4px; background: #fdf3e7; border-left: 4px solid #c36d00; }
.state-completed { background: #eaf6ec; border-left-color: #107c10; }
.state-waiting { background: #eef4fb; border-left-color: #0f6cbd; }
footer { margin-top: 24px; border-top: 1px solid #ddd; color: #666; font-size: 9pt; }
a { color: #0f548c; }
@page { size: A4; margin: 16mm; }
@media print { .report { padding: 0; max-width: none; } a { text-decoration: none; } }
`
