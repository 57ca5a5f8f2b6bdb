import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One chunk in Vite's build manifest (out/renderer/.vite/manifest.json). */
interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

type Manifest = Record<string, ManifestChunk>

/** The renderer's build manifest, as `electron-vite build` wrote it. */
export function readManifest(rendererDir: string): Manifest {
  return JSON.parse(readFileSync(join(rendererDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
}

/**
 * The manifest keys of what every start loads: the page's entry (`index.html`, the tiny boot script), the
 * wizard it imports right after the first paint (`src/main.tsx`), and every chunk either imports statically.
 * Anything reached only through another dynamic import loads on demand.
 */
export function firstLoadKeys(manifest: Manifest): Set<string> {
  const seen = new Set<string>()
  const queue = ['index.html', 'src/main.tsx']
  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    if (seen.has(key)) continue
    const chunk = manifest[key]
    if (!chunk) throw new Error(`The build manifest has no chunk ${key}`)
    seen.add(key)
    queue.push(...(chunk.imports ?? []))
  }
  return seen
}

/** The manifest key of the chunk built from `src` (a path relative to renderer/, as Vite records it). */
export function chunkKeyOf(manifest: Manifest, src: string): string {
  const key = Object.keys(manifest).find((k) => manifest[k]?.src === src)
  if (!key) throw new Error(`The build manifest has no chunk built from ${src}`)
  return key
}

/** The JavaScript files of `keys`, relative to the renderer folder. */
export function filesOf(manifest: Manifest, keys: Iterable<string>): string[] {
  return [...keys].map((key) => manifest[key]?.file).filter((file): file is string => !!file?.endsWith('.js'))
}

/** Gzip size (level 9, as the benchmark counts) of `files` under `rendererDir`, added up. */
export function gzipBytesOf(rendererDir: string, files: readonly string[]): number {
  return files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(rendererDir, file)), { level: 9 }).length,
    0,
  )
}
