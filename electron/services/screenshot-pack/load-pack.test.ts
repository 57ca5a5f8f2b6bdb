import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { screenshotPackViewSchema } from '../../../shared/contract'
import { sniffImageType } from './image-type'
import { defaultPackLimits, loadScreenshotPack } from './load-pack'
import { ScreenshotPacks } from './screenshot-packs'

// The smallest real headers of each type, padded; the loader reads bytes, never names.
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(40, 1),
])
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(40, 2)])
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([40, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(30, 3),
])
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')

let dir: string
let pack: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-test-'))
  pack = join(dir, 'pack')
  mkdirSync(pack)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, data: Buffer | string): void {
  writeFileSync(join(pack, name), data)
}
function manifest(screens: Record<string, { image: string; alt?: string; caption?: string }>): void {
  write('manifest.json', JSON.stringify({ version: 1, screens }))
}

describe('sniffImageType', () => {
  it('knows PNG, JPEG and WebP by their first bytes', () => {
    expect(sniffImageType(png)).toBe('image/png')
    expect(sniffImageType(jpeg)).toBe('image/jpeg')
    expect(sniffImageType(webp)).toBe('image/webp')
  })
  it('refuses everything else, whatever it is called: SVG, text, a RIFF that is not WebP, too few bytes', () => {
    expect(sniffImageType(svg)).toBeNull()
    expect(sniffImageType(Buffer.from('hello'))).toBeNull()
    expect(
      sniffImageType(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE')])),
    ).toBeNull()
    expect(sniffImageType(png.subarray(0, 7))).toBeNull()
    expect(sniffImageType(new Uint8Array())).toBeNull()
  })
})

describe('loadScreenshotPack', () => {
  it('loads the images the manifest names, typed by their bytes, with alt text and caption', async () => {
    write('one.png', png)
    write('two.jpg', jpeg)
    mkdirSync(join(pack, 'sub'))
    writeFileSync(join(pack, 'sub', 'three.webp'), webp)
    manifest({
      'helloid-new-secret': { image: 'one.png', alt: 'New Secret in our HelloID', caption: 'Our portal' },
      'azure-create-app': { image: 'two.jpg' },
      'azure-tenant-url': { image: 'sub/three.webp' },
    })
    const loaded = await loadScreenshotPack(pack)
    expect(loaded.problems).toEqual([])
    expect(loaded.images.map((i) => [i.stepId, i.dataUrl.slice(0, 22)])).toEqual([
      ['helloid-new-secret', 'data:image/png;base64,'],
      ['azure-create-app', 'data:image/jpeg;base64'],
      ['azure-tenant-url', 'data:image/webp;base64'],
    ])
    expect(loaded.images[0]).toMatchObject({
      alt: 'New Secret in our HelloID',
      caption: 'Our portal',
      file: 'one.png',
    })
    expect(Buffer.from(loaded.images[0]?.dataUrl.split(',')[1] ?? '', 'base64').equals(png)).toBe(true)
    // What reaches the renderer passes the contract (the data URL pattern included).
    expect(
      screenshotPackViewSchema.safeParse({
        source: 'settings',
        folder: pack,
        canChooseFolder: false,
        ...loaded,
      }).success,
    ).toBe(true)
  })

  it('refuses a file that is not PNG, JPEG or WebP by its bytes, even named .png, and keeps the others', async () => {
    write('fake.png', svg)
    write('real.png', png)
    manifest({ 'helloid-new-secret': { image: 'fake.png' }, 'azure-create-app': { image: 'real.png' } })
    const loaded = await loadScreenshotPack(pack)
    expect(loaded.problems).toEqual([{ code: 'not-an-image', step: 'helloid-new-secret', file: 'fake.png' }])
    expect(loaded.images.map((i) => i.stepId)).toEqual(['azure-create-app'])
  })

  it('keeps paths inside the folder: no .., no absolute paths, no link that leads out', async () => {
    writeFileSync(join(dir, 'outside.png'), png)
    write('inside.png', png)
    symlinkSync(join(dir, 'outside.png'), join(pack, 'escape.png'))
    symlinkSync(join(pack, 'inside.png'), join(pack, 'alias.png'))
    symlinkSync(dir, join(pack, 'parent'))
    manifest({
      'helloid-open-azure-ad': { image: '../outside.png' },
      'helloid-new-secret': { image: join(dir, 'outside.png') },
      'azure-open-entra': { image: 'C:\\outside.png' },
      'azure-enterprise-apps': { image: 'sub\\..\\..\\outside.png' },
      'azure-new-application': { image: 'escape.png' },
      'azure-search-helloid': { image: 'parent/outside.png' },
      'azure-select-helloid': { image: 'alias.png' },
    })
    const loaded = await loadScreenshotPack(pack)
    expect(loaded.problems.map((p) => [p.step, p.code])).toEqual([
      ['helloid-open-azure-ad', 'path-outside'],
      ['helloid-new-secret', 'path-outside'],
      ['azure-open-entra', 'path-outside'],
      ['azure-enterprise-apps', 'path-outside'],
      ['azure-new-application', 'path-outside'],
      ['azure-search-helloid', 'path-outside'],
    ])
    // A link that stays inside the folder is fine.
    expect(loaded.images.map((i) => i.stepId)).toEqual(['azure-select-helloid'])
  })

  it('limits each image and the whole pack by size', async () => {
    const limits = { ...defaultPackLimits, imageBytes: 100, totalBytes: 120 }
    write('big.png', Buffer.concat([png, Buffer.alloc(200)]))
    write('a.png', png)
    write('b.png', png)
    write('c.png', png)
    manifest({
      'helloid-new-secret': { image: 'big.png' },
      'azure-open-entra': { image: 'a.png' },
      'azure-enterprise-apps': { image: 'b.png' },
      'azure-new-application': { image: 'c.png' },
    })
    const loaded = await loadScreenshotPack(pack, limits)
    expect(loaded.problems.map((p) => [p.step, p.code])).toEqual([
      ['helloid-new-secret', 'image-too-large'],
      ['azure-new-application', 'pack-too-large'],
    ])
    expect(loaded.images).toHaveLength(2)
  })

  it('holds to 5 MB per image by default', async () => {
    write('huge.png', Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]))
    manifest({ 'helloid-new-secret': { image: 'huge.png' } })
    expect((await loadScreenshotPack(pack)).problems).toEqual([
      { code: 'image-too-large', step: 'helloid-new-secret', file: 'huge.png', limitMb: 5 },
    ])
  })

  it('reports unknown step ids, missing files and folders named as images', async () => {
    mkdirSync(join(pack, 'folder.png'))
    manifest({
      'step-99': { image: 'x.png' },
      'helloid-new-secret': { image: 'missing.png' },
      'azure-create-app': { image: 'folder.png' },
    })
    expect((await loadScreenshotPack(pack)).problems).toEqual([
      { code: 'unknown-step', step: 'step-99', file: 'x.png' },
      { code: 'file-missing', step: 'helloid-new-secret', file: 'missing.png' },
      { code: 'not-a-file', step: 'azure-create-app', file: 'folder.png' },
    ])
  })

  it('says what is wrong with the folder or its manifest, and loads nothing', async () => {
    expect((await loadScreenshotPack(join(dir, 'nope'))).problems).toEqual([{ code: 'folder-missing' }])
    expect((await loadScreenshotPack(pack)).problems).toEqual([
      { code: 'manifest-missing', file: 'manifest.json' },
    ])
    write('manifest.json', '{ not json')
    expect((await loadScreenshotPack(pack)).problems[0]).toMatchObject({ code: 'manifest-invalid' })
    write(
      'manifest.json',
      JSON.stringify({ version: 1, screens: { 'helloid-new-secret': { img: 'a.png' } } }),
    )
    const wrong = await loadScreenshotPack(pack)
    expect(wrong.problems[0]).toMatchObject({ code: 'manifest-invalid' })
    expect(wrong.problems[0]?.detail).toContain('screens.helloid-new-secret')
    write('manifest.json', JSON.stringify({ version: 1, screens: {}, pad: 'x'.repeat(300 * 1024) }))
    expect((await loadScreenshotPack(pack)).problems).toEqual([
      { code: 'manifest-too-large', file: 'manifest.json', limitMb: 0.3 },
    ])
  })
})

