import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describeInBrowser, newContext, screenshot, seriousViolations, useDashboard } from './browser';

// The dashboard in a real browser (Chromium, headless) against the system as `npm start` starts
// it (subgraph processes, gateway, dashboard server), on the demo data. CI installs Debian's
// Chromium and sets REQUIRE_BROWSER=1, so a missing browser fails there instead of skipping.

jest.setTimeout(180_000);

describeInBrowser('dashboard in Chromium', () => {
  const dashboard = useDashboard('dashboard_e2e');

  async function signIn(role: string): Promise<Page> {
    const context = await newContext(dashboard.browser);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(dashboard.platform.dashboardUrl);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.locator(`button[data-role="${role}"]`).first().click();
    await page.getByTestId('signed-in-as').waitFor();
    expect(problems).toEqual([]);
    return page;
  }

  async function expectAccessible(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    // Checked once loaded: no spinner left.
    await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), null, {
      timeout: 30_000,
    });
    await screenshot(page, name);
    expect({ view: name, violations: await seriousViolations(page) }).toEqual({ view: name, violations: [] });
  }

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

  test('a social manager prepares the commission: matches with reasons, a session, an allocation, the dwelling offered', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await expectAccessible(page, '01-accueil');

    await menu(page).getByRole('link', { name: 'Ménages en attente de commission' }).click();
    const household = page.getByTestId('awaiting-household').first();
    await household.waitFor();
    await expect(household.getByTestId('match-reasons').first().textContent()).resolves.toMatch(/\w/);
    await expectAccessible(page, '02-menages-en-attente');

    await household.getByTestId('why-not-link').first().click();
    await page.getByTestId('rule-check').first().waitFor();
    await expectAccessible(page, '03-pourquoi-pas');

    await menu(page).getByRole('link', { name: 'Préparation de la commission' }).click();
    await page.getByTestId('create-session').click();
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('session-date').fill(inTwoWeeks);
    await page.getByTestId('create-session-submit').click();
    await page.getByTestId('session-created').waitFor();
    // The new session is the selected one once its own data has loaded.
    await page
      .locator(
        `[data-testid="session-panel"][data-session-date="${inTwoWeeks}"] [data-testid="session-status"]`,
      )
      .waitFor();
    // A vacant dwelling with candidates, on no other session that has yet to decide for it.
    const vacant = page
      .getByTestId('vacant-dwelling')
      .filter({ has: page.getByTestId('ranked-candidate') })
      .filter({ hasNot: page.getByTestId('on-other-session') })
      .filter({ hasNot: page.getByTestId('on-session') })
      .first();
    await vacant.waitFor();
    const dwellingId = (await vacant.getAttribute('data-dwelling-id')) as string;
    await vacant.getByTestId('place-on-session').click();
    const placed = page.locator(`[data-testid="session-dwelling"][data-dwelling-id="${dwellingId}"]`);
    await placed.waitFor();
    await expectAccessible(page, '04-preparation-commission');

    const decision = placed.getByTestId('decision-form').first();
    await decision.getByTestId('decision-select').click();
    await page.getByRole('option', { name: 'Attribué', exact: true }).click();
    await decision.getByTestId('reason-select').click();
    await page.getByRole('option', { name: 'Classé premier' }).click();
    await decision.getByTestId('record-decision').click();
    await placed.getByTestId('candidacy-decision').first().waitFor();
    // The allocation reaches housing as an event: the dwelling turns OFFERED within seconds.
    await placed.getByTestId('dwelling-status').filter({ hasText: 'Proposé' }).waitFor({ timeout: 20_000 });
    await screenshot(page, '05-attribution');

    await page.goto(`${dashboard.platform.dashboardUrl}/logements/${dwellingId}`);
    await page.getByTestId('dwelling-status').filter({ hasText: 'Proposé' }).waitFor();
  });

  /** A LEAVING_PRISON household of the demo with a running lease, found through the API. */
  async function leavingPrisonTenant(page: Page): Promise<string> {
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('ash.session') ?? '{}').token);
    const response = await fetch(`${dashboard.platform.dashboardUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          '{ households(first: 100, filter: { targetPublics: [LEAVING_PRISON] }) { edges { node { id currentLease { id } } } } }',
      }),
    });
    const { data } = (await response.json()) as {
      data: { households: { edges: { node: { id: string; currentLease: { id: string } | null } }[] } };
    };
    const tenant = data.households.edges.find(({ node }) => node.currentLease);
    if (!tenant) throw new Error('The demo has no LEAVING_PRISON household with a lease');
    return tenant.node.id;
  }

  test('every view passes the accessibility check, and the menu works from the keyboard', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    const householdId = await leavingPrisonTenant(page);
    const views: [string, string][] = [
      ['/logements', '06-logements'],
      [`/menages/${householdId}`, '07-dossier-menage'],
      ['/accompagnements/suivi', '08-suivi-accompagnements'],
      ['/alertes', '09-alertes'],
      ['/aller-vers', '10-aller-vers'],
      ['/conventions', '11-conventions'],
    ];
    for (const [route, name] of views) {
      await page.goto(`${dashboard.platform.dashboardUrl}${route}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page, name);
    }
    const firstDwelling = page.getByTestId('dwelling-row').first();
    await page.goto(`${dashboard.platform.dashboardUrl}/logements`);
    await firstDwelling.waitFor();
    await firstDwelling.getByRole('link').first().click();
    await page.getByTestId('dwelling-page').waitFor();
    await expectAccessible(page, '12-logement');
    await page.goto(`${dashboard.platform.dashboardUrl}/conventions`);
    await page.getByTestId('conventions-list').getByRole('link').first().click();
    await page.getByTestId('convention-page').waitFor();
    await page.getByTestId('indicators').waitFor();
    await expectAccessible(page, '13-convention');

    // Keyboard: the first Tab reaches the skip link, then the menu; Enter follows a link.
    await page.goto(`${dashboard.platform.dashboardUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Aller au contenu');
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent)) === 'Logements';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Logements' }).waitFor();
  });

  test('every view at 1280 and 1920 px: no serious accessibility violation, nothing wider than the window at 1280', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    const householdId = await leavingPrisonTenant(page);
    await page.goto(`${dashboard.platform.dashboardUrl}/logements`);
    const dwellingLink = page.getByTestId('dwelling-row').first().getByRole('link').first();
    const dwellingPath = new URL(
      (await dwellingLink.getAttribute('href')) ?? '',
      dashboard.platform.dashboardUrl,
    ).pathname;
    await page.goto(`${dashboard.platform.dashboardUrl}/conventions`);
    const conventionLink = page.getByTestId('conventions-list').getByRole('link').first();
    const conventionPath = new URL(
      (await conventionLink.getAttribute('href')) ?? '',
      dashboard.platform.dashboardUrl,
    ).pathname;
    const routes = [
      '/',
      '/commission/menages-en-attente',
      '/commission/preparation',
      '/logements',
      dwellingPath,
      `/menages/${householdId}`,
      '/mes-menages',
      '/accompagnements/suivi',
      '/alertes',
      '/aller-vers',
      '/conventions',
      conventionPath,
      '/annuaire',
    ];
    const problems: string[] = [];
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      for (const route of routes) {
        await page.goto(`${dashboard.platform.dashboardUrl}${route}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), null, {
          timeout: 30_000,
        });
        for (const violation of await seriousViolations(page))
          problems.push(`${width} ${route}: ${violation}`);
        if (width !== 1280) continue;
        // The page, and every box that scrolls sideways inside it (a table cut at its right edge).
        const overflowing = await page.evaluate(() => {
          const wide: string[] = [];
          if (document.documentElement.scrollWidth > window.innerWidth) wide.push('page');
          for (const element of Array.from(document.querySelectorAll<HTMLElement>('main *'))) {
            const style = getComputedStyle(element);
            if (!['auto', 'scroll'].includes(style.overflowX)) continue;
            if (element.scrollWidth > element.clientWidth + 1)
              wide.push(
                `${
                  element.getAttribute('data-testid') ??
                  element.querySelector('[data-testid]')?.getAttribute('data-testid') ??
                  element.className.toString().slice(0, 60)
                } ${element.scrollWidth} px in ${element.clientWidth}`,
              );
          }
          return wide;
        });
        for (const box of overflowing) problems.push(`${width} ${route}: scrolls sideways (${box})`);
      }
    }
    expect(problems).toEqual([]);
    // Twelve views twice, each checked by axe: more than the default budget on a busy machine.
  }, 900_000);

  test("a rental manager sees neither a LEAVING_PRISON household's target public nor its accompaniment details", async () => {
    const manager = await signIn('SOCIAL_MANAGER');
    const householdId = await leavingPrisonTenant(manager);
    const page = await signIn('RENTAL_MANAGER');
    await page.goto(`${dashboard.platform.dashboardUrl}/menages/${householdId}`);
    await page.getByTestId('household-reference').waitFor();
    await page.getByTestId('household-lease').waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByTestId('accompaniment-reserved').first().waitFor();
    expect(await page.getByTestId('household-target-public').count()).toBe(0);
    // Whether it is one of the programme's publics, the same answer for every public.
    await expect(page.getByTestId('household-priority-public').textContent()).resolves.toMatch(/^Oui/);
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await page.waitForLoadState('networkidle');
      const content = (await page.getByTestId('household-file').textContent()) ?? '';
      expect(content).not.toMatch(/Sortant de détention|Public cible/i);
      expect(await page.getByTestId('contacts-list').count()).toBe(0);
      expect(await page.getByTestId('contact-form').count()).toBe(0);
    }
    await screenshot(page, '14-dossier-gestionnaire-locatif');
    await expectAccessible(page, '14-dossier-gestionnaire-locatif');
  });

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

  test('an evaluator lands on the convention and is offered no household view', async () => {
    const page = await signIn('EVALUATOR');
    await page.getByTestId('conventions-list').waitFor();
    expect(new URL(page.url()).pathname).toBe('/conventions');
    const links = await menu(page).getByRole('link').allInnerTexts();
    expect(links).toEqual(['Convention et indicateurs']);
    await expectAccessible(page, '15-evaluateur');
    // The indicators' period: the whole calendar year by default, else one of its quarters or months.
    const period = page.getByTestId('indicators-period');
    expect(await period.inputValue()).toMatch(/^Année \d{4}$/);
    await period.click();
    await page.getByRole('option', { name: /^2e trimestre \d{4}$/ }).click();
    await page.waitForURL(/du=\d{4}-04-01&au=\d{4}-06-30/);
    await page
      .getByTestId('indicator-group')
      .filter({ hasText: /au 30 juin \d{4}/ })
      .first()
      .waitFor();
    await page.goto(`${dashboard.platform.dashboardUrl}/commission/menages-en-attente`);
    await page.getByTestId('forbidden-view').waitFor();
    expect(await page.getByTestId('awaiting-list').count()).toBe(0);
  });

  test('an evaluator reads the annual report of a convention year, downloads both files and records an opinion', async () => {
    const page = await signIn('EVALUATOR');
    await page
      .getByTestId('convention-row')
      .getByRole('link', { name: /renouvellement/ })
      .click();
    await page.getByTestId('convention-page').getByTestId('annual-report-link').click();
    const report = page.getByTestId('annual-report');
    await report.getByTestId('report-section').first().waitFor();
    const sections = await report.getByTestId('report-section').getByRole('heading').allInnerTexts();
    expect(sections.slice(0, 3)).toEqual([
      'Ménages accompagnés',
      'Mois-mesures',
      'Financement par financeur',
    ]);
    await expectAccessible(page, '20-rapport-annuel');

    for (const format of ['xlsx', 'csv'] as const) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`report-download-${format}`).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`^rapport-annuel-\\d{4}\\.${format}$`));
      const bytes = await readFile((await file.path()) as string);
      // An XLSX is a zip (PK); the CSV opens with the UTF-8 BOM and French headers.
      if (format === 'xlsx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      else expect(bytes.subarray(0, 24).toString('utf8')).toBe('\uFEFFSection;Ligne;Colonne');
    }

    const form = page.getByTestId('evaluation-form');
    await form.getByTestId('evaluation-opinion').fill('Favorable, sous réserve du suivi des impayés');
    await form.getByTestId('evaluation-relevance').fill('Répond aux objectifs de l’appel à projets');
    await form.getByTestId('evaluation-reproducibility').click();
    await page.getByRole('option', { name: 'Forte' }).click();
    await form.getByTestId('evaluation-text').fill('Bilan à présenter au comité de pilotage.');
    await form.getByTestId('record-evaluation').click();
    await page.getByTestId('evaluation-recorded').waitFor();
    await expectAccessible(page, '21-avis-enregistre');
  });

  test('a funding manager revises a line with a reason and sees it in the history', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    await page.goto(`${dashboard.platform.dashboardUrl}/conventions`);
    await page
      .getByTestId('conventions-list')
      .getByRole('link', { name: /renouvellement/ })
      .click();
    await page.getByTestId('convention-page').waitFor();
    // This year's national fund share: granted, not paid yet.
    const line = page.locator('[data-testid="funding-line"][data-status="GRANTED"]').first();
    await line.getByTestId('funding-revise').click();
    const form = page.getByTestId('funding-line-form');
    await form.getByTestId('funding-requested').fill('20000');
    // No reason: the API refuses it, and the form says so in French next to the field.
    await form.getByTestId('funding-submit').click();
    await form.getByText('Indiquez le motif du changement.').waitFor();
    await form.getByTestId('funding-reason').fill('Plan de financement revu en comité');
    await form.getByTestId('funding-submit').click();
    await form.waitFor({ state: 'detached' });
    // The table follows without a reload: the new amount, and the revision in the history.
    await expect(line.textContent()).resolves.toMatch(/20\s000,00\s€/);
    await line.getByTestId('funding-history-toggle').click();
    const history = page.getByTestId('funding-history');
    await history.getByText('Motif : Plan de financement revu en comité').waitFor();
    // By name: the demo's first social manager (packages/demo users.ts), who is signed in.
    await expect(history.textContent()).resolves.toMatch(/Révision · .+ · par Nadia Benali \(vous\)/);
    await expectAccessible(page, '16-financement-revise');
  });

  test('the home charts label every bar, and a bar opens the list behind it', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    const card = (testId: string) => page.getByTestId(testId);
    for (const testId of ['home-applications', 'home-vacant', 'home-accompaniments']) {
      await card(testId).locator('.recharts-bar-rectangle').first().waitFor();
      // The screen readers' table has one row per bar; the chart shows each row's label (a long
      // one wraps over two lines of the axis: compared without spaces).
      const squeeze = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ''));
      const rows = squeeze(await card(testId).locator('table th[scope="row"]').allTextContents());
      const ticks = squeeze(await card(testId).locator('.recharts-yAxis-tick-labels text').allTextContents());
      expect({ testId, ticks }).toEqual({ testId, ticks: rows });
      expect(rows.length).toBeGreaterThan(1);
    }
    const firstTypology =
      (await card('home-vacant').locator('table th[scope="row"]').first().textContent()) ?? '';
    await card('home-vacant').locator('.recharts-bar-rectangle path').first().click();
    await page.waitForURL((url) => url.pathname === '/logements');
    expect(new URL(page.url()).searchParams.getAll('typologie')).toEqual([firstTypology]);
    expect(new URL(page.url()).searchParams.getAll('statut')).toEqual(['VACANT']);
    await page.context().close();
  });

  test('a menu entry shows its page loading at once, the menu already on it, while the page code arrives', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // The alerts page's code is held back until the checks below are done: what the user sees
    // meanwhile does not depend on how fast the machine is.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/AlertsView-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await menu(page).getByRole('link', { name: 'Alertes' }).click();
    await menu(page).locator('a[aria-current="page"]', { hasText: 'Alertes' }).waitFor();
    await page.locator('main [role="status"] .mantine-Loader-root').waitFor();
    expect(await page.locator('main h1').count()).toBe(0);
    release();
    await page.locator('main h1', { hasText: 'Alertes' }).waitFor();
    await page.context().close();
  });

  test('the sign-in is shared by the tabs and survives a reload; signing out in one tab signs out the others', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    // A second tab of the same browser, opened on a page of its own: signed in already.
    const other = await page.context().newPage();
    await other.goto(`${dashboard.platform.dashboardUrl}/alertes`);
    await other.getByTestId('signed-in-as').waitFor();
    expect(new URL(other.url()).pathname).toBe('/alertes');
    await other.reload();
    await other.getByTestId('signed-in-as').waitFor();
    expect(new URL(other.url()).pathname).toBe('/alertes');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await other.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await other.getByTestId('signed-in-as').count()).toBe(0);
  });

  test('with the accompaniment subgraph stopped, the household file still shows the household and its lease', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    const householdId = await leavingPrisonTenant(page);
    await page.goto(`${dashboard.platform.dashboardUrl}/menages/${householdId}`);
    await page.getByTestId('household-accompaniment').waitFor();
    await dashboard.platform.services.accompaniment.stop();
    try {
      await page.reload();
      await page.getByTestId('household-reference').waitFor();
      await page.getByTestId('household-lease').waitFor();
      const message = page.getByTestId('partial-failure').filter({ hasText: 'accompagnements' }).first();
      await message.waitFor();
      await screenshot(page, '16-dossier-sans-accompagnement');
      expect(await page.getByTestId('household-reference').textContent()).toMatch(/\w/);
    } finally {
      await dashboard.platform.services.accompaniment.restart();
    }
  });

  // Last: the convention of one place it creates would be a second running one for the views above.
  test('a social manager is told a convention is full and opens the accompaniment by an override with its reason', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    // A convention of one place, around this year (whatever the day of the run), through the API.
    const year = new Date().getUTCFullYear();
    const { createConvention } = await api<{ createConvention: { id: string } }>(
      page,
      `mutation($input: CreateConventionInput!) { createConvention(input: $input) { id } }`,
      {
        input: {
          programme: '10 000 logements HLM accompagnés',
          name: 'Convention d’une place',
          holder: 'ICF Habitat Atlantique',
          partner: 'Ensemble',
          startYear: year - 1,
          endYear: year + 1,
          plannedHouseholdsPerYear: 1,
          annualCostCents: 150_000,
        },
      },
    );
    // Two households with no accompaniment running: the first fills the place, through the API.
    const { households, accompaniments } = await api<{
      households: { edges: { node: { id: string } }[] };
      accompaniments: { edges: { node: { household: { id: string } } }[] };
    }>(
      page,
      '{ households(first: 100) { edges { node { id } } } accompaniments(first: 100) { edges { node { household { id } } } } }',
    );
    const followed = new Set(accompaniments.edges.map((e) => e.node.household.id));
    const [first, second] = households.edges.map((e) => e.node.id).filter((id) => !followed.has(id));
    const staff = await api<{ workers: { userId: string }[]; managers: { userId: string }[] }>(
      page,
      '{ workers: staffMembers(role: SUPPORT_WORKER) { userId } managers: staffMembers(role: SOCIAL_MANAGER) { userId } }',
    );
    const input = {
      householdId: first,
      kind: 'TENANCY_SUSTAINMENT',
      supportWorkerId: staff.workers[0].userId,
      socialReferentId: staff.managers[0].userId,
      startDate: new Date().toISOString().slice(0, 10),
      conventionId: createConvention.id,
    };
    // ConventionCreated reaches accompaniment as an event: retried until it has.
    for (let attempt = 0; ; attempt++) {
      try {
        await api(
          page,
          'mutation($input: OpenAccompanimentInput!) { openAccompaniment(input: $input) { id } }',
          {
            input,
          },
        );
        break;
      } catch (error) {
        if (attempt > 40) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }

    await page.goto(`${dashboard.platform.dashboardUrl}/menages/${second}?onglet=accompagnement`);
    const form = page.getByTestId('open-accompaniment-form');
    await form.waitFor();
    await form.getByTestId('open-convention').click();
    await page.getByRole('option', { name: /Convention d’une place/ }).click();
    await form.getByTestId('open-support-worker').click();
    await page.getByRole('option').first().click();
    await form.getByTestId('open-social-referent').click();
    await page.getByRole('option').first().click();
    await form.getByTestId('open-accompaniment').click();
    const refusal = page.getByTestId('open-over-capacity');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(
      /finance 1 ménage à la fois\. Ménages déjà suivis au .+ : 1\./,
    );
    await expectAccessible(page, '19-convention-complete');

    const reason = 'Expulsion imminente, aucun autre dispositif disponible';
    await form.getByTestId('open-override-reason').fill(reason);
    await form.getByTestId('open-accompaniment').click();
    const card = page.getByTestId('accompaniment-card').first();
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain(reason);
    expect(await page.getByTestId('open-accompaniment-form').count()).toBe(0);
  });
});
