import { buildDemoPlan, type DemoPlan, type PlanAccompaniment, stableId } from '@ash/demo';
import type { Clock } from '@ash/kit';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
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
    // 2026: the national fund 60 % (5,400 € planned, granted and paid), the landlord 40 % (3,600 €
    // planned, 3,000 € granted, nothing paid yet).
    fundingLines: [
      {
        ...model.fundingLines[0],
        id: stableId('fixture-funding', 'fund'),
        funderId: plan.funders[2].id,
        year: 2026,
        sharePercent: 60,
        plannedCents: 540_000,
        requestedCents: 540_000,
        grantedCents: 540_000,
        paidCents: 540_000,
        status: 'PAID',
        requestedAt: '2026-01-15',
        grantedAt: '2026-02-01',
        paidAt: '2026-06-01',
        history: [],
      },
      {
        ...model.fundingLines[0],
        id: stableId('fixture-funding', 'landlord'),
        funderId: plan.funders[0].id,
        year: 2026,
        sharePercent: 40,
        plannedCents: 360_000,
        requestedCents: 360_000,
        grantedCents: 300_000,
        paidCents: null,
        status: 'GRANTED',
        requestedAt: '2026-01-15',
        grantedAt: '2026-02-01',
        paidAt: null,
        history: [],
      },
    ],
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
    // 12 months × (3 + 3 + 3) convention years: the first, the previous and the renewal.
    expect(checked).toBe(108);
  }, 120_000);
});

describe('the annual report of the hand-written convention, on 3 December 2026', () => {
  const report = async (format: 'json' | 'csv' | 'xlsx', year = '2026') => {
    now = new Date('2026-12-03T11:00:00Z');
    return fetch(
      `${system.url.replace(/\/graphql$/, '')}/report.${format}?conventionId=${CONVENTION}&year=${year}`,
      { headers: { authorization: `Bearer ${await system.token('EVALUATOR')}` } },
    );
  };
  // Measure-months (see "on 3 December 2026" above): 72 planned (6 × 12), 49 consumed and projected,
  // 1 free place; 125 € each: 49 × 125 = 6,125 €. Due: the fund 60 % of 6,125 = 3,675 €, the
  // landlord 40 % = 2,450 €. The fund paid 5,400 € > 3,675 € due; the landlord was granted 3,000 €
  // < 3,600 € planned.
  const MEASURE_MONTHS = [
    ['Prévus (ménages prévus × 12)', 72, 9000],
    ['Consommés à ce jour', 49, 6125],
    ['Projetés à la fin de l’année', 49, 6125],
    ['Coût d’un mois-mesure', null, 125],
    ['Places libres ce mois-ci', 1, null],
  ];

  it('is one XLSX sheet per section, with the title, the period, French headers and the figures', async () => {
    const response = await report('xlsx');
    expect(response.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 3)).toEqual(['Ménages accompagnés', 'Mois-mesures', 'Financement par financeur']);
    expect(names).toEqual(
      expect.arrayContaining(['Issues des accompagnements', 'Fréquence des contacts', 'Alertes']),
    );
    // Every indicator has its section: none is left to "Autres indicateurs".
    expect(names).not.toContain('Autres indicateurs');
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A1').value).toBe(
        'Rapport annuel 2026 de la convention « Convention écrite à la main »',
      );
      expect(sheet.getCell('A2').value).toBe(`Période du 01/01/2026 au 31/12/2026 — ${sheet.name}`);
    }
    const rows = (name: string, width: number) => {
      const sheet = workbook.getWorksheet(name);
      const read: unknown[][] = [];
      sheet?.eachRow((row, number) => {
        if (number < 4) return;
        const values = (row.values as unknown[]).slice(1);
        read.push(Array.from({ length: width }, (_, i) => values[i] ?? null));
      });
      return read;
    };
    expect(rows('Mois-mesures', 3)).toEqual([['Indicateur', 'Valeur', 'En euros'], ...MEASURE_MONTHS]);
    expect(rows('Financement par financeur', 8)).toEqual([
      [
        'Financeur',
        'Part (%)',
        'Prévu (€)',
        'Accordé (€)',
        'Versé (€)',
        'Dû à ce jour (€)',
        'Dû projeté (€)',
        'À revoir',
      ],
      [base.funders[2].name, 60, 5400, 5400, 5400, 3675, 3675, 'versé au-delà du dû'],
      [base.funders[0].name, 40, 3600, 3000, null, 2450, 2450, 'accordé sous le prévu'],
    ]);
    expect(workbook.getWorksheet('Financement par financeur')?.getColumn(3).numFmt).toBe('#,##0.00 "€"');
  });

  it('is a French CSV: BOM, semicolons, one line per figure', async () => {
    const response = await report('csv');
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = parse(bytes.subarray(3).toString('utf8'), { delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(lines[0])).toEqual(['Section', 'Ligne', 'Colonne', 'Valeur']);
    expect(lines.filter((l) => l.Section === 'Mois-mesures' && l.Ligne === 'Consommés à ce jour')).toEqual([
      { Section: 'Mois-mesures', Ligne: 'Consommés à ce jour', Colonne: 'Valeur', Valeur: '49' },
      { Section: 'Mois-mesures', Ligne: 'Consommés à ce jour', Colonne: 'En euros', Valeur: '6125' },
    ]);
  });

  it('is the same document as JSON for the screen, and refuses a year the convention does not cover', async () => {
    const json = (await (await report('json')).json()) as {
      sections: { title: string; rows: unknown[][] }[];
    };
    expect(json.sections.find((s) => s.title === 'Mois-mesures')?.rows).toEqual(MEASURE_MONTHS);
    const outside = await report('json', '2030');
    expect(outside.status).toBe(400);
    expect(((await outside.json()) as Data).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const anonymous = await fetch(
      `${system.url.replace(/\/graphql$/, '')}/report.json?conventionId=${CONVENTION}&year=2026`,
    );
    expect(anonymous.status).toBe(401);
  });

  it('counts the same measure-months in the indicators of the year as in its consumption', async () => {
    // The year 2026 as of 3 December: 49 (see above); a month to come counts nothing.
    now = new Date('2026-12-03T11:00:00Z');
    const body = await system.as('EVALUATOR')(
      `query($id: ID!) { indicators(conventionId: $id, from: "2026-01-01", to: "2026-12-31") {
        supportIndicators { key value suppressed } } }`,
      { id: CONVENTION },
    );
    expect(body.errors).toBeUndefined();
    const figures = body.data?.indicators.supportIndicators as { key: string; value: number }[];
    expect(figures.find((f) => f.key === 'measureMonths')).toEqual({
      key: 'measureMonths',
      value: 49,
      suppressed: false,
    });
  });

  it('tells each evaluator the level of their opinion', async () => {
    // The demo's first evaluator is DDCS 76: a departmental service. Only evaluators may ask.
    const ddcs = await system.as('EVALUATOR')('{ evaluationLevel }');
    expect(ddcs.data?.evaluationLevel).toBe('DEPARTMENT');
    const refused = await system.as('SOCIAL_MANAGER')('{ evaluationLevel }');
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
