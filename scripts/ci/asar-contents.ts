/**
 * What may ship inside app.asar. Pure functions over the archive's file list, so the rules are unit
 * tested without packing anything.
 */

/** The build output the app needs at run time. */
export const requiredEntries = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
]

/** package-lock.json's `packages` map: which installed folders are dev-only. */
export type LockPackages = Record<string, { dev?: boolean; devOptional?: boolean } | undefined>

const sourceExtension = /\.(ts|tsx|mts|cts)$/
const declaration = /\.d\.[cm]?ts$/
const testName = /(^|\/)(tests?|__tests__|__mocks__|fixtures?)(\/|$)|\.(test|spec|e2e)\.[cm]?[jt]sx?$/
/** A PEM private key with its body (a library's PEM header template alone is not a key). */
const privateKey = /-----BEGIN [A-Z ]*PRIVATE KEY-----(\\n|\s)+[A-Za-z0-9+/=\s]{64,}/
const secretName =
  /(^|\/)(\.env(\..*)?|\.npmrc|id_rsa|id_ed25519|.*\.(pem|key|p12|pfx|crt|cer|jks|keystore|mobileprovision|provisionprofile))$/i

/** The node_modules folder an archive path belongs to (`/node_modules/@scope/name/...` → `node_modules/@scope/name`). */
export function packageFolder(entry: string): string | null {
  const parts = entry.split('/').filter(Boolean)
  let folder: string | null = null
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] !== 'node_modules') continue
    const name = parts[i + 1]?.startsWith('@') ? parts.slice(i + 1, i + 3).join('/') : parts[i + 1]
    if (!name) break
    folder = [...(folder ? [folder] : []), 'node_modules', name].join('/')
    i += name.split('/').length
  }
  return folder
}

/**
 * Lists every problem with an archive: app files outside out/ and package.json, TypeScript sources,
 * tests, source maps, files that look like secrets, dev-only packages (per package-lock.json), and
 * missing build output. `contents` reads a file of the app itself (not of node_modules) for the
 * private-key scan.
 */
export function inspectAsar(
  entries: readonly string[],
  lock: LockPackages,
  contents: (entry: string) => string | null,
): string[] {
  const problems: string[] = []
  const files = new Set(entries)
  for (const entry of entries) {
    const folder = packageFolder(entry)
    if (entry.endsWith('.map')) problems.push(`source map: ${entry}`)
    if (secretName.test(entry)) problems.push(`possible secret: ${entry}`)
    if (folder) {
      const pkg = lock[folder]
      if (!pkg) problems.push(`package not in package-lock.json: ${folder}`)
      else if (pkg.dev || pkg.devOptional) problems.push(`dev dependency: ${folder}`)
      continue
    }
    if (entry !== '/package.json' && !entry.startsWith('/out/')) problems.push(`not build output: ${entry}`)
    if (sourceExtension.test(entry) && !declaration.test(entry)) problems.push(`source file: ${entry}`)
    if (testName.test(entry)) problems.push(`test file: ${entry}`)
    const text = contents(entry)
    if (text !== null && privateKey.test(text)) problems.push(`private key in: ${entry}`)
  }
  for (const needed of requiredEntries) if (!files.has(needed)) problems.push(`missing: ${needed}`)
  // Package folders are reported once each.
  return [...new Set(problems)]
}
