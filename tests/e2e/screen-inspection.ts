import axe from 'axe-core'
import type { Page } from 'playwright-core'

import { steps } from '../../shared/steps'

/** What the header, the rail and the step page say about progress, read from the page. */
export interface ProgressView {
  header: { done: number; total: number }
  rail: Record<string, string>
  current: string | null
  page: string | null
}

/**
 * Reads the three places that show progress: the header's "n of 21", every rail entry's status and which
 * one is current, and the open step page's status badge. (A string expression: this file is type-checked
 * for Node, where the DOM's globals do not exist.)
 */
export async function readProgress(page: Page): Promise<ProgressView> {
  const raw = await page.evaluate<{
    header: string
    rail: [string, string, string | null][]
    page: string | null
  }>(`(() => ({
    header: document.querySelector('[data-testid="progress-summary"]')?.textContent ?? '',
    rail: [...document.querySelectorAll('[data-testid^="rail-"]')].map((el) => [
      el.getAttribute('data-testid').slice('rail-'.length),
      el.getAttribute('data-status'),
      el.getAttribute('aria-current'),
    ]),
    page: document.querySelector('[data-testid="step-status"]')?.getAttribute('data-status') ?? null,
  }))()`)
  const [done = NaN, total = NaN] = (raw.header.match(/\d+/g) ?? []).map(Number)
  return {
    header: { done, total },
    rail: Object.fromEntries(raw.rail.map(([id, status]) => [id, status])),
    current: raw.rail.find(([, , current]) => current === 'step')?.[0] ?? null,
    page: raw.page,
  }
}

/**
 * The header, the rail and the step page agree: the header counts exactly the numbered steps the rail
 * shows done, out of all numbered steps, and the open page's status is the rail's for that step.
 * Returns what disagrees (empty when they agree).
 */
export function disagreements(view: ProgressView): string[] {
  const problems: string[] = []
  const numbered = steps.filter((s) => s.kind === 'step')
  const railDone = numbered.filter((s) => view.rail[s.id] === 'done').length
  if (Object.keys(view.rail).length !== steps.length)
    problems.push(`rail shows ${Object.keys(view.rail).length} entries, not ${steps.length}`)
  if (view.header.done !== railDone) problems.push(`header says ${view.header.done} done, rail ${railDone}`)
  if (view.header.total !== numbered.length)
    problems.push(`header counts ${view.header.total} steps, not ${numbered.length}`)
  if (!view.current) problems.push('no rail entry is current')
  else if (view.page !== view.rail[view.current])
    problems.push(`step page says ${view.page}, rail says ${view.rail[view.current]} for ${view.current}`)
  return problems
}

/**
 * The enabled, visible buttons drawn as primary (Fluent's brand background, at rest, hovered or pressed),
 * by their test id or text. Inside an open dialog only the dialog's buttons count: the page behind is inert.
 */
