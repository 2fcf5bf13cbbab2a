import { buildDemoPlan, type PlanApplication } from '@ash/demo';
import { daysBetween, startOfLocalDay } from '@ash/kit';
import { actorFor, clockOn, errorCode, sqlCounter } from '@ash/testkit';
import { createServer } from '../src';
import { readConfig } from '../src/config';
import { dataOf, type Subgraph, startSubgraph, stopSubgraph, versionOf } from './support';

const plan = buildDemoPlan({ dwellings: 400, applications: 60, today: '2026-11-15' });
const social = actorFor('SOCIAL_MANAGER');
const rental = actorFor('RENTAL_MANAGER');
const AWAITING = ['RECEIVED', 'ORIENTED', 'SHARED_REVIEW', 'READY_FOR_COMMISSION', 'SCHEDULED'];
const NEEDS =
  'size monthlyResourcesCents housingBenefitCents dalo pdalpd stepFreeAccessNeed desiredTypologies desiredCommunes maxRentCents';

/** The needs the plan implies for a household (null without an application awaiting a dwelling). */
function expectedNeeds(householdId: string) {
  const household = plan.households.find((h) => h.id === householdId)!;
  const application = plan.applications.find(
    (a) => a.householdId === householdId && AWAITING.includes(a.status),
  );
  if (!application) return null;
  return {
    size: household.members.length,
    monthlyResourcesCents: household.monthlyResourcesCents,
    housingBenefitCents: household.housingBenefitCents,
    dalo: household.dalo,
    pdalpd: household.pdalpd,
    stepFreeAccessNeed: household.stepFreeAccessNeed,
    desiredTypologies: application.desiredTypologies,
    desiredCommunes: application.desiredCommunes,
    maxRentCents: application.maxRentCents,
  };
}

type Page<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

