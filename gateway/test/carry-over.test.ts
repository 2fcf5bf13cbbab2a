import { buildDemoPlan, demoUser } from '@ash/demo';
import type { Clock } from '@ash/kit';
import { type Data, eventually, type GraphQLResponse, startSystem, type TestSystem } from './system';

/*
 * An accompaniment still running when its convention ends is carried over to the next one: it ends
 * on the old convention's last day (CARRIED_OVER) and goes on as an accompaniment of the next one
 * from its first day, so each lies within its convention's years and each month counts for one.
 * The clock is set to 10 March 2026 (and, once, to 15 December 2025).
 */

const plan = buildDemoPlan({ dwellings: 300, applications: 40, today: '2026-03-10' });
let now = new Date('2026-03-10T10:00:00Z');
const clock: Clock = { now: () => now };
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan, { clock });
  await system.startEventsOf('financing');
  await system.startEventsOf('accompaniment');
});
afterAll(() => system?.stop());

const social = (query: string, variables?: Record<string, unknown>) =>
  system.as('SOCIAL_MANAGER')(query, variables);
const codes = (result: GraphQLResponse) => result.errors?.map((e) => e.extensions?.code) ?? [];
const [household] = plan.households.filter(
  (h) => h.consentToShareDate && !plan.accompaniments.some((a) => a.householdId === h.id),
);
const CARRY = `mutation($from: ID!, $to: ID!) {
  carryOverAccompaniments(fromConventionId: $from, toConventionId: $to) {
    id startDate phase carriedOverFromId convention { id }
  }
}`;

async function createConvention(name: string, startYear: number): Promise<string> {
  const created = await social(
    `mutation($input: CreateConventionInput!) { createConvention(input: $input) { id } }`,
    {
      input: {
        programme: '10 000 logements HLM accompagnés',
        name,
        holder: 'ICF Habitat Atlantique',
        partner: 'Ensemble',
        startYear,
        endYear: startYear + 2,
        plannedHouseholdsPerYear: 30,
        annualCostCents: 4_500_000,
      },
    },
  );
  expect(created.errors).toBeUndefined();
  return (created.data as Data).createConvention.id;
}

describe('carrying accompaniments over to the next convention', () => {
  let first: string;
  let next: string;
  let old: string;

  beforeAll(async () => {
    first = await createConvention('Convention 2023–2025', 2023);
    next = await createConvention('Convention 2026–2028', 2026);
    // Opened on 1 June 2025 under the first (once accompaniment has learnt it from its event).
    old = await eventually(async () => {
      const opened = await social(
        `mutation($input: OpenAccompanimentInput!) { openAccompaniment(input: $input) { id } }`,
        {
          input: {
            householdId: household.id,
            kind: 'TENANCY_SUSTAINMENT',
            supportWorkerId: demoUser('SUPPORT_WORKER').userId,
            socialReferentId: demoUser('SOCIAL_MANAGER').userId,
            startDate: '2025-06-01',
            conventionId: first,
          },
        },
      );
      return opened.errors ? undefined : ((opened.data as Data).openAccompaniment.id as string);
    });
    await eventually(async () =>
      (await social(CARRY, { from: next, to: first })).errors ? true : undefined,
    );
    // A contact in November 2025 and one in February 2026, both recorded on it.
    for (const date of ['2025-11-10', '2026-02-10']) {
      const contact = await social(
        `mutation($input: RecordContactInput!) { recordContact(input: $input) { id } }`,
        {
          input: {
            accompanimentId: old,
            date,
            kind: 'HOME_VISIT',
            configuration: 'PAIR',
            timeSlot: 'MORNING',
            place: 'HOME',
            outcome: 'MET',
          },
        },
      );
      expect(contact.errors).toBeUndefined();
    }
  });

  it('refuses a convention that does not follow on, before the next has begun, and to a support worker', async () => {
    const backwards = await social(CARRY, { from: next, to: first });
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors?.[0].message).toBe(
      'The convention ends in 2028: its accompaniments carry over to one starting in 2029, not 2023',
    );
    now = new Date('2025-12-15T10:00:00Z');
    try {
      const early = await social(CARRY, { from: first, to: next });
      expect(codes(early)).toEqual(['CONFLICT']);
    } finally {
      now = new Date('2026-03-10T10:00:00Z');
    }
    expect(codes(await system.as('SUPPORT_WORKER')(CARRY, { from: first, to: next }))).toEqual(['FORBIDDEN']);
    // Nor is an accompaniment ended "carried over" by hand.
    const byHand = await social(
      `mutation { moveAccompaniment(id: "${old}", to: ENDED, endReason: "Fin", outcome: CARRIED_OVER) { id } }`,
    );
    expect(codes(byHand)).toEqual(['BAD_USER_INPUT']);
  });

  it('ends the running one on 31 December 2025 and goes on with a new one from 1 January 2026', async () => {
    const result = await social(CARRY, { from: first, to: next });
    expect(result.errors).toBeUndefined();
    const [carried] = (result.data as Data).carryOverAccompaniments as Data[];
    expect(carried).toMatchObject({
      startDate: '2026-01-01',
      phase: 'FOLLOW_UP',
      carriedOverFromId: old,
      convention: { id: next },
    });
    const read = await social(
      `query($old: ID!, $new: ID!) {
        old: accompaniment(id: $old) { phase endDate outcome contacts { date } }
        new: accompaniment(id: $new) { phase contacts { date } }
      }`,
      { old, new: carried.id },
    );
    expect(read.errors).toBeUndefined();
    const { old: ended, new: goingOn } = read.data as Data;
    expect(ended).toMatchObject({ phase: 'ENDED', endDate: '2025-12-31', outcome: 'CARRIED_OVER' });
    // The February contact follows the household into the new convention; November's stays.
    expect(ended.contacts.map((c: Data) => c.date)).toEqual(['2025-11-10']);
    expect(goingOn.contacts.map((c: Data) => c.date)).toEqual(['2026-02-10']);
    // Nothing is left to carry.
    expect((await social(CARRY, { from: first, to: next })).data).toEqual({ carryOverAccompaniments: [] });
  });

  it('counts each month for one convention: June–December 2025 for the first, January–March 2026 for the next', async () => {
    const months = async (id: string, year: number) =>
      (
        await social(
          `query($id: ID!, $year: Int!) { convention(id: $id) { measureMonths(year: $year) { byMonth } } }`,
          {
            id,
            year,
          },
        )
      ).data?.convention.measureMonths.byMonth;
    expect(await months(first, 2025)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    expect(await months(first, 2026)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // As of 10 March 2026: January, February and March begun.
    expect(await months(next, 2026)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
