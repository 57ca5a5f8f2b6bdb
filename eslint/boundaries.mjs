// Import boundaries as an allow-list, in the spirit of VS Code's layer rules: every folder names the
// folders it may import from and which packages it may use; anything not named is an error. Exported on
// its own so a test can prove the rule fires on a fixture without type-aware linting.
import { builtinModules } from 'node:module'
import { dirname, relative, resolve, sep } from 'node:path'

/** Test tools: only test files (`*.test.ts`, `*.e2e.ts`, anything under tests/) may use them. */
const testPackages = ['vitest', 'playwright-core', '@axe-core/playwright', 'axe-core', 'fast-check']
const browserPackages = [
  'react',
  'react-dom',
  '@fluentui/react-components',
  '@fluentui/react-icons',
  'zustand',
  'i18next',
  'i18next-resources-to-backend',
  'react-i18next',
  // The English catalog cut at build time into the first screen's words and the rest (scripts/build).
  'virtual:english',
]

const shared = ['shared', 'shared/contract']
const servicesCommon = ['electron/services', 'electron/services/log', ...shared]
const simulatorBase = ['simulator/core', 'simulator/config', 'simulator/tenant']

/**
 * Each layer: its folder (or file), the layers it may import, and its packages: a list (browser-side
 * layers) or 'node' (any package but electron and the test tools). The most specific path wins, so
 * `electron/services` means the files directly in that folder (and folders without a layer of their own).
 * @type {{ path: string, mayImport: string[], packages: string[] | 'node' | 'electron-glue', builtins: boolean, why: string }[]}
 */
export const layers = [
  {
    path: 'shared',
    mayImport: shared,
    packages: ['zod'],
    builtins: false,
    why: 'shared/ is the contract and runs everywhere, the browser included: it imports nothing from the other layers.',
  },
  {
    path: 'renderer',
    mayImport: ['renderer', ...shared],
    packages: browserPackages,
    builtins: false,
    why: 'The renderer runs in a browser sandbox and talks to the logic only through the typed API (shared/contract).',
  },
  {
    path: 'electron/preload',
    mayImport: ['shared/contract'],
    packages: ['electron'],
    builtins: false,
    why: 'The preload only bridges IPC (Electron sandboxes it): contract names and electron, nothing main-side.',
  },
  {
    path: 'shared/contract',
    mayImport: shared,
    packages: ['zod'],
    builtins: false,
    why: 'shared/ is the contract: it imports nothing from the other layers.',
  },
  {
    path: 'electron/main',
    mayImport: [
      'electron/main',
      'electron/hosts',
      'electron/services',
      ...servicesTree(),
      ...shared,
      'simulator/core/simulator-ca',
    ],
    packages: 'electron-glue',
    builtins: true,
    why: 'electron/main is Electron glue: it binds hosts and services.',
  },
  {
    path: 'electron/hosts',
    mayImport: [
      'electron/hosts',
      'electron/services',
      ...servicesTree(),
      ...shared,
      'simulator',
      'simulator/core/simulator-ca',
      'package.json',
    ],
    packages: 'node',
    builtins: true,
    why: 'Hosts bind the handler table to a transport; they never import Electron (main passes it in).',
  },
  {
    path: 'electron/services',
    mayImport: servicesCommon,
    packages: 'node',
    builtins: true,
    why: 'Services are plain Node: no electron, no test code, and dependencies are passed in.',
  },
  service('log', []),
  service('auth', []),
  service('graph', []),
  service('helloid', []),
  service('setup', ['graph', 'helloid']),
  service('customers', ['auth', 'helloid']),
  service('report', ['setup', 'graph', 'customers']),
  service('screenshot-pack', []),
  service('assistant', ['setup', 'auth', 'helloid', 'graph', 'customers', 'report']),
  {
    path: 'simulator',
    mayImport: ['simulator', ...simulatorLayers()],
    packages: 'node',
    builtins: true,
    why: 'The simulator is a model of Entra: it never imports the product it tests.',
  },
  simulator('core', []),
  simulator('config', ['core']),
  simulator('tenant', ['core', 'config']),
  simulator('state', simulatorBase.map(short)),
  simulator('engine', ['state', ...simulatorBase.map(short)]),
  simulator('authority', ['state', ...simulatorBase.map(short)]),
  simulator('scim', ['state', ...simulatorBase.map(short)]),
  simulator('graph', ['engine', 'authority', 'state', ...simulatorBase.map(short)]),
  simulator('control', ['graph', 'engine', 'authority', 'scim', 'state', ...simulatorBase.map(short)]),
  {
    path: 'simulator/core/simulator-ca',
    mayImport: [],
    packages: 'node',
    builtins: true,
    why: 'The throw-away CA of an embedded simulator.',
  },
  {
    path: 'cli',
    mayImport: [
      'cli',
      ...shared,
      'electron/services',
      ...servicesTree(),
      'simulator',
      'simulator/core/simulator-ca',
      'package.json',
    ],
    packages: 'node',
    builtins: true,
    why: 'The CLI is a host of the services; it does not reach into electron/hosts or electron/main.',
  },
  {
    path: 'scripts',
    mayImport: [
      'scripts',
      ...shared,
      'electron/services',
      ...servicesTree(),
      'simulator',
      'simulator/core/simulator-ca',
      'cli',
      'package.json',
    ],
    packages: 'node',
    builtins: true,
    why: 'Scripts (bench, CI gates) use the product as a user would; they import no test code and no host internals.',
  },
  { path: 'tests', mayImport: ['*'], packages: 'any', builtins: true, why: 'Tests may import anything.' },
  { path: 'package.json', mayImport: [], packages: 'any', builtins: true, why: 'Package metadata.' },
]

