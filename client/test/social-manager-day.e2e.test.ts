import { Calendar } from '@ash/kit';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, newContext, screenshot, seriousViolations, useDashboard } from './browser';

// The social manager's part of the day, in a real browser against the platform on the demo data:
// a sliding lease for a household the commission allocated a dwelling, its move-in inspection, the
// rent of the month (recorded by rental management, who keeps rent accounts), then a new
// convention with a funder's share, granted. Each step is checked through the API afterwards.

// Generous: the machine running the tests may be shared; every wait below is for a condition.
jest.setTimeout(600_000);

// The servers' "today" (and the dashboard's, which takes it from them), on the calendar they use:
// the demo is built relative to it, so the day holds on any date (and under libfaketime).
const TODAY = new Calendar().today();
/** A calendar day `days` after (or before) another, both YYYY-MM-DD. */
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const THIS_MONTH = TODAY.slice(0, 7);
/** The planned handover: a year after the start, within the five years the API allows. */
const HANDOVER = addDays(TODAY, 365);

interface Allocation {
  household: { id: string; currentLease: { id: string } | null };
  allocatedDwelling: { id: string; status: string; rentCents: number; serviceChargesCents: number } | null;
}

describeInBrowser("the social manager's day in Chromium", () => {
  const dashboard = useDashboard('social_manager_day_e2e');

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
    // At rest: the pointer off the tables (a hovered row of the conventions list tints its link).
    await page.mouse.move(0, 0);
    await screenshot(page, name);
    expect({ view: name, violations: await seriousViolations(page) }).toEqual({ view: name, violations: [] });
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

  /** The message shown next to an input: the element its aria-describedby names as the error. */
  async function errorNextTo(input: Locator): Promise<string> {
    const page = input.page();
    const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const element = page.locator(`[id="${id}"]`);
      if ((await element.getAttribute('class'))?.includes('error'))
        return (await element.textContent()) ?? '';
    }
    return '';
  }

  /** The first non-empty answer of `read`, asked again until it comes (or the last one after 20 s). */
  async function eventually(read: () => Promise<string>): Promise<string> {
    let value = '';
    for (let waited = 0; waited < 20_000 && !value; waited += 250) {
      value = await read();
      if (!value) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return value;
  }

  test('signs a sliding lease for an allocated household, records the move-in inspection, then rental management the rent', async () => {
    const page = await signIn('SOCIAL_MANAGER');

    // A household of the demo whose application the commission decided: its dwelling is OFFERED.
    const { applications } = await api<{ applications: { edges: { node: Allocation }[] } }>(
      page,
      `{ applications(filter: { statuses: [DECIDED] }, first: 50) { edges { node {
          household { id currentLease { id } }
          allocatedDwelling { id status rentCents serviceChargesCents } } } } }`,
    );
    const allocation = applications.edges
      .map((edge) => edge.node)
      .find((a) => a.allocatedDwelling?.status === 'OFFERED' && !a.household.currentLease);
    if (!allocation?.allocatedDwelling) throw new Error('The demo has no allocation awaiting its lease');
    const householdId = allocation.household.id;
    const dwelling = allocation.allocatedDwelling;

    // 1. The lease, sliding, from the household's file.
    await page.goto(`${dashboard.platform.dashboardUrl}/menages/${householdId}?onglet=bail`);
    const sign = page.getByTestId('sign-lease-form');
    await sign.waitFor();
    // Rental management's rent form is not offered to social management (RENT_WRITERS).
    expect(await page.getByTestId('rent-payment').count()).toBe(0);
    await sign.getByText('Bail glissant', { exact: true }).click();
    await page.getByTestId('lease-intermediary').waitFor();
    await expectAccessible(page, 'journee-gs-01-signer-bail');
    expect(await page.getByTestId('lease-start-date').inputValue()).toBe(TODAY);
    await page.getByTestId('lease-intermediary').fill('Association Ensemble');
    // A handover before the start of the lease is refused next to its field, in French.
    await page.getByTestId('lease-handover-date').fill(addDays(TODAY, -46));
    await page.getByTestId('sign-lease-submit').click();
    await expect(eventually(() => errorNextTo(page.getByTestId('lease-handover-date')))).resolves.toBe(
      "Le glissement doit venir après la date d'effet du bail.",
    );
    await page.getByTestId('lease-handover-date').fill(HANDOVER);
    await page.getByTestId('sign-lease-submit').click();
    // The file follows without a reload: the lease shows, the inspection is next.
    await page.getByTestId('move-in-inspection-form').waitFor();
    await expect(page.getByTestId('lease-panel').textContent()).resolves.toContain('Bail glissant');

    const leaseQuery = `query ($id: ID!) { household(id: $id) { currentLease {
        id kind startDate intermediaryAssociation plannedHandoverDate moveInInspectionDate
        inspectionSocialManagerPresent inspectionSupportWorkerPresent
        dwelling { id status }
        rentAccount { arrearsCents entries(months: 3) { month chargedCents paidCents } } } } }`;
    type LeaseAnswer = {
      household: {
        currentLease: {
          id: string;
          kind: string;
          startDate: string;
          intermediaryAssociation: string | null;
          plannedHandoverDate: string | null;
          moveInInspectionDate: string | null;
          inspectionSocialManagerPresent: boolean | null;
          inspectionSupportWorkerPresent: boolean | null;
          dwelling: { id: string; status: string };
          rentAccount: {
            arrearsCents: number;
            entries: { month: string; chargedCents: number; paidCents: number }[];
          } | null;
        } | null;
      };
    };
    const signed = (await api<LeaseAnswer>(page, leaseQuery, { id: householdId })).household.currentLease;
    expect(signed).toMatchObject({
      kind: 'SLIDING',
      startDate: TODAY,
      intermediaryAssociation: 'Association Ensemble',
      plannedHandoverDate: HANDOVER,
      moveInInspectionDate: null,
      // Let: the dwelling the commission allocated is now occupied.
      dwelling: { id: dwelling.id, status: 'OCCUPIED' },
      // A new rent account, nothing recorded yet.
      rentAccount: { arrearsCents: 0, entries: [] },
    });

    // 2. The move-in inspection, today, with the support worker absent.
    await expectAccessible(page, 'journee-gs-02-etat-des-lieux');
    expect(await page.getByTestId('inspection-date').inputValue()).toBe(TODAY);
    await page.getByTestId('inspection-support-worker').uncheck();
    await page.getByTestId('inspection-submit').click();
    await page.getByTestId('move-in-inspection-form').waitFor({ state: 'detached' });
    // The lease panel follows: the inspection done, the social manager present, not the association.
    const panel = (await page.getByTestId('lease-panel').textContent()) ?? '';
    expect(panel).not.toContain('Pas encore réalisé');
    expect(panel).toContain('gestion sociale');
    const inspected = (await api<LeaseAnswer>(page, leaseQuery, { id: householdId })).household.currentLease;
    expect(inspected).toMatchObject({
      moveInInspectionDate: TODAY,
      inspectionSocialManagerPresent: true,
      inspectionSupportWorkerPresent: false,
    });

    // 3. The rent of November, by rental management: 100 € paid of what was charged.
    const manager = await signIn('RENTAL_MANAGER');
    await manager.goto(`${dashboard.platform.dashboardUrl}/menages/${householdId}?onglet=bail`);
    await manager.getByTestId('rent-payment-form').waitFor();
    // The month defaults to the current one, what is charged to the dwelling's rent and charges.
    expect(await manager.getByTestId('rent-month').inputValue()).toBe(THIS_MONTH);
    await manager.getByTestId('rent-paid').fill('100');
    await expectAccessible(manager, 'journee-gs-03-loyer');
    await manager.getByTestId('rent-submit').click();
    await manager.getByTestId('rent-saved').waitFor();
    await manager.getByTestId('rent-entries').waitFor();
    const charged = dwelling.rentCents + dwelling.serviceChargesCents;
    const rent = (await api<LeaseAnswer>(manager, leaseQuery, { id: householdId })).household.currentLease;
    expect(rent?.rentAccount).toEqual({
      // Arrears: charged minus the 10 000 cents paid.
      arrearsCents: charged - 10_000,
      entries: [{ month: `${THIS_MONTH}-01`, chargedCents: charged, paidCents: 10_000 }],
    });
  });

  test('creates a convention, adds a funder share (a second one refused in French next to its field) and grants it', async () => {
    const page = await signIn('SOCIAL_MANAGER');
    // A new convention, then a funder's share of its first year, granted.
    await page.goto(`${dashboard.platform.dashboardUrl}/conventions`);
    await page.getByTestId('create-convention-open').click();
    await page.getByTestId('convention-programme').fill('10 000 logements HLM accompagnés');
    await page.getByTestId('convention-name').fill('Ensemble… troisième période');
    await page.getByTestId('convention-holder').fill('ICF Habitat Atlantique');
    await page.getByTestId('convention-partner').fill('Association Ensemble');
    await page.getByTestId('convention-start-year').fill('2026');
    await page.getByTestId('convention-end-year').fill('2028');
    await page.getByTestId('convention-households').fill('12');
    await page.getByTestId('convention-annual-cost').fill('20000');
    await expectAccessible(page, 'journee-gs-04-nouvelle-convention');
    await page.getByTestId('create-convention-submit').click();
    await page.getByTestId('convention-page').waitFor();
    const conventionId = (await page
      .getByTestId('convention-page')
      .getAttribute('data-convention-id')) as string;

    await page.getByTestId('add-funding-line-open').click();
    const addForm = page.getByTestId('add-funding-line-form');
    await page.getByTestId('funding-funder').click();
    await page.getByRole('option', { name: 'État — DDCS de Seine-Maritime' }).click();
    expect(await page.getByTestId('funding-year').inputValue()).toBe('2026');
    await page.getByTestId('funding-share').fill('60');
    await page.getByTestId('funding-planned').fill('12000');
    await page.getByTestId('funding-requested-amount').fill('12000');
    await page.getByTestId('add-funding-line-submit').click();
    const line = page.getByTestId('funding-line');
    await line.first().waitFor();
    expect(await line.count()).toBe(1);

    // A second share of 50 % would bring 2026 to 110 %: the API refuses it, next to the share.
    await page.getByTestId('funding-funder').click();
    await page.getByRole('option', { name: /^Fonds national/ }).click();
    await page.getByTestId('funding-share').fill('50');
    await page.getByTestId('funding-planned').fill('10000');
    await page.getByTestId('funding-requested-amount').fill('10000');
    await page.getByTestId('add-funding-line-submit').click();
    await expect(eventually(() => errorNextTo(addForm.getByTestId('funding-share')))).resolves.toBe(
      'Les parts de cette année dépasseraient 100 % du coût annuel : réduisez la part.',
    );
    await expectAccessible(page, 'journee-gs-05-part-refusee');
    expect(await line.count()).toBe(1);

    // Granted for 11 000 €.
    await line.first().getByTestId('funding-move').click();
    const move = page.getByTestId('funding-move-form');
    await move.waitFor();
    expect(await page.getByTestId('funding-move-to').inputValue()).toBe('Accordé');
    await page.getByTestId('funding-move-amount').fill('11000');
    await page.getByTestId('funding-move-note').fill('Notification de la DDCS');
    await expectAccessible(page, 'journee-gs-06-accorder');
    await page.getByTestId('funding-move-submit').click();
    await page.locator('[data-testid="funding-line"][data-status="GRANTED"]').waitFor();

    const { convention } = await api<{
      convention: {
        startYear: number;
        endYear: number;
        plannedHouseholdsPerYear: number;
        annualCostCents: number;
        fundingLines: Record<string, unknown>[];
      };
    }>(
      page,
      `query ($id: ID!) { convention(id: $id) { startYear endYear plannedHouseholdsPerYear annualCostCents
          fundingLines { year sharePercent plannedCents requestedCents grantedCents status requestedAt grantedAt
            funder { name } transitions { from to note } } } }`,
      { id: conventionId },
    );
    expect(convention).toEqual({
      startYear: 2026,
      endYear: 2028,
      plannedHouseholdsPerYear: 12,
      // 20 000 € in cents.
      annualCostCents: 2_000_000,
      // One line: the refused one changed nothing.
      fundingLines: [
        {
          year: 2026,
          sharePercent: 60,
          plannedCents: 1_200_000,
          requestedCents: 1_200_000,
          grantedCents: 1_100_000,
          status: 'GRANTED',
          requestedAt: TODAY,
          grantedAt: TODAY,
          funder: { name: 'État — DDCS de Seine-Maritime' },
          transitions: [{ from: 'REQUESTED', to: 'GRANTED', note: 'Notification de la DDCS' }],
        },
      ],
    });
  });
  test('rental management adds a residence and a dwelling and changes its rent; social management changes the matching rules after seeing their effect', async () => {
    const manager = await signIn('RENTAL_MANAGER');
    await manager.goto(`${dashboard.platform.dashboardUrl}/logements`);
    await manager.getByTestId('create-residence-open').click();
    await manager.getByTestId('residence-name').fill('Les Cèdres');
    await manager.getByTestId('residence-address').fill('12 rue des Cèdres');
    // Four digits: refused next to the field, nothing sent.
    await manager.getByTestId('residence-postalCode').fill('7610');
    await manager.getByTestId('residence-commune').fill('Rouen');
    await manager.getByTestId('residence-district').fill('Grammont');
    await manager.getByTestId('create-residence-submit').click();
    await expect(eventually(() => errorNextTo(manager.getByTestId('residence-postalCode')))).resolves.toBe(
      'Cinq chiffres.',
    );
    await expectAccessible(manager, 'journee-gs-07-nouvelle-residence');
    await manager.getByTestId('residence-postalCode').fill('76100');
    await manager.getByTestId('create-residence-submit').click();
    // The dwelling's form follows, in the new residence.
    const dwellingForm = manager.getByTestId('create-dwelling-form');
    await dwellingForm.waitFor();
    await expect(eventually(() => manager.getByTestId('dwelling-residence').inputValue())).resolves.toBe(
      'Les Cèdres · Rouen',
    );
    await manager.getByTestId('dwelling-reference-input').fill('ICF-76100-CEDRES-01');
    await manager.getByTestId('dwelling-surface').fill('48,5');
    await manager.getByTestId('dwelling-rent').fill('350');
    await manager.getByTestId('dwelling-charges').fill('60');
    await expectAccessible(manager, 'journee-gs-08-nouveau-logement');
    await manager.getByTestId('create-dwelling-submit').click();
    await manager.getByTestId('dwelling-page').waitFor();
    const dwellingId = (await manager
      .getByTestId('dwelling-page')
      .getAttribute('data-dwelling-id')) as string;

    await manager.getByTestId('update-dwelling-open').click();
    await manager.getByTestId('update-dwelling-rent').fill('365');
    await expectAccessible(manager, 'journee-gs-09-modifier-logement');
    await manager.getByTestId('update-dwelling-submit').click();
    await manager.getByTestId('update-dwelling-form').waitFor({ state: 'detached' });
    const { dwelling } = await api<{ dwelling: Record<string, unknown> }>(
      manager,
      `query ($id: ID!) { dwelling(id: $id) { reference typology surfaceSqm floor rentCents serviceChargesCents
          status contingent residence { name postalCode commune district priorityDistrict } } }`,
      { id: dwellingId },
    );
    expect(dwelling).toEqual({
      reference: 'ICF-76100-CEDRES-01',
      // The form's defaults: T3, ground floor, vacant, the landlord's contingent.
      typology: 'T3',
      surfaceSqm: 48.5,
      floor: 0,
      // 365 € after the change, 60 € of charges, in cents.
      rentCents: 36_500,
      serviceChargesCents: 6_000,
      status: 'VACANT',
      contingent: 'LANDLORD',
      residence: {
        name: 'Les Cèdres',
        postalCode: '76100',
        commune: 'Rouen',
        district: 'Grammont',
        priorityDistrict: false,
      },
    });
    // Social management sets the matching rules, rental management does not (SETTINGS_WRITERS).
    await manager.goto(`${dashboard.platform.dashboardUrl}/commission/menages-en-attente`);
    await manager.getByTestId('matching-settings').waitFor();
    expect(await manager.getByTestId('matching-settings-open').count()).toBe(0);

    const page = await signIn('SOCIAL_MANAGER');
    await page.goto(`${dashboard.platform.dashboardUrl}/commission/menages-en-attente`);
    await page.getByTestId('matching-settings-open').click();
    await page.getByTestId('matching-rate').fill('35');
    await page.getByTestId('matching-horizon').fill('120');
    await page.getByTestId('matching-impact-show').click();
    await page.getByTestId('matching-impact').waitFor();
    await expectAccessible(page, 'journee-gs-10-regles-de-rapprochement');
    await page.getByRole('textbox', { name: 'Motif du changement' }).fill('Horizon porté à quatre mois');
    await page.getByTestId('matching-settings-submit').click();
    await page.getByTestId('matching-settings-form').waitFor({ state: 'detached' });
    const { matchingSettings } = await api<{
      matchingSettings: { effortRateCeiling: number; horizonDays: number; history: { note: string }[] };
    }>(page, '{ matchingSettings { effortRateCeiling horizonDays history(first: 1) { note } } }');
    expect(matchingSettings).toEqual({
      // 35 % typed, 0.35 sent.
      effortRateCeiling: 0.35,
      horizonDays: 120,
      history: [{ note: 'Horizon porté à quatre mois' }],
    });
  });
});
