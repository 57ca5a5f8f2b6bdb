import type { Language } from '../../../shared/i18n/catalog'
import { en } from '../../../shared/i18n/en'
import { nl } from '../../../shared/i18n/nl'
import { msg, wordsIn } from '../../../shared/i18n/message'
import type { Result } from '../../../shared/result'
import { collectHandoverFacts, type CollectHandoverOptions, type HandoverFacts } from './handover-facts'
import { renderHandoverHtml, type ReportCatalog } from './handover-html'

/** The handover report, ready to save: the page, a file name, and the facts it was made from. */
export interface HandoverReport {
  html: string
  fileName: string
  facts: HandoverFacts
}

/** Each language's words for the report, from the product's catalogs. */
const reportCatalogs: Record<Language, ReportCatalog> = { en, nl }

/**
 * Reads the tenant and words the handover report in `language` (English unless asked); the app and the CLI
 * both make it here.
 */
export async function buildHandoverReport(
  options: CollectHandoverOptions & { language?: Language },
): Promise<Result<HandoverReport>> {
  const language = options.language ?? 'en'
  const facts = await collectHandoverFacts(options)
  if (!facts.ok) return facts
  return {
    ok: true,
    value: {
      html: renderHandoverHtml(facts.value, reportCatalogs[language], language),
      fileName: reportFileName(facts.value.customer.name, facts.value.generatedAt, reportCatalogs[language]),
      facts: facts.value,
    },
  }
}

/**
 * "HelloID handover - Contoso Ltd - 2026-11-29.html" (in the report's language): safe on every file system.
 */
export function reportFileName(customer: string, generatedAt: string, catalog: ReportCatalog = en): string {
  const name = customer
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
  const customerPart = name || wordsIn(catalog, msg('report.fileNameCustomer'))
  return wordsIn(catalog, msg('report.fileName', { customer: customerPart, date: generatedAt.slice(0, 10) }))
}
