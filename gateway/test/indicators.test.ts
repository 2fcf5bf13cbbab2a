import { buildDemoPlan, type DemoPlan } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { type Data, startSystem, type TestSystem } from './system';

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 400, applications: 120, today });
const renewal = plan.conventions.find((c) => c.startYear !== 2015)!;
// The renewal convention's years up to today (at most 5 years).
const from = `${Math.max(renewal.startYear, Number(today.slice(0, 4)) - 4)}-01-01`;
const to = today;
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan);
});

afterAll(async () => {
  await system?.stop();
});

const INDICATORS = `query($conventionId: ID!, $from: String!, $to: String!) {
  indicators(conventionId: $conventionId, from: $from, to: $to) {
    conventionId from to
    supportIndicators { key label value suppressed }
    householdIndicators { key label value suppressed }
    housingIndicators { key label value suppressed }
    financingIndicators { key label value suppressed }
  }
}`;

interface Figure {
  key: string;
  label: string;
  value: number | null;
  suppressed: boolean;
}

const within = (date: string | null, start: string, end: string) =>
  date !== null && date >= start && date <= end;

/** Counted here from the plan, independently of the SQL. */
function expected(source: DemoPlan, conventionId: string, start: string, end: string) {
  const running = source.accompaniments.filter(
    (a) =>
      a.conventionId === conventionId && a.startDate <= end && (a.endDate === null || a.endDate >= start),
  );
  const ended = running.filter((a) => within(a.endDate, start, end));
  const applicants = new Set(
    source.applications.filter((a) => within(a.submittedAt, start, end)).map((a) => a.householdId),
  );
  const publicOf = new Map(source.households.map((h) => [h.id, h.targetPublic]));
  const supported = new Set(running.map((a) => a.householdId));
  const supportedOf = (targetPublic: string) =>
    [...supported].filter((id) => publicOf.get(id) === targetPublic);
  // Each calendar month of the period, the accompaniments (and households) running some day of it.
  const months: { first: string; last: string }[] = [];
  for (let month = start.slice(0, 7); month <= end.slice(0, 7); ) {
    const [y, m] = month.split('-').map(Number);
    const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    const firstDay = `${month}-01`;
    months.push({ first: firstDay > start ? firstDay : start, last: lastDay < end ? lastDay : end });
    month = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
  }
  const runningIn = (month: { first: string; last: string }) =>
    running.filter((a) => a.startDate <= month.last && (a.endDate === null || a.endDate >= month.first));
  const accompanimentMonths = months.reduce((sum, month) => sum + runningIn(month).length, 0);
  const measureMonths = months.reduce(
    (sum, month) => sum + new Set(runningIn(month).map((a) => a.householdId)).size,
    0,
  );
  return {
    supported: supported.size,
    measureMonths,
    support: {
      entries: running.filter((a) => a.startDate >= start).length,
      exits: ended.length,
      'householdsSupported.ACCESS': new Set(
        running.filter((a) => a.kind === 'ACCESS').map((a) => a.householdId),
      ).size,
      'outcome.HOUSED': ended.filter((a) => a.outcome === 'HOUSED').length,
      'householdsSupported.targetPublic.SINGLE_PARENT': supportedOf('SINGLE_PARENT').length,
      'householdsSupported.targetPublic.LEAVING_PRISON': supportedOf('LEAVING_PRISON').length,
      'householdsSupported.targetPublic.ISOLATED_TENANT': supportedOf('ISOLATED_TENANT').length,
      'compliance.accompanimentMonths': accompanimentMonths,
    },
    household: {
      applicantHouseholds: applicants.size,
      'applicantHouseholds.SINGLE_PARENT': [...applicants].filter(
        (id) => publicOf.get(id) === 'SINGLE_PARENT',
      ).length,
    },
    housing: {
      moveIns: source.leases.filter((l) => within(l.moveInInspectionDate, start, end)).length,
      'arrears.accounts': source.leases.filter((lease) => {
        const months = lease.rent.filter((m) => m.month.slice(0, 7) <= end.slice(0, 7));
        const monthly = months.at(-1)?.chargedCents ?? 0;
        const balance = months.reduce((sum, m) => sum + m.chargedCents - m.paidCents, 0);
        return monthly > 0 && Math.floor(balance / monthly) >= 2;
      }).length,
    },
  };
}

/** A count as the indicators must show it: withheld under 5. */
const shown = (count: number) =>
  count < 5 ? { value: null, suppressed: true } : { value: count, suppressed: false };

