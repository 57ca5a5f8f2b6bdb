import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

/**
 * electron-builder validates its configuration before any download, so the packaging config can be
 * checked here even though the Electron binary cannot be fetched.
 */
describe('electron-builder.yml', () => {
  it('is a valid configuration with hardened fuses that packs only the build output', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null)
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    })
    expect(JSON.stringify(config.files)).toBe(JSON.stringify([{ filter: ['out/**', 'package.json'] }]))
  })

  it('rejects a misspelt option (the check can fail)', async () => {
    const bad = { nsis: { oneClik: false } } as unknown as Parameters<typeof validateConfiguration>[0]
    await expect(validateConfiguration(bad, new DebugLogger(false))).rejects.toThrow(/nsis/)
  })
})
