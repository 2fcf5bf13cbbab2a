import { buildDemoPlan, demoUser } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { type DwellingProfile, type HouseholdNeeds, type MatchingSettings, matches } from '@ash/matching';
import { signDevToken } from '../src';
import { type Data, startSystem, type TestSystem } from './system';

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 400, applications: 120, today });
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan);
});

afterAll(async () => {
  await system?.stop();
});

const post = (query: string, variables?: Record<string, unknown>, token?: string) =>
  system.post(query, variables, token);
const as =
  (role: Parameters<TestSystem['as']>[0]) => async (query: string, variables?: Record<string, unknown>) => ({
    body: await system.as(role)(query, variables),
  });

const HOUSEHOLD_PAGE = `query($first: Int) {
  households(first: $first) {
    totalCount
    edges { node {
      id reference
      currentLease { startDate dwelling { reference typology rentCents residence { commune } } }
      accompaniments { phase kind }
      openAlerts { id status }
    } }
  }
}`;

describe('the gateway', () => {
  it('answers UNAUTHENTICATED without a token, before calling any subgraph', async () => {
    system.counter.reset();
    const { status, body } = await post('{ dwellings { totalCount } }');
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(system.counter.count).toBe(0);
  });

  it('answers UNAUTHENTICATED for a token signed with another key', async () => {
    const forged = await signDevToken(demoUser('ADMIN'), 'not-the-key');
    const { body } = await post('{ dwellings { totalCount } }', {}, forged);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts the stock for a social manager', async () => {
    const { body } = await as('SOCIAL_MANAGER')('{ dwellings { totalCount } }');
    expect(body.errors).toBeUndefined();
    expect(body.data?.dwellings.totalCount).toBe(400);
  });

  it('joins households (households), their lease and dwelling (housing), accompaniments and alerts (accompaniment)', async () => {
    const { body } = await as('SOCIAL_MANAGER')(HOUSEHOLD_PAGE, { first: 100 });
    expect(body.errors).toBeUndefined();
    const nodes = body.data?.households.edges.map((e: { node: Data }) => e.node) as Data[];
    expect(nodes).toHaveLength(100);
    for (const node of nodes) {
      const lease = plan.leases.find((l) => l.householdId === node.id && !l.endDate);
      const dwelling = lease && plan.dwellings.find((d) => d.id === lease.dwellingId);
      expect(node.currentLease?.dwelling.reference ?? null).toBe(dwelling?.reference ?? null);
      expect(node.currentLease?.dwelling.rentCents ?? null).toBe(dwelling?.rentCents ?? null);
      const accompaniments = plan.accompaniments.filter((a) => a.householdId === node.id);
      expect(node.accompaniments.map((a: { phase: string }) => a.phase).sort()).toEqual(
        accompaniments.map((a) => a.phase).sort(),
      );
      const open = accompaniments.flatMap((a) => a.alerts).filter((a) => a.status !== 'CLOSED');
      expect(node.openAlerts).toHaveLength(open.length);
    }
    expect(nodes.some((n) => n.currentLease)).toBe(true);
    expect(nodes.some((n) => n.accompaniments.length > 0)).toBe(true);
  });

  it('runs as many SQL statements for 100 households as for 10', async () => {
    system.counter.reset();
    const small = await as('SOCIAL_MANAGER')(HOUSEHOLD_PAGE, { first: 10 });
    const forTen = system.counter.count;
    system.counter.reset();
    const large = await as('SOCIAL_MANAGER')(HOUSEHOLD_PAGE, { first: 100 });
    const forHundred = system.counter.count;
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    console.log(`SQL statements: ${forTen} for 10 households, ${forHundred} for 100`);
    expect(forHundred).toBe(forTen);
  });

  it('resolves a lease back to its household across subgraphs', async () => {
    const lease = plan.leases.find((l) => !l.endDate)!;
    const household = plan.households.find((h) => h.id === lease.householdId)!;
    const { body } = await as('RENTAL_MANAGER')(
      `{ lease(id: "${lease.id}") { household { reference size } dwelling { reference } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.lease.household).toEqual({
      reference: household.reference,
      size: household.members.length,
    });
  });

  it('shows an accompaniment with its household and the convention that funds it', async () => {
    const accompaniment = plan.accompaniments.find((a) => a.phase === 'FOLLOW_UP')!;
    const household = plan.households.find((h) => h.id === accompaniment.householdId)!;
    const convention = plan.conventions.find((c) => c.id === accompaniment.conventionId)!;
    const { body } = await as('SOCIAL_MANAGER')(
      `{ accompaniment(id: "${accompaniment.id}") { phase household { reference } convention { name unitCostCents } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.accompaniment).toEqual({
      phase: 'FOLLOW_UP',
      household: { reference: household.reference },
      convention: { name: convention.name, unitCostCents: 12_500 },
    });
  });

  it('gives evaluators measure-months of a convention, computed by the accompaniment subgraph', async () => {
    const { body } = await as('EVALUATOR')(
      `{ conventions(first: 10) { edges { node { name startYear measureMonths(year: 2016) { total byMonth } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const first = body.data?.conventions.edges[0].node;
    expect(first.startYear).toBe(2015);
    expect(first.measureMonths.byMonth).toHaveLength(12);
    const expected = Array.from({ length: 12 }, (_, m) => {
      const from = `2016-${String(m + 1).padStart(2, '0')}-01`;
      const to = new Date(Date.UTC(2016, m + 1, 0)).toISOString().slice(0, 10);
      return new Set(
        plan.accompaniments
          .filter(
            (a) =>
              a.conventionId === plan.conventions[0].id &&
              a.startDate <= to &&
              (!a.endDate || a.endDate >= from),
          )
          .map((a) => a.householdId),
      ).size;
    });
    expect(first.measureMonths.byMonth).toEqual(expected);
    expect(first.measureMonths.total).toBe(expected.reduce((a, b) => a + b, 0));
  });

  it('links an allocated application to its dwelling in housing', async () => {
    const application = plan.applications.find((a) => a.status === 'MOVED_IN' && a.dwellingId)!;
    const dwelling = plan.dwellings.find((d) => d.id === application.dwellingId)!;
    const { body } = await as('SOCIAL_MANAGER')(
      `{ application(id: "${application.id}") { status allocatedDwelling { reference typology } household { currentLease { dwelling { reference } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.application.allocatedDwelling).toEqual({
      reference: dwelling.reference,
      typology: dwelling.typology,
    });
  });

  it('refuses person-level data to evaluators and writes to roles that may not write', async () => {
    const read = await as('EVALUATOR')('{ households(first: 5) { totalCount } }');
    expect(read.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const write = await as('EVALUATOR')(
      `mutation { createResidence(input: { name: "Résidence Test", address: "1 rue Test", postalCode: "76000", commune: "Rouen", district: "Centre" }) { id } }`,
    );
    expect(write.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers bad input with coded errors and writes nothing', async () => {
    const count = async () =>
      (await as('SOCIAL_MANAGER')('{ dwellings { totalCount } }')).body.data?.dwellings.totalCount;
    const before = await count();
    const input = (extra: string) =>
      `mutation { createDwelling(input: { reference: "GW-1", residenceId: "${plan.residences[0].id}", typology: T3, surfaceSqm: 60, floor: 1, hasLift: false, stepFreeAccess: false, serviceChargesCents: 5000, chargesIncludeColdWater: true, chargesIncludeHeating: true, financingCategory: PLAI, lowRent: true, contingent: CITY${extra} }) { id } }`;
    const negative = await as('RENTAL_MANAGER')(input(', rentCents: -100'));
    expect(negative.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownEnum = await as('RENTAL_MANAGER')(
      input(', rentCents: 30000').replace('typology: T3', 'typology: T9'),
    );
    expect(unknownEnum.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await as('RENTAL_MANAGER')(input(''));
    expect(missing.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
    const withdrawn = plan.applications.find((a) => a.status === 'WITHDRAWN')!;
    const transition = await as('SOCIAL_MANAGER')(
      `mutation { moveApplication(id: "${withdrawn.id}", to: ORIENTED) { status } }`,
    );
    expect(transition.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const still = await as('SOCIAL_MANAGER')(`{ application(id: "${withdrawn.id}") { status } }`);
    expect(still.body.data?.application.status).toBe('WITHDRAWN');
  });

  it('lists the applications ready for commission, each with up to 3 matches that obey every rule', async () => {
    const { body } = await as('SOCIAL_MANAGER')(`{
      applications(filter: { statuses: [READY_FOR_COMMISSION] }, first: 100) {
        totalCount
        edges { node { id household {
          needs { size monthlyResourcesCents housingBenefitCents dalo pdalpd stepFreeAccessNeed desiredTypologies desiredCommunes maxRentCents }
          matchingDwellings(first: 3) { score reasons dwelling { reference matchingProfile {
            typology rentCents serviceChargesCents contingent stepFreeAccess commune status availableFrom lowRent
            effortRateCeiling horizonDays typologiesBySize
          } } }
        } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const edges = body.data?.applications.edges as Data[];
    expect(edges).toHaveLength(plan.applications.filter((a) => a.status === 'READY_FOR_COMMISSION').length);
    let shown = 0;
    for (const { node } of edges) {
      const needs = node.household.needs as HouseholdNeeds;
      expect(node.household.matchingDwellings.length).toBeLessThanOrEqual(3);
      for (const match of node.household.matchingDwellings) {
        const { effortRateCeiling, horizonDays, typologiesBySize, ...profile } =
          match.dwelling.matchingProfile;
        const settings: MatchingSettings = { effortRateCeiling, horizonDays, typologiesBySize };
        expect(matches(needs, profile as DwellingProfile, settings, today)).toBe(true);
        expect(match.reasons.length).toBeGreaterThan(0);
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('matches a page of 50 households with as many SQL statements as a page of 5', async () => {
    const query = `query($first: Int) { households(first: $first) { edges { node { matchingDwellings(first: 3) { score reasons dwelling { reference } } } } } }`;
    system.counter.reset();
    const five = await as('SOCIAL_MANAGER')(query, { first: 5 });
    const forFive = system.counter.count;
    system.counter.reset();
    const fifty = await as('SOCIAL_MANAGER')(query, { first: 50 });
    const forFifty = system.counter.count;
    expect(five.body.errors).toBeUndefined();
    expect(fifty.body.errors).toBeUndefined();
    console.log(`SQL statements for matching: ${forFive} for 5 households, ${forFifty} for 50`);
    expect(forFifty).toBe(forFive);
  });

  it('reports an unknown field as a coded client error', async () => {
    const { body } = await as('SOCIAL_MANAGER')('{ dwellings { nope } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
