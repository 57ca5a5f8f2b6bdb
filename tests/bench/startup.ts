import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import type { Browser, Page } from 'playwright-core'

import { startTestPreview } from '../e2e/preview-host'

export interface Startup {
  /** Median first contentful paint of the wizard over the cold loads. */
  fcpMs: number
  /** Median first contentful paint of an almost empty page, same browser, same run: the machine's floor. */
  floorFcpMs: number
  /** Median time until the wizard's step title is on screen (the bundle has run). */
  readyMs: number
  jsBytes: number
  jsGzipBytes: number
  /** JavaScript the first screen loads (every script fetched before the wizard is ready), gzip. */
  initialJsGzipBytes: number
  loads: number
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const gzipBytes = (buffer: Buffer): number => gzipSync(buffer, { level: 9 }).length

/** The renderer's JavaScript as built, and the gzip size of the files the first screen loaded. */
export function rendererScripts(
  rendererDir: string,
  firstScreen: readonly string[],
): Pick<Startup, 'jsBytes' | 'jsGzipBytes' | 'initialJsGzipBytes'> {
  const assets = join(rendererDir, 'assets')
  let jsBytes = 0
  let jsGzipBytes = 0
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const content = readFileSync(join(assets, name))
    jsBytes += content.length
    jsGzipBytes += gzipBytes(content)
  }
  let initialJsGzipBytes = 0
  for (const path of new Set(firstScreen))
    initialJsGzipBytes += gzipBytes(readFileSync(join(rendererDir, path.replace(/^\/+/, ''))))
  return { jsBytes, jsGzipBytes, initialJsGzipBytes }
}

/** Resolves with the page's first contentful paint (ms since navigation start). */
const fcpExpression = `new Promise((resolve) => {
  const seen = performance.getEntriesByName('first-contentful-paint')[0]
  if (seen) return resolve(seen.startTime)
  new PerformanceObserver((list) => {
    const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint')
    if (entry) resolve(entry.startTime)
  }).observe({ type: 'paint', buffered: true })
})`

interface Load {
  fcp: number
  ready: number
  /** Paths of the scripts the page fetched before it was ready. */
  scripts: string[]
}

async function coldLoad(
  browser: Browser,
  url: string,
  ready?: (page: Page) => Promise<number>,
): Promise<Load> {
  // A new context is a fresh profile: nothing cached from the previous load.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (path.endsWith('.js')) scripts.push(path)
    })
    await page.goto(url)
    const fcp = await page.evaluate<number>(fcpExpression)
    const readyAt = ready ? await ready(page) : fcp
    return { fcp, ready: readyAt, scripts: [...scripts] }
  } finally {
    await context.close()
  }
}

/**
 * First contentful paint of the wizard, served by the real web host from the built renderer, over
 * `loads` cold loads, alternating with loads of an almost empty page (the machine's floor) so both
 * see the same noise.
 */
export async function measureStartup(browser: Browser, rendererDir: string, loads: number): Promise<Startup> {
  const floor = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end('<!doctype html><html lang="en"><title>floor</title><p>HelloID</p></html>')
  })
  await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve))
  const floorUrl = `http://127.0.0.1:${(floor.address() as AddressInfo).port}/`
  const preview = await startTestPreview()
  const wizard: Load[] = []
  const empty: number[] = []
  try {
    for (let i = 0; i < loads; i++) {
      empty.push((await coldLoad(browser, floorUrl)).fcp)
      wizard.push(
        await coldLoad(browser, preview.host.url, async (page) => {
          await page.getByTestId('step-title').waitFor()
          return page.evaluate<number>('performance.now()')
        }),
      )
    }
  } finally {
    await preview.host.stop()
    await new Promise<void>((resolve) => floor.close(() => resolve()))
  }
  return {
    fcpMs: Math.round(median(wizard.map((w) => w.fcp))),
    floorFcpMs: Math.round(median(empty)),
    readyMs: Math.round(median(wizard.map((w) => w.ready))),
    ...rendererScripts(rendererDir, wizard[0]?.scripts ?? []),
    loads,
  }
}
