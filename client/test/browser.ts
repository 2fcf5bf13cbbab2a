import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { type RunningPlatform, startPlatform } from '@ash/platform';
import { createTestDatabase, type TestDatabase } from '@ash/testkit';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Chromium from the system (Debian's package in CI): Playwright's own download is not used. */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

// Under libfaketime (the tests run at another date), the browser keeps the computer's real clock:
// faked, Chromium crawls, and the dashboard takes its "today" from the servers anyway.
const REAL_CLOCK_ENV = Object.fromEntries(
  Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      entry[1] !== undefined && entry[0] !== 'LD_PRELOAD' && !entry[0].startsWith('FAKETIME'),
  ),
);

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    env: REAL_CLOCK_ENV,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Where the tests save their screenshots (git-ignored); SCREENSHOTS_DIR overrides it. */
export const SCREENSHOTS_DIR =
  process.env.SCREENSHOTS_DIR ?? path.resolve(__dirname, '..', '..', '.data', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Serious or critical accessibility violations of the page as it is now (axe-core). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const chromiumPath = findChromium();
if (!chromiumPath && process.env.REQUIRE_BROWSER) {
  throw new Error('REQUIRE_BROWSER is set but no Chromium was found (set CHROMIUM_PATH)');
}
if (!chromiumPath) {
  console.warn('No Chromium found (CHROMIUM_PATH, /usr/bin/chromium): browser tests skipped');
}
/**
 * `describe` for tests in Chromium: skipped when there is none, except where REQUIRE_BROWSER is set
 * (CI installs Debian's Chromium and sets it, so a missing browser fails there instead of skipping).
 */
export const describeInBrowser = chromiumPath ? describe : describe.skip;

export interface Dashboard {
  platform: RunningPlatform;
  browser: Browser;
}

/**
 * The system as `npm start` starts it (subgraph processes, gateway, dashboard server) on the demo
 * data in a database of its own, and a Chromium, for the tests of one file: started before them,
 * stopped after; the last lines of the system's log are printed when a test fails.
 */
export function useDashboard(databaseName: string): Dashboard {
  const dashboard = {} as Dashboard;
  let database: TestDatabase | undefined;
  const logs: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(databaseName);
    const names = ['HOUSING', 'HOUSEHOLDS', 'ACCOMPANIMENT', 'FINANCING', 'GATEWAY', 'DASHBOARD'];
    const ports: Record<string, string> = {};
    for (const name of names) ports[`${name}_PORT`] = String(await freePort());
    const { NODE_ENV: _jest, ...env } = process.env;
    dashboard.platform = await startPlatform({
      root: path.resolve(__dirname, '..', '..'),
      env: { ...env, ...ports, DATABASE_URL: database.url },
      seedDemo: true,
      log: (line) => logs.push(line),
    });
    dashboard.browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await dashboard.browser?.close();
    await dashboard.platform?.stop();
    await database?.drop();
  });

  afterEach(() => {
    const failed = expect.getState().assertionCalls !== expect.getState().numPassingAsserts;
    if (failed) console.log(logs.slice(-40).join('\n'));
  });

  return dashboard;
}
