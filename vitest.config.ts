import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects, one run: `unit` (Node: core, engine, backend, CLI, Electron shell with a stand-in
// electron module), `dom` (jsdom: React components) and `e2e` (real Chromium driving `npm run web`).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/dom/**', 'tests/e2e/**'],
          // One fast-check seed per run, printed; BALLAST_FC_SEED replays it (README.md).
          globalSetup: ['tests/setup/fast-check-seed.global.ts'],
          setupFiles: ['tests/setup/fast-check-seed.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/dom/**/*.test.tsx', 'tests/dom/**/*.test.ts'],
          globalSetup: ['tests/setup/fast-check-seed.global.ts'],
          setupFiles: ['tests/setup/fast-check-seed.ts', 'tests/dom/setup.ts'],
          // jsdom renders whole panels (a hundred parameter rows) far slower than a browser.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A loaded 2-core machine renders slower than expect.poll's one-second default allows.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
