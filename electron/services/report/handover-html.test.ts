import { describe, expect, it } from 'vitest'

import { en } from '../../../shared/i18n/en'
import { displayName, msg } from '../../../shared/i18n/message'
import { nl } from '../../../shared/i18n/nl'
import type { HandoverFacts } from './handover-facts'
import { renderHandoverHtml } from './handover-html'
import { reportFileName } from './handover-report'

const facts: HandoverFacts = {
  generatedAt: '2026-11-29T21:00:00.000Z',
  customer: {
    name: 'Contoso <script>alert(1)</script>',
    tenant: 'contoso.onmicrosoft.com',
    tenantId: '11111111-2222-3333-4444-555555555555',
    cloudId: 'global',
    helloIdPortal: 'https://contoso.helloid.com/',
    helloIdUrl: 'https://contoso.helloid.com/scim/abc',
  },
  signedIn: { name: 'Adele Vance', username: 'adele@contoso.com', at: '2026-11-29T20:00:00.000Z' },
  app: {
    displayName: 'HelloID',
    servicePrincipalId: 'aaaaaaaa-0000-0000-0000-000000000001',
    appId: 'bbbbbbbb-0000-0000-0000-000000000002',
    applicationId: 'cccccccc-0000-0000-0000-000000000003',
    madeByAssistant: true,
    createdAt: '2026-11-29T20:10:00.000Z',
  },
  job: {
    id: 'scim.0123456789abcdef.ffff',
    code: 'Active',
    health: 'completed',
    initialCycleCompleted: true,
    scheduleState: 'Active',
    progress: null,
    counts: { users: 12, groups: 1 },
    lastCycle: {
      state: 'Succeeded',
      endedAt: '2026-11-29T20:20:00.000Z',
      exported: 13,
      escrowed: 0,
      errorCode: null,
    },
    quarantine: null,
    problem: null,
  },
  settings: {
    scope: 'assigned',
    mappings: { employeeId: true, manager: false },
    notificationEmail: 'ops@contoso.com',
  },
  testConnection: { result: 'passed', at: '2026-11-29T21:00:00.000Z', detail: null },
  assignments: [{ displayName: 'HelloID Users', type: 'Group', id: 'dddddddd-0000-0000-0000-000000000004' }],
  warnings: ['job.escrowed'],
}

describe('handover report page', () => {
  const html = renderHandoverHtml(facts, en)

  it('holds the created ids, the first-cycle counts and the settings', () => {
    for (const id of [
      facts.app?.servicePrincipalId,
      facts.app?.appId,
      facts.app?.applicationId,
      facts.job?.id,
    ])
      expect(html).toContain(id)
    expect(html).toContain('<span data-count="users">12</span>')
    expect(html).toContain('<span data-count="groups">1</span>')
    expect(html).toContain('Initial cycle completed')
    expect(html).toContain('Sync only assigned users and groups')
    expect(html).toContain('employeeId → employeeId')
    expect(html).toContain('ops@contoso.com')
    expect(html).toContain('data-test-connection="passed"')
    expect(html).toContain('Some users or groups failed in the last cycle')
  })

  it('is self-contained: no script, nothing to fetch, and text is escaped', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toMatch(/<(img|link|iframe|object|embed)\b/i)
    expect(html).not.toMatch(/\bsrc=/i)
    expect(html).not.toMatch(/url\(/i)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    // Links to the Entra admin center are plain anchors, built for this tenant.
    expect(html).toContain(`https://entra.microsoft.com/${facts.customer.tenantId}/#view/`)
  })

  it('links to no Entra page for practice mode’s simulated tenant, and says why, in the report’s language', () => {
    const practice = { ...facts, customer: { ...facts.customer, cloudId: 'simulated' } }
    const english = renderHandoverHtml(practice, en)
    expect(english).not.toMatch(/<a\b/i)
    expect(english).not.toContain('entra.microsoft.com')
    expect(english).toContain(en.report.linksPractice)
    expect(renderHandoverHtml(practice, nl, 'nl')).toContain(nl.report.linksPractice)
    // A real cloud's report keeps its links, and no word of practice.
    expect(html).not.toContain(en.report.linksPractice)
    expect(
      renderHandoverHtml({ ...facts, customer: { ...facts.customer, cloudId: 'usGovL4' } }, en),
    ).toContain(`https://portal.azure.us/${facts.customer.tenantId}/#view/`)
  })

  it('words a check’s warning in the report’s language, and shows an older plain-text warning as it was', () => {
    const warned = {
      ...facts,
      warnings: [
        {
          title: msg('checks.title.licence'),
          detail: msg('problems.setup.noGroup', { group: displayName('Sales') }),
        },
        'Licence for group assignment: not found',
      ],
    }
    const dutch = renderHandoverHtml(warned, nl, 'nl')
    expect(dutch).toContain(
      `<li>${nl.checks.title.licence}: ${nl.problems.setup.noGroup.replace('{{group}}', 'Sales')}</li>`,
    )
    expect(dutch).toContain('<li>Licence for group assignment: not found</li>')
    const english = renderHandoverHtml(warned, en)
    expect(english).toContain(`<li>${en.checks.title.licence}: No group “Sales” exists in this tenant.</li>`)
  })

  it('says when nothing is set up yet, and names the file safely', () => {
    const empty = renderHandoverHtml({ ...facts, app: null, job: null, assignments: [], warnings: [] }, en)
    expect(empty).toContain(en.report.noApp)
    expect(empty).toContain(en.report.nextSetup)
    expect(reportFileName('Contoso / "R&D": ltd', facts.generatedAt)).toBe(
      'HelloID handover - Contoso R&D ltd - 2026-11-29.html',
    )
    // In the report's language; a name with nothing usable left says "customer" in that language.
    expect(reportFileName('Contoso', facts.generatedAt, nl)).toBe(
      'HelloID-overdracht - Contoso - 2026-11-29.html',
    )
    expect(reportFileName('///', facts.generatedAt, nl)).toBe('HelloID-overdracht - klant - 2026-11-29.html')
  })
})
