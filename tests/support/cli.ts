import { spawn } from 'node:child_process'

import { vi } from 'vitest'

import { runCli } from '../../cli/index'
import type { RunningSimulator } from '../../simulator/index'

/** What one CLI run printed, and how it ended. */
export interface CliRun {
  code: number
  /** Results (one JSON object with `--json`). */
  stdout: string
  /** Notes, progress and questions. */
  stderr: string
  /** stdout parsed, when it is JSON. */
  json: Record<string, unknown> | null
}

/** Runs the CLI in this process, capturing what it prints. `env` is added to this process's environment. */
export async function runCliCaptured(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')))
  try {
    const code = await runCli(args, { ...process.env, ...env })
    const stdout = out.join('\n')
    let json: Record<string, unknown> | null = null
    try {
      json = JSON.parse(stdout) as Record<string, unknown>
    } catch {
      json = null
    }
    return { code, stdout, stderr: err.join('\n'), json }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

/** Runs the CLI in a process of its own (as a second window or a script would), with stdout and stderr together. */
export function runCliInChild(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('exit', (code) => resolve({ code: code ?? -1, output }))
  })
}

/** Points the CLI at a running test simulator, with its own data folder, printing JSON. */
export function simulatorArgs(sim: RunningSimulator, dataDir: string): string[] {
  return ['--simulator', sim.urls.graph, '--data-dir', dataDir, '--json']
}

/**
 * A confirmed `apply` against the simulator: the HelloID URL, its secret in the environment variable
 * `HS` (pass `{ HS: secret }` as the env), and one user to assign unless `extra` names others.
 */
export function applyArgs(
  sim: RunningSimulator,
  dataDir: string,
  scimUrl: string,
  extra: string[] = [],
): string[] {
  const assigns = extra.includes('--assign') ? [] : ['--assign', 'user@contoso.onmicrosoft.com']
  return [
    'apply',
    ...simulatorArgs(sim, dataDir),
    '--scim-url',
    scimUrl,
    '--secret-env',
    'HS',
    ...assigns,
    '--yes',
    ...extra,
  ]
}