const byKey = (list: Figure[]) => Object.fromEntries(list.map((figure) => [figure.key, figure]));

async function download(format: 'csv' | 'xlsx', role: string, query: string) {
  const response = await fetch(`${system.url.replace(/\/graphql$/, '')}/indicators.${format}?${query}`, {
    headers: { authorization: `Bearer ${await system.token(role)}` },
  });
  return response;
}

describe('indicators through the gateway', () => {
  it('gives each subgraph’s figures, equal to the counts of the demo plan', async () => {
    const body = await system.as('EVALUATOR')(INDICATORS, { conventionId: renewal.id, from, to });
    expect(body.errors).toBeUndefined();
    const set = body.data?.indicators as Data;
    expect(set).toMatchObject({ conventionId: renewal.id, from, to });
    const counts = expected(plan, renewal.id, from, to);
    expect(counts.support.entries).toBeGreaterThanOrEqual(5);
    const support = byKey(set.supportIndicators);
    for (const [key, count] of Object.entries(counts.support))
      expect(support[key]).toMatchObject(shown(count));
    const households = byKey(set.householdIndicators);
    for (const [key, count] of Object.entries(counts.household))
      expect(households[key]).toMatchObject(shown(count));
    const housing = byKey(set.housingIndicators);
    for (const [key, count] of Object.entries(counts.housing))
      expect(housing[key]).toMatchObject(shown(count));
    // Shown where the demo allows it: the period is long enough for these.
    expect(counts.support['compliance.accompanimentMonths']).toBeGreaterThanOrEqual(5);
    expect(counts.support['householdsSupported.targetPublic.SINGLE_PARENT']).toBeGreaterThanOrEqual(5);
    // The share rests on the accompaniment-months: a percentage, shown.
    expect(support['compliance.shareMet'].suppressed).toBe(false);
    expect(support['compliance.shareMet'].value).toBeGreaterThanOrEqual(0);
    expect(support['compliance.shareMet'].value).toBeLessThanOrEqual(100);
    // Consumed cost per household: measure-months × unit cost over the households supported.
    expect(counts.supported).toBeGreaterThanOrEqual(5);
    const unitCostCents = Math.round(renewal.annualCostCents / (renewal.plannedHouseholdsPerYear * 12));
    expect(byKey(set.financingIndicators).consumedCostPerHousehold).toMatchObject({
      value: Math.round((counts.measureMonths * unitCostCents) / 100 / counts.supported),
      suppressed: false,
    });
    const years = Number(to.slice(0, 4)) - Math.max(renewal.startYear, Number(from.slice(0, 4))) + 1;
    const lastYear = Math.min(renewal.endYear, Number(to.slice(0, 4)));
    const covered = lastYear - Math.max(renewal.startYear, Number(from.slice(0, 4))) + 1;
    expect(byKey(set.financingIndicators).plannedHouseholds).toMatchObject({
      value: Math.min(years, covered) * renewal.plannedHouseholdsPerYear,
      suppressed: false,
    });
    // Aggregates only: no id of a person anywhere in the answer.
    const text = JSON.stringify(set);
    for (const household of plan.households) expect(text).not.toContain(household.id);
  });

  it('suppresses a count under 5', async () => {
    // The convention's first day of support: a handful of entries and households at most.
    const day = plan.accompaniments
      .filter((a) => a.conventionId === renewal.id)
      .map((a) => a.startDate)
      .sort()[0];
    const body = await system.as('SOCIAL_MANAGER')(INDICATORS, {
      conventionId: renewal.id,
      from: day,
      to: day,
    });
    expect(body.errors).toBeUndefined();
    const entries = expected(plan, renewal.id, day, day).support.entries;
    expect(entries).toBeGreaterThan(0);
    expect(entries).toBeLessThan(5);
    const support = byKey(body.data?.indicators.supportIndicators);
    expect(support.entries).toMatchObject({ value: null, suppressed: true });
    const counts = expected(plan, renewal.id, day, day);
    for (const key of Object.keys(counts.support).filter((k) => k.includes('.targetPublic.')))
      expect(support[key]).toMatchObject(shown(counts.support[key as keyof typeof counts.support]));
    // A few households at most, so the figures resting on them are withheld.
    expect(counts.supported).toBeLessThan(5);
    for (const key of ['compliance.accompanimentMonths', 'compliance.shareMet'])
      expect(support[key]).toMatchObject({ value: null, suppressed: true });
    expect(byKey(body.data?.indicators.financingIndicators).consumedCostPerHousehold).toMatchObject({
      value: null,
      suppressed: true,
    });
  });

  it('refuses rental management and support workers', async () => {
    for (const role of ['RENTAL_MANAGER', 'SUPPORT_WORKER'] as const) {
      const body = await system.as(role)(INDICATORS, { conventionId: renewal.id, from, to });
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.data?.indicators ?? null).toBeNull();
    }
  });

  it('keeps the raw counts behind financing’s figures out of the API', async () => {
    const body = await system.as('EVALUATOR')(
      `query($conventionId: ID!, $from: String!, $to: String!) { indicators(conventionId: $conventionId, from: $from, to: $to) { supportedHouseholds } }`,
      { conventionId: renewal.id, from, to },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.data ?? null).toBeNull();
  });

  it('refuses a bad period and an unknown convention', async () => {
    const ask = system.as('ADMIN');
    const codes = async (variables: Record<string, string>) =>
      (await ask(INDICATORS, variables)).errors?.map((e) => e.extensions?.code);
    expect(await codes({ conventionId: renewal.id, from: to, to: from })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ conventionId: renewal.id, from: '2010-01-01', to: '2016-01-01' })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await codes({ conventionId: renewal.id, from: '2024-02-30', to })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ conventionId: '00000000-0000-4000-8000-000000000000', from, to })).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('exports the same figures as CSV and XLSX', async () => {
    const body = await system.as('EVALUATOR')(INDICATORS, { conventionId: renewal.id, from, to });
    const set = body.data?.indicators as Data;
    const lists = {
      accompaniment: 'supportIndicators',
      households: 'householdIndicators',
      housing: 'housingIndicators',
      financing: 'financingIndicators',
    };
    const rows = Object.entries(lists).flatMap(([subgraph, list]) =>
      (set[list] as Figure[]).map((f) => ({ subgraph, ...f })),
    );
    const query = new URLSearchParams({ conventionId: renewal.id, from, to }).toString();

    const domain: Record<string, string> = {
      accompaniment: 'Accompagnement',
      households: 'Ménages',
      housing: 'Logement',
      financing: 'Financement',
    };
    const french = rows.map((r) => ({
      ...r,
      subgraph: domain[r.subgraph],
      suppressed: r.suppressed ? 'oui' : 'non',
    }));

    const csv = await download('csv', 'EVALUATOR', query);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A UTF-8 byte order mark, then French headers separated by semicolons.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split(/\r?\n/)[0]).toBe('Domaine;Code;Indicateur;Valeur;Masqué (moins de 5)');
    const parsed = parse(text, { columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(
      parsed.map((r) => ({
        subgraph: r.Domaine,
        key: r.Code,
        label: r.Indicateur,
        // A decimal comma, as a French spreadsheet reads numbers.
        value: r.Valeur === '' ? null : Number(r.Valeur.replace(',', '.')),
        suppressed: r['Masqué (moins de 5)'],
      })),
    ).toEqual(french);
    expect(parsed.every((r) => !r.Valeur.includes('.'))).toBe(true);

    const xlsx = await download('xlsx', 'EVALUATOR', query);
    expect(xlsx.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Indicateurs');
    expect(sheet.getCell('A1').value).toBe(`Indicateurs de la convention « ${renewal.name} »`);
    const [fy, fm, fd] = from.split('-');
    const [ty, tm, td] = to.split('-');
    expect(sheet.getCell('A2').value).toBe(`Période du ${fd}/${fm}/${fy} au ${td}/${tm}/${ty}`);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Domaine',
      'Code',
      'Indicateur',
      'Valeur',
      'Masqué (moins de 5)',
    ]);
    expect(sheet.getColumn(3).width).toBeGreaterThan(40);
    const read: Data[] = [];
    sheet.eachRow((row, number) => {
      if (number < 5) return;
      const [subgraph, key, label, value, suppressed] = (row.values as unknown[]).slice(1);
      read.push({ subgraph, key, label, value: value ?? null, suppressed });
    });
    expect(read).toEqual(french);
  });

  it('answers coded JSON errors on the export', async () => {
    const missing = await download('csv', 'EVALUATOR', `conventionId=${renewal.id}&from=${from}`);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as Data).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const query = new URLSearchParams({ conventionId: renewal.id, from, to }).toString();
    const forbidden = await download('xlsx', 'RENTAL_MANAGER', query);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as Data).errors[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await fetch(`${system.url.replace(/\/graphql$/, '')}/indicators.csv?${query}`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Data).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
