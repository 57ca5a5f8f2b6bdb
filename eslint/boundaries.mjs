// Import boundaries between the layers (see DEVELOPERS.md). Exported on its own so a test can prove
// each rule fires on a fixture without type-aware linting.
import { builtinModules } from 'node:module'

const nodeBuiltins = [
  ...builtinModules.filter((m) => !m.startsWith('_')),
  ...builtinModules.map((m) => `node:${m}`),
]

const electronOnlyInGlue = {
  name: 'electron',
  message:
    'Only electron/main and electron/preload may import electron. Pass what you need in as a dependency.',
}

/** @type {import('eslint').Linter.Config[]} */
export const boundaries = [
  {
    files: ['electron/services/**', 'electron/hosts/**', 'simulator/**', 'cli/**', 'scripts/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInGlue] }] },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnlyInGlue,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer runs in a browser sandbox: no Node built-ins.',
            })),
          ],
          patterns: [
            {
              regex: '(^|/)(electron|simulator|cli)/',
              message: 'The renderer talks to the logic only through the typed API (shared/contract).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnlyInGlue,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'shared/ runs everywhere, the browser included.',
            })),
          ],
          patterns: [
            {
              regex: '^\\.\\./+(\\.\\./)*(electron|renderer|simulator|cli|scripts|tests)(/|$)',
              message: 'shared/ is the contract: it imports nothing from the other layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(services|hosts|main)/',
              message: 'The preload only bridges IPC; it must not pull main-side code into the page.',
            },
          ],
        },
      ],
    },
  },
]
