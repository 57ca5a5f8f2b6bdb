import { makeStyles, tokens } from '@fluentui/react-components'
import type { JSX } from 'react'

import {
  buttonWidth,
  canvas,
  controlBox,
  copyButtonBox,
  fieldInputBox,
  frame,
  navBox,
  type Box,
  type Control,
  type IconName,
  type NavEntry,
  type ScreenSpec,
} from './spec'

/*
 * The building blocks every drawing is made of: the portal frame, a menu blade, buttons, fields, a callout.
 * Colours come from Fluent's tokens (CSS variables), so drawings follow light and dark mode with the app.
 * Only the portals' title bars keep a fixed hue, as the real portals do in both modes.
 */
const useStyles = makeStyles({
  svg: {
    display: 'block',
    width: '100%',
    height: 'auto',
    // Never taller than about half the window, so the instructions and Next stay close at 1024×700.
    maxHeight: 'min(460px, 56vh)',
    fontFamily: tokens.fontFamilyBase,
  },
  window: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralStroke1 },
  blade: { fill: tokens.colorNeutralBackground2 },
  rule: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  text: { fill: tokens.colorNeutralForeground1 },
  muted: { fill: tokens.colorNeutralForeground3 },
  link: { fill: tokens.colorBrandForegroundLink },
  success: { fill: tokens.colorPaletteGreenForeground1 },
  onBar: { fill: '#ffffff' },
  barHelloid: { fill: '#3b2570' },
  barAzure: { fill: '#0f4a85' },
  barSignin: { fill: tokens.colorNeutralBackground3 },
  selected: { fill: tokens.colorNeutralBackground1Selected },
  input: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralStrokeAccessible },
  control: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralStroke1 },
  primary: { fill: tokens.colorBrandBackground },
  onPrimary: { fill: tokens.colorNeutralForegroundOnBrand },
  icon: { stroke: tokens.colorBrandForeground1, fill: 'none', strokeWidth: 1.6 },
  iconOnPrimary: { stroke: tokens.colorNeutralForegroundOnBrand, fill: 'none', strokeWidth: 1.6 },
  tileIcon: { fill: tokens.colorBrandBackground2 },
  tileInitials: { fill: tokens.colorBrandForeground2 },
  placeholder: { fill: tokens.colorNeutralBackground4 },
  shade: { fill: tokens.colorBackgroundOverlay },
  pane: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralStroke1,
    filter: 'drop-shadow(-2px 0 4px rgba(0,0,0,0.25))',
  },
  toast: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorPaletteGreenBorder2, strokeWidth: 1.5 },
  toggleOn: { fill: tokens.colorBrandBackground },
  ring: { fill: 'none', stroke: tokens.colorPaletteRedBorder2, strokeWidth: 2.5 },
  badge: { fill: tokens.colorPaletteRedBackground3, stroke: tokens.colorNeutralBackground1, strokeWidth: 2 },
  badgeText: { fill: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightBold },
  bold: { fontWeight: tokens.fontWeightSemibold },
})

type Styles = ReturnType<typeof useStyles>

const portalNames = {
  helloid: 'HelloID',
  azure: 'Microsoft Entra admin center',
  signin: 'https://entra.microsoft.com',
}

/** A small line icon, drawn in a 14×14 box at (x, y). */
function Icon({
  name,
  x,
  y,
  className,
}: {
  name: IconName
  x: number
  y: number
  className: string
}): JSX.Element {
  const paths: Record<IconName, string> = {
    plus: 'M7 1v12M1 7h12',
    refresh: 'M12 7a5 5 0 1 1-1.5-3.6M12 1v3.5H8.5',
    save: 'M2 2h8l2 2v8H2zM4 2v3h5V2M4 12V8h6v4',
    discard: 'M2 2l10 10M12 2L2 12',
    play: 'M3 2l9 5-9 5z',
    copy: 'M4 4h8v9H4zM2 10V1h7',
    key: 'M5 9a3 3 0 1 1 2-2l6 6M10 10l-2 2M12 12l-1.5 1.5',
    search: 'M6 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM9 9l4 4',
    upload: 'M7 12V2M3 6l4-4 4 4M2 13h10',
  }
  return <path d={paths[name]} transform={`translate(${x} ${y})`} className={className} />
}

