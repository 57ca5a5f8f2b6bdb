/* eslint-disable no-console -- CI gate: prints every finding and why it passed or failed. */
import { spawn } from 'node:child_process'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

/**
 * Findings reviewed and accepted, by check and file (not line, so edits around them do not matter).
 * Each says why. Anything else the scanner reports fails the gate.
 */
export const allowedFindings: readonly { check: string; file: string; why: string }[] = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    why: "style-src allows 'unsafe-inline' because Fluent UI injects its styles at run time; scripts stay 'self' only.",
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/index.ts',
    why: 'Both calls open only URLs that passed the allow-list (isAllowedExternalUrl, or a Microsoft sign-in host).',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/hosts/handler-table.ts',
    why: 'The handler refuses any URL outside the allow-list before it opens one.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/services/assistant/customer-controller.ts',
    why: 'Opens only the customer portal after isHelloIdHost or a host the person confirmed, through the allow-listed opener.',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/main-window.ts',
    why: 'Every new window (middle-click included) is denied by setWindowOpenHandler in hardening.ts.',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main/main-window.ts',
    why: 'The preload exposes one function per contract operation and never ipcRenderer; a test runs it sandboxed.',
  },
]

export interface Finding {
  check: string
  file: string
  line: number | null
  message: string
}

interface Sarif {
  runs?: {
    results?: {
      ruleId?: string
      message?: { text?: string }
      locations?: {
        physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } }
      }[]
    }[]
  }[]
}

/** Reads Electronegativity's SARIF report (its only JSON output), with paths relative to `root`. */
export function parseSarif(text: string, root: string): Finding[] {
  const report = JSON.parse(text) as Sarif
  return (report.runs ?? []).flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation
      const uri = location?.artifactLocation?.uri ?? 'N/A'
      return {
        check: result.ruleId ?? 'UNKNOWN',
        file:
          uri === 'N/A'
            ? uri
            : relative(root, uri.replace(/^file:\/\//, ''))
                .split('\\')
                .join('/'),
        line: location?.region?.startLine ?? null,
        message: result.message?.text ?? '',
      }
    }),
  )
}

/** Splits findings into accepted and failing ones. */
export function judge(
  findings: readonly Finding[],
  allowed = allowedFindings,
): { accepted: Finding[]; failing: Finding[] } {
  const ok = (finding: Finding): boolean =>
    allowed.some((a) => a.check === finding.check && a.file === finding.file)
  return { accepted: findings.filter(ok), failing: findings.filter((finding) => !ok(finding)) }
}

/** Where `npm ci --prefix .ci/tools` puts the scanner, apart from the app's own dependencies. */
export function scannerPath(projectDir: string): string {
  return join(
    projectDir,
    '.ci',
    'tools',
    'node_modules',
    '@doyensec',
    'electronegativity',
    'dist',
    'index.js',
  )
}

/**
 * Copies what runs in Electron (electron/ without tests, the renderer's page with its CSP,
 * package.json for the Electron version) to a temporary folder and scans it. Node-only code and tests
 * stay out: they never run in Electron.
 */
export async function scan(projectDir: string, scanner = scannerPath(projectDir)): Promise<Finding[]> {
  const stage = await mkdtemp(join(tmpdir(), 'helloid-electronegativity-'))
  try {
    await cp(join(projectDir, 'electron'), join(stage, 'electron'), {
      recursive: true,
      filter: (source) => !/\.test\.ts$/.test(source),
    })
    await cp(join(projectDir, 'renderer', 'index.html'), join(stage, 'renderer', 'index.html'))
    await cp(join(projectDir, 'package.json'), join(stage, 'package.json'))
    const manifest = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as {
      devDependencies?: Record<string, string>
    }
    const electronVersion = (manifest.devDependencies?.electron ?? '').replace(/^[^\d]*/, '')
    const report = join(stage, 'report.sarif')
    const log = await new Promise<{ code: number; output: string }>((done, fail) => {
      const child = spawn(process.execPath, [scanner, '-i', stage, '-e', electronVersion, '-o', report], {
        cwd: stage,
      })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('error', fail)
      child.on('close', (code) => done({ code: code ?? 1, output }))
    })
    // The scanner exits 0 even with findings; only a missing report means it did not run.
    const text = await readFile(report, 'utf8').catch(() => null)
    if (log.code !== 0 || text === null)
      throw new Error(`Electronegativity did not run (exit ${log.code}):\n${log.output}`)
    return parseSarif(text, stage)
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const projectDir = resolve(process.argv[2] ?? '.')
  try {
    await readFile(scannerPath(projectDir))
  } catch {
    console.error('Electronegativity is not installed: run `npm ci --prefix .ci/tools` first.')
    process.exit(1)
  }
  const { accepted, failing } = judge(await scan(projectDir))
  for (const f of accepted) console.log(`  accepted ${f.check} ${f.file}:${f.line ?? ''}`)
  for (const f of failing) console.error(`  ✗ ${f.check} ${f.file}:${f.line ?? ''} ${f.message}`)
  console.log(
    failing.length === 0 ? 'electronegativity OK' : `electronegativity FAILED: ${failing.length} finding(s)`,
  )
  process.exit(failing.length === 0 ? 0 : 1)
}

if (require.main === module) void main()
