import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { saveReport, type PrintWindowLike, type ReportExportDeps } from './report-export'

/** A fake of Electron's hidden window and save dialog that records what the export asked of them. */
function fakeElectron(choice: { canceled: boolean; filePath?: string }) {
  const calls: string[] = []
  const loaded: string[] = []
  const pdfOptions: unknown[] = []
  const deps: ReportExportDeps = {
    showSaveDialog: async (options) => {
      calls.push(
        `dialog ${options.defaultPath} ${options.filters.map((f) => f.extensions.join('/')).join(',')}`,
      )
      return choice
    },
    createPrintWindow: (): PrintWindowLike => {
      calls.push('window')
      return {
        webContents: {
          loadURL: async (url) => {
            loaded.push(url)
          },
          printToPDF: async (options) => {
            pdfOptions.push(options)
            calls.push('printToPDF')
            return Buffer.from('%PDF-1.7 fake')
          },
        },
        destroy: () => calls.push('destroy'),
      }
    },
  }
  return { deps, calls, loaded, pdfOptions }
}

const report = {
  html: '<!doctype html><p>Contoso report</p>',
  fileName: 'HelloID handover - Contoso - 2026-11-29.html',
}

describe('saving the handover report in the desktop app', () => {
  it('prints the report to PDF in a hidden window and writes it where the person chose', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-export-'))
    const target = join(dir, 'handover.pdf')
    const fake = fakeElectron({ canceled: false, filePath: target })
    const saved = await saveReport(fake.deps, report, 'pdf')
    expect(saved).toEqual({ ok: true, value: { saved: true, path: target } })
    expect(fake.calls).toEqual([
      'dialog HelloID handover - Contoso - 2026-11-29.pdf pdf',
      'window',
      'printToPDF',
      'destroy',
    ])
    // The page is the report itself, from a data: URL (nothing fetched), printed with its backgrounds.
    const url = fake.loaded[0] ?? ''
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true)
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString()).toBe(report.html)
    expect(fake.pdfOptions).toEqual([{ printBackground: true, pageSize: 'A4' }])
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake')
  })

  it('writes HTML without a window, and a cancelled dialog saves nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-export-'))
    const target = join(dir, 'handover.html')
    const html = fakeElectron({ canceled: false, filePath: target })
    expect(await saveReport(html.deps, report, 'html')).toEqual({
      ok: true,
      value: { saved: true, path: target },
    })
    expect(html.calls).toEqual(['dialog HelloID handover - Contoso - 2026-11-29.html html/htm'])
    expect(readFileSync(target, 'utf8')).toBe(report.html)

    const cancelled = fakeElectron({ canceled: true })
    expect(await saveReport(cancelled.deps, report, 'pdf')).toEqual({
      ok: true,
      value: { saved: false, path: null },
    })
    expect(cancelled.calls).toEqual(['dialog HelloID handover - Contoso - 2026-11-29.pdf pdf'])
  })

  it('words the save dialog in the page’s language: Dutch title and file type for a Dutch page', async () => {
    const asked: { title: string; names: string[] }[] = []
    const deps: ReportExportDeps = {
      ...fakeElectron({ canceled: true }).deps,
      showSaveDialog: async (options) => {
        asked.push({ title: options.title, names: options.filters.map((f) => f.name) })
        return { canceled: true }
      },
    }
    await saveReport(deps, report, 'pdf', 'nl')
    await saveReport(deps, report, 'html', 'nl')
    await saveReport(deps, report, 'html')
    expect(asked).toEqual([
      { title: 'Overdrachtsrapport opslaan', names: ['Pdf-document'] },
      { title: 'Overdrachtsrapport opslaan', names: ['Webpagina'] },
      // A request that names no language (an older page) gets English.
      { title: 'Save the handover report', names: ['Web page'] },
    ])
  })

  it('closes the hidden window even when printing fails', async () => {
    const fake = fakeElectron({ canceled: false, filePath: join(tmpdir(), 'never.pdf') })
    const failing: ReportExportDeps = {
      ...fake.deps,
      createPrintWindow: () => {
        const window = fake.deps.createPrintWindow()
        window.webContents.printToPDF = async () => {
          throw new Error('printing failed')
        }
        return window
      },
    }
    await expect(saveReport(failing, report, 'pdf')).rejects.toThrow('printing failed')
    expect(fake.calls.at(-1)).toBe('destroy')
  })
})