/** Text sized in canvas units. */
function Label(props: {
  x: number
  y: number
  children: string
  size?: number | undefined
  className: string
  anchor?: 'start' | 'middle'
}): JSX.Element {
  return (
    <text
      x={props.x}
      y={props.y}
      fontSize={props.size ?? 13}
      className={props.className}
      textAnchor={props.anchor}
    >
      {props.children}
    </text>
  )
}

/** The portal window: title bar, breadcrumb, page title and the area under it. */
function Frame({ screen, s }: { screen: ScreenSpec; s: Styles }): JSX.Element {
  const bar =
    screen.portal === 'helloid' ? s.barHelloid : screen.portal === 'azure' ? s.barAzure : s.barSignin
  const onBar = screen.portal === 'signin' ? s.muted : s.onBar
  return (
    <g>
      <rect x={0.5} y={0.5} width={canvas.width - 1} height={canvas.height - 1} rx={8} className={s.window} />
      <path
        d={`M0.5 ${frame.barHeight}V8.5a8 8 0 0 1 8-8h${canvas.width - 17}a8 8 0 0 1 8 8V${frame.barHeight}z`}
        className={bar}
      />
      <Label x={14} y={22} className={`${onBar} ${s.bold}`} size={screen.portal === 'signin' ? 12 : 14}>
        {portalNames[screen.portal]}
      </Label>
      {screen.portal !== 'signin' && (
        <>
          <Label x={14} y={frame.crumbsY} size={11} className={s.muted}>
            {screen.crumbs.join('  ›  ')}
          </Label>
          <Label x={14} y={frame.titleY} size={18} className={`${s.text} ${s.bold}`}>
            {screen.title}
          </Label>
        </>
      )}
    </g>
  )
}

/** A menu blade down the left side. */
function Nav({ entries, s }: { entries: readonly NavEntry[]; s: Styles }): JSX.Element {
  return (
    <g>
      <rect
        x={1}
        y={frame.bodyTop - 4}
        width={frame.navWidth - 1}
        height={canvas.height - frame.bodyTop}
        className={s.blade}
      />
      <line
        x1={frame.navWidth}
        y1={frame.bodyTop - 4}
        x2={frame.navWidth}
        y2={canvas.height - 1}
        className={s.rule}
      />
      {entries.map((entry, index) => {
        const box = navBox(index)
        return (
          <g key={`${entry.label}-${index}`}>
            {entry.selected && <rect {...rect(box)} rx={3} className={s.selected} />}
            <Label
              x={box.x + (entry.indent ? 22 : 8)}
              y={box.y + 15}
              size={entry.section ? 11 : 12}
              className={entry.section ? `${s.muted} ${s.bold}` : s.text}
            >
              {entry.label}
            </Label>
          </g>
        )
      })}
    </g>
  )
}

function rect(box: Box): { x: number; y: number; width: number; height: number } {
  return { x: box.x, y: box.y, width: box.w, height: box.h }
}

