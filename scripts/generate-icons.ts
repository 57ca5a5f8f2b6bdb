/* eslint-disable no-console -- command-line entry point: names the files it wrote. */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { BICUBIC, createICNS, createICO } from 'png2icons'

/** Sizes electron-builder picks up from build/icons for Linux (AppImage and deb). */
export const linuxSizes = [16, 32, 48, 64, 128, 256, 512] as const

let wasmReady: Promise<void> | null = null

/** resvg's renderer is WebAssembly (no native binary, no download), loaded once per process. */
function ensureWasm(): Promise<void> {
  const wasmPath = createRequire(__filename).resolve('@resvg/resvg-wasm/index_bg.wasm')
  wasmReady ??= readFile(wasmPath).then((bytes) => initWasm(bytes))
  return wasmReady
}

function renderPng(svg: string, size: number): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render()
  return Buffer.from(image.asPng())
}

/**
 * Every icon file electron-builder needs, rendered from one SVG: build/icon.png (1024 px, also the
 * source of the macOS and Windows formats), icon.icns, icon.ico and build/icons/<n>x<n>.png.
 * Keyed by path relative to build/.
 */
export async function renderIcons(svg: string): Promise<Map<string, Buffer>> {
  await ensureWasm()
  const files = new Map<string, Buffer>()
  const master = renderPng(svg, 1024)
  files.set('icon.png', master)
  for (const size of linuxSizes) files.set(`icons/${size}x${size}.png`, renderPng(svg, size))
  const icns = createICNS(master, BICUBIC, 0)
  const ico = createICO(master, BICUBIC, 0, true, true)
  if (!icns || !ico) throw new Error('png2icons could not convert the rendered icon')
  files.set('icon.icns', icns)
  files.set('icon.ico', ico)
  return files
}

async function main(): Promise<void> {
  const buildDir = resolve(process.argv[2] ?? 'build')
  const files = await renderIcons(await readFile(join(buildDir, 'icon.svg'), 'utf8'))
  for (const [name, bytes] of files) {
    const target = join(buildDir, name)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, bytes)
    console.log(`${target} (${bytes.length} bytes)`)
  }
}

if (require.main === module) void main()
