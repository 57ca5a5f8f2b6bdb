/* eslint-disable no-console -- CI gate: prints what it checked and every problem. */
import { spawn } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { extractFile, listPackage, statFile } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { getConfig } from 'app-builder-lib/out/util/config/config'

import { updateFeedArgs } from '../update-feed-args'
import { inspectAsar, type LockPackages } from './asar-contents'

/** The feed the dry run packs with, as `npm run dist` passes one on (never contacted). */
export const dryRunFeed = 'https://updates.example.test/helloid-entra-setup'

/** The fuse Electron builds look for (see @electron/fuses); the stand-in carries one so fuses can be flipped and read back. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const fuseEnabled = 0x31

/**
 * A stand-in for Electron's Linux distribution: an executable with a fuse wire (all fuses on, as in a
 * stock Electron), resources/, a locale and a licence. Enough for electron-builder's `--dir` target,
 * which then needs no download. It does not run: it checks packaging, not the app.
 */
export async function createStandInElectron(dir: string): Promise<string> {
  await mkdir(join(dir, 'resources'), { recursive: true })
  await mkdir(join(dir, 'locales'), { recursive: true })
  const wire = Buffer.from([1, 8, ...Array<number>(8).fill(fuseEnabled)])
  await writeFile(
    join(dir, 'electron'),
    Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n# '), Buffer.from(fuseSentinel), wire, Buffer.from('\n')]),
  )
  await chmod(join(dir, 'electron'), 0o755)
  await writeFile(join(dir, 'locales', 'en-US.pak'), '')
  await writeFile(join(dir, 'LICENSE'), 'Stand-in for the Electron distribution (CI packaging check).\n')
  return dir
}

export interface DryRunResult {
  ok: boolean
  problems: string[]
  appDir: string
  files: string[]
  fuses: Record<string, boolean>
  log: string
}

/** Runs electron-builder's CLI for a Linux --dir build with the stand-in; resolves with its output. */
function runBuilder(projectDir: string, args: string[]): Promise<{ code: number; log: string }> {
  const cli = require.resolve('electron-builder/cli.js', { paths: [projectDir] })
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: projectDir,
      env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    })
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code: code ?? 1, log }))
  })
}

/**
 * Packs the built app (out/) with electron-builder.yml into a throw-away folder and inspects it: the
 * archive's file list, the fuses as flipped in the binary, and the updater's app-update.yml.
 */
export async function packageDryRun(projectDir: string): Promise<DryRunResult> {
  const work = await mkdtemp(join(tmpdir(), 'helloid-dry-run-'))
  const electronDist = await createStandInElectron(join(work, 'electron-dist'))
  const output = join(work, 'release')
  const builder = await runBuilder(projectDir, [
    '--linux',
    '--dir',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
    ...updateFeedArgs({ HELLOID_SETUP_UPDATE_URL: dryRunFeed }).args,
  ])
  const appDir = join(output, 'linux-unpacked')
  const empty = { appDir, files: [], fuses: {}, log: builder.log }
  if (builder.code !== 0)
    return { ok: false, problems: [`electron-builder failed (exit ${builder.code})`], ...empty }

  const archive = join(appDir, 'resources', 'app.asar')
  const files = listPackage(archive, { isPack: false }).filter(
    (entry) => !('files' in statFile(archive, entry.slice(1))),
  )
  const lock = (
    JSON.parse(await readFile(join(projectDir, 'package-lock.json'), 'utf8')) as { packages: LockPackages }
  ).packages
  const problems = inspectAsar(files, lock, (entry) =>
    entry.startsWith('/out/') ? extractFile(archive, entry.slice(1)).toString('utf8') : null,
  )

  const expected = (await getConfig(projectDir, 'electron-builder.yml', null)).electronFuses ?? {}
  const binary = join(appDir, 'helloid-entra-setup')
  const wire = await getCurrentFuseWire(binary)
  const fuses: Record<string, boolean> = {}
  const names: Record<string, FuseV1Options> = {
    runAsNode: FuseV1Options.RunAsNode,
    enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
    enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
    enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
    enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
    onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
    grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
  }
  for (const [name, option] of Object.entries(names)) {
    fuses[name] = (wire as unknown as Record<number, number>)[option] === fuseEnabled
    const want = (expected as Record<string, boolean | undefined>)[name]
    if (want !== undefined && fuses[name] !== want)
      problems.push(`fuse ${name} is ${String(fuses[name])}, configured ${String(want)}`)
  }

  const updateConfig = await readFile(join(appDir, 'resources', 'app-update.yml'), 'utf8').catch(() => '')
  if (!/provider: generic/.test(updateConfig) || !updateConfig.includes(dryRunFeed))
    problems.push('app-update.yml missing, or without the generic provider and the feed given at build time')
  return { ok: problems.length === 0, problems, appDir, files, fuses, log: builder.log }
}

async function main(): Promise<void> {
  const projectDir = resolve(process.argv[2] ?? '.')
  try {
    await readFile(join(projectDir, 'out', 'main', 'index.js'))
  } catch {
    console.error('No build output: run `npm run build` first.')
    process.exit(1)
  }
  const result = await packageDryRun(projectDir)
  if (!result.ok && result.files.length === 0) console.error(result.log)
  console.log(`packaged ${result.files.length} files; fuses ${JSON.stringify(result.fuses)}`)
  for (const problem of result.problems) console.error(`  ✗ ${problem}`)
  console.log(result.ok ? 'package dry run OK' : 'package dry run FAILED')
  process.exit(result.ok ? 0 : 1)
}

if (require.main === module) void main()
