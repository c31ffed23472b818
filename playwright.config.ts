/**
 * Browser tests against a running server (CI builds and starts it, then sets E2E_BASE_URL):
 *
 *   E2E_BASE_URL=http://localhost:3100 npm run test:e2e
 *
 * One worker: the flows share one SQLite-backed server and its demo data, and some read what an
 * earlier flow left (the bookings). Files run in name order, the desktop project before the tablet.
 * Chromium is the system's (/usr/bin/chromium, or CHROMIUM_PATH); Playwright's own is never downloaded.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 20_000, toPass: { timeout: 20_000 } },
  use: {
    baseURL: (process.env.E2E_BASE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    screenshot: { mode: 'only-on-failure', fullPage: true },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1440, height: 900 } } },
    // Managers work on tablets: touch input, a desktop browser (not a phone's). Every flow runs on the
    // desktop; the tablet runs those tagged @tablet: the accessibility walk (axe and 44px targets on
    // every page), signing in, and in each area the flows whose layout or touch targets a tablet changes.
    { name: 'tablet', grep: /@tablet/, use: { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: false } },
  ],
});
