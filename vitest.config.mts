import { defineConfig } from 'vitest/config'

// Two projects: fast unit/integration tests in plain Node (electron is always mocked), and browser
// end-to-end tests that drive Debian Chromium against the built renderer served by the web host.
export default defineConfig({
  test: {
    projects: [
      {
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
          environment: 'node',
          globalSetup: ['tests/setup/global-ca.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