/** One control of a screen. */
function ControlShape({ c, s }: { c: Control; s: Styles }): JSX.Element {
  const box = controlBox(c)
  switch (c.kind) {
    case 'button': {
      const width = buttonWidth(c.label, c.icon)
      return (
        <g>
          <rect {...rect(box)} rx={4} className={c.primary ? s.primary : s.control} />
          {c.icon && (
            <Icon name={c.icon} x={c.x + 12} y={c.y + 7} className={c.primary ? s.iconOnPrimary : s.icon} />
          )}
          <Label
            x={c.icon ? c.x + 32 + (width - 44) / 2 : c.x + width / 2}
            y={c.y + 18}
            anchor="middle"
            className={`${c.primary ? s.onPrimary : s.text} ${s.bold}`}
          >
            {c.label}
          </Label>
        </g>
      )
    }
    case 'command':
      return (
        <g>
          <Icon name={c.icon} x={c.x + 6} y={c.y + 6} className={s.icon} />
          <Label x={c.x + 28} y={c.y + 17} className={s.text}>
            {c.label}
          </Label>
        </g>
      )
    case 'text':
      return (
        <Label
          x={c.x}
          y={c.y}
          size={c.size}
          className={`${c.tone ? s[c.tone] : s.text} ${c.weight === 'bold' ? s.bold : ''}`}
        >
          {c.label}
        </Label>
      )
    case 'field': {
      const input = fieldInputBox(c)
      const copy = copyButtonBox(c)
      const value = c.masked ? '••••••••••••••••••••••••' : (c.value ?? c.placeholder ?? '')
      return (
        <g>
          {c.label && (
            <Label x={c.x} y={c.y + 12} size={12} className={`${s.text} ${s.bold}`}>
              {c.required ? `${c.label} *` : c.label}
            </Label>
          )}
          <rect {...rect(input)} rx={3} className={s.input} />
          <Label
            x={input.x + 8}
            y={input.y + 18}
            size={12}
            className={c.value || c.masked ? s.text : s.muted}
          >
            {value}
          </Label>
          {c.copyId && (
            <g>
              <rect {...rect(copy)} rx={3} className={s.control} />
              <Icon name="copy" x={copy.x + 7} y={copy.y + 7} className={s.icon} />
            </g>
          )}
        </g>
      )
    }
    case 'dropdown': {
      const input = fieldInputBox(c)
      return (
        <g>
          <Label x={c.x} y={c.y + 12} size={12} className={`${s.text} ${s.bold}`}>
            {c.label}
          </Label>
          <rect {...rect(input)} rx={3} className={s.input} />
          <Label x={input.x + 8} y={input.y + 18} size={12} className={s.text}>
            {c.value}
          </Label>
          <path d={`M${input.x + input.w - 20} ${input.y + 11}l5 5 5-5`} className={s.icon} />
        </g>
      )
    }
    case 'search':
      return (
        <g>
          <rect {...rect(box)} rx={3} className={s.input} />
          <Icon name="search" x={c.x + 8} y={c.y + 7} className={s.icon} />
          <Label x={c.x + 30} y={c.y + 18} size={12} className={c.value ? s.text : s.muted}>
            {c.value ?? c.placeholder}
          </Label>
        </g>
      )
    case 'section':
      return (
        <g>
          <line x1={c.x} y1={c.y} x2={c.x + c.w} y2={c.y} className={s.rule} />
          <path
            d={c.open ? `M${c.x + 4} ${c.y + 9}l5 5 5-5` : `M${c.x + 6} ${c.y + 7}l5 5-5 5`}
            className={s.icon}
          />
          <Label x={c.x + 22} y={c.y + 18} className={`${s.text} ${s.bold}`}>
            {c.label}
          </Label>
        </g>
      )
    case 'toggle':
      return (
        <g>
          <Label x={c.x} y={c.y + 12} size={12} className={`${s.text} ${s.bold}`}>
            {c.label}
          </Label>
          <rect {...rect(box)} rx={3} className={s.control} />
          <rect
            x={c.on ? box.x : box.x + 48}
            y={box.y}
            width={48}
            height={box.h}
            rx={3}
            className={s.toggleOn}
          />
          <Label
            x={box.x + 24}
            y={box.y + 17}
            size={12}
            anchor="middle"
            className={c.on ? s.onPrimary : s.text}
          >
            On
          </Label>
          <Label
            x={box.x + 72}
            y={box.y + 17}
            size={12}
            anchor="middle"
            className={c.on ? s.text : s.onPrimary}
          >
            Off
          </Label>
        </g>
      )
    case 'tile': {
      const size = Math.min(40, c.h - 40)
      return (
        <g>
          <rect {...rect(box)} rx={6} className={s.control} />
          <rect
            x={c.x + (c.w - size) / 2}
            y={c.y + 10}
            width={size}
            height={size}
            rx={8}
            className={s.tileIcon}
          />
          <Label
            x={c.x + c.w / 2}
            y={c.y + 10 + size / 2 + 5}
            anchor="middle"
            size={14}
            className={`${s.tileInitials} ${s.bold}`}
          >
            {c.initials}
          </Label>
          <Label x={c.x + c.w / 2} y={c.y + size + 30} anchor="middle" size={12} className={s.text}>
            {c.label}
          </Label>
          {c.note && (
            <Label x={c.x + c.w / 2} y={c.y + size + 46} anchor="middle" size={11} className={s.muted}>
              {c.note}
            </Label>
          )}
        </g>
      )
    }
    case 'pane':
      return (
        <g>
          <rect {...rect(box)} className={s.pane} />
          <Label x={c.x + 18} y={c.y + 32} size={17} className={`${s.text} ${s.bold}`}>
            {c.title}
          </Label>
        </g>
      )
    case 'toast':
      return (
        <g>
          <rect {...rect(box)} rx={4} className={s.toast} />
          <Label x={c.x + 12} y={c.y + 22} size={12} className={`${s.success} ${s.bold}`}>
            {c.title}
          </Label>
          <Label x={c.x + 12} y={c.y + 42} size={10.5} className={s.text}>
            {c.body}
          </Label>
        </g>
      )
    case 'table':
      return (
        <g>
          {[c.columns, ...c.rows].map((cells, row) => (
            <g key={row}>
              <line
                x1={c.x}
                y1={c.y + (row + 1) * 26}
                x2={c.x + c.w}
                y2={c.y + (row + 1) * 26}
                className={s.rule}
              />
              {cells.map((cell, col) => (
                <Label
                  key={col}
                  x={c.x + 6 + (col * c.w) / cells.length}
                  y={c.y + row * 26 + 18}
                  size={12}
                  className={row === 0 ? `${s.muted} ${s.bold}` : s.text}
                >
                  {cell}
                </Label>
              ))}
            </g>
          ))}
        </g>
      )
    case 'stat':
      return (
        <g>
          <Label x={c.x} y={c.y + 12} size={12} className={s.muted}>
            {c.label}
          </Label>
          <Label x={c.x} y={c.y + 38} size={22} className={`${s.text} ${s.bold}`}>
            {c.value}
          </Label>
        </g>
      )
    case 'progress':
      return (
        <g>
          <rect x={c.x} y={c.y} width={c.w} height={6} rx={3} className={s.placeholder} />
          <rect x={c.x} y={c.y} width={(c.w * c.percent) / 100} height={6} rx={3} className={s.primary} />
          <Label x={c.x} y={c.y + 24} size={12} className={s.muted}>
            {c.label}
          </Label>
        </g>
      )
    case 'lines':
      return (
        <g>
          {Array.from({ length: c.count }, (_, i) => (
            <rect
              key={i}
              x={c.x}
              y={c.y + i * 16}
              width={i === c.count - 1 ? c.w * 0.6 : c.w}
              height={8}
              rx={4}
              className={s.placeholder}
            />
          ))}
        </g>
      )
    case 'shade':
      return <rect {...rect(box)} className={s.shade} />
  }
}