export async function primaryButtons(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const provider = document.querySelector('.fui-FluentProvider')
    const probe = document.createElement('span')
    provider.appendChild(probe)
    const brand = ['--colorBrandBackground', '--colorBrandBackgroundHover', '--colorBrandBackgroundPressed'].map(
      (name) => {
        probe.style.backgroundColor = 'var(' + name + ')'
        return getComputedStyle(probe).backgroundColor
      },
    )
    probe.remove()
    const dialog = document.querySelector('[role="dialog"], [role="alertdialog"]')
    const scope = dialog ?? document
    return [...scope.querySelectorAll('button, [role="button"], a')]
      .filter((el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true')
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => brand.includes(getComputedStyle(el).backgroundColor))
      .map((el) => el.getAttribute('data-testid') ?? (el.textContent ?? '').trim())
  })()`)
}

/**
 * Axe's serious and critical findings on the page as it is now (WCAG 2 A and AA). Axe is put into the page
 * once and run there: @axe-core/playwright's builder opens a second page for every run to put the results
 * together, which costs seconds a screen on a busy machine and checks nothing more on a page without frames.
 */
export async function seriousA11yViolations(page: Page, screen: string): Promise<string[]> {
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) await page.evaluate(axe.source)
  const violations = await page.evaluate<
    { id: string; impact: string | null; nodes: { html: string; target: string[] }[] }[]
  >(`axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    }).then((results) => results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ html: n.html, target: n.target.map(String) })),
    })))`)
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && isTabsterDummy(n.html))),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/**
 * Fluent's focus manager (tabster) puts a focusable, aria-hidden `<i data-tabster-dummy>` at each end of a
 * focus group; it passes focus on the moment it gets it, so a screen reader never lands there. Microsoft's
 * own Accessibility Insights drops exactly these from aria-hidden-focus
 * (https://github.com/microsoft/accessibility-insights-web/pull/7605); so do we, and nothing else.
 */
function isTabsterDummy(html: string): boolean {
  return /^<i\b[^>]*\bdata-tabster-dummy=/.test(html)
}

/** One piece of what the page holds: a text node, an attribute, or an input's current value. */
export interface DomPiece {
  /** The test ids of the element and its ancestors, outermost first (or the tag when there are none). */
  where: string
  /** `text`, `@attribute`, `.value` (an input's current value) or `title` (the document's). */
  kind: string
  value: string
  /** The value (attribute or current) of an input drawn as dots (type=password): never on screen. */
  dotted?: true
}

/**
 * Everything the page holds that could show or be read out: every text node, every attribute value of
 * every element (title, aria-label, placeholder, alt, value…), every input's current value and the
 * document's title.
 */
export async function domPieces(page: Page): Promise<DomPiece[]> {
  return page.evaluate<DomPiece[]>(`(() => {
    const out = []
    const where = (el) => {
      const ids = []
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const id = e.getAttribute('data-testid')
        if (id) ids.unshift(id)
      }
      return ids.join(' > ') || (el ? el.tagName.toLowerCase() : '?')
    }
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      if (node.nodeValue && node.nodeValue.trim()) out.push({ where: where(node.parentElement), kind: 'text', value: node.nodeValue })
    }
    for (const el of document.querySelectorAll('*')) {
      const dotted = el instanceof HTMLInputElement && el.type === 'password'
      for (const attribute of el.attributes) {
        const piece = { where: where(el), kind: '@' + attribute.name, value: attribute.value }
        if (dotted && attribute.name === 'value') piece.dotted = true
        out.push(piece)
      }
      if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) && el.value) {
        const piece = { where: where(el), kind: '.value', value: el.value }
        if (dotted) piece.dotted = true
        out.push(piece)
      }
    }
    out.push({ where: 'document', kind: 'title', value: document.title })
    return out
  })()`)
}

/** A customer identifier to look for, and how to recognise it in text. */
export interface Identifier {
  what: string
  value: string
}

/** A piece that shows a customer identifier. */
export interface Leak {
  what: string
  piece: DomPiece
}

/** Escapes a text for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The pieces that show an identifier (case-insensitive, as a whole word: "Contoso" is found in
 * "contoso.onmicrosoft.com" but not in "Contosoville"), leaving out only what is never on screen (an input
 * drawn as dots) and what the app shows before it knows any customer (`fixed`: the pieces of the same
 * screen read before sign-in, such as a drawing's sample "Contoso" or a field's example placeholder), and
 * a piece that is, whole, one of the catalog's texts without parameters (an example such as
 * "for example https://contoso.helloid.com": nothing of the tenant can be in it).
 */
export function findLeaks(
  pieces: readonly DomPiece[],
  identifiers: readonly Identifier[],
  fixed: ReadonlySet<string> = new Set(),
  catalogTexts: ReadonlySet<string> = new Set(),
): Leak[] {
  const leaks: Leak[] = []
  for (const piece of pieces) {
    if (piece.dotted) continue
    if (fixed.has(pieceKey(piece))) continue
    if (catalogTexts.has(piece.value.trim())) continue
    for (const id of identifiers) {
      const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(id.value)}($|[^\\p{L}\\p{N}])`, 'iu')
      if (word.test(piece.value)) leaks.push({ what: id.what, piece })
    }
  }
  return leaks
}

/** A piece's identity for comparing two readings of a screen: where it is, what kind, what it says. */
export function pieceKey(piece: DomPiece): string {
  return `${piece.where}|${piece.kind}|${piece.value}`
}

/**
 * Waits until the page's motion has ended (a dialog fading in, a button fading to its colour), so what is
 * measured is what the screen settles on; endless animations (spinners) do not count.
 */
export async function settled(page: Page): Promise<void> {
  const deadline = Date.now() + 5_000
  const moving = `document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity)`
  while (await page.evaluate<boolean>(moving)) {
    if (Date.now() > deadline) throw new Error('the page kept moving for 5 s')
    await page.waitForTimeout(50)
  }
}

/** Every text of a catalog that takes no parameters: words that cannot carry anything of a tenant. */
export function parameterFreeTexts(catalog: unknown): Set<string> {
  const texts = new Set<string>()
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      if (!node.includes('{{')) texts.add(node.trim())
    } else if (node && typeof node === 'object') for (const child of Object.values(node)) visit(child)
  }
  visit(catalog)
  return texts
}

/** Every text node of the page, trimmed, with where it stands (what it shows and what it holds folded away). */
export async function pageTexts(page: Page): Promise<{ where: string; text: string }[]> {
  return (await domPieces(page))
    .filter((p) => p.kind === 'text')
    .map((p) => ({ where: p.where, text: p.value.trim() }))
}
