/**
 * The language of our screen drawings, as plain data: a screen is a portal frame (title bar, breadcrumb,
 * page title, optional menu blade) plus a list of controls placed on a fixed canvas. Controls that a step
 * points at carry an `id`; a callout names that id. Boxes are computed here, in one place, so the drawing
 * and its callouts can never disagree, and so tests can check the catalog without rendering anything.
 */

/** The drawing canvas (SVG viewBox units); the SVG scales to the window. */
export const canvas = { width: 720, height: 400 } as const

/** Where the frame's parts sit on the canvas. */
export const frame = {
  barHeight: 34,
  crumbsY: 52,
  titleY: 80,
  bodyTop: 96,
  navWidth: 172,
  navItemHeight: 23,
  contentX: 190,
} as const

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** An approximate text width: good enough to size buttons around their labels in any sans-serif font. */
export function textWidth(text: string, size = 13): number {
  return Math.ceil(text.length * size * 0.56)
}

export type IconName = 'plus' | 'refresh' | 'save' | 'discard' | 'play' | 'copy' | 'key' | 'search' | 'upload'

/** One line of a menu blade: a section heading, or an item that can be selected or pointed at. */
export interface NavEntry {
  label: string
  section?: boolean
  selected?: boolean
  indent?: boolean
  id?: string
}

interface Base {
  id?: string
  x: number
  y: number
}

/** The controls a screen is made of. */
export type Control =
  | (Base & { kind: 'button'; label: string; primary?: boolean; icon?: IconName })
  /** A command-bar action: icon and label without a border, as at the top of Azure pages. */
  | (Base & { kind: 'command'; label: string; icon: IconName })
  | (Base & {
      kind: 'text'
      label: string
      size?: number
      weight?: 'bold'
      tone?: 'muted' | 'link' | 'success'
    })
  /** A labelled input; `copyId` names its copy button when it has one. */
  | (Base & {
      kind: 'field'
      w: number
      label: string
      value?: string
      placeholder?: string
      masked?: boolean
      copyId?: string
      required?: boolean
    })
  | (Base & { kind: 'dropdown'; w: number; label: string; value: string })
  | (Base & { kind: 'search'; w: number; value?: string; placeholder: string })
  /** A collapsible section heading (chevron, label). */
  | (Base & { kind: 'section'; label: string; w: number; open: boolean })
  /** The On / Off switch Azure uses for Provisioning Status. */
  | (Base & { kind: 'toggle'; label: string; on: boolean })
  /** A gallery tile or an Azure service icon: a square with initials (never a vendor logo) and a caption. */
  | (Base & { kind: 'tile'; w: number; h: number; initials: string; label: string; note?: string })
  /** A side pane sliding in from the right, as Azure opens for Create and Add Assignment. */
  | (Base & { kind: 'pane'; w: number; h: number; title: string })
  | (Base & { kind: 'toast'; w: number; title: string; body: string })
  /** A simple table: a header row and rows of cells. */
  | (Base & { kind: 'table'; w: number; columns: string[]; rows: string[][] })
  /** A label with a big number under it, as the provisioning overview shows counts. */
  | (Base & { kind: 'stat'; label: string; value: string })
  | (Base & { kind: 'progress'; w: number; label: string; percent: number })
  /** Grey bars standing for text the step does not need. */
  | (Base & { kind: 'lines'; w: number; count: number })
  /** Dims what lies under a pane. */
  | { kind: 'shade'; id?: undefined; x: number; y: number; w: number; h: number }

/** One drawn screen of a portal. */
export interface ScreenSpec {
  portal: 'helloid' | 'azure' | 'signin'
  /** The breadcrumb above the page title (Azure) or the page path (HelloID). */
  crumbs: readonly string[]
  title: string
  nav?: readonly NavEntry[]
  controls: readonly Control[]
}

const buttonHeight = 28
const fieldHeight = 28

/** The width of a button or command around its label (and icon). */
export function buttonWidth(label: string, icon?: IconName): number {
  return textWidth(label) + (icon ? 44 : 26)
}

/** The box of the nav entry at `index`. */
export function navBox(index: number): Box {
  return {
    x: 6,
    y: frame.bodyTop + 6 + index * frame.navItemHeight,
    w: frame.navWidth - 14,
    h: frame.navItemHeight - 2,
  }
}

/** Where a field's input sits: its label is above it. */
export function fieldInputBox(c: { x: number; y: number; w: number }): Box {
  return { x: c.x, y: c.y + 18, w: c.w, h: fieldHeight }
}

/** A field's copy button, just right of the input. */
export function copyButtonBox(c: { x: number; y: number; w: number }): Box {
  const input = fieldInputBox(c)
  return { x: input.x + input.w + 6, y: input.y, w: fieldHeight, h: fieldHeight }
}

/** The outline of a control: what a callout rings. */
export function controlBox(c: Control): Box {
  switch (c.kind) {
    case 'button':
      return { x: c.x, y: c.y, w: buttonWidth(c.label, c.icon), h: buttonHeight }
    case 'command':
      return { x: c.x, y: c.y, w: buttonWidth(c.label, c.icon) - 6, h: 26 }
    case 'text': {
      const size = c.size ?? 13
      return { x: c.x - 2, y: c.y - size - 1, w: textWidth(c.label, size) + 4, h: size + 7 }
    }
    case 'field':
    case 'dropdown':
      return fieldInputBox(c)
    case 'search':
      return { x: c.x, y: c.y, w: c.w, h: fieldHeight }
    case 'section':
      return { x: c.x, y: c.y, w: c.w, h: 24 }
    case 'toggle':
      return { x: c.x, y: c.y + 18, w: 96, h: 26 }
    case 'tile':
    case 'pane':
    case 'shade':
      return { x: c.x, y: c.y, w: c.w, h: c.h }
    case 'toast':
      return { x: c.x, y: c.y, w: c.w, h: 58 }
    case 'table':
      return { x: c.x, y: c.y, w: c.w, h: 26 * (c.rows.length + 1) }
    case 'stat':
      return { x: c.x, y: c.y, w: Math.max(textWidth(c.label, 12), 40) + 4, h: 44 }
    case 'progress':
      return { x: c.x, y: c.y, w: c.w, h: 30 }
    case 'lines':
      return { x: c.x, y: c.y, w: c.w, h: c.count * 16 }
  }
}

/** Every control a callout may name on this screen, by id (copy buttons included). */
export function anchors(screen: ScreenSpec): Map<string, Box> {
  const found = new Map<string, Box>()
  screen.nav?.forEach((entry, index) => {
    if (entry.id) found.set(entry.id, navBox(index))
  })
  for (const control of screen.controls) {
    if (control.id) found.set(control.id, controlBox(control))
    if (control.kind === 'field' && control.copyId) found.set(control.copyId, copyButtonBox(control))
  }
  return found
}
