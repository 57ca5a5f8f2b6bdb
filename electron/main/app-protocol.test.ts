import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { appPageUrl, resolveAppFile, serveAppRequest } from './app-protocol'

// A renderer output folder next to a secret file that must never be served.
let base = ''
let root = ''
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'app-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'notes.txt'), 'no type for this')
  writeFileSync(join(base, 'secret.json'), '{"token":"canary"}')
  symlinkSync(join(base, 'secret.json'), join(root, 'assets', 'link.json'))
})

const get = (url: string, method = 'GET') => serveAppRequest(root, new Request(url, { method }))

describe('app:// protocol', () => {
  it('serves the page and its assets with their content types', async () => {
    const page = await get(appPageUrl)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>ok</title>')
    const script = await get('app://assistant/assets/index-abc.js')
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect((await get('app://assistant/')).status).toBe(200)
  })

  it.each([
    'app://assistant/..%2fsecret.json',
    'app://assistant/assets/..%2f..%2fsecret.json',
    'app://assistant/..%5csecret.json',
    'app://assistant/%2e%2e/secret.json',
    'app://assistant/../secret.json',
    'app://assistant/%2Fetc%2Fpasswd',
    'app://assistant/assets/link.json',
    'app://assistant/index.html%00.js',
    'app://assistant/%E0%A4%A',
    'app://evil/index.html',
    'app://assistant/missing.js',
    'app://assistant/assets/notes.txt',
    'app://assistant/assets',
    'file:///etc/passwd',
  ])('refuses %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('')
  })

  it('answers only reads', async () => {
    expect((await get(appPageUrl, 'POST')).status).toBe(405)
  })

  it('resolves only files inside the folder', async () => {
    expect(await resolveAppFile(root, appPageUrl)).toBe(join(root, 'index.html'))
    expect(await resolveAppFile(root, 'app://assistant/assets/..%2f..%2fsecret.json')).toBeNull()
    expect(await resolveAppFile(root, 'not a url')).toBeNull()
  })
})