describe('Household.needs', () => {
  let sub: Subgraph;
  const counter = sqlCounter();
  beforeAll(async () => {
    sub = await startSubgraph('households_needs', plan, { onQuery: counter.onQuery });
  });
  afterAll(() => stopSubgraph(sub));

  async function needsEvents() {
    return sub.sql<{ payload: { householdId: string; needs: unknown }; actor: string }>(
      `select payload, actor from households.outbox where type = 'HouseholdNeedsChanged' order by occurred_at`,
    );
  }
  async function needsOf(householdId: string) {
    const result = await sub.server.execute(
      social,
      `{ household(id: "${householdId}") { needs { ${NEEDS} } } }`,
    );
    return dataOf<{ needs: unknown }>(result, 'household').needs;
  }

  it('gives what matching needs of households awaiting a dwelling, and null for the others', async () => {
    const nodes: { id: string; needs: unknown }[] = [];
    let after: string | null = null;
    do {
      const result = await sub.server.execute(
        social,
        `query($after: String) { households(first: 100, after: $after) { edges { node { id needs { ${NEEDS} } } }
          pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const page = dataOf<Page<{ id: string; needs: unknown }>>(result, 'households');
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(nodes).toHaveLength(plan.households.length);
    for (const node of nodes)
      expect({ id: node.id, needs: node.needs }).toEqual({ id: node.id, needs: expectedNeeds(node.id) });
    expect(nodes.some((n) => n.needs === null)).toBe(true);
    expect(nodes.some((n) => n.needs !== null)).toBe(true);
  });

  it('computes the needs of a whole page in one statement', async () => {
    const query = `query($first: Int) { households(first: $first) { edges { node { needs { size } } } } }`;
    counter.reset();
    expect((await sub.server.execute(social, query, { first: 3 })).errors).toBeUndefined();
    const small = counter.count;
    counter.reset();
    expect((await sub.server.execute(social, query, { first: 60 })).errors).toBeUndefined();
    expect(counter.count).toBe(small);
    // page, count, needs
    expect(small).toBe(3);
  });

  it('emits HouseholdNeedsChanged with the new needs when a household update changes them, and only then', async () => {
    const awaiting = plan.applications.find((a) => a.status === 'SHARED_REVIEW')!;
    const housed = plan.applications.find((a) => a.status === 'MOVED_IN')!;
    const before = (await needsEvents()).length;
    const update = `mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { id } }`;
    expect(
      (
        await sub.server.execute(social, update, {
          id: awaiting.householdId,
          input: {
            version: await versionOf(sub, 'household', awaiting.householdId),
            monthlyResourcesCents: 111_100,
            stepFreeAccessNeed: true,
          },
        })
      ).errors,
    ).toBeUndefined();
    // Not a need, or no need at all: no event.
    expect(
      (
        await sub.server.execute(social, update, {
          id: awaiting.householdId,
          input: {
            version: await versionOf(sub, 'household', awaiting.householdId),
            consentToShareDate: '2026-01-02',
          },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await sub.server.execute(social, update, {
          id: housed.householdId,
          input: {
            version: await versionOf(sub, 'household', housed.householdId),
            monthlyResourcesCents: 99_900,
          },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      errorCode(
        await sub.server.execute(social, update, {
          id: awaiting.householdId,
          input: {
            version: await versionOf(sub, 'household', awaiting.householdId),
            housingBenefitCents: -1,
          },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const events = (await needsEvents()).slice(before);
    const needs = await needsOf(awaiting.householdId);
    expect(needs).toMatchObject({ monthlyResourcesCents: 111_100, stepFreeAccessNeed: true });
    expect(events).toEqual([{ payload: { householdId: awaiting.householdId, needs }, actor: social.userId }]);
  });

  it('emits HouseholdNeedsChanged when an application starts or stops awaiting a dwelling', async () => {
    const before = (await needsEvents()).length;
    const register = await sub.server.execute(
      rental,
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`,
      {
        input: {
          reference: 'NEEDS-1',
          members: [{ firstName: 'Nadia', lastName: 'Benali', birthDate: '1985-02-03', role: 'ADULT' }],
          monthlyResourcesCents: 90_000,
          housingBenefitCents: 20_000,
          pdalpd: true,
        },
      },
    );
    const householdId = dataOf<{ id: string }>(register, 'registerHousehold').id;
    const submitted = await sub.server.execute(
      rental,
      `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
      {
        input: {
          householdId,
          registrationNumber: '0762699990001',
          desiredTypologies: ['T2', 'T1', 'T2'],
          desiredCommunes: ['Rouen'],
          maxRentCents: 45_000,
        },
      },
    );
    const applicationId = dataOf<{ id: string }>(submitted, 'submitApplication').id;
    const move = (id: string, to: string) =>
      sub.server.execute(social, `mutation { moveApplication(id: "${id}", to: ${to}) { status } }`);
    expect((await move(applicationId, 'ORIENTED')).errors).toBeUndefined(); // still awaiting: no event
    expect((await move(applicationId, 'WITHDRAWN')).errors).toBeUndefined();
    const decided = plan.applications.find((a) => a.status === 'DECIDED')!;
    expect((await move(decided.id, 'READY_FOR_COMMISSION')).errors).toBeUndefined();

    const events = (await needsEvents()).slice(before).map((e) => e.payload);
    expect(events).toEqual([
      {
        householdId,
        needs: {
          size: 1,
          monthlyResourcesCents: 90_000,
          housingBenefitCents: 20_000,
          dalo: false,
          pdalpd: true,
          stepFreeAccessNeed: false,
          desiredTypologies: ['T2', 'T1'],
          desiredCommunes: ['Rouen'],
          maxRentCents: 45_000,
        },
      },
      { householdId, needs: null },
      { householdId: decided.householdId, needs: await needsOf(decided.householdId) },
    ]);
    expect(events[2].needs).not.toBeNull();
  });
});

describe('stalled applications', () => {
  let sub: Subgraph;
  beforeAll(async () => {
    sub = await startSubgraph('households_stalled', plan);
  });
  afterAll(() => stopSubgraph(sub));

  // Stalled: in a step that may stall, entered `days` or more agency days before the plan's day (the
  // server's today); the seed dates each step at the start of its day.
  const stalledSince = (a: PlanApplication, days: number) => {
    const entered = a.history.at(-1)?.at ?? a.submittedAt;
    return ['SHARED_REVIEW', 'READY_FOR_COMMISSION'].includes(a.status) &&
      daysBetween(entered, plan.today) >= days
      ? startOfLocalDay(entered).toISOString()
      : null;
  };

  async function all(server: Subgraph['server'], filter: Record<string, unknown> | null = null) {
    const nodes: { id: string; status: string; stalledSince: string | null }[] = [];
    let after: string | null = null;
    do {
      const result = await server.execute(
        social,
        `query($after: String, $filter: ApplicationFilter) { applications(first: 25, after: $after, filter: $filter) {
          edges { node { id status stalledSince } } pageInfo { hasNextPage endCursor } } }`,
        { after, filter },
      );
      const page = dataOf<Page<(typeof nodes)[number]>>(result, 'applications');
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  }

  it('dates when an application stalled in shared review or ready for commission, after 21 days by default', async () => {
    const nodes = await all(sub.server);
    expect(nodes).toHaveLength(plan.applications.length);
    for (const node of nodes) {
      const application = plan.applications.find((a) => a.id === node.id)!;
      expect({ id: node.id, stalledSince: node.stalledSince }).toEqual({
        id: node.id,
        stalledSince: stalledSince(application, 21),
      });
    }
    const stalled = nodes.filter((n) => n.stalledSince);
    expect(stalled.length).toBeGreaterThan(0);
    expect(new Set(stalled.map((n) => n.status))).toEqual(new Set(['SHARED_REVIEW', 'READY_FOR_COMMISSION']));
    // Some applications in those steps are still within the delay.
    expect(
      nodes.some((n) => ['SHARED_REVIEW', 'READY_FOR_COMMISSION'].includes(n.status) && !n.stalledSince),
    ).toBe(true);
  });

  it('filters stalled applications in SQL, alone or with other criteria', async () => {
    const stalled = plan.applications.filter((a) => stalledSince(a, 21)).map((a) => a.id);
    expect(new Set((await all(sub.server, { stalled: true })).map((n) => n.id))).toEqual(new Set(stalled));
    const rest = await all(sub.server, { stalled: false });
    expect(rest).toHaveLength(plan.applications.length - stalled.length);
    expect(rest.every((n) => n.stalledSince === null)).toBe(true);
    const ready = await all(sub.server, { stalled: true, statuses: ['READY_FOR_COMMISSION'] });
    expect(new Set(ready.map((n) => n.id))).toEqual(
      new Set(
        plan.applications
          .filter((a) => a.status === 'READY_FOR_COMMISSION' && stalledSince(a, 21))
          .map((a) => a.id),
      ),
    );
    const [index] = await sub.sql(
      `select indexdef from pg_indexes where schemaname = 'households' and indexname = 'application_status_status_changed_at_index'`,
    );
    expect(index.indexdef).toContain('(status, status_changed_at)');
  });

  it('takes the delay from the configuration', async () => {
    const patient = await createServer({
      orm: sub.orm,
      gatewaySecret: 'test-secret',
      stalledAfterDays: 3650,
      clock: clockOn(plan.today),
    });
    try {
      expect((await all(patient)).every((n) => n.stalledSince === null)).toBe(true);
      expect(await all(patient, { stalled: true })).toEqual([]);
    } finally {
      await patient.stop();
    }
    const hasty = await createServer({
      orm: sub.orm,
      gatewaySecret: 'test-secret',
      stalledAfterDays: 1,
      clock: clockOn(plan.today),
    });
    try {
      const expected = plan.applications.filter((a) => stalledSince(a, 1)).map((a) => a.id);
      expect(expected.length).toBeGreaterThan(plan.applications.filter((a) => stalledSince(a, 21)).length);
      expect(new Set((await all(hasty, { stalled: true })).map((n) => n.id))).toEqual(new Set(expected));
    } finally {
      await hasty.stop();
    }
  });

  it('reads HOUSEHOLDS_STALLED_AFTER_DAYS once, 21 by default, and refuses a bad value', () => {
    expect(readConfig({}).stalledAfterDays).toBe(21);
    expect(readConfig({ HOUSEHOLDS_STALLED_AFTER_DAYS: '' }).stalledAfterDays).toBe(21);
    expect(readConfig({ HOUSEHOLDS_STALLED_AFTER_DAYS: '30', HOUSEHOLDS_PORT: '4102' })).toMatchObject({
      stalledAfterDays: 30,
      port: 4102,
    });
    for (const bad of ['0', '-3', '2.5', 'three weeks']) {
      expect(() => readConfig({ HOUSEHOLDS_STALLED_AFTER_DAYS: bad })).toThrow(
        'HOUSEHOLDS_STALLED_AFTER_DAYS',
      );
    }
  });
});
