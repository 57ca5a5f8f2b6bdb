import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { getConfig } from 'app-builder-lib/out/util/config/config'
import { describe, expect, it } from 'vitest'

import { validateBuilderConfig } from '../../scripts/ci/builder-config'

/**
 * electron-builder validates its configuration before any download, so the packaging config can be
 * checked here even though the Electron binary cannot be fetched.
 */
describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema', async () => {
    expect(await validateBuilderConfig(process.cwd())).toBeNull()
  })

  it('fails the gate on a misspelt option', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'builder-config-'))
    const yaml = readFileSync('electron-builder.yml', 'utf8').replace('perMachine: false', 'perMachne: false')
    writeFileSync(join(dir, 'electron-builder.yml'), yaml)
    writeFileSync(join(dir, 'package.json'), readFileSync('package.json'))
    expect(await validateBuilderConfig(dir)).toMatch(/nsis/)
  })

  it('builds per-user NSIS and MSI, signed-ready macOS dmg + zip, and AppImage + deb, with hardened fuses', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null)
    expect(config.win?.target).toEqual(['nsis', 'msi'])
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false })
    expect(config.msi?.upgradeCode).toMatch(/^[0-9a-f-]{36}$/)
    expect(config.mac).toMatchObject({ target: ['dmg', 'zip'], hardenedRuntime: true, notarize: true })
    expect(existsSync(String(config.mac?.entitlements))).toBe(true)
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    for (const icon of [config.win?.icon, config.mac?.icon]) expect(existsSync(String(icon))).toBe(true)
    expect(existsSync(join(String(config.linux?.icon), '512x512.png'))).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    })
    expect(JSON.stringify(config.files)).toBe(
      JSON.stringify([{ filter: ['out/**', '!**/*.map', 'package.json'] }]),
    )
    // The update feed is named at build time (HELLOID_SETUP_UPDATE_URL through `npm run dist`), never a
    // placeholder address here; no credentials or tokens belong in the file.
    expect(config.publish).toBeUndefined()
    expect(readFileSync('electron-builder.yml', 'utf8')).not.toMatch(
      /^\s*\w*(password|token|secret|key)\w*\s*:/im,
    )
  })
})
