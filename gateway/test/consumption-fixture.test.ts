import { buildDemoPlan, type DemoPlan, type PlanAccompaniment, stableId } from '@ash/demo';
import type { Clock } from '@ash/kit';
import { type Data, startSystem, type TestSystem } from './system';

/*
 * Consumption, projection, free places and contact compliance of a small convention written by hand, read through the
 * gateway (accompaniment counts, financing computes) with the clock set to five instants. Every
 * expected value below is counted by hand from the table of accompaniments, month by month.
 *
 * The rule (README, "Measure-months and consumption"): a household followed some day of a month is
 * one measure-month; consumed = the months begun by today, counting only the days up to today;
 * projected = consumed + for each month to come, the households followed today whose accompaniment
 * has not ended before it; free places = 6 planned households − households followed this month,
 * between 0 and 6 (a past year: 0; a year to come: 6). Unit cost: 9,000 € / 72 = 125 €.
 */

const base = buildDemoPlan({ dwellings: 200, applications: 20, today: '2026-11-15' });
const CONVENTION = stableId('fixture', 'convention');
const followedNowhere = base.households.filter(
  (h) => !base.accompaniments.some((a) => a.householdId === h.id),
);
const H = followedNowhere.slice(0, 12).map((h) => h.id);

//        household  start        end
const TABLE: [number, string, string | null][] = [
  [1, '2025-11-10', null], // A1: H1 from November 2025, running
  [2, '2026-01-01', '2026-02-28'], // A2: H2 January–February
  [3, '2026-02-15', null], // A3: H3 from mid-February
  [4, '2026-03-20', null], // A4: H4 from 20 March (after the 15th)
  [5, '2026-03-01', '2026-03-10'], // A5: H5 early March only
  [6, '2026-06-10', '2026-06-30'], // A6: H6 June only
  [7, '2026-06-20', null], // A7: H7 from 20 June (after the 15th)
  [8, '2026-09-01', '2026-11-30'], // A8: H8 September–November
  [9, '2026-12-02', null], // A9: H9 from 2 December
  [10, '2026-12-04', null], // A10: H10 from 4 December (after the 3rd)
  [1, '2026-05-01', '2026-07-31'], // A11: H1 again, May–July: still one measure-month a month
  [11, '2025-06-01', '2026-01-15'], // A12: H11 into January 2026
  [12, '2027-01-01', null], // A13: H12 from 1 January 2027
];

function fixturePlan(): DemoPlan {
  const plan = structuredClone(base);
  const model = plan.conventions[1];
  plan.conventions.push({
    ...model,
    id: CONVENTION,
    name: 'Convention écrite à la main',
    startYear: 2025,
    endYear: 2027,
    plannedHouseholdsPerYear: 6,
    annualCostCents: 900_000,
    fundingLines: [],
  });
  const modelAccompaniment = plan.accompaniments[0];
  TABLE.forEach(([household, startDate, endDate], i) => {
    const accompaniment: PlanAccompaniment = {
      ...modelAccompaniment,
      id: stableId('fixture-accompaniment', i),
      householdId: H[household - 1],
      conventionId: CONVENTION,
      startDate,
      endDate,
      endReason: endDate ? 'Fin de la mesure' : null,
      outcome: endDate ? 'SUSTAINED' : null,
      phase: endDate ? 'ENDED' : 'FOLLOW_UP',
      phases: [{ phase: 'PRE_ALLOCATION', at: startDate }],
      contacts: [],
      alerts: [],
      diagnostic: null,
    };
    plan.accompaniments.push(accompaniment);
  });
  // A3 (H3) moves in on 2 March 2026 and is met: its contact compliance is checked below.
  const a3 = plan.accompaniments.find((a) => a.id === A3) as PlanAccompaniment;
  a3.phases = [
    { phase: 'PRE_ALLOCATION', at: '2026-02-15' },
    { phase: 'INTEGRATION', at: '2026-03-02' },
    { phase: 'FOLLOW_UP', at: '2026-03-30' },
  ];
  const met = (date: string, kind: 'HOME_VISIT' | 'OFFICE' | 'PHONE', i: number) => ({
    id: stableId('fixture-contact', i),
    date,
    kind,
    configuration: 'ASSOCIATION_ALONE' as const,
    timeSlot: 'MORNING' as const,
    place:
      kind === 'OFFICE' ? ('OFFICE' as const) : kind === 'PHONE' ? ('REMOTE' as const) : ('HOME' as const),
    outcome: 'MET' as const,
    note: null,
    recordedBy: a3.supportWorkerId,
  });
  a3.contacts = [
    met('2026-03-05', 'HOME_VISIT', 0),
    met('2026-03-12', 'HOME_VISIT', 1),
    met('2026-03-20', 'PHONE', 2),
    met('2026-06-03', 'OFFICE', 3),
    met('2026-06-10', 'HOME_VISIT', 4),
    met('2026-12-02', 'HOME_VISIT', 5),
    met('2026-12-20', 'OFFICE', 6),
  ];
  return plan;
}
const A3 = stableId('fixture-accompaniment', 2);

