import { buildDemoPlan, demoUser } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { type Data, eventually, type GraphQLResponse, startSystem, type TestSystem } from './system';

/*
 * A convention funds a number of households at once (its planned households per year: 30 places
 * make 360 measure-months). Opening one more accompaniment while that many are followed is a
 * CONFLICT, unless social management records an override with its reason, which is kept.
 */

const calendar = new Calendar();
const today = calendar.today();
const year = Number(today.slice(0, 4));
const plan = buildDemoPlan({ dwellings: 300, applications: 40, today });
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan);
  await system.startEventsOf('financing');
  await system.startEventsOf('accompaniment');
});
afterAll(() => system?.stop());

const social = (query: string, variables?: Record<string, unknown>) =>
  system.as('SOCIAL_MANAGER')(query, variables);
const codes = (result: GraphQLResponse) => result.errors?.map((e) => e.extensions?.code) ?? [];
const worker = demoUser('SUPPORT_WORKER');
const manager = demoUser('SOCIAL_MANAGER');
// Four households with consent and no running accompaniment: A and B fill the convention, C and D
// come after.
const [a, b, c, d] = plan.households.filter(
  (h) =>
    h.consentToShareDate && !plan.accompaniments.some((x) => x.householdId === h.id && x.phase !== 'ENDED'),
);
const OPEN = `mutation($input: OpenAccompanimentInput!) {
  openAccompaniment(input: $input) { id capacityOverrideReason }
}`;

describe('the capacity of a convention', () => {
  let conventionId: string;
  const open = (householdId: string, extra: Record<string, unknown> = {}) =>
    social(OPEN, {
      input: {
        householdId,
        kind: 'TENANCY_SUSTAINMENT',
        supportWorkerId: worker.userId,
        socialReferentId: manager.userId,
        startDate: today,
        conventionId,
        ...extra,
      },
    });
  const countOf = async (householdId: string) => {
    const [{ n }] = (await system.orms.accompaniment.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from accompaniment.accompaniment where household_id = ?', [
        householdId,
      ])) as Data[];
    return n as number;
  };

  beforeAll(async () => {
    // A convention of this year for two households at once, learnt by accompaniment through its event.
    const created = await social(
      `mutation($input: CreateConventionInput!) { createConvention(input: $input) { id } }`,
      {
        input: {
          programme: '10 000 logements HLM accompagnés',
          name: 'Convention de deux places',
          holder: 'ICF Habitat Atlantique',
          partner: 'Ensemble',
          startYear: year,
          endYear: year,
          plannedHouseholdsPerYear: 2,
          annualCostCents: 300_000,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    conventionId = (created.data as Data).createConvention.id;
    await eventually(async () => {
      const result = await open(a.id);
      return result.errors ? undefined : result;
    });
  });

  it('opens up to its capacity, then refuses the next one with CONFLICT and writes nothing', async () => {
    const second = await open(b.id);
    expect(second.errors).toBeUndefined();
    // A and B are followed today: 2 of 2 places.
    const third = await open(c.id);
    expect(codes(third)).toEqual(['CONFLICT']);
    expect(third.errors?.[0].message).toBe(
      `The convention funds 2 households at once and 2 are followed on ${today}: opening one more needs social management's override with its reason`,
    );
    expect(third.errors?.[0].extensions).toEqual(
      expect.objectContaining({ reason: 'OVER_CAPACITY', capacity: 2, followed: 2 }),
    );
    // A blank reason is no reason.
    expect(codes(await open(c.id, { capacityOverrideReason: '   ' }))).toEqual(['CONFLICT']);
    expect(await countOf(c.id)).toBe(plan.accompaniments.filter((x) => x.householdId === c.id).length);
  });

  it('opens beyond it with social management’s reason, kept on the accompaniment', async () => {
    const reason = 'Expulsion imminente, pas d’autre dispositif disponible';
    const opened = await open(c.id, { capacityOverrideReason: `  ${reason} ` });
    expect(opened.errors).toBeUndefined();
    expect((opened.data as Data).openAccompaniment.capacityOverrideReason).toBe(reason);
  });

  it('counts the overrides in the indicators of the year, as a small count', async () => {
    // One override (C's) this year: a count of 1, withheld as every count of 1 to 4.
    const body = await system.as('EVALUATOR')(
      `query($id: ID!, $from: String!, $to: String!) { indicators(conventionId: $id, from: $from, to: $to) {
        supportIndicators { key value suppressed } } }`,
      { id: conventionId, from: `${year}-01-01`, to: `${year}-12-31` },
    );
    expect(body.errors).toBeUndefined();
    const figures = (body.data as Data).indicators.supportIndicators as Data[];
    expect(figures.find((f) => f.key === 'capacityOverrides')).toEqual({
      key: 'capacityOverrides',
      value: null,
      suppressed: true,
    });
  });

  it('keeps no reason when a place was free on the start date', async () => {
    // On 1 January nobody was followed yet by this convention (A, B and C start today): a place is
    // free, the override is not needed and its reason is not kept. (On 1 January itself, today is
    // that day and the three are followed: the convention is full, so the reason is needed and kept.)
    const startDate = `${year}-01-01`;
    const opened = await open(d.id, { startDate, capacityOverrideReason: 'Par précaution' });
    expect(opened.errors).toBeUndefined();
    expect((opened.data as Data).openAccompaniment.capacityOverrideReason).toBe(
      startDate === today ? 'Par précaution' : null,
    );
  });

  it('is the demo renewal’s thirty planned households', async () => {
    // The renewal plans 30 households a year; the demo follows fewer than 30 today, so a place is free.
    const renewal = plan.conventions[1];
    expect(renewal.plannedHouseholdsPerYear).toBe(30);
    const followed = plan.accompaniments.filter(
      (x) =>
        x.conventionId === renewal.id && x.startDate <= today && (x.endDate === null || x.endDate >= today),
    ).length;
    expect(followed).toBeLessThan(30);
    const [{ planned }] = (await system.orms.accompaniment.em
      .fork()
      .getConnection()
      .execute(
        'select planned_households as planned from accompaniment.convention_period where convention_id = ?',
        [renewal.id],
      )) as Data[];
    expect(planned).toBe(30);
  });
});