describe('ScreenshotPacks', () => {
  it('takes --screenshots first, then the folder chosen in Settings, then a pack beside the app', async () => {
    write('a.png', png)
    manifest({ 'helloid-new-secret': { image: 'a.png' } })
    const beside = join(dir, 'beside')
    mkdirSync(beside)
    writeFileSync(join(beside, 'manifest.json'), JSON.stringify({ version: 1, screens: {} }))
    const settingsFile = join(dir, 'data', 'screenshot-pack.json')

    const none = new ScreenshotPacks({ settingsFile, besideApp: [join(dir, 'absent')] })
    expect(await none.view()).toEqual({
      source: 'none',
      folder: null,
      canChooseFolder: false,
      images: [],
      problems: [],
    })

    const packs = new ScreenshotPacks({ settingsFile, besideApp: [join(dir, 'absent'), beside] })
    expect(await packs.view()).toMatchObject({ source: 'beside-app', folder: beside, images: [] })
    const chosen = await packs.setFolder(pack)
    expect(chosen).toMatchObject({ source: 'settings', folder: pack })
    expect(chosen.images.map((i) => i.stepId)).toEqual(['helloid-new-secret'])
    // Remembered across restarts (a new instance reads the same file).
    expect(await new ScreenshotPacks({ settingsFile, besideApp: [beside] }).view()).toMatchObject({
      source: 'settings',
    })
    expect(
      await new ScreenshotPacks({ settingsFile, besideApp: [], flagFolder: beside }).view(),
    ).toMatchObject({
      source: 'flag',
      folder: beside,
    })
    expect(await packs.setFolder(null)).toMatchObject({ source: 'beside-app' })
  })

  it('uses the folder dialog where there is one; a cancelled dialog changes nothing', async () => {
    write('a.png', png)
    manifest({ 'helloid-new-secret': { image: 'a.png' } })
    const settingsFile = join(dir, 'screenshot-pack.json')
    let answer: string | null = null
    const packs = new ScreenshotPacks({ settingsFile, besideApp: [], chooseFolder: async () => answer })
    expect(await packs.chooseFolder()).toMatchObject({ source: 'none', canChooseFolder: true })
    answer = pack
    expect(await packs.chooseFolder()).toMatchObject({ source: 'settings', folder: pack })
    answer = null
    expect(await packs.chooseFolder()).toMatchObject({ source: 'settings', folder: pack })
  })
})
