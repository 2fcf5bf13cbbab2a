import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, newContext, screenshot, seriousViolations, useDashboard } from './browser';

// The support worker's part of the day in the dashboard, then social management's: a diagnostic
// with its goals, a review, the contact schedule and an alert recorded from the household's file,
// the alert triaged, the phase moved and a follow-up committee recorded; each step read back
// through the API. Same platform as `npm start`, on the demo data, in Chromium.

jest.setTimeout(240_000);

interface Accompaniment {
  id: string;
  phase: 'PRE_ALLOCATION' | 'INTEGRATION' | 'FOLLOW_UP' | 'ENDED';
  startDate: string;
  household: { id: string };
}

/** The phase the social manager moves it to, and its label in the dashboard. */
const NEXT = {
  PRE_ALLOCATION: ['INTEGRATION', 'Installation'],
  INTEGRATION: ['FOLLOW_UP', 'Suivi'],
} as const;

describeInBrowser('the support worker’s day, then social management’s, in Chromium', () => {
  const dashboard = useDashboard('support_worker_day_e2e');

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

  async function expectAccessible(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), null, {
      timeout: 30_000,
    });
    await screenshot(page, name);
    expect({ view: name, violations: await seriousViolations(page) }).toEqual({ view: name, violations: [] });
  }

  /** The text that describes a field (its error among them), as assistive technology reads it. */
  async function descriptionOf(page: Page, field: Locator): Promise<string> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
    return texts.join(' ');
  }

  /** Picks an option of a Mantine select. */
  async function choose(page: Page, select: Locator, option: string) {
    await select.click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  const RECORD = `query($id: ID!) {
    accompaniment(id: $id) {
      phase
      phaseChanges { from to note }
      contactSchedule { integrationContactsPerWeek integrationWeeks monthlyInPersonMeetings }
      contactScheduleChanges { reason after { integrationContactsPerWeek integrationWeeks monthlyInPersonMeetings } }
      diagnostics { id date areas { area needs } goals { label progress } }
      reviews { id summary goalProgress { goal progress } }
      committeeDecisions { decision committee { participants } }
    }
  }`;
  interface Record_ {
    accompaniment: {
      phase: string;
      phaseChanges: { from: string | null; to: string; note: string | null }[];
      contactSchedule: {
        integrationContactsPerWeek: number;
        integrationWeeks: number;
        monthlyInPersonMeetings: number;
      };
      contactScheduleChanges: { reason: string; after: Record_['accompaniment']['contactSchedule'] }[];
      diagnostics: {
        id: string;
        date: string;
        areas: { area: string; needs: string }[];
        goals: { label: string; progress: number }[];
      }[];
      reviews: { id: string; summary: string; goalProgress: { goal: string; progress: number }[] }[];
      committeeDecisions: { decision: string; committee: { participants: string[] } }[];
    };
  }

  test('a support worker records a diagnostic, a review, the schedule and an alert; social management triages it, moves the phase and records a committee', async () => {
    const worker = await signIn('SUPPORT_WORKER');
    // A household of the worker's caseload whose accompaniment has a phase to move on to (the API
    // answers a support worker with their own caseload only), started some days ago.
    const { accompaniments } = await api<{ accompaniments: { edges: { node: Accompaniment }[] } }>(
      worker,
      '{ accompaniments(first: 100, filter: { phases: [PRE_ALLOCATION, INTEGRATION] }) { edges { node { id phase startDate household { id } } } } }',
    );
    const dayBefore = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const followed = accompaniments.edges.map((e) => e.node).find((a) => a.startDate <= dayBefore);
    if (!followed) throw new Error('The demo support worker follows no household before the move-in');
    const before = await api<Record_>(worker, RECORD, { id: followed.id });

    // The file, straight by its address; the accompaniment tab shows the running accompaniment first.
    await worker.goto(
      `${dashboard.platform.dashboardUrl}/menages/${followed.household.id}?onglet=accompagnement`,
    );
    const card = worker.getByTestId('accompaniment-card').first();
    await card.getByTestId('accompaniment-record').waitFor();

    // Diagnostic: needs in two areas, two goals.
    await card.getByTestId('diagnostic-open').click();
    const diagnostic = card.getByTestId('diagnostic-form');
    await diagnostic.getByTestId('diagnostic-needs-BUDGET').fill('Dette de loyer de trois mois à étaler');
    await diagnostic.getByTestId('diagnostic-needs-HEALTH').fill('Suivi médical interrompu depuis l’été');
    await diagnostic.getByTestId('diagnostic-goal-label').first().fill('Résorber la dette locative');
    await diagnostic.getByTestId('diagnostic-goal-progress').first().fill('10');
    await diagnostic.getByTestId('diagnostic-add-goal').click();
    await diagnostic.getByTestId('diagnostic-goal-label').nth(1).fill('Reprendre le suivi médical');
    await diagnostic.getByTestId('diagnostic-submit').click();
    await diagnostic.getByTestId('diagnostic-saved').waitFor();
    const shown = card.getByTestId('diagnostic').filter({ hasText: 'Résorber la dette locative' });
    await shown.waitFor();
    expect(await shown.getByTestId('diagnostic-goal').count()).toBe(2);

    // Review: sent without its summary, it is refused in French next to the field, and nothing is sent.
    await card.getByTestId('review-open').click();
    const review = card.getByTestId('review-form');
    await review.getByTestId('review-submit').click();
    const summary = review.getByTestId('review-summary');
    await review.getByText('Rédigez la synthèse du bilan.').waitFor();
    expect(await summary.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(worker, summary)).toContain('Rédigez la synthèse du bilan.');
    await expectAccessible(worker, '30-dossier-accompagnement-refus');
    // The latest diagnostic's goals are offered: the first moves to 40 %.
    await summary.fill('Plan d’apurement signé, premier rendez-vous médical pris');
    await review.getByTestId('review-goal-progress').first().fill('40');
    await review.getByTestId('review-submit').click();
    await review.getByTestId('review-saved').waitFor();
    await card.getByTestId('review').filter({ hasText: 'Plan d’apurement signé' }).waitFor();

    // Contact schedule: a closer follow-up, with its reason.
    await card.getByTestId('schedule-open').click();
    const schedule = card.getByTestId('schedule-form');
    await schedule.getByTestId('schedule-integrationContactsPerWeek').fill('2');
    await schedule.getByTestId('schedule-integrationWeeks').fill('8');
    await schedule.getByTestId('schedule-monthlyInPersonMeetings').fill('3');
    await schedule.getByTestId('schedule-reason').fill('Sortie d’hospitalisation : suivi renforcé');
    await schedule.getByTestId('schedule-submit').click();
    await schedule.getByTestId('schedule-saved').waitFor();
    await card.getByTestId('schedule-change').filter({ hasText: 'Sortie d’hospitalisation' }).waitFor();
    await expectAccessible(worker, '31-dossier-accompagnement-saisi');

    // An alert from the file's alerts tab.
    await worker.getByTestId('household-tab-alertes').click();
    const raise = worker.getByTestId('raise-alert-form');
    await choose(worker, raise.getByTestId('raise-alert-source'), 'Voisinage');
    await raise.getByTestId('raise-alert-sign-NEIGHBOUR_CONFLICT').check();
    await raise
      .getByTestId('raise-alert-description')
      .fill('Plaintes répétées des voisins pour bruit la nuit');
    await raise.getByTestId('raise-alert-submit').click();
    await raise.getByTestId('raise-alert-saved').waitFor();
    await worker.getByTestId('household-alert').first().waitFor();
    await expectAccessible(worker, '32-dossier-alerte-levee');

    // Read back through the API: one diagnostic, one review, the schedule and its change more.
    const afterWorker = await api<Record_>(worker, RECORD, { id: followed.id });
    const record = afterWorker.accompaniment;
    expect(record.diagnostics).toHaveLength(before.accompaniment.diagnostics.length + 1);
    // Latest first; the empty needs of the other areas are not sent, the empty progress is 0.
    expect(record.diagnostics[0].areas).toEqual([
      { area: 'BUDGET', needs: 'Dette de loyer de trois mois à étaler' },
      { area: 'HEALTH', needs: 'Suivi médical interrompu depuis l’été' },
    ]);
    expect(record.diagnostics[0].goals).toEqual([
      { label: 'Résorber la dette locative', progress: 10 },
      { label: 'Reprendre le suivi médical', progress: 0 },
    ]);
    // One review only: the refused one was never sent. Its goals: the first at 40, the second as it was.
    expect(record.reviews).toHaveLength(before.accompaniment.reviews.length + 1);
    expect(record.reviews[0]).toMatchObject({
      summary: 'Plan d’apurement signé, premier rendez-vous médical pris',
      goalProgress: [
        { goal: 'Résorber la dette locative', progress: 40 },
        { goal: 'Reprendre le suivi médical', progress: 0 },
      ],
    });
    const closer = { integrationContactsPerWeek: 2, integrationWeeks: 8, monthlyInPersonMeetings: 3 };
    expect(record.contactSchedule).toEqual(closer);
    expect(record.contactScheduleChanges.at(-1)).toEqual({
      reason: 'Sortie d’hospitalisation : suivi renforcé',
      after: closer,
    });
    const { alerts } = await api<{
      alerts: {
        edges: {
          node: { id: string; source: string; signs: string[]; description: string; status: string };
        }[];
      };
    }>(
      worker,
      'query($householdId: ID!) { alerts(filter: { householdId: $householdId, statuses: [NEW] }, first: 50) { edges { node { id source signs description status } } } }',
      { householdId: followed.household.id },
    );
    const raised = alerts.edges
      .map((e) => e.node)
      .find((a) => a.description === 'Plaintes répétées des voisins pour bruit la nuit');
    expect(raised).toMatchObject({ source: 'NEIGHBOUR', signs: ['NEIGHBOUR_CONFLICT'], status: 'NEW' });

    // Social management triages the alert in the alerts view.
    const manager = await signIn('SOCIAL_MANAGER');
    await manager.goto(`${dashboard.platform.dashboardUrl}/alertes`);
    const row = manager.locator(`[data-testid="alert-row"][data-alert-id="${raised?.id}"]`);
    await row.getByTestId('move-alert').click();
    const move = manager.getByTestId('move-alert-form');
    await move.getByTestId('move-alert-to-SHARED_DIAGNOSIS').check();
    await move.getByTestId('move-alert-note').fill('Visite à domicile conjointe prévue jeudi');
    await move.getByTestId('move-alert-submit').click();
    await manager
      .locator(`[data-testid="alert-row"][data-alert-id="${raised?.id}"][data-status="SHARED_DIAGNOSIS"]`)
      .waitFor();

    // Then, in the household's file, moves the accompaniment on and records a follow-up committee.
    const [to, label] = NEXT[followed.phase as keyof typeof NEXT];
    await manager.goto(
      `${dashboard.platform.dashboardUrl}/menages/${followed.household.id}?onglet=accompagnement`,
    );
    const managed = manager.getByTestId('accompaniment-card').first();
    await managed.getByTestId('move-phase-open').click();
    const phase = managed.getByTestId('move-phase-form');
    await choose(manager, phase.getByTestId('move-phase-to'), label);
    await phase.getByTestId('move-phase-note').fill('Entrée dans les lieux faite');
    await phase.getByTestId('move-phase-submit').click();
    await managed.getByTestId('accompaniment-phase').filter({ hasText: label }).waitFor();

    await managed.getByTestId('committee-open').click();
    const committee = managed.getByTestId('committee-form');
    await committee.getByTestId('committee-participants').fill('Bailleur\nAssociation\nCCAS');
    await committee.getByTestId('committee-decision-text').fill('Suivi renforcé maintenu trois mois');
    await committee.getByTestId('committee-submit').click();
    await committee.getByTestId('committee-saved').waitFor();
    await managed
      .getByTestId('committee-decision')
      .filter({ hasText: 'Suivi renforcé maintenu trois mois' })
      .waitFor();
    await expectAccessible(manager, '33-dossier-gestion-sociale');

    const { alert } = await api<{
      alert: { status: string; transitions: { to: string; note: string | null }[] };
    }>(manager, 'query($id: ID!) { alert(id: $id) { status transitions { to note } } }', { id: raised?.id });
    expect(alert.status).toBe('SHARED_DIAGNOSIS');
    expect(alert.transitions.at(-1)).toEqual({
      to: 'SHARED_DIAGNOSIS',
      note: 'Visite à domicile conjointe prévue jeudi',
    });
    const afterManager = (await api<Record_>(manager, RECORD, { id: followed.id })).accompaniment;
    expect(afterManager.phase).toBe(to);
    expect(afterManager.phaseChanges.at(-1)).toEqual({
      from: followed.phase,
      to,
      note: 'Entrée dans les lieux faite',
    });
    // Duplicates and blank lines aside, one participant a line.
    expect(afterManager.committeeDecisions).toContainEqual({
      decision: 'Suivi renforcé maintenu trois mois',
      committee: { participants: ['Bailleur', 'Association', 'CCAS'] },
    });
  });
});
