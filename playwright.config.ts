/**
 * Real-browser tests against the production build (vite build, then vite preview). Chromium comes
 * from CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4174);
// One build folder per port, so that two suites run side by side never overwrite each other's build.
const OUT_DIR = PORT === 4174 ? 'dist' : `dist-e2e-${PORT}`;
// …and one results folder (inside the ignored test-results/): Playwright empties it at start, which
// would otherwise delete a neighbouring suite's traces mid-run.
const RESULTS_DIR = `test-results/e2e-${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: RESULTS_DIR,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? 'line' : 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