let now = new Date('2026-03-15T11:00:00Z');
const clock: Clock = { now: () => now };
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(fixturePlan(), { clock });
}, 120_000);

afterAll(() => system?.stop());

async function consumption(instant: string, year: number): Promise<Data> {
  now = new Date(instant);
  const body = await system.as('SOCIAL_MANAGER')(
    `query($id: ID!, $year: Int!) { convention(id: $id) {
      measureMonths(year: $year) { byMonth projectedByMonth }
      consumption(year: $year) { consumedMeasureMonths consumedCents projectedMeasureMonths projectedCents freePlaces }
    } }`,
    { id: CONVENTION, year },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.convention;
}

/** A3's contact compliance in `month`, read at `instant`. */
async function compliance(instant: string, month: string): Promise<Data> {
  now = new Date(instant);
  const body = await system.as('SOCIAL_MANAGER')(
    `query($id: ID!, $month: String!) { accompaniment(id: $id) {
      compliance(month: $month) { inProgress required done shortfall } } }`,
    { id: A3, month },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.accompaniment.compliance;
}

// A3's schedule is the default: 2 contacts a week (any kind) for the 4 weeks from the move-in,
// 2–29 March, then 4 in-person meetings a month from 30 March. Met: 5 and 12 March (home), 20 March
// (phone), 3 June (office), 10 June (home), 2 December (home), 20 December (office).
describe('contact compliance of the hand-written convention, at the same five instants', () => {
  it('on 15 March 2026: 2–15 March is 14 days × 2 / 7 = 4 owed so far, 2 met', async () => {
    expect(await compliance('2026-03-15T11:00:00Z', '2026-03')).toEqual({
      inProgress: true,
      required: 4,
      done: 2,
      shortfall: 2,
    });
  });

  it('on 15 June 2026: 15 of 30 days × 4 = 2 owed, 2 met; March, over, owed 8 + 1', async () => {
    expect(await compliance('2026-06-15T10:00:00Z', '2026-06')).toEqual({
      inProgress: true,
      required: 2,
      done: 2,
      shortfall: 0,
    });
    // 2–29 March: 28 days × 2 / 7 = 8; 30–31 March: 2 / 31 × 4 = 0.26, rounded up: 1. Met: 3.
    expect(await compliance('2026-06-15T10:00:00Z', '2026-03')).toEqual({
      inProgress: false,
      required: 9,
      done: 3,
      shortfall: 6,
    });
  });

  it('on 3 December 2026: 3 / 31 × 4 = 0.39, nothing owed yet; 1 met', async () => {
    expect(await compliance('2026-12-03T11:00:00Z', '2026-12')).toEqual({
      inProgress: true,
      required: 0,
      done: 1,
      shortfall: 0,
    });
  });

  it('on 31 December 2026: the whole month, 4 owed, 2 met', async () => {
    expect(await compliance('2026-12-31T22:30:00Z', '2026-12')).toEqual({
      inProgress: true,
      required: 4,
      done: 2,
      shortfall: 2,
    });
  });

  it('on 1 January 2027: December is over (4 owed, 2 met), January owes nothing yet', async () => {
    expect(await compliance('2026-12-31T23:30:00Z', '2026-12')).toEqual({
      inProgress: false,
      required: 4,
      done: 2,
      shortfall: 2,
    });
    expect(await compliance('2026-12-31T23:30:00Z', '2027-01')).toEqual({
      inProgress: true,
      required: 0,
      done: 0,
      shortfall: 0,
    });
  });
});

describe('a hand-written convention, at five instants', () => {
  it('on 15 March 2026', async () => {
    expect(H).toHaveLength(12);
    const { measureMonths, consumption: c } = await consumption('2026-03-15T11:00:00Z', 2026);
    // January H1 H2 H11; February H1 H2 H3; March (to the 15th) H1 H3 H5 — H4 starts on the 20th.
    expect(measureMonths.byMonth).toEqual([3, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // April to December: H1 and H3, followed today and running (H5 ended on 10 March).
    expect(measureMonths.projectedByMonth).toEqual([3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    // 9 consumed; 9 + 9 × 2 = 27 projected; 6 − 3 followed in March = 3 places.
    expect(c).toEqual({
      consumedMeasureMonths: 9,
      consumedCents: 112_500,
      projectedMeasureMonths: 27,
      projectedCents: 337_500,
      freePlaces: 3,
    });
  });

  it('on 15 June 2026', async () => {
    const { measureMonths, consumption: c } = await consumption('2026-06-15T10:00:00Z', 2026);
    // March now has H4 too (from the 20th); April H1 H3 H4; May H1 (twice) H3 H4; June to the 15th:
    // H1 H3 H4 H6 — H7 starts on the 20th.
    expect(measureMonths.byMonth).toEqual([3, 3, 4, 3, 3, 4, 0, 0, 0, 0, 0, 0]);
    // July to December: H1 H3 H4 (H6 ends on 30 June).
    expect(measureMonths.projectedByMonth).toEqual([3, 3, 4, 3, 3, 4, 3, 3, 3, 3, 3, 3]);
    // 20 consumed; 20 + 6 × 3 = 38; 6 − 4 = 2.
    expect(c).toEqual({
      consumedMeasureMonths: 20,
      consumedCents: 250_000,
      projectedMeasureMonths: 38,
      projectedCents: 475_000,
      freePlaces: 2,
    });
  });

  it('on 3 December 2026', async () => {
    const { measureMonths, consumption: c } = await consumption('2026-12-03T11:00:00Z', 2026);
    // June H1 H3 H4 H6 H7; July–August H1 H3 H4 H7; September–November + H8; December to the 3rd:
    // H1 H3 H4 H7 H9 — H8 ended on 30 November, H10 starts on the 4th.
    expect(measureMonths.byMonth).toEqual([3, 3, 4, 3, 3, 5, 4, 4, 5, 5, 5, 5]);
    expect(measureMonths.projectedByMonth).toEqual([3, 3, 4, 3, 3, 5, 4, 4, 5, 5, 5, 5]);
    // 49 consumed, nothing left to project; 6 − 5 = 1.
    expect(c).toEqual({
      consumedMeasureMonths: 49,
      consumedCents: 612_500,
      projectedMeasureMonths: 49,
      projectedCents: 612_500,
      freePlaces: 1,
    });
  });

  it('on 31 December 2026, in the evening in Paris', async () => {
    const { measureMonths, consumption: c } = await consumption('2026-12-31T22:30:00Z', 2026);
    // December: H10 too → 6.
    expect(measureMonths.byMonth).toEqual([3, 3, 4, 3, 3, 5, 4, 4, 5, 5, 5, 6]);
    // 50 consumed and projected; 6 − 6 = 0.
    expect(c).toEqual({
      consumedMeasureMonths: 50,
      consumedCents: 625_000,
      projectedMeasureMonths: 50,
      projectedCents: 625_000,
      freePlaces: 0,
    });
  });

  it('on 1 January 2027 in Paris (still 31 December in UTC)', async () => {
    const instant = '2026-12-31T23:30:00Z';
    // 2026 is over: its 50 measure-months, no place left in it.
    expect((await consumption(instant, 2026)).consumption).toEqual({
      consumedMeasureMonths: 50,
      consumedCents: 625_000,
      projectedMeasureMonths: 50,
      projectedCents: 625_000,
      freePlaces: 0,
    });
    const { measureMonths, consumption: c } = await consumption(instant, 2027);
    // January 2027: H1 H3 H4 H7 H9 H10 still running, and H12 from today.
    expect(measureMonths.byMonth).toEqual([7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(measureMonths.projectedByMonth).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]);
    // 7 consumed; 7 × 12 = 84 projected; 7 followed for 6 places: none free, never below zero.
    expect(c).toEqual({
      consumedMeasureMonths: 7,
      consumedCents: 87_500,
      projectedMeasureMonths: 84,
      projectedCents: 1_050_000,
      freePlaces: 0,
    });
  });
});

describe('the demo, every month of its year', () => {
  const demo = buildDemoPlan({ dwellings: 400, applications: 60, today: '2026-11-15' });
  let demoNow = new Date('2026-01-15T11:00:00Z');
  let demoSystem: TestSystem;

  beforeAll(async () => {
    demoSystem = await startSystem(demo, { clock: { now: () => demoNow } });
  }, 120_000);

  afterAll(() => demoSystem?.stop());

  it('keeps consumed within projected, projected within 12 months of its busiest one, and free places within the plan', async () => {
    let checked = 0;
    for (let month = 1; month <= 12; month++) {
      demoNow = new Date(`2026-${String(month).padStart(2, '0')}-15T11:00:00Z`);
      for (const convention of demo.conventions) {
        for (let year = convention.startYear; year <= convention.endYear; year++) {
          const body = await demoSystem.as('SOCIAL_MANAGER')(
            `query($id: ID!, $year: Int!) { convention(id: $id) {
              measureMonths(year: $year) { byMonth projectedByMonth }
              consumption(year: $year) { consumedMeasureMonths projectedMeasureMonths freePlaces }
            } }`,
            { id: convention.id, year },
          );
          expect(body.errors).toBeUndefined();
          const { measureMonths, consumption: c } = body.data?.convention ?? {};
          const busiest = Math.max(...measureMonths.projectedByMonth);
          const where = { month, convention: convention.name, year };
          expect({ ...where, ok: c.consumedMeasureMonths <= c.projectedMeasureMonths }).toEqual({
            ...where,
            ok: true,
          });
          expect({ ...where, ok: c.projectedMeasureMonths <= 12 * busiest }).toEqual({ ...where, ok: true });
          expect({ ...where, ok: c.freePlaces >= 0 && c.freePlaces <= 30 }).toEqual({ ...where, ok: true });
          // Months to come have consumed nothing.
          if (year === 2026)
            expect(measureMonths.byMonth.slice(month)).toEqual(new Array(12 - month).fill(0));
          if (year > 2026) expect(c.consumedMeasureMonths).toBe(0);
          checked++;
        }
      }
    }
    // 12 months × (3 + 3) convention years.
    expect(checked).toBe(72);
  }, 120_000);
});
