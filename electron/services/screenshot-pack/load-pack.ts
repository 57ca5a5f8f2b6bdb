import { lstat, readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, win32 } from 'node:path'

import { z } from 'zod'

import type { ScreenshotPackImage, ScreenshotPackProblem } from '../../../shared/contract'
import { isStepId } from '../../../shared/steps'
import { sniffImageType } from './image-type'

/** The pack's manifest file, at the top of the pack folder. */
export const manifestFileName = 'manifest.json'

/** Size limits: one screenshot is well under a megabyte; these leave room and keep the app responsive. */
export interface PackLimits {
  imageBytes: number
  totalBytes: number
  manifestBytes: number
}

export const defaultPackLimits: PackLimits = {
  imageBytes: 5 * 1024 * 1024,
  totalBytes: 30 * 1024 * 1024,
  manifestBytes: 256 * 1024,
}

/**
 * The manifest: `screens` maps a step id to the image shown instead of that step's drawing, with optional
 * alt text and caption. Keys are checked one by one (an unknown step is reported, not fatal).
 */
export const packManifestSchema = z
  .object({
    version: z.literal(1),
    screens: z.record(
      z.string().max(100),
      z
        .object({
          image: z.string().min(1).max(260),
          alt: z.string().max(300).optional(),
          caption: z.string().max(500).optional(),
        })
        .strict(),
    ),
  })
  .strict()

export type PackManifest = z.infer<typeof packManifestSchema>

/** What a folder yields: the images to show, and every part that was refused and why. */
export interface LoadedPack {
  images: ScreenshotPackImage[]
  problems: ScreenshotPackProblem[]
}

type Inside = { path: string; size: number } | { problem: 'path-outside' | 'file-missing' | 'not-a-file' }

/**
 * Finds `name` inside `root` (already a real path), or says why not: absolute paths, `..` and links that
 * lead out of the folder are refused (the real path is checked, so a symbolic link cannot escape).
 */
export async function resolveInsidePack(root: string, name: string): Promise<Inside> {
  if (name.includes('\0') || isAbsolute(name) || win32.isAbsolute(name)) return { problem: 'path-outside' }
  const parts = name.split(/[\\/]+/)
  if (parts.includes('..')) return { problem: 'path-outside' }
  let real: string
  try {
    real = await realpath(resolve(root, ...parts))
  } catch {
    return { problem: 'file-missing' }
  }
  const fromRoot = relative(root, real)
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return { problem: 'path-outside' }
  const info = await stat(real)
  if (!info.isFile()) return { problem: 'not-a-file' }
  return { path: real, size: info.size }
}

const mb = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10

/** Reads the manifest, or the one problem that stops the whole pack. */
async function readManifest(
  root: string,
  limits: PackLimits,
): Promise<{ manifest: PackManifest } | { problem: ScreenshotPackProblem }> {
  const path = join(root, manifestFileName)
  let size: number
  try {
    const info = await lstat(path)
    if (!info.isFile()) return { problem: { code: 'manifest-missing', file: manifestFileName } }
    size = info.size
  } catch {
    return { problem: { code: 'manifest-missing', file: manifestFileName } }
  }
  if (size > limits.manifestBytes) {
    return {
      problem: { code: 'manifest-too-large', file: manifestFileName, limitMb: mb(limits.manifestBytes) },
    }
  }
  let json: unknown
  try {
    json = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    return {
      problem: { code: 'manifest-invalid', file: manifestFileName, detail: String((error as Error).message) },
    }
  }
  const parsed = packManifestSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') ?? ''
    return {
      problem: {
        code: 'manifest-invalid',
        file: manifestFileName,
        detail: `${where ? `${where}: ` : ''}${issue?.message ?? 'not a screenshot pack manifest'}`,
      },
    }
  }
  return { manifest: parsed.data }
}

/**
 * Loads an organisation's screenshot pack from `folder`. Each image is checked on its own: it must lie
 * inside the folder, be a PNG, JPEG or WebP by its bytes (never by its name), and stay within the size
 * limits. A refused image leaves that step's drawing in place; the problems say which file and why.
 */
export async function loadScreenshotPack(
  folder: string,
  limits: PackLimits = defaultPackLimits,
): Promise<LoadedPack> {
  let root: string
  try {
    root = await realpath(folder)
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder')
  } catch {
    return { images: [], problems: [{ code: 'folder-missing' }] }
  }
  const read = await readManifest(root, limits)
  if ('problem' in read) return { images: [], problems: [read.problem] }

  const images: ScreenshotPackImage[] = []
  const problems: ScreenshotPackProblem[] = []
  let total = 0
  for (const [step, entry] of Object.entries(read.manifest.screens)) {
    const file = entry.image
    if (!isStepId(step)) {
      problems.push({ code: 'unknown-step', step, file })
      continue
    }
    const found = await resolveInsidePack(root, file)
    if ('problem' in found) {
      problems.push({ code: found.problem, step, file })
      continue
    }
    if (found.size > limits.imageBytes) {
      problems.push({ code: 'image-too-large', step, file, limitMb: mb(limits.imageBytes) })
      continue
    }
    if (total + found.size > limits.totalBytes) {
      problems.push({ code: 'pack-too-large', step, file, limitMb: mb(limits.totalBytes) })
      continue
    }
    const bytes = await readFile(found.path)
    // Checked again on the bytes read: the file may have changed since it was measured.
    if (bytes.length > limits.imageBytes) {
      problems.push({ code: 'image-too-large', step, file, limitMb: mb(limits.imageBytes) })
      continue
    }
    const type = sniffImageType(bytes)
    if (!type) {
      problems.push({ code: 'not-an-image', step, file })
      continue
    }
    total += bytes.length
    images.push({
      stepId: step,
      file,
      dataUrl: `data:${type};base64,${bytes.toString('base64')}`,
      ...(entry.alt ? { alt: entry.alt } : {}),
      ...(entry.caption ? { caption: entry.caption } : {}),
    })
  }
  return { images, problems }
}
