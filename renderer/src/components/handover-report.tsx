import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components'
import { DocumentText16Regular } from '@fluentui/react-icons'
import { useEffect, useRef, useState, type JSX } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'

import { maskName, maskSensitive } from '../presentation'
import { PrimaryAction } from './action-bar'
import { useAppStore, useAppStoreShallow } from '../store/root'

const useStyles = makeStyles({
  overlay: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  toolbar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  spacer: { flexGrow: 1 },
  page: { overflowY: 'auto', padding: tokens.spacingVerticalL },
  // The report is a printed page: white paper in light and dark mode alike.
  paper: { maxWidth: '860px', margin: '0 auto', backgroundColor: '#fff', boxShadow: tokens.shadow16 },
})

interface Report {
  html: string
  fileName: string
}

/**
 * The handover report: made from the tenant on request and shown as the page it will be saved as. The
 * desktop app saves it as HTML or PDF where the person chooses; the browser preview downloads the HTML
 * and prints (the browser's "Save as PDF"). While presenting, customer details are hidden on screen.
 */
export function HandoverReportButton({ primary = false }: { primary?: boolean }): JSX.Element {
  const { t } = useTranslation()
  const api = useAppStore((s) => s.api)
  // The report is worded in the language the assistant is shown in.
  const language = useAppStore((s) => s.language)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const make = async (): Promise<void> => {
    setBusy(true)
    setProblem(null)
    const made = await api.getHandoverReport({ language })
    setBusy(false)
    if (made.ok) setReport(made.value)
    else setProblem(made.error.message)
  }
  return (
    <>
      <PrimaryAction active={primary}>
        <Button
          appearance={primary ? 'primary' : 'secondary'}
          icon={busy ? <Spinner size="tiny" /> : <DocumentText16Regular />}
          disabled={busy}
          onClick={() => void make()}
          data-testid="handover-report"
        >
          {busy ? t('report.making') : t('report.button')}
        </Button>
      </PrimaryAction>
      {problem && (
        <MessageBar intent="error" data-testid="handover-report-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {report && createPortal(<ReportView report={report} onClose={() => setReport(null)} />, document.body)}
    </>
  )
}

function ReportView({ report, onClose }: { report: Report; onClose: () => void }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { api, info, presentation, language } = useAppStoreShallow((s) => ({
    language: s.language,
    api: s.api,
    info: s.info,
    presentation: s.presentation,
  }))
  const host = useRef<HTMLDivElement>(null)
  const [saved, setSaved] = useState<string | null>(null)

  // The report's own styles stay inside a shadow root, so neither page restyles the other.
  useEffect(() => {
    const element = host.current
    if (!element) return
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' })
    const doc = new DOMParser().parseFromString(report.html, 'text/html')
    const style = doc.querySelector('style')?.textContent ?? ''
    root.innerHTML = `<style>${style}</style>${doc.body.innerHTML}`
    if (presentation) maskTree(root)
  }, [report.html, presentation])

  // Printing shows the report alone (global.css hides the rest while this class is on).
  useEffect(() => {
    document.body.classList.add('report-open')
    return () => document.body.classList.remove('report-open')
  }, [])

  const save = async (format: 'html' | 'pdf'): Promise<void> => {
    const result = await api.saveHandoverReport({ format, language })
    if (result.ok && result.value.path) setSaved(result.value.path)
  }
  const download = (): void => {
    const url = URL.createObjectURL(new Blob([report.html], { type: 'text/html;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = report.fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return (
    <div
      className={`${styles.overlay} report-overlay`}
      role="dialog"
      aria-label={t('report.heading')}
      data-testid="report-view"
    >
      <div className={`${styles.toolbar} report-toolbar`}>
        <Text weight="semibold">{t('report.heading')}</Text>
        <span className={styles.spacer} />
        {info?.host === 'desktop' ? (
          <>
            <Button onClick={() => void save('html')} data-testid="report-save-html">
              {t('report.saveHtml')}
            </Button>
            <Button appearance="primary" onClick={() => void save('pdf')} data-testid="report-save-pdf">
              {t('report.savePdf')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={download} data-testid="report-download">
              {t('report.downloadHtml')}
            </Button>
            <Button appearance="primary" onClick={() => window.print()} data-testid="report-print">
              {t('report.print')}
            </Button>
          </>
        )}
        <Button onClick={onClose} data-testid="report-close">
          {t('report.close')}
        </Button>
        {presentation && (
          <Text size={200} data-testid="report-masked">
            {t('report.masked')}
          </Text>
        )}
        {saved && (
          <Text size={200} data-testid="report-saved">
            {presentation ? t('report.saved', { path: '…' }) : t('report.saved', { path: saved })}
          </Text>
        )}
      </div>
      <div className={`${styles.page} report-page`}>
        <div className={styles.paper} ref={host} data-testid="report-preview" />
      </div>
    </div>
  )
}

/** Hides customer details in the on-screen copy: names as initials, e-mail addresses masked, ids and URLs as their last four characters. */
function maskTree(root: ShadowRoot): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-sensitive]')) {
    const text = element.textContent ?? ''
    element.textContent =
      element.dataset.sensitive === 'name'
        ? maskName(text)
        : text.includes('@')
          ? maskSensitive(text)
          : `••••${text.slice(-4)}`
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.tagName !== 'STYLE') node.textContent = maskSensitive(node.textContent ?? '')
  }
  for (const title of root.querySelectorAll('a')) title.removeAttribute('href')
}
