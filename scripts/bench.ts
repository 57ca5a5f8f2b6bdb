/* eslint-disable no-console -- benchmark entry point: prints its measurements. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'

import { createSimulatorCa } from '../simulator/core/simulator-ca'

/**
 * Speed and size measurements (never asserted in tests): the renderer bundle, and the setup engine
 * against the simulated tenant (pre-flight, and apply through "Initial cycle completed"), each over
 * several runs. Prints one JSON object; `--runs N` sets the repetitions.
 */
async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 3) || 3
  if (!process.env.NODE_EXTRA_CA_CERTS) {
    const ca = await createSimulatorCa(mkdtempSync(join(tmpdir(), 'helloid-bench-')))
    const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: ca.certPath, HELLOID_BENCH_CA_KEY: ca.keyPath },
    })
    process.exit(child.status ?? 1)
  }

  const bundle = rendererBundle()
  const cliSeconds: number[] = []
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'helloid-bench-data-'))
    const started = performance.now()
    const result = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        'cli/index.ts',
        'apply',
        '--simulate',
        '--yes',
        '--wait',
        '--json',
        '--assign',
        'user@contoso.onmicrosoft.com',
        '--assign',
        'group:HelloID Users',
        '--data-dir',
        dataDir,
        '--seed',
        `bench-${i}`,
      ],
      { encoding: 'utf8', env: { ...process.env, HELLOID_CLI_SIMULATOR_CA: '', NODE_EXTRA_CA_CERTS: '' } },
    )
    const outcome = (JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { outcome?: string })
      .outcome
    if (result.status !== 0 || outcome !== 'ok') throw new Error(`apply run ${i} failed: ${result.stderr}`)
    cliSeconds.push((performance.now() - started) / 1000)
  }
  const sorted = [...cliSeconds].sort((a, b) => a - b)
  console.log(
    JSON.stringify(
      {
        rendererBundle: bundle,
        applyToInitialCycleSeconds: {
          runs,
          median: round(sorted[Math.floor(sorted.length / 2)] ?? 0),
          min: round(sorted[0] ?? 0),
          max: round(sorted.at(-1) ?? 0),
          note: 'CLI cold start + sign-in + pre-flight + apply + first cycle, embedded simulator (fast profile)',
        },
      },
      null,
      2,
    ),
  )
}

function rendererBundle(): { jsBytes: number; jsGzipBytes: number; files: number } {
  const dir = join('out', 'renderer', 'assets')
  let jsBytes = 0
  let jsGzipBytes = 0
  let files = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    files++
    if (name.endsWith('.js')) {
      jsBytes += statSync(path).size
      jsGzipBytes += gzipSync(readFileSync(path), { level: 9 }).length
    }
  }
  return { jsBytes, jsGzipBytes, files }
}

const round = (n: number): number => Math.round(n * 100) / 100

void main()
