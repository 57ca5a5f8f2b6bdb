import { defineConfig } from 'vitest/config'

import { englishSplit } from './scripts/build/english-split'

// Projects: fast unit/integration tests in plain Node (electron is always mocked), browser
// end-to-end tests that drive Debian Chromium against the built renderer (and run the built preload),
// and the CI gates.
export default defineConfig({
  test: {
    projects: [
      {
        // The renderer's i18n imports the English catalog as the build cuts it.
        plugins: [englishSplit()],
        test: {
          name: 'unit',
          include: ['{electron,shared,simulator,renderer,scripts,cli,tests}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', 'out/**', 'tests/fixtures/**'],
          environment: 'node',
          globalSetup: ['tests/setup/global-ca.ts'],
          // Generous guards, not speed checks: the crash and replay suites run whole simulated setups and
          // must not fail because a shared 2-core machine is busy.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          // A busy machine may take seconds to run the page's bundle after the load event; a poll
          // gives up only after this long (it returns as soon as the condition holds).
          expect: { poll: { timeout: 15_000 } },
          environment: 'node',
          globalSetup: ['tests/setup/global-ca.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // CI gates shown to fail when broken (packaging, Electronegativity). They pack and scan for real,
        // so they run in .ci/run after the gate tools are installed, not in `npm test`.
        test: {
          name: 'gates',
          include: ['tests/gates/**/*.gate.ts'],
          environment: 'node',
          testTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