function short(path) {
  return path.slice('simulator/'.length)
}

function servicesTree() {
  return [
    'log',
    'auth',
    'graph',
    'helloid',
    'setup',
    'assistant',
    'customers',
    'report',
    'screenshot-pack',
  ].map((name) => `electron/services/${name}`)
}

function simulatorLayers() {
  return ['core', 'config', 'tenant', 'state', 'engine', 'authority', 'scim', 'graph', 'control'].map(
    (name) => `simulator/${name}`,
  )
}

function service(name, peers) {
  return {
    path: `electron/services/${name}`,
    mayImport: [
      `electron/services/${name}`,
      ...peers.map((p) => `electron/services/${p}`),
      ...servicesCommon,
    ],
    packages: 'node',
    builtins: true,
    why: 'Services are plain Node: no electron, no test code; each service folder names the services it builds on.',
  }
}

function simulator(name, below) {
  return {
    path: `simulator/${name}`,
    mayImport: [`simulator/${name}`, ...below.map((b) => `simulator/${b}`)],
    packages: 'node',
    builtins: true,
    why: 'Simulator folders form layers (core, config, tenant, state, then the servers); lower ones never import higher ones.',
  }
}

const testFile = /\.(test|e2e)\.[cm]?tsx?$/
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

/** The layer a repository-relative path belongs to: the longest matching layer path, or null. */
export function layerOf(path) {
  const plain = path.split(sep).join('/')
  if (testFile.test(plain)) return layers.find((layer) => layer.path === 'tests') ?? null
  let best = null
  for (const layer of layers) {
    const matches =
      plain === layer.path ||
      plain.startsWith(`${layer.path}/`) ||
      plain.replace(/\.[cm]?[jt]sx?$/, '') === layer.path
    if (matches && (!best || layer.path.length > best.path.length)) best = layer
  }
  return best
}

function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

function checkPackage(layer, specifier) {
  if (builtins.has(specifier) || builtins.has(specifier.split('/')[0] ?? '')) {
    return layer.builtins ? null : `'${specifier}' is a Node built-in, and ${layer.path}/ has none.`
  }
  const name = packageName(specifier)
  if (layer.packages === 'any') return null
  if (Array.isArray(layer.packages)) {
    return layer.packages.includes(name) ? null : `${layer.path}/ may not use the package '${name}'.`
  }
  if (testPackages.includes(name)) return `'${name}' is a test tool: only tests may import it.`
  if (name === 'electron' && layer.packages !== 'electron-glue') {
    return 'Only electron/main and electron/preload may import electron. Pass what you need in as a dependency.'
  }
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only from the layers and packages it names.' },
    schema: [],
  },
  create(context) {
    const cwd = context.cwd
    const file = relative(cwd, context.filename)
    const layer = layerOf(file)
    if (!layer) return {}
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return
      const specifier = source.value.split('?')[0] ?? source.value
      let problem = null
      if (specifier.startsWith('.')) {
        if (layer.mayImport.includes('*')) return
        const target = relative(cwd, resolve(dirname(context.filename), specifier))
        const targetLayer = layerOf(target)
        if (!targetLayer || !layer.mayImport.includes(targetLayer.path)) {
          const where = targetLayer ? targetLayer.path : target.split(sep).join('/')
          problem = `${layer.path}/ may not import from ${where}. ${layer.why}`
        }
      } else {
        problem = checkPackage(layer, specifier)
        if (problem) problem = `${problem} ${layer.why}`
      }
      if (problem) context.report({ node, message: problem })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    }
  },
}

/** @type {import('eslint').Linter.Config[]} */
export const boundaries = [
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { layers: { rules: { 'allowed-imports': allowedImports } } },
    rules: { 'layers/allowed-imports': 'error' },
  },
]
