import { buildDemoPlan, DEMO_USERS, type DemoPlan } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { signDevToken } from '../src';
import { type Data, startSystem, type TestSystem } from './system';

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const thisYear = Number(today.slice(0, 4));
const plan = buildDemoPlan({ dwellings: 400, applications: 120, today });
const renewal = plan.conventions.find((c) => c.startYear !== 2015)!;
const first2015 = plan.conventions.find((c) => c.startYear === 2015)!;
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan);
});

afterAll(async () => {
  await system?.stop();
});

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Counted here from the plan, independently of the SQL: distinct households a month, summed. */
function measureMonths(source: DemoPlan, conventionId: string, year: number): number {
  let total = 0;
  for (let month = 1; month <= 12; month++) {
    const first = `${year}-${pad(month)}-01`;
    const last = `${year}-${pad(month)}-${pad(lastDay(year, month))}`;
    const households = new Set(
      source.accompaniments
        .filter((a) => a.conventionId === conventionId)
        .filter((a) => a.startDate <= last && (a.endDate === null || a.endDate >= first))
        .map((a) => a.householdId),
    );
    total += households.size;
  }
  return total;
}

const CONSUMPTION = `query($id: ID!, $year: Int!) {
  convention(id: $id) {
    consumption(year: $year) {
      year plannedMeasureMonths plannedCostCents unitCostCents consumedMeasureMonths consumedCents
      projectedMeasureMonths freePlaces
      shares { funder { kind } sharePercent plannedCents grantedCents paidCents dueCents underGranted overPaid }
    }
  }
}`;

