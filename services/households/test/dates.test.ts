import { buildDemoPlan } from '@ash/demo';
import { Calendar, frozenClock, type SubgraphServer } from '@ash/kit';
import { actorFor } from '@ash/testkit';
import { createServer, eraseInactiveHouseholds } from '../src';
import { dataOf, type Subgraph, startSubgraph, stopSubgraph } from './support';

/*
 * The households' date rules at the instants where calendars break: New Year in Paris while UTC is
 * still in the old year, the nights clocks change, 29 February, the last evening of a year. Every
 * server below runs on a clock frozen at one of them; every expectation is written by hand for it.
 */

const plan = buildDemoPlan({ dwellings: 200, applications: 20, today: '2026-11-15' });
const social = actorFor('SOCIAL_MANAGER');

let sub: Subgraph;
const servers = new Map<string, SubgraphServer>();
let serial = 0;

/** The subgraph on a clock frozen at `instant` (one server per instant, on the same database). */
async function at(instant: string): Promise<SubgraphServer> {
  let server = servers.get(instant);
  if (!server) {
    server = await createServer({ orm: sub.orm, gatewaySecret: 'test-secret', clock: frozenClock(instant) });
    servers.set(instant, server);
  }
  return server;
}

beforeAll(async () => {
  sub = await startSubgraph('households_dates', plan);
});

afterAll(async () => {
  for (const server of servers.values()) await server.stop();
  await stopSubgraph(sub);
});

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;

function householdInput(overrides: Record<string, unknown> = {}) {
  return {
    reference: `DATES-${++serial}`,
    members: [{ firstName: 'Amina', lastName: 'Diallo', birthDate: '1990-04-12', role: 'ADULT' }],
    monthlyResourcesCents: 98_000,
    housingBenefitCents: 24_000,
    ...overrides,
  };
}

/** A household of its own, registered (on any clock). */
async function register(overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await (await at('2026-11-15T11:00:00Z')).execute(social, REGISTER, {
    input: householdInput(overrides),
  });
  return dataOf<{ id: string }>(result, 'registerHousehold').id;
}

/** An application of a new household, in `status`, which it entered at `entered`. */
async function waitingSince(
  status: 'SHARED_REVIEW' | 'READY_FOR_COMMISSION',
  entered: string,
): Promise<string> {
  const householdId = await register();
  const submitted = await (await at('2026-11-15T11:00:00Z')).execute(social, SUBMIT, {
    input: {
      householdId,
      registrationNumber: `0762699${String(800000 + serial).padStart(6, '0')}`,
      desiredTypologies: ['T2'],
      desiredCommunes: ['Rouen'],
      maxRentCents: 50_000,
    },
  });
  const id = dataOf<{ id: string }>(submitted, 'submitApplication').id;
  await sub.sql('update households.application set status = ?, status_changed_at = ? where id = ?', [
    status,
    entered,
    id,
  ]);
  return id;
}

