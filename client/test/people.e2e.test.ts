import { DEMO_USERS, SYSTEM_ACTORS } from '@ash/demo';
import type { Page } from 'playwright-core';
import { describeInBrowser, newContext, screenshot, seriousViolations, useDashboard } from './browser';

// People by name: no view shows a demo user's id (nor the seed's) where the directory has a name.
// The platform as `npm start` starts it, on the demo data, in Chromium (see dashboard.e2e.test.ts).

jest.setTimeout(600_000);

/** Every subject the demo's records name: the demo users and the system actors (packages/demo). */
const SUBJECTS = [...DEMO_USERS, ...SYSTEM_ACTORS].map((u) => u.userId);
const literal = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any of them; a one-word id ("seed", "system") only as a word of its own, not inside another. */
const ANY_SUBJECT = new RegExp(
  SUBJECTS.map((id) => (id.includes('-') ? literal(id) : `(?<![\\w-])${literal(id)}(?![\\w-])`)).join('|'),
);

describeInBrowser('people by name in Chromium', () => {
  const dashboard = useDashboard('people_e2e');

  async function signIn(role: string): Promise<Page> {
    const context = await newContext(dashboard.browser);
    const page = await context.newPage();
    await page.goto(dashboard.platform.dashboardUrl);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.locator(`button[data-role="${role}"]`).first().click();
    await page.getByTestId('signed-in-as').waitFor();
    return page;
  }

  /** A GraphQL request through the dashboard's proxy, with the signed-in user's token. */
  async function api<T>(page: Page, query: string, variables?: Record<string, unknown>): Promise<T> {
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('ash.session') ?? '{}').token);
    const response = await fetch(`${dashboard.platform.dashboardUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  async function settled(page: Page) {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), null, {
      timeout: 60_000,
    });
  }

  /** The page's text holds no demo subject's id; the view is named in the failure. */
  async function expectNoSubjectId(page: Page, view: string) {
    await settled(page);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect({ view, id: ANY_SUBJECT.exec(text)?.[0] ?? null }).toEqual({ view, id: null });
  }

  async function expectAccessible(page: Page, name: string) {
    await settled(page);
    // Checked at rest: a hovered table row (after a click) changes its colours.
    await page.mouse.move(0, 0);
    await screenshot(page, name);
    expect({ view: name, violations: await seriousViolations(page) }).toEqual({ view: name, violations: [] });
  }

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

  /** Every page of the menu, then the pages behind a row: a dwelling, a convention, a household file. */
  async function visitEveryView(page: Page, role: string, householdId: string | null) {
    const entries = await menu(page).getByRole('link').all();
    const hrefs = await Promise.all(entries.map((entry) => entry.getAttribute('href')));
    for (const href of hrefs) {
      await page.goto(`${dashboard.platform.dashboardUrl}${href}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoSubjectId(page, `${role} ${href}`);
      if (href === '/logements') {
        await page.getByTestId('dwelling-row').first().getByRole('link').first().click();
        await page.getByTestId('dwelling-page').waitFor();
        await expectNoSubjectId(page, `${role} a dwelling`);
      }
      if (href === '/conventions') {
        await page.getByTestId('conventions-list').getByRole('link').first().click();
        await page.getByTestId('convention-page').waitFor();
        await page.getByTestId('funding-lines').waitFor();
        // Who moved each funding line ("par …"), once the histories are open.
        for (const toggle of await page.getByTestId('funding-history-toggle').all()) await toggle.click();
        await page.getByTestId('funding-history').first().waitFor();
        await expectNoSubjectId(page, `${role} a convention and its funding histories`);
      }
    }
    if (householdId) {
      await page.goto(`${dashboard.platform.dashboardUrl}/menages/${householdId}`);
      await page.getByTestId('household-reference').waitFor();
      await expectNoSubjectId(page, `${role} household file`);
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        await expectNoSubjectId(page, `${role} household file, tab ${await tab.textContent()}`);
      }
    }
  }

  test('no view shows a demo user id: each role sees names, and its own name in the header', async () => {
    // A household of the first support worker's caseload with contacts and alerts (as she sees it).
    const worker = await signIn('SUPPORT_WORKER');
    const { accompaniments } = await api<{
      accompaniments: {
        edges: {
          node: {
            household: { id: string };
            supportWorker: { displayName: string };
            contacts: { recordedByUser: { displayName: string | null } }[];
            alerts: { id: string }[];
          };
        }[];
      };
    }>(
      worker,
      `{ accompaniments(first: 100) { edges { node {
        household { id } supportWorker { displayName } contacts(first: 5) { recordedByUser { displayName } } alerts { id }
      } } } }`,
    );
    const followed = accompaniments.edges
      .map((e) => e.node)
      .find((a) => a.contacts.length > 0 && a.alerts.length > 0);
    if (!followed) throw new Error('The demo gives the support worker no household with contacts and alerts');
    const householdId = followed.household.id;
    // The API names her from the directory (users.ts: sw-julie-moreau is Julie Moreau).
    expect(followed.supportWorker.displayName).toBe('Julie Moreau');
    await expect(worker.getByTestId('signed-in-as').textContent()).resolves.toBe(
      'Connecté : Julie Moreau (Travailleur social)',
    );
    await worker.goto(`${dashboard.platform.dashboardUrl}/menages/${householdId}`);
    await worker.getByTestId('household-accompaniment').filter({ hasText: 'Julie Moreau (vous)' }).waitFor();
    await visitEveryView(worker, 'SUPPORT_WORKER', householdId);

    const manager = await signIn('SOCIAL_MANAGER');
    await expect(manager.getByTestId('signed-in-as').textContent()).resolves.toBe(
      'Connecté : Nadia Benali (Responsable social)',
    );
    await visitEveryView(manager, 'SOCIAL_MANAGER', householdId);
    // The alert's history ("signalé par …") is in its move dialog.
    await manager.goto(`${dashboard.platform.dashboardUrl}/alertes`);
    await manager.getByTestId('alert-row').first().getByTestId('move-alert').click();
    await manager.getByTestId('move-alert-form').waitFor();
    await manager
      .getByRole('dialog')
      .filter({ hasText: /Signalé le .* par/ })
      .waitFor();
    await expectNoSubjectId(manager, 'SOCIAL_MANAGER alert move dialog');
    await expectAccessible(manager, 'people-01-historique-alerte');
    await manager.keyboard.press('Escape');

    const rental = await signIn('RENTAL_MANAGER');
    await expect(rental.getByTestId('signed-in-as').textContent()).resolves.toBe(
      'Connecté : Claire Martin (Gestionnaire locatif)',
    );
    await visitEveryView(rental, 'RENTAL_MANAGER', householdId);

    const evaluator = await signIn('EVALUATOR');
    await expect(evaluator.getByTestId('signed-in-as').textContent()).resolves.toBe(
      "Connecté : Hélène Girard (Évaluateur (services de l'État))",
    );
    await visitEveryView(evaluator, 'EVALUATOR', null);
  });

  test('the views that name people pass the accessibility check', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    const { accompaniments } = await api<{
      accompaniments: { edges: { node: { household: { id: string } } }[] };
    }>(
      page,
      `{ accompaniments(first: 1, filter: { phases: [FOLLOW_UP] }) { edges { node { household { id } } } } }`,
    );
    const householdId = accompaniments.edges[0].node.household.id;
    await page.goto(`${dashboard.platform.dashboardUrl}/menages/${householdId}`);
    await page.getByTestId('household-reference').waitFor();
    await expectAccessible(page, 'people-02-dossier-menage');
    for (const [route, name] of [
      ['/accompagnements/suivi', 'people-03-suivi'],
      ['/alertes', 'people-04-alertes'],
      ['/annuaire', 'people-06-annuaire'],
    ]) {
      await page.goto(`${dashboard.platform.dashboardUrl}${route}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page, name);
    }
    await page.goto(`${dashboard.platform.dashboardUrl}/conventions`);
    await page.getByTestId('conventions-list').getByRole('link').first().click();
    await page.getByTestId('funding-history-toggle').first().click();
    await page.getByTestId('funding-history').first().waitFor();
    await expectAccessible(page, 'people-05-historique-financement');
  });
});
