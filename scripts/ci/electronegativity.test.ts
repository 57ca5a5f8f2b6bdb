import { describe, expect, it } from 'vitest'

import { allowedFindings, judge, parseSarif } from './electronegativity'

/** A SARIF report shaped like the ones Electronegativity 1.10 writes. */
function sarif(results: { ruleId: string; uri: string; line: number }[]): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity', version: '1.10.3' } },
        results: results.map((r) => ({
          ruleId: r.ruleId,
          level: 'warning',
          message: { text: 'Review this' },
          locations: [
            { physicalLocation: { artifactLocation: { uri: r.uri }, region: { startLine: r.line } } },
          ],
        })),
      },
    ],
  })
}

describe('electronegativity gate', () => {
  it('reads findings with paths relative to the scanned folder', () => {
    expect(
      parseSarif(
        sarif([{ ruleId: 'SANDBOX_JS_CHECK', uri: '/tmp/stage/electron/main/x.ts', line: 3 }]),
        '/tmp/stage',
      ),
    ).toEqual([{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/x.ts', line: 3, message: 'Review this' }])
  })

  it('accepts only reviewed findings, each with its reason', () => {
    const findings = parseSarif(
      sarif([
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: '/s/electron/main/index.ts', line: 28 },
        { ruleId: 'NODE_INTEGRATION_JS_CHECK', uri: '/s/electron/main/main-window.ts', line: 12 },
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: '/s/electron/services/new-place.ts', line: 1 },
      ]),
      '/s',
    )
    const { accepted, failing } = judge(findings)
    expect(accepted.map((f) => f.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK'])
    expect(failing.map((f) => `${f.check} ${f.file}`)).toEqual([
      'NODE_INTEGRATION_JS_CHECK electron/main/main-window.ts',
      'OPEN_EXTERNAL_JS_CHECK electron/services/new-place.ts',
    ])
    for (const entry of allowedFindings) expect(entry.why.length).toBeGreaterThan(20)
    expect(allowedFindings.length).toBeLessThanOrEqual(6)
  })
})