/**
 * A numbered callout: a ring around the control and a badge on its top-right corner, where controls rarely
 * carry text (their labels start on the left).
 */
function Callout({ box, n, s }: { box: Box; n: number; s: Styles }): JSX.Element {
  const cx = Math.min(canvas.width - 12, box.x + box.w + 2)
  const cy = Math.max(frame.barHeight + 12, box.y - 2)
  return (
    <g data-testid="drawing-callout" data-callout={n}>
      <rect x={box.x - 3} y={box.y - 3} width={box.w + 6} height={box.h + 6} rx={5} className={s.ring} />
      <circle cx={cx} cy={cy} r={11} className={s.badge} />
      <text x={cx} y={cy + 4.5} fontSize={13} textAnchor="middle" className={s.badgeText}>
        {n}
      </text>
    </g>
  )
}

/**
 * One screen with its callouts, as an SVG that scales to its container. `title` and `description` give
 * it an accessible name; the numbered instructions themselves are real text beside the drawing.
 */
export function ScreenDrawing(props: {
  screen: ScreenSpec
  callouts: readonly Box[]
  title: string
  description: string
  idPrefix: string
}): JSX.Element {
  const s = useStyles()
  const { screen, callouts, idPrefix } = props
  return (
    <svg
      role="img"
      viewBox={`0 0 ${canvas.width} ${canvas.height}`}
      preserveAspectRatio="xMinYMin meet"
      className={s.svg}
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      data-testid="step-drawing-svg"
    >
      <title id={`${idPrefix}-title`}>{props.title}</title>
      <desc id={`${idPrefix}-desc`}>{props.description}</desc>
      <Frame screen={screen} s={s} />
      {screen.nav && <Nav entries={screen.nav} s={s} />}
      {screen.controls.map((control, index) => (
        <ControlShape key={index} c={control} s={s} />
      ))}
      {callouts.map((box, index) => (
        <Callout key={index} box={box} n={index + 1} s={s} />
      ))}
    </svg>
  )
}