describe('stalled applications: 21 days on the agency calendar after the day a step was entered', () => {
  // [the clock, entered a minute before the day 21 days back ended (stalled), entered when the day
  //  20 days back began (not yet)]
  const EDGES: [string, string, string][] = [
    // 00:30 on 1 January 2026 in Paris, 23:30 on 31 December in UTC: 11 → 1 January is 21 days.
    ['2025-12-31T23:30:00Z', '2025-12-11T23:59:00+01:00', '2025-12-12T00:00:00+01:00'],
    // 10:00 on 15 March 2026: 22 February (6 days of February left, then 15) is 21 days back.
    ['2026-03-15T09:00:00Z', '2026-02-22T23:59:00+01:00', '2026-02-23T00:00:00+01:00'],
    // 03:30 CEST on 29 March 2026, the night clocks go forward (a 23-hour day).
    ['2026-03-29T01:30:00Z', '2026-03-08T23:59:00+01:00', '2026-03-09T00:00:00+01:00'],
    // 02:30 CEST on 25 October 2026, before the clocks go back (a 25-hour day).
    ['2026-10-25T00:30:00Z', '2026-10-04T23:59:00+02:00', '2026-10-05T00:00:00+02:00'],
    ['2026-12-03T12:00:00Z', '2026-11-12T23:59:00+01:00', '2026-11-13T00:00:00+01:00'],
    // 23:30 on 31 December 2026 in Paris.
    ['2026-12-31T22:30:00Z', '2026-12-10T23:59:00+01:00', '2026-12-11T00:00:00+01:00'],
    // 29 February 2028: 8 → 29 February is 21 days.
    ['2028-02-29T12:00:00Z', '2028-02-08T23:59:00+01:00', '2028-02-09T00:00:00+01:00'],
  ];

  it.each(EDGES)('at %s, entered at %s is stalled and at %s is not', async (instant, stalledAt, freshAt) => {
    const stalled = await waitingSince('SHARED_REVIEW', stalledAt);
    const fresh = await waitingSince('READY_FOR_COMMISSION', freshAt);
    const server = await at(instant);
    const read = async (id: string) =>
      dataOf<{ stalledSince: string | null }>(
        await server.execute(social, `{ application(id: "${id}") { stalledSince } }`),
        'application',
      ).stalledSince;
    expect(await read(stalled)).toBe(new Date(stalledAt).toISOString());
    expect(await read(fresh)).toBeNull();
    // The filter (in SQL) agrees with the field.
    const listed = async (stalledFilter: boolean) => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const result = await server.execute(
          social,
          `query($after: String, $stalled: Boolean) { applications(first: 100, after: $after, filter: { stalled: $stalled }) {
            edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after, stalled: stalledFilter },
        );
        const page = dataOf<{
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        }>(result, 'applications');
        ids.push(...page.edges.map((e) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return ids;
    };
    const stalledIds = await listed(true);
    expect(stalledIds).toContain(stalled);
    expect(stalledIds).not.toContain(fresh);
    expect(await listed(false)).toContain(fresh);
  });
});

describe('dates that cannot be in the future, or in the past, at midnight in Paris', () => {
  const NEW_YEAR = '2025-12-31T23:30:00Z'; // 00:30 on 1 January 2026 in Paris

  it('takes a consent given on 1 January at 00:30 in Paris, not one of 2 January', async () => {
    const server = await at(NEW_YEAR);
    expect(
      (
        await server.execute(social, REGISTER, {
          input: householdInput({ consentToShareDate: '2026-01-01' }),
        })
      ).errors,
    ).toBeUndefined();
    const tomorrow = await server.execute(social, REGISTER, {
      input: householdInput({ consentToShareDate: '2026-01-02' }),
    });
    expect(tomorrow.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('plans a commission for 1 January at 00:30 in Paris, not for 31 December', async () => {
    const server = await at(NEW_YEAR);
    const create = (sessionDate: string) =>
      server.execute(
        social,
        `mutation($input: CreateCommissionInput!) { createCommission(input: $input) { sessionDate } }`,
        { input: { sessionDate } },
      );
    expect((await create('2026-01-01')).errors).toBeUndefined();
    expect((await create('2025-12-31')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('plans a commission within five years, and refuses an impossible or implausible date', async () => {
    const server = await at('2026-12-03T12:00:00Z');
    const create = (sessionDate: string) =>
      server.execute(
        social,
        `mutation($input: CreateCommissionInput!) { createCommission(input: $input) { sessionDate } }`,
        { input: { sessionDate } },
      );
    expect((await create('2031-12-03')).errors).toBeUndefined(); // five years ahead, to the day
    for (const refused of ['2031-12-04', '9999-12-31', '2027-02-30', '2026-13-01', 'demain'])
      expect([refused, (await create(refused)).errors?.[0].extensions?.code]).toEqual([
        refused,
        'BAD_USER_INPUT',
      ]);
  });

  it('gives ages on the agency’s day: a child born on 1 January 2020 turns 6 at 00:30 in Paris', async () => {
    const id = await register({
      members: [
        { firstName: 'Amina', lastName: 'Diallo', birthDate: '1990-04-12', role: 'ADULT' },
        { firstName: 'Lina', lastName: 'Diallo', birthDate: '2020-01-01', role: 'CHILD' },
      ],
    });
    const ages = async (instant: string) =>
      dataOf<{ members: { role: string; age: number }[] }>(
        await (await at(instant)).execute(social, `{ household(id: "${id}") { members { role age } } }`),
        'household',
      ).members.find((m) => m.role === 'CHILD')?.age;
    expect(await ages('2025-12-31T22:30:00Z')).toBe(5); // 23:30 on 31 December
    expect(await ages(NEW_YEAR)).toBe(6);
  });
});

describe('retention: five years without a change, from the start of the cutoff day in Paris', () => {
  it('erases what did not change since before the cutoff day, run after run', async () => {
    // Households of their own (no application, lease or accompaniment), last changed at the instants
    // below; the plan's households were all written now, long after every cutoff.
    const changed = {
      // Cutoff 1 January 2021, which began at 23:00 UTC on 31 December 2020.
      newYearGone: '2020-12-31T22:59:59Z',
      newYearKept: '2020-12-31T23:00:00Z',
      // Cutoff 29 March 2021, in summer time (clocks went forward on 28 March 2021): began 22:00 UTC.
      springGone: '2021-03-28T21:59:59Z',
      springKept: '2021-03-28T22:00:00Z',
      // Cutoff 31 December 2021.
      yearEndGone: '2021-12-30T22:59:59Z',
      yearEndKept: '2021-12-30T23:00:00Z',
      // 29 February 2028 less five years: 28 February 2023.
      leapGone: '2023-02-27T22:59:59Z',
      leapKept: '2023-02-27T23:00:00Z',
    };
    const ids = {} as Record<keyof typeof changed, string>;
    for (const [name, updatedAt] of Object.entries(changed) as [keyof typeof changed, string][]) {
      ids[name] = await register();
      await sub.sql('update households.household set updated_at = ? where id = ?', [updatedAt, ids[name]]);
    }
    const retain = (instant: string) =>
      eraseInactiveHouseholds(sub.orm.em.fork(), { years: 5, calendar: new Calendar(frozenClock(instant)) });
    const sorted = (...names: (keyof typeof changed)[]) => names.map((n) => ids[n]).sort();

    // 00:30 on 1 January 2026 in Paris (still 2025 in UTC): cutoff 1 January 2021.
    expect((await retain('2025-12-31T23:30:00Z')).sort()).toEqual(sorted('newYearGone'));
    // 03:30 CEST on 29 March 2026: cutoff 29 March 2021; what was kept on 1 January 2021 goes too.
    expect((await retain('2026-03-29T01:30:00Z')).sort()).toEqual(sorted('newYearKept', 'springGone'));
    // 23:30 on 31 December 2026 in Paris: cutoff 31 December 2021.
    expect((await retain('2026-12-31T22:30:00Z')).sort()).toEqual(sorted('springKept', 'yearEndGone'));
    // 29 February 2028: cutoff 28 February 2023.
    expect((await retain('2028-02-29T12:00:00Z')).sort()).toEqual(sorted('yearEndKept', 'leapGone'));
    const [{ erased_at }] = await sub.sql<{ erased_at: string | null }>(
      'select erased_at from households.household where id = ?',
      [ids.leapKept],
    );
    expect(erased_at).toBeNull();
  });
});
