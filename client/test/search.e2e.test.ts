import type { Page } from 'playwright-core';
import { describeInBrowser, newContext, screenshot, seriousViolations, useDashboard } from './browser';

// The header's search in a real browser (Chromium, headless) against the system as `npm start`
// starts it, on the demo data: a support worker types a name without its accents, picks the
// household with the keyboard and lands on its file; then a dwelling by its reference, with the
// mouse. Each step is checked through the API afterwards.

jest.setTimeout(180_000);

// biome-ignore lint/suspicious/noExplicitAny: the test walks arbitrary response JSON
type Data = Record<string, any>;

/** Lower case, without accents: what a hurried user types. */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describeInBrowser('the header search in Chromium', () => {
  const dashboard = useDashboard('search_e2e');

  async function signIn(role: string): Promise<Page> {
    const context = await newContext(dashboard.browser);
    const page = await context.newPage();
    await page.goto(dashboard.platform.dashboardUrl);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.locator(`button[data-role="${role}"]`).first().click();
    await page.getByTestId('signed-in-as').waitFor();
    return page;
  }

  /** A query through the dashboard's gateway, with the signed-in user's token. */
  async function api(page: Page, query: string, variables: Data = {}): Promise<Data> {
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('ash.session') ?? '{}').token);
    const response = await fetch(`${dashboard.platform.dashboardUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const { data, errors } = (await response.json()) as { data: Data; errors?: unknown[] };
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  }

  async function expectAccessible(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), null, {
      timeout: 30_000,
    });
    await screenshot(page, name);
    expect({ view: name, violations: await seriousViolations(page) }).toEqual({ view: name, violations: [] });
  }

  test('a support worker finds a household of their caseload by name, and a dwelling by reference', async () => {
    const page = await signIn('SUPPORT_WORKER');
    // A household of the worker's caseload (their list is their caseload), and its first adult.
    const { households } = await api(
      page,
      '{ households(first: 100) { edges { node { id reference members { firstName lastName role } } } } }',
    );
    const caseload: Data[] = households.edges.map((e: Data) => e.node);
    expect(caseload.length).toBeGreaterThan(0);
    const target = caseload[0];
    const adult = target.members.find((m: Data) => m.role === 'ADULT');
    const typed = plain(`${adult.firstName} ${adult.lastName}`);

    const search = page.getByRole('combobox', { name: 'Rechercher un ménage ou un logement' });
    await search.click();
    // One letter: the list says to type more.
    await search.pressSequentially(typed.slice(0, 1));
    await page.getByText('Saisissez au moins 2 caractères').waitFor();
    await search.pressSequentially(typed.slice(1), { delay: 40 });
    const option = page.getByRole('option').filter({ hasText: target.reference });
    await option.waitFor();
    await page.getByText('Ménages', { exact: true }).waitFor();
    await expectAccessible(page, 'search-01-resultats');

    // What the list shows is what the API finds for this worker, in its order: the target is first
    // unless another household of the caseload has a member of the same first and last name.
    const { searchHouseholds } = await api(
      page,
      'query($text: String!) { searchHouseholds(text: $text, first: 8) { id reference } }',
      {
        text: typed,
      },
    );
    const shown = await page.getByRole('option').allTextContents();
    const inOrder = searchHouseholds.map((h: Data) => h.reference);
    expect(shown.filter((text) => text.includes('MEN-')).map((text) => /MEN-\d+/.exec(text)?.[0])).toEqual(
      inOrder,
    );
    // Everything found is of the caseload.
    const ids = new Set(caseload.map((h) => h.id));
    expect(searchHouseholds.every((h: Data) => ids.has(h.id))).toBe(true);

    // The keyboard: down to the target, Enter opens its file.
    const index = inOrder.indexOf(target.reference);
    expect(index).toBeGreaterThanOrEqual(0);
    // The first result is selected as the results arrive; each Down moves one further.
    for (let i = 0; i < index; i++) await search.press('ArrowDown');
    await search.press('Enter');
    await page.waitForURL(`**/menages/${target.id}`);
    await page.getByRole('heading', { level: 1, name: `Ménage ${target.reference}` }).waitFor();
    await expect(search.inputValue()).resolves.toBe('');
    await expectAccessible(page, 'search-02-dossier');
    // Through the API: the file opened is the household found, in the caseload.
    const { household } = await api(page, 'query($id: ID!) { household(id: $id) { id reference } }', {
      id: target.id,
    });
    expect(household.reference).toBe(target.reference);

    // A dwelling by its reference, lower case and without its dashes, picked with the mouse.
    const { dwellings } = await api(page, '{ dwellings(first: 1) { edges { node { id reference } } } }');
    const dwelling = dwellings.edges[0].node;
    await search.fill(plain(dwelling.reference).replace(/-/g, ' '));
    await page.getByText('Logements', { exact: true }).waitFor();
    await page.getByRole('option').filter({ hasText: dwelling.reference }).first().click();
    await page.waitForURL(`**/logements/${dwelling.id}`);
    await page.getByRole('heading', { level: 1, name: `Logement ${dwelling.reference}` }).waitFor();
    await expectAccessible(page, 'search-03-logement');
  });
});
