import { tokens, typographyStyles } from '@fluentui/react-theme'
import { resolveStyleRulesForSlots, shorthands } from '@griffel/core'
import { describe, expect, it } from 'vitest'

import { dropDeadConstants, extractGriffel, sortCSSRules } from './griffel-css'

/** A module as Fluent ships it: styles precompiled into class maps and CSS rules. */
const fluentModule = `import { tokens } from "@fluentui/react-theme";
import { __styles, __resetStyles, mergeClasses } from "@griffel/react";
const padding = { small: tokens.spacingHorizontalS, medium: tokens.spacingHorizontalM };
const useRoot = __resetStyles("rabc123", null, [".rabc123{display:flex;}"]);
const useStyles = __styles({ small: { a: "f1abc" } }, { d: [".f1abc{padding-left:var(--spacingHorizontalS);}"],
  h: [".f2def:hover{color:red;}"] });
export const useBoxStyles = (state) => mergeClasses(useRoot(), useStyles().small);
`

describe('Griffel styles compiled at build time', () => {
  it("turns Fluent's precompiled calls into class-name lookups and takes their rules out of the script", () => {
    const result = extractGriffel('/node_modules/@fluentui/box/lib/useBoxStyles.styles.js', fluentModule)
    expect(result).not.toBeNull()
    const { code, rules } = result ?? { code: '', rules: [] }
    expect(code).not.toContain('{display:flex;}')
    expect(code).not.toContain('padding-left')
    expect(code).toMatch(/import \{ __resetCSS as (\w+) \} from "@griffel\/react";/)
    expect(code).toMatch(/import \{ __css as (\w+) \} from "@griffel\/react";/)
    expect(code).toMatch(/= __griffelAot\d\("rabc123", null\);/)
    expect(code).toMatch(/= __griffelAot\d\(\{ small: \{ a: "f1abc" \} \}\);/)
    // The constant the rules were built from is dead now, and goes (with it, the token table).
    expect(code).not.toContain('const padding')
    expect(rules).toEqual([
      { r: ['.rabc123{display:flex;}'] },
      { d: ['.f1abc{padding-left:var(--spacingHorizontalS);}'], h: ['.f2def:hover{color:red;}'] },
    ])
  })

  it('compiles our own makeStyles with tokens, typography, shorthands and module constants as Griffel would', () => {
    const source = `import { makeStyles, tokens, typographyStyles, shorthands } from '@fluentui/react-components'
const WIDTH = '880px'
const gap = tokens.spacingVerticalL
export const useStyles = makeStyles({
  content: { padding: \`\${tokens.spacingVerticalXXL} 0\`, gap, maxWidth: WIDTH, '& > *': { flexShrink: 0 } },
  heading: { ...typographyStyles.title2, margin: 0 },
  card: { ...shorthands.borderColor(tokens.colorNeutralStroke1), ':hover': { color: tokens.colorBrandForeground1 } },
})
`
    const result = extractGriffel('/repo/renderer/src/thing.tsx', source)
    const [classes, cssRules] = resolveStyleRulesForSlots({
      content: {
        padding: `${tokens.spacingVerticalXXL} 0`,
        gap: tokens.spacingVerticalL,
        maxWidth: '880px',
        '& > *': { flexShrink: 0 },
      },
      heading: { ...typographyStyles.title2, margin: 0 },
      card: {
        ...shorthands.borderColor(tokens.colorNeutralStroke1),
        ':hover': { color: tokens.colorBrandForeground1 },
      },
    })
    expect(result?.code).toContain(`__griffelAot0(${JSON.stringify(classes)})`)
    expect(result?.code).not.toContain('makeStyles({')
    expect(result?.rules).toEqual([cssRules])
    expect(JSON.stringify(cssRules)).toContain('var(--spacingVerticalXXL)')
  })

  it('fails the build, naming the place, for styles it cannot evaluate rather than leave them to run time', () => {
    const runtimeValue = `import { makeStyles } from '@fluentui/react-components'
import { accent } from './accent'
export const useStyles = makeStyles({ root: { color: accent } })
`
    expect(() => extractGriffel('/repo/renderer/src/a.tsx', runtimeValue)).toThrow(
      /a\.tsx:3: styles use accent from \.\/accent/,
    )
    const local = `import { makeStyles } from '@fluentui/react-components'
export const useStyles = makeStyles({ root: { color: pick('red') } })
function pick(c) { return c }
`
    expect(() => extractGriffel('/repo/renderer/src/b.tsx', local)).toThrow(/b\.tsx:2: styles use pick/)
  })

  it('leaves a module without Griffel calls alone', () => {
    expect(
      extractGriffel('/repo/x.ts', `import { mergeClasses } from '@griffel/react'\nexport const x = 1\n`),
    ).toBeNull()
  })
})

describe('dead constants after the rules are gone', () => {
  it('drops constants built from literals and property reads that nothing reads, and keeps the rest', () => {
    const code = `import { tokens } from "t";
import { shorthands } from "@griffel/react";
const a = { x: tokens.b, y: [\`calc(\${tokens.c} + 1px)\`] };
const b = a;
const kept = { x: tokens.d };
const called = compute();
const border = { ...shorthands.borderColor(tokens.e) };
export const used = kept.x;
`
    const out = dropDeadConstants('/m.js', code)
    expect(out).not.toContain('const a')
    expect(out).not.toContain('const b')
    expect(out).not.toContain('const border')
    expect(out).toContain('const kept')
    // A call may do anything; it stays.
    expect(out).toContain('const called = compute();')
  })
})

describe('one style sheet in the order of Griffel’s style buckets', () => {
  it('orders rules by bucket (reset, default, hover, media), shorthand priority first, each rule once', () => {
    const css = sortCSSRules([
      { h: ['.h1:hover{color:red;}'], d: ['.d1{color:blue;}'] },
      {
        m: [['@media (forced-colors: active){.m1{color:CanvasText;}}', { m: '(forced-colors: active)' }]],
        d: [['.p1{padding:0;}', { p: -1 }], '.d1{color:blue;}'],
        r: ['.r1{display:flex;}'],
      },
    ])
    expect(css.split('\n')).toEqual([
      '.r1{display:flex;}',
      '.p1{padding:0;}',
      '.d1{color:blue;}',
      '.h1:hover{color:red;}',
      '@media (forced-colors: active){.m1{color:CanvasText;}}',
    ])
  })
})
