import type { Page } from 'playwright-core';
import { describeInBrowser, newContext, screenshot, seriousViolations, useDashboard } from './browser';

// "Mes ménages" in Chromium on the demo data, at 1280 px: the support worker's caseload sorted and
// paged by the API, a household opened from it; social management choosing the worker.

jest.setTimeout(180_000);

const CASELOAD = `query($worker: ID, $orderBy: CaseloadOrder!, $direction: SortDirection!) {
  caseload(supportWorker: $worker, first: 20, orderBy: $orderBy, direction: $direction) {
    totalCount
    edges { node { accompaniment { id } household { id } } }
  }
}`;
interface Caseload {
  caseload: {
    totalCount: number;
    edges: { node: { accompaniment: { id: string }; household: { id: string } | null } }[];
  };
}

describeInBrowser('“Mes ménages” in Chromium', () => {
  const dashboard = useDashboard('my_households_e2e');

  async function signIn(role: string): Promise<Page> {
    const context = await newContext(dashboard.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(dashboard.platform.dashboardUrl);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.locator(`button[data-role="${role}"]`).first().click();
    await page.getByTestId('signed-in-as').waitFor();
    expect(problems).toEqual([]);
    return page;
  }

  /** Loaded (no spinner), accessible, and no wider than the 1280 px window. */
  async function expectAccessibleAt1280(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), null, {
      timeout: 30_000,
    });
    await screenshot(page, name);
    expect({ view: name, violations: await seriousViolations(page) }).toEqual({ view: name, violations: [] });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
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

  /** Waits until the column header says it sorts so (aria-sort). */
  const sortedBy = (page: Page, column: string, sort: 'ascending' | 'descending' | 'none') =>
    page.locator(`th[aria-sort="${sort}"]`, { hasText: column }).waitFor();
  const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });
  const shownIds = (page: Page) =>
    page
      .getByTestId('caseload-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-accompaniment-id')));
  /** The rows shown are, in order, the API's first page for that order. */
  async function expectRowsOf(page: Page, variables: Record<string, unknown>) {
    const expected = (await api<Caseload>(page, CASELOAD, variables)).caseload;
    const ids = expected.edges.map((e) => e.node.accompaniment.id);
    await page.waitForFunction(
      (want) =>
        JSON.stringify(
          Array.from(document.querySelectorAll('[data-testid="caseload-row"]'), (r) =>
            r.getAttribute('data-accompaniment-id'),
          ),
        ) === JSON.stringify(want),
      ids,
      { timeout: 30_000 },
    );
    expect(await shownIds(page)).toEqual(ids);
    // 20 a page by default.
    const pages = Math.max(1, Math.ceil(expected.totalCount / 20));
    await expect(page.getByTestId('page-count').textContent()).resolves.toMatch(
      new RegExp(`^Page 1 sur ${pages} · ${expected.totalCount} lignes?$`),
    );
    return expected;
  }

  test('a support worker sorts their households by next contact due and opens one', async () => {
    const page = await signIn('SUPPORT_WORKER');
    await menu(page).getByRole('link', { name: 'Mes ménages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes ménages' }).waitFor();
    await page.getByTestId('caseload-row').first().waitFor();
    // By priority first: what to do first, first.
    await expectRowsOf(page, { orderBy: 'PRIORITY', direction: 'ASC' });
    expect(await page.getByTestId('caseload-priority').count()).toBeGreaterThan(0);
    await expectAccessibleAt1280(page, 'mes-menages-01-priorite');

    await page.getByTestId('sort-nextContactDue').click();
    await sortedBy(page, 'Prochain contact dû', 'ascending');
    expect(new URL(page.url()).searchParams.get('tri')).toBe('NEXT_CONTACT_DUE');
    const sorted = await expectRowsOf(page, { orderBy: 'NEXT_CONTACT_DUE', direction: 'ASC' });
    await sortedBy(page, 'À faire en premier', 'none');
    // A second click reverses it.
    await page.getByTestId('sort-nextContactDue').click();
    await sortedBy(page, 'Prochain contact dû', 'descending');
    await expectRowsOf(page, { orderBy: 'NEXT_CONTACT_DUE', direction: 'DESC' });
    await expectAccessibleAt1280(page, 'mes-menages-02-prochain-contact');

    // A page size of 10: the count follows.
    await page.getByTestId('page-size').click();
    await page.getByRole('option', { name: '10', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('taille') === '10');
    await expect(page.getByTestId('page-count').textContent()).resolves.toMatch(
      new RegExp(`^Page 1 sur ${Math.max(1, Math.ceil(sorted.totalCount / 10))} · `),
    );

    const first = page.getByTestId('caseload-row').first();
    const householdLink = first.getByTestId('caseload-household-link');
    const href = (await householdLink.getAttribute('href')) as string;
    await householdLink.click();
    await page.waitForURL((url) => href.startsWith(url.pathname));
    await page.getByTestId('household-reference').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/menages\/[0-9a-f-]{36}$/);

    // Back: the list as it was left (the sort and page size are in the address).
    await page.goBack();
    await sortedBy(page, 'Prochain contact dû', 'descending');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      tri: 'NEXT_CONTACT_DUE',
      sens: 'DESC',
      taille: '10',
    });
  });

  test('a social manager chooses a support worker and sees their households', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    await menu(page).getByRole('link', { name: 'Mes ménages' }).click();
    await page.getByTestId('caseload-worker').waitFor();
    await page.getByTestId('caseload-row').first().waitFor();
    await page.getByTestId('caseload-worker').click();
    await page.getByRole('option', { name: 'Karim Haddad' }).click();
    await page.waitForURL((url) => url.searchParams.get('travailleur') === 'sw-karim-haddad');
    const shown = await expectRowsOf(page, {
      worker: 'sw-karim-haddad',
      orderBy: 'PRIORITY',
      direction: 'ASC',
    });
    expect(shown.totalCount).toBeGreaterThan(0);
    await expectAccessibleAt1280(page, 'mes-menages-03-responsable-social');
  });
});
