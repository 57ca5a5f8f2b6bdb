// Web preferences that switch off one of Electron's protections are errors wherever they are written,
// also when a sandbox elsewhere would seem to cover them: Electron turns the sandbox off for a renderer
// with Node integration. https://www.electronjs.org/docs/latest/tutorial/security

/** Each preference and the only value it may have when written out. */
export const securePreferences = {
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
}

function keyName(node) {
  if (node.key.type === 'Identifier' && !node.computed) return node.key.name
  if (node.key.type === 'Literal') return String(node.key.value)
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
const securePreferencesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Electron web preferences keep their secure values, written as literals.' },
    schema: [],
  },
  create(context) {
    return {
      Property(node) {
        const name = keyName(node)
        if (!name || !Object.hasOwn(securePreferences, name)) return
        const expected = securePreferences[name]
        if (node.value.type === 'Literal' && node.value.value === expected) return
        context.report({
          node,
          message: `'${name}' must be ${String(expected)} (written as a literal, so reviews and scanners see it).`,
        })
      },
      // enableBlinkFeatures and blinkFeatures turn on experimental Chromium features: never.
      'Property[key.name=/^(enableBlinkFeatures|blinkFeatures)$/]'(node) {
        context.report({ node, message: `'${keyName(node) ?? ''}' is not allowed.` })
      },
    }
  },
}

/** @type {import('eslint').Linter.Config[]} */
export const electronSecurity = [
  {
    files: ['electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { 'electron-security': { rules: { 'secure-web-preferences': securePreferencesRule } } },
    rules: { 'electron-security/secure-web-preferences': 'error' },
  },
]
