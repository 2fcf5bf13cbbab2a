#!/usr/bin/env node
// `node scripts/screenshots.js [dashboard URL]`: the README's screenshots of each role's main views,
// taken in Chromium from a running system (`npm start`, demo data), into docs/screenshots/. The
// browser is the system's (CHROMIUM_PATH, else Debian's /usr/bin/chromium).
const { mkdirSync } = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const dashboard = process.argv[2] ?? 'http://localhost:5173';
const out = path.join(__dirname, '..', 'docs', 'screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Each role's main views: the file name, then what to open or do once signed in. */
const VIEWS = {
  RENTAL_MANAGER: [
    ['gestionnaire-locatif-menages-en-attente', '/commission/menages-en-attente'],
    ['gestionnaire-locatif-nouveau-menage', '/menages/nouveau'],
  ],
  SOCIAL_MANAGER: [
    ['responsable-social-accueil', '/'],
    ['responsable-social-preparation-commission', '/commission/preparation'],
    ['responsable-social-alertes', '/alertes'],
    ['responsable-social-convention', (page) => firstLink(page, '/conventions', 'conventions-list')],
  ],
  SUPPORT_WORKER: [
    ['travailleur-social-mes-menages', '/mes-menages'],
    [
      'travailleur-social-dossier-menage',
      async (page) => {
        await firstLink(page, '/mes-menages', 'caseload');
        await page.getByRole('tab', { name: 'Accompagnement' }).click();
      },
    ],
  ],
  EVALUATOR: [['evaluateur-convention', (page) => firstLink(page, '/conventions', 'conventions-list')]],
};

async function firstLink(page, route, testId) {
  await page.goto(`${dashboard}${route}`);
  await page.getByTestId(testId).getByRole('link').first().click();
  await page.waitForLoadState('networkidle');
}

async function settle(page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), null, {
    timeout: 30_000,
  });
}

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const [role, views] of Object.entries(VIEWS)) {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
      });
      const page = await context.newPage();
      await page.goto(dashboard);
      await page.locator(`button[data-role="${role}"]`).first().click();
      await page.getByTestId('signed-in-as').waitFor();
      for (const [name, open] of views) {
        if (typeof open === 'string') await page.goto(`${dashboard}${open}`);
        else await open(page);
        await settle(page);
        const file = path.join(out, `${name}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${path.relative(process.cwd(), file)}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
