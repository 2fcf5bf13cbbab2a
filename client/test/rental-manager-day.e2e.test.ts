import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, newContext, screenshot, seriousViolations, useDashboard } from './browser';

// The rental manager's day in the dashboard (issue 13): register a household with its members,
// correct it (a member joins), submit its application and orient it; social management then takes it to shared review
// with a note (the API lets rental management only orient or withdraw an application). Every step is
// checked through the API afterwards; refused input shows its French message next to the field and
// changes nothing. One platform start, on the demo data.

jest.setTimeout(300_000);

interface HouseholdAnswer {
  household: {
    reference: string;
    version: number;
    size: number;
    adults: number;
    children: number;
    monthlyResourcesCents: number;
    housingBenefitCents: number;
    dalo: boolean;
    pdalpd: boolean;
    members: { firstName: string; lastName: string; birthDate: string; role: string }[];
    applications: {
      id: string;
      registrationNumber: string;
      status: string;
      desiredTypologies: string[];
      desiredCommunes: string[];
      maxRentCents: number;
      transitions: { from: string; to: string; by: string; note: string | null }[];
    }[];
  };
}

const HOUSEHOLD = `query($id: ID!) { household(id: $id) {
  reference version size adults children monthlyResourcesCents housingBenefitCents dalo pdalpd
  members { firstName lastName birthDate role }
  applications { id registrationNumber status desiredTypologies desiredCommunes maxRentCents
    transitions { from to by note } } } }`;

