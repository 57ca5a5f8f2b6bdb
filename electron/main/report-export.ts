import { writeFile } from 'node:fs/promises'

import type { Language } from '../../shared/i18n/catalog'
import { msg } from '../../shared/i18n/message'
import { ok, type Result } from '../../shared/result'
import { wordsInLanguage } from '../services/language-words'

/** The parts of a hidden BrowserWindow the PDF export uses; main passes Electron's, tests a fake. */
export interface PrintWindowLike {
  webContents: {
    loadURL(url: string): Promise<void>
    printToPDF(options: { printBackground: boolean; pageSize: 'A4' }): Promise<Buffer>
  }
  destroy(): void
}

/** What the export needs from Electron: a save dialog and a hidden window to print from. */
export interface ReportExportDeps {
  showSaveDialog(options: {
    title: string
    defaultPath: string
    filters: { name: string; extensions: string[] }[]
  }): Promise<{ canceled: boolean; filePath?: string }>
  createPrintWindow(): PrintWindowLike
  writeFile?: (path: string, data: string | Buffer) => Promise<void>
}

/**
 * Renders the report in a hidden, script-less window and prints it to PDF with Chromium
 * (https://www.electronjs.org/docs/latest/api/web-contents#contentsprinttopdfoptions). The page is
 * loaded from a data: URL, so nothing is fetched; the report's own CSP forbids any load anyway.
 */
export async function htmlToPdf(createPrintWindow: () => PrintWindowLike, html: string): Promise<Buffer> {
  const window = createPrintWindow()
  try {
    await window.webContents.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`,
    )
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
  } finally {
    window.destroy()
  }
}

/**
 * Asks where to save, then writes the report there as HTML or PDF; a cancelled dialog saves nothing. The
 * dialog's title and file type speak the page's language (the renderer sends it with the request).
 */
export async function saveReport(
  deps: ReportExportDeps,
  report: { html: string; fileName: string },
  format: 'html' | 'pdf',
  language: Language = 'en',
): Promise<Result<{ saved: boolean; path: string | null }>> {
  const say = (key: Parameters<typeof msg>[0]): string => wordsInLanguage(language, msg(key))
  const defaultPath = format === 'pdf' ? report.fileName.replace(/\.html$/, '.pdf') : report.fileName
  const chosen = await deps.showSaveDialog({
    title: say('report.saveDialogTitle'),
    defaultPath,
    filters:
      format === 'pdf'
        ? [{ name: say('report.fileKindPdf'), extensions: ['pdf'] }]
        : [{ name: say('report.fileKindHtml'), extensions: ['html', 'htm'] }],
  })
  if (chosen.canceled || !chosen.filePath) return ok({ saved: false, path: null })
  const data = format === 'pdf' ? await htmlToPdf(() => deps.createPrintWindow(), report.html) : report.html
  await (deps.writeFile ?? writeFile)(chosen.filePath, data)
  return ok({ saved: true, path: chosen.filePath })
}