describe('Convention.consumption through the gateway', () => {
  it('gives the renewal convention its plan, this year’s measure-months and the three shares', async () => {
    const body = await system.as('SOCIAL_MANAGER')(CONSUMPTION, { id: renewal.id, year: thisYear });
    expect(body.errors).toBeUndefined();
    const consumption = body.data?.convention.consumption as Data;
    // The figures at hand-written dates are in consumption-fixture.test.ts; here, the plan's terms
    // and bounds that hold on any day of the year.
    const consumed = consumption.consumedMeasureMonths;
    expect(consumed).toBeGreaterThan(0);
    expect(consumption).toMatchObject({
      year: thisYear,
      plannedMeasureMonths: 360,
      plannedCostCents: 4_500_000,
      unitCostCents: 12_500,
      consumedCents: consumed * 12_500,
    });
    expect(consumed).toBeLessThanOrEqual(measureMonths(plan, renewal.id, thisYear));
    expect(consumption.projectedMeasureMonths).toBeGreaterThanOrEqual(consumed);
    expect(consumption.freePlaces).toBeGreaterThanOrEqual(0);
    expect(consumption.freePlaces).toBeLessThanOrEqual(30);
    // Largest share first; equal shares by funder name.
    expect(consumption.shares.map((s: Data) => s.sharePercent)).toEqual([50, 25, 25]);
    const planned = Object.fromEntries(consumption.shares.map((s: Data) => [s.funder.kind, s.plannedCents]));
    expect(planned).toEqual({ NATIONAL_FUND: 2_250_000, LANDLORD: 1_125_000, STATE_DEPARTMENT: 1_125_000 });
    for (const share of consumption.shares) {
      expect(share.dueCents).toBe(Math.round((consumed * 12_500 * share.sharePercent) / 100)); // its share
      expect(share.underGranted).toBe(false);
    }
  });

  it('gives the 2015–2017 convention the figures of its own years', async () => {
    const body = await system.as('EVALUATOR')(CONSUMPTION, { id: first2015.id, year: 2016 });
    expect(body.errors).toBeUndefined();
    const consumed = measureMonths(plan, first2015.id, 2016);
    expect(consumed).toBeGreaterThan(0);
    expect(body.data?.convention.consumption).toMatchObject({
      year: 2016,
      plannedMeasureMonths: 360,
      consumedMeasureMonths: consumed,
      consumedCents: consumed * 12_500,
      projectedMeasureMonths: consumed,
    });
    // Each share was paid what the consumption made due, down to the euro, never beyond: with
    // 125 € a measure-month, the national fund's 50 % and the landlord's and the State's 25 %.
    const due = (percent: number) => Math.round((consumed * 12_500 * percent) / 100);
    const euros = (cents: number) => Math.floor(cents / 100) * 100;
    expect(
      body.data?.convention.consumption.shares.map((s: Data) => [
        s.funder.kind,
        s.dueCents,
        s.paidCents,
        s.overPaid,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['NATIONAL_FUND', due(50), euros(due(50)), false],
        ['LANDLORD', due(25), euros(due(25)), false],
        ['STATE_DEPARTMENT', due(25), euros(due(25)), false],
      ]),
    );
  });

  it("flags the landlord's third year, reviewed down to 9,000 € against 11,250 € planned, as under-granted", async () => {
    const body = await system.as('EVALUATOR')(CONSUMPTION, { id: first2015.id, year: 2017 });
    expect(body.errors).toBeUndefined();
    const shares = body.data?.convention.consumption.shares as Data[];
    expect(
      shares.map((s) => [s.funder.kind, s.plannedCents, s.grantedCents, s.underGranted, s.overPaid]),
    ).toEqual([
      ['NATIONAL_FUND', 2_250_000, 2_250_000, false, false],
      // Equal shares by funder name: « État — DDCS… » before « ICF Habitat Atlantique ».
      ['STATE_DEPARTMENT', 1_125_000, 1_125_000, false, false],
      // 80 % of 11,250 €.
      ['LANDLORD', 1_125_000, 900_000, true, false],
    ]);
  });

  it('refuses a year outside the convention as BAD_USER_INPUT', async () => {
    const body = await system.as('SOCIAL_MANAGER')(CONSUMPTION, { id: first2015.id, year: thisYear });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const RECORD = `mutation($input: RecordEvaluationInput!) {
  recordEvaluation(input: $input) { level authorOrganisation departmentOpinion reproducibility regionalOpinion text }
}`;
const regional = DEMO_USERS.find((u) => u.userId === 'ev-dreal-normandie')!;

describe('recordEvaluation through the gateway', () => {
  it('records the department section for DDCS 76 and the regional opinion for DREAL Normandie', async () => {
    const department = await system.as('EVALUATOR')(RECORD, {
      input: {
        conventionId: renewal.id,
        departmentOpinion: 'Favourable',
        relevance: 'High',
        reproducibility: 'MEDIUM',
      },
    });
    expect(department.errors).toBeUndefined();
    expect(department.data?.recordEvaluation).toMatchObject({
      level: 'DEPARTMENT',
      authorOrganisation: 'DDCS 76',
      reproducibility: 'MEDIUM',
    });
    const token = await signDevToken(regional, system.jwtSecret);
    const region = await system.post(
      RECORD,
      { input: { conventionId: renewal.id, regionalOpinion: 'FAVOURABLE', text: 'Renewal supported' } },
      token,
    );
    expect(region.body.errors).toBeUndefined();
    expect(region.body.data?.recordEvaluation).toMatchObject({
      level: 'REGION',
      authorOrganisation: 'DREAL Normandie',
      regionalOpinion: 'FAVOURABLE',
      departmentOpinion: null,
    });
    const read = await system.as('SOCIAL_MANAGER')(
      `{ convention(id: "${renewal.id}") { evaluations { level authorOrganisation } } }`,
    );
    expect(read.data?.convention.evaluations).toEqual(
      expect.arrayContaining([
        { level: 'DEPARTMENT', authorOrganisation: 'DDCS 76' },
        { level: 'REGION', authorOrganisation: 'DREAL Normandie' },
      ]),
    );
  });

  it("refuses the other level's fields and a rental manager", async () => {
    const wrong = await system.as('EVALUATOR')(RECORD, {
      input: { conventionId: renewal.id, regionalOpinion: 'UNFAVOURABLE' },
    });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rental = await system.as('RENTAL_MANAGER')(RECORD, {
      input: { conventionId: renewal.id, regionalOpinion: 'FAVOURABLE' },
    });
    expect(rental.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
