import type { AutomatedPhase, Monitoring, ScaleRow } from './engine-phases'
import type { Startup } from './startup'

export interface BenchResults {
  mode: 'full' | 'smoke'
  when: string
  automatedPhase: AutomatedPhase
  humanActions: { ours: number; document: number; actions: { kind: string; target: string }[] }
  startup: Startup
  monitoring: Monitoring
  scale: ScaleRow[]
  targets: Target[]
}

export interface Target {
  name: string
  value: string
  target: string
  met: boolean
}

/** The document's procedure: 35 clicks, pastes and typed fields from HelloID to provisioning on. */
export const DOCUMENT_ACTIONS = 35

const KB = 1024

/** Each figure against the target it answers to. */
export function targetsFor(r: Omit<BenchResults, 'targets' | 'mode' | 'when'>): Target[] {
  const a = r.automatedPhase
  const largest = r.scale.at(-1)
  const smallest = r.scale[0]
  const batches = largest ? Math.ceil(largest.principals / 20) : 1
  const growth = largest && smallest ? (largest.calls - smallest.calls) / Math.max(1, batches - 1) : 0
  return [
    {
      name: 'automated phase: wall / bound',
      value: a.ratio.toFixed(2),
      target: '≤ 1.15',
      met: a.ratio <= 1.15,
    },
    {
      name: 'automated phase: calls vs bound',
      value: `${a.calls} / ${a.boundCalls}`,
      target: `≤ ${Math.floor(a.boundCalls * 1.1)} (bound + 10%)`,
      met: a.calls <= a.boundCalls * 1.1,
    },
    {
      name: 'human actions',
      value: `${r.humanActions.ours} (document ${r.humanActions.document})`,
      target: '≤ 7',
      met: r.humanActions.ours <= 7,
    },
    {
      name: 'first contentful paint above floor',
      value: `${r.startup.fcpMs - r.startup.floorFcpMs} ms (${r.startup.fcpMs} − ${r.startup.floorFcpMs})`,
      target: '≤ 300 ms',
      met: r.startup.fcpMs - r.startup.floorFcpMs <= 300,
    },
    {
      name: 'initial JS (gzip)',
      value: `${(r.startup.initialJsGzipBytes / KB).toFixed(1)} KB`,
      target: '≤ 150 KB',
      met: r.startup.initialJsGzipBytes <= 150 * KB,
    },
    {
      name: 'monitoring: cycle end → UI',
      value: `${r.monitoring.delayS.toFixed(1)} s`,
      target: '≤ 30 s',
      met: r.monitoring.delayS <= 30,
    },
    {
      name: 'monitoring: status calls per minute',
      value: `${r.monitoring.callsPerMin.toFixed(2)} over ${r.monitoring.waitedMinutes.toFixed(0)} min`,
      target: '≤ 2',
      met: r.monitoring.callsPerMin <= 2,
    },
    {
      name: 'scale: calls per 20 more principals',
      value: growth.toFixed(2),
      target: '≤ 2.2 (one resolve + one assign batch)',
      met: growth <= 2.2,
    },
  ]
}

/** The table the benchmark prints. */
export function renderTable(results: BenchResults): string {
  const rows: string[][] = [['figure', 'value', 'target', 'met']]
  for (const t of results.targets) rows.push([t.name, t.value, t.target, t.met ? 'yes' : 'NO'])
  const a = results.automatedPhase
  const s = results.startup
  const extra = [
    `automatedPhase: ${a.wallS} s, ${a.calls} calls; bound ${a.boundS} s, ${a.boundCalls} calls; scripted peer ${a.peerWallS} s, ${a.peerCalls} calls`,
    `startup: FCP ${s.fcpMs} ms (floor ${s.floorFcpMs} ms), wizard ready ${s.readyMs} ms, JS ${(s.jsBytes / KB).toFixed(0)} KB (${(s.jsGzipBytes / KB).toFixed(0)} KB gzip), first paint needs ${(s.initialJsGzipBytes / KB).toFixed(0)} KB gzip; ${s.loads} cold loads`,
    `monitoring: engine saw the cycle ${results.monitoring.engineDelayS.toFixed(1)} s after it ended; ${results.monitoring.delayS.toFixed(1)} s to the page`,
    `scale: ${results.scale.map((r) => `${r.principals} → ${r.calls} calls, ${r.wallS} s`).join('; ')}`,
  ]
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  return [
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    '',
    ...extra,
  ].join('\n')
}
