import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { renderIcons } from '../../scripts/generate-icons'

describe('icons', () => {
  it('the committed icons are exactly what build/icon.svg renders to (run `npm run icons` after editing it)', async () => {
    const rendered = await renderIcons(readFileSync('build/icon.svg', 'utf8'))
    expect([...rendered.keys()].sort()).toEqual(
      [
        'icon.icns',
        'icon.ico',
        'icon.png',
        ...[16, 32, 48, 64, 128, 256, 512].map((n) => `icons/${n}x${n}.png`),
      ].sort(),
    )
    for (const [name, bytes] of rendered) {
      expect(bytes.equals(readFileSync(join('build', name))), `build/${name} is out of date`).toBe(true)
    }
    // PNG, ICNS and ICO signatures: real image files, not placeholders.
    expect(rendered.get('icon.png')?.subarray(1, 4).toString()).toBe('PNG')
    expect(rendered.get('icon.icns')?.subarray(0, 4).toString()).toBe('icns')
    expect([...(rendered.get('icon.ico')?.subarray(0, 4) ?? [])]).toEqual([0, 0, 1, 0])
  })
})