describeInBrowser("the rental manager's day in Chromium", () => {
  const dashboard = useDashboard('rental_manager_day_e2e');

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
    await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), null, {
      timeout: 30_000,
    });
    await screenshot(page, name);
    expect({ view: name, violations: await seriousViolations(page) }).toEqual({ view: name, violations: [] });
  }

  /** A GraphQL request through the dashboard's proxy, with the signed-in user's (dev) token. */
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

  const userIdOf = (page: Page): Promise<string> =>
    page.evaluate(() => JSON.parse(localStorage.getItem('ash.session') ?? '{}').user.userId);

  /** The message Mantine shows under an input (its wrapper's error), found from the input's test id. */
  const errorNextTo = (page: Page, testId: string): Locator =>
    page
      .locator('.mantine-InputWrapper-root', { has: page.getByTestId(testId) })
      .locator('.mantine-InputWrapper-error');

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

  test('registers a household with its members, submits its application and takes it to shared review', async () => {
    const page = await signIn('RENTAL_MANAGER');
    // Taken from the demo data: a household reference and a registration number already in use.
    const before = await api<{
      households: { totalCount: number; edges: { node: { reference: string } }[] };
      applications: { edges: { node: { registrationNumber: string } }[] };
    }>(
      page,
      `{ households(first: 1) { totalCount edges { node { reference } } }
         applications(first: 1) { edges { node { registrationNumber } } } }`,
    );
    const takenReference = before.households.edges[0].node.reference;
    const takenNumber = before.applications.edges[0].node.registrationNumber;

    // 1. "Nouveau ménage", from the menu.
    await menu(page).getByRole('link', { name: 'Nouveau ménage' }).click();
    const form = page.getByTestId('register-household-form');
    await form.waitFor();

    // Sent empty: the form says what is missing next to each field, in French, and sends nothing.
    await page.getByTestId('register-household-submit').click();
    await expect(errorNextTo(page, 'register-reference').textContent()).resolves.toBe(
      'Ce champ est obligatoire.',
    );
    await expect(errorNextTo(page, 'member-first-name').textContent()).resolves.toBe(
      'Ce champ est obligatoire.',
    );

    // An adult and a child; 1 250,50 € of resources, 310 € of housing benefit, DALO.
    await page.getByTestId('register-reference').fill(takenReference);
    await page.getByTestId('member-first-name').fill('Amina');
    await page.getByTestId('member-last-name').fill('Diallo');
    await page.getByTestId('member-birth-date').fill('1990-04-12');
    await page.getByTestId('add-member-CHILD').click();
    await page.getByTestId('member-first-name').nth(1).fill('Lina');
    await page.getByTestId('member-last-name').nth(1).fill('Diallo');
    await page.getByTestId('member-birth-date').nth(1).fill('2019-09-01');
    await page.getByTestId('household-monthly-resources').fill('1250,50');
    await page.getByTestId('household-housing-benefit').fill('310');
    await page.getByTestId('household-flag-dalo').check();
    // Rental management neither reads nor sets the target public.
    expect(await page.getByTestId('household-target-public-select').count()).toBe(0);

    // The reference is another household's: only the API knows; its refusal shows next to the field.
    await page.getByTestId('register-household-submit').click();
    await expect(errorNextTo(page, 'register-reference').textContent()).resolves.toBe(
      "Cette référence est déjà celle d'un autre ménage.",
    );
    await expectAccessible(page, 'rm-01-nouveau-menage-refus');
    const unchanged = await api<{ households: { totalCount: number } }>(
      page,
      '{ households(first: 1) { totalCount } }',
    );
    expect(unchanged.households.totalCount).toBe(before.households.totalCount);

    await page.getByTestId('register-reference').fill('MEN-E2E-0001');
    await page.getByTestId('register-household-submit').click();
    const file = page.getByTestId('household-file');
    await file.waitFor();
    const householdId = (await file.getAttribute('data-household-id')) as string;
    expect(new URL(page.url()).pathname).toBe(`/menages/${householdId}`);
    await page.getByTestId('household-reference').filter({ hasText: 'MEN-E2E-0001' }).waitFor();

    let got = await api<HouseholdAnswer>(page, HOUSEHOLD, { id: householdId });
    expect(got.household).toEqual({
      reference: 'MEN-E2E-0001',
      version: 1,
      size: 2,
      adults: 1,
      children: 1,
      // "1250,50" € and "310" €, in cents.
      monthlyResourcesCents: 125_050,
      housingBenefitCents: 31_000,
      dalo: true,
      pdalpd: false,
      // Adults first, then children.
      members: [
        { firstName: 'Amina', lastName: 'Diallo', birthDate: '1990-04-12', role: 'ADULT' },
        { firstName: 'Lina', lastName: 'Diallo', birthDate: '2019-09-01', role: 'CHILD' },
      ],
      applications: [],
    });

    // 2. "Modifier": the housing benefit goes to 320 €, PDALPD is ticked, a second adult joins; the
    // file follows at once.
    await page.getByTestId('update-household').click();
    const update = page.getByTestId('update-household-form');
    await update.waitFor();
    await page.getByTestId('household-housing-benefit').fill('320');
    await page.getByTestId('household-flag-pdalpd').check();
    await update.getByTestId('add-member-ADULT').click();
    await update.getByTestId('member-first-name').nth(2).fill('Moussa');
    await update.getByTestId('member-last-name').nth(2).fill('Sow');
    await update.getByTestId('member-birth-date').nth(2).fill('1988-02-03');
    await expectAccessible(page, 'rm-02-modifier-menage');
    await page.getByTestId('update-household-submit').click();
    await page.getByTestId('update-household-form').waitFor({ state: 'detached' });
    await page.getByTestId('household-tab-menage').click();
    await page
      .getByText(/^320,00\s€$/)
      .first()
      .waitFor();
    await page.getByTestId('household-members').getByText('Moussa').waitFor();
    got = await api<HouseholdAnswer>(page, HOUSEHOLD, { id: householdId });
    expect(got.household).toMatchObject({
      version: 2,
      housingBenefitCents: 32_000,
      pdalpd: true,
      dalo: true,
      size: 3,
      adults: 2,
      children: 1,
      // Adults first, oldest first.
      members: [
        { firstName: 'Moussa', lastName: 'Sow', birthDate: '1988-02-03', role: 'ADULT' },
        { firstName: 'Amina', lastName: 'Diallo', birthDate: '1990-04-12', role: 'ADULT' },
        { firstName: 'Lina', lastName: 'Diallo', birthDate: '2019-09-01', role: 'CHILD' },
      ],
    });

    // 3. "Déposer une demande": a registration number already used is refused next to the field.
    await page.getByTestId('submit-application').click();
    await page.getByTestId('submit-application-form').waitFor();
    await page.getByTestId('application-registration-number').fill(takenNumber);
    // The pills' box takes the click for its search input.
    await page
      .locator('.mantine-MultiSelect-input', { has: page.getByTestId('application-typologies') })
      .click();
    await page.getByRole('option', { name: 'T2', exact: true }).click();
    await page.getByRole('option', { name: 'T3', exact: true }).click();
    await page.getByTestId('application-communes').fill('Rouen');
    await page.getByTestId('application-communes').press('Enter');
    await page.getByTestId('application-communes').fill('Elbeuf');
    await page.getByTestId('application-communes').press('Enter');
    await page.getByTestId('application-max-rent').fill('650');
    await page.getByTestId('submit-application-submit').click();
    await expect(errorNextTo(page, 'application-registration-number').textContent()).resolves.toBe(
      "Ce numéro d'enregistrement est déjà celui d'une autre demande.",
    );
    await expectAccessible(page, 'rm-03-deposer-demande-refus');
    got = await api<HouseholdAnswer>(page, HOUSEHOLD, { id: householdId });
    expect(got.household.applications).toEqual([]);

    await page.getByTestId('application-registration-number').fill('E2E00000001');
    await page.getByTestId('submit-application-submit').click();
    await page.getByTestId('submit-application-form').waitFor({ state: 'detached' });
    // One open application: no second one may be submitted.
    await page.getByTestId('submit-application').waitFor({ state: 'detached' });
    got = await api<HouseholdAnswer>(page, HOUSEHOLD, { id: householdId });
    expect(got.household.applications).toEqual([
      {
        id: expect.any(String),
        registrationNumber: 'E2E00000001',
        status: 'RECEIVED',
        desiredTypologies: ['T2', 'T3'],
        desiredCommunes: ['Rouen', 'Elbeuf'],
        // 650 €, in cents.
        maxRentCents: 65_000,
        transitions: [],
      },
    ]);

    // 4. Oriented to social management: from RECEIVED, rental management may orient or withdraw.
    await page.getByTestId('household-tab-demande').click();
    const steps = page.getByTestId('application-steps');
    await steps.waitFor();
    const offered = async () =>
      steps.getByTestId('move-application').evaluateAll((buttons) => buttons.map((b) => b.dataset.to));
    expect(await offered()).toEqual(['ORIENTED', 'WITHDRAWN']);
    await steps.getByRole('button', { name: "Passer à l'étape « Orientée »" }).click();
    await page.getByTestId('move-application-form').waitFor();
    await page.getByTestId('move-application-note').fill('Dossier complet, orienté vers la gestion sociale.');
    await page.getByTestId('move-application-submit').click();
    await page.getByTestId('move-application-form').waitFor({ state: 'detached' });
    await page.getByTestId('household-applications').getByText('Dossier complet').waitFor();
    // From ORIENTED, shared review is social management's: rental management may only withdraw.
    await steps.locator('[data-to="SHARED_REVIEW"]').waitFor({ state: 'detached' });
    expect(await offered()).toEqual(['WITHDRAWN']);
    const rentalManager = await userIdOf(page);
    got = await api<HouseholdAnswer>(page, HOUSEHOLD, { id: householdId });
    expect(got.household.applications[0]).toMatchObject({
      status: 'ORIENTED',
      transitions: [
        {
          from: 'RECEIVED',
          to: 'ORIENTED',
          by: rentalManager,
          note: 'Dossier complet, orienté vers la gestion sociale.',
        },
      ],
    });
    await screenshot(page, 'rm-04-demande-orientee');

    // 5. Social management takes it to shared review, with a note, on the same file.
    const social = await signIn('SOCIAL_MANAGER');
    await social.goto(`${dashboard.platform.dashboardUrl}/menages/${householdId}?onglet=demande`);
    const socialSteps = social.getByTestId('application-steps');
    await socialSteps.waitFor();
    expect(
      await socialSteps
        .getByTestId('move-application')
        .evaluateAll((buttons) => buttons.map((b) => b.dataset.to)),
    ).toEqual(['SHARED_REVIEW', 'WITHDRAWN']);
    await socialSteps.getByRole('button', { name: "Passer à l'étape « Examen partagé »" }).click();
    await social.getByTestId('move-application-form').waitFor();
    const note = 'Étude partagée avec l’association : un bail glissant est envisagé.';
    await social.getByTestId('move-application-note').fill(note);
    await expectAccessible(social, 'rm-05-examen-partage');
    await social.getByTestId('move-application-submit').click();
    await social.getByTestId('move-application-form').waitFor({ state: 'detached' });
    // The history and the status follow without a reload.
    await social.getByTestId('household-applications').getByText(note).waitFor();
    await social
      .getByTestId('household-applications')
      .getByTestId('application-status')
      .filter({ hasText: 'Examen partagé' })
      .waitFor();
    // SHARED_REVIEW: on to the commission, back to orientation, or withdrawn.
    await socialSteps.locator('[data-to="READY_FOR_COMMISSION"]').waitFor();
    const socialManager = await userIdOf(social);
    got = await api<HouseholdAnswer>(social, HOUSEHOLD, { id: householdId });
    expect(got.household.applications[0]).toMatchObject({
      status: 'SHARED_REVIEW',
      transitions: [
        { from: 'RECEIVED', to: 'ORIENTED', by: rentalManager },
        { from: 'ORIENTED', to: 'SHARED_REVIEW', by: socialManager, note },
      ],
    });
    await expectAccessible(social, 'rm-06-dossier-examen-partage');

    // 6. The right to erasure, social management's: asked for a reason and an explicit confirmation.
    expect(await page.getByTestId('erase-household').count()).toBe(0);
    await social.getByTestId('erase-household').click();
    await social.getByTestId('erase-household-form').waitFor();
    await social.getByTestId('erase-reason').fill('Demande du ménage (droit à l’effacement)');
    await social.getByTestId('erase-household-submit').click();
    await expect(
      social
        .locator('.mantine-Checkbox-root', { has: social.getByTestId('erase-confirmation') })
        .locator('.mantine-Checkbox-error')
        .textContent(),
    ).resolves.toBe("Cochez la case pour confirmer l'effacement.");
    await expectAccessible(social, 'rm-07-effacement');
    got = await api<HouseholdAnswer>(social, HOUSEHOLD, { id: householdId });
    expect(got.household.members[0].firstName).toBe('Moussa');
    await social.getByTestId('erase-confirmation').check();
    await social.getByTestId('erase-household-submit').click();
    await social.getByTestId('erase-household-saved').waitFor();
    got = await api<HouseholdAnswer>(social, HOUSEHOLD, { id: householdId });
    // Names replaced, birth dates cut to their year, the notes cleared; the steps stay.
    expect(got.household.members).toEqual([
      { firstName: 'Anonyme', lastName: 'Anonyme', birthDate: '1988-01-01', role: 'ADULT' },
      { firstName: 'Anonyme', lastName: 'Anonyme', birthDate: '1990-01-01', role: 'ADULT' },
      { firstName: 'Anonyme', lastName: 'Anonyme', birthDate: '2019-01-01', role: 'CHILD' },
    ]);
    expect(got.household.applications[0].transitions.map((t) => [t.to, t.note])).toEqual([
      ['ORIENTED', null],
      ['SHARED_REVIEW', null],
    ]);
  });
});
