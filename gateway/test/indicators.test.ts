import { buildDemoPlan, type DemoPlan } from '@ash/demo';
import { disclosedPeriods, isSmall, periodsOfYear } from '@ash/kit';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { type Data, startSystem, type TestSystem } from './system';

// The demo on a fixed day; the system's servers run at noon that day.
const today = '2026-11-15';
const plan = buildDemoPlan({ dwellings: 400, applications: 120, today });
const renewal = plan.conventions.find((c) => c.startYear !== 2015)!;
// A calendar year of the renewal convention, the one in progress: the tree of its 17 periods.
const year = Number(today.slice(0, 4));
const periods = periodsOfYear(year);
const { from, to } = periods[0];
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

/**
 * Counted here from the plan, independently of the SQL. Support figures count up to today: a
 * period in progress stops today, a period to come has no accompaniment.
 */
function expected(source: DemoPlan, conventionId: string, start: string, periodEnd: string) {
  const end = periodEnd < today ? periodEnd : today;
  const running = source.accompaniments.filter(
    (a) =>
      start <= today &&
      a.conventionId === conventionId &&
      a.startDate <= end &&
      (a.endDate === null || a.endDate >= start),
  );
  const ended = running.filter((a) => within(a.endDate, start, end));
  const applicants = new Set(
    source.applications.filter((a) => within(a.submittedAt, start, periodEnd)).map((a) => a.householdId),
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
    const [last] = [lastDay, end].sort();
    months.push({ first: firstDay > start ? firstDay : start, last });
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
      moveIns: source.leases.filter((l) => within(l.moveInInspectionDate, start, periodEnd)).length,
      'arrears.accounts': source.leases.filter((lease) => {
        const months = lease.rent.filter((m) => m.month.slice(0, 7) <= periodEnd.slice(0, 7));
        const monthly = months.at(-1)?.chargedCents ?? 0;
        const balance = months.reduce((sum, m) => sum + m.chargedCents - m.paidCents, 0);
        return monthly > 0 && Math.floor(balance / monthly) >= 2;
      }).length,
    },
  };
}

type Counts = ReturnType<typeof expected>;
type Domain = 'support' | 'household' | 'housing';

/** The counts of the demo plan for each of the 17 periods of the year, counted here. */
const tree = periods.map((p) => expected(plan, renewal.id, p.from, p.to));

/** A count of a period as the indicators must show it: as its year's tree decides (see the kit's own tests). */
function shown(domain: Domain, key: string, index: number) {
  const counts = tree.map((c) => (c[domain] as Record<string, number>)[key]);
  const published = disclosedPeriods(counts)[index];
  return published ? { value: counts[index], suppressed: false } : { value: null, suppressed: true };
}

const INDICATOR_LIST: Record<Domain, string> = {
  support: 'supportIndicators',
  household: 'householdIndicators',
  housing: 'housingIndicators',
};

const byKey = (list: Figure[]) => Object.fromEntries(list.map((figure) => [figure.key, figure]));

async function download(format: 'csv' | 'xlsx', role: string, query: string) {
  const response = await fetch(`${system.url.replace(/\/graphql$/, '')}/indicators.${format}?${query}`, {
    headers: { authorization: `Bearer ${await system.token(role)}` },
  });
  return response;
}

describe('indicators through the gateway', () => {
  it('gives each subgraph’s figures for the year, equal to the counts of the demo plan', async () => {
    const body = await system.as('EVALUATOR')(INDICATORS, { conventionId: renewal.id, from, to });
    expect(body.errors).toBeUndefined();
    const set = body.data?.indicators as Data;
    expect(set).toMatchObject({ conventionId: renewal.id, from, to });
    const counts: Counts = tree[0];
    expect(counts.support.entries).toBeGreaterThanOrEqual(5);
    for (const domain of Object.keys(INDICATOR_LIST) as Domain[]) {
      const list = byKey(set[INDICATOR_LIST[domain]]);
      for (const key of Object.keys(counts[domain])) expect(list[key]).toMatchObject(shown(domain, key, 0));
    }
    const support = byKey(set.supportIndicators);
    // Shown where the demo allows it: a year is long enough for these.
    for (const key of [
      'entries',
      'compliance.accompanimentMonths',
      'householdsSupported.targetPublic.SINGLE_PARENT',
    ])
      expect(support[key]).toMatchObject({
        value: counts.support[key as keyof Counts['support']],
        suppressed: false,
      });
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
    expect(byKey(set.financingIndicators).plannedHouseholds).toMatchObject({
      value: renewal.plannedHouseholdsPerYear,
      suppressed: false,
    });
    // Aggregates only: no id of a person anywhere in the answer.
    const text = JSON.stringify(set);
    for (const household of plan.households) expect(text).not.toContain(household.id);
  });

  it('publishes each quarter and month of the year so that no count of 1 to 4 can be read from differences', async () => {
    // Every period an evaluator may ask for in the year, each asked on its own, as an evaluator would.
    const answers: Record<string, Figure>[] = [];
    for (const period of periods) {
      const body = await system.as('EVALUATOR')(INDICATORS, {
        conventionId: renewal.id,
        from: period.from,
        to: period.to,
      });
      expect(body.errors).toBeUndefined();
      const set = body.data?.indicators as Data;
      answers.push(byKey([...set.supportIndicators, ...set.householdIndicators, ...set.housingIndicators]));
      for (const domain of Object.keys(INDICATOR_LIST) as Domain[]) {
        const list = byKey(set[INDICATOR_LIST[domain]]);
        for (const key of Object.keys(tree[0][domain]))
          expect(list[key]).toMatchObject(shown(domain, key, period.index));
      }
    }
    // The demo's months have few entries: some are withheld, zero is shown as zero.
    const entries = answers.map((a) => a.entries);
    expect(entries.some((e) => e.suppressed)).toBe(true);
    expect(answers.flatMap((a) => Object.values(a)).some((f) => f.value === 0 && !f.suppressed)).toBe(true);
    // Any two published counts, one period within the other: never 1 to 4 apart, whatever the key.
    const within = (outer: number, inner: number) =>
      outer !== inner && periods[outer].from <= periods[inner].from && periods[inner].to <= periods[outer].to;
    const countKeys = Object.values(tree[0]).flatMap((c) => (typeof c === 'object' ? Object.keys(c) : []));
    for (const key of countKeys) {
      for (const outer of periods) {
        for (const inner of periods) {
          const [a, b] = [answers[outer.index][key], answers[inner.index][key]];
          if (!within(outer.index, inner.index) || a.suppressed || b.suppressed) continue;
          expect({
            key,
            outer: outer.from + outer.to,
            inner: inner.from + inner.to,
            small: isSmall(a.value! - b.value!),
          }).toMatchObject({ small: false });
        }
      }
    }
  });

  it('withholds a count of 1 to 4, and the figures resting on 1 to 4 items', async () => {
    // The convention's first month of support in the year: a handful of entries.
    const month = periods.find(
      (p) => p.kind === 'MONTH' && tree[p.index].support.entries > 0 && tree[p.index].support.entries < 5,
    )!;
    const body = await system.as('SOCIAL_MANAGER')(INDICATORS, {
      conventionId: renewal.id,
      from: month.from,
      to: month.to,
    });
    expect(body.errors).toBeUndefined();
    const support = byKey(body.data?.indicators.supportIndicators);
    expect(support.entries).toMatchObject({ value: null, suppressed: true });
    const counts = tree[month.index];
    for (const key of Object.keys(counts.support).filter((k) => k.includes('.targetPublic.')))
      expect(support[key]).toMatchObject(shown('support', key, month.index));
    const exits = counts.support.exits;
    expect(support.averageDurationDays).toMatchObject(
      exits === 0
        ? { value: null, suppressed: false }
        : isSmall(exits)
          ? { value: null, suppressed: true }
          : {},
    );
  });

  it('computes the 17 periods of the year in as many SQL statements as one period took', async () => {
    // Financing loads the convention twice (the query, then the figures it owns), accompaniment runs
    // 3 statements, households 1, housing 2: each a row per period or per month of the year.
    for (const period of [periods[0], periods[2], periods[9]]) {
      system.counter.reset();
      const body = await system.as('EVALUATOR')(INDICATORS, {
        conventionId: renewal.id,
        from: period.from,
        to: period.to,
      });
      expect(body.errors).toBeUndefined();
      expect(system.counter.count).toBe(8);
    }
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
    // The periods of the differencing: up to 31 March, then up to 30 April.
    const april = await ask(INDICATORS, { conventionId: renewal.id, from, to: `${year}-04-30` });
    expect(april.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/calendar month .* quarter .* or year/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'to' },
    });
    expect(await codes({ conventionId: renewal.id, from: `${year}-03-15`, to: `${year}-03-31` })).toEqual([
      'BAD_USER_INPUT',
    ]);
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
    expect(text.split(/\r?\n/)[0]).toBe('Domaine;Code;Indicateur;Valeur;Masqué (secret statistique)');
    const parsed = parse(text, { columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(
      parsed.map((r) => ({
        subgraph: r.Domaine,
        key: r.Code,
        label: r.Indicateur,
        // A decimal comma, as a French spreadsheet reads numbers.
        value: r.Valeur === '' ? null : Number(r.Valeur.replace(',', '.')),
        suppressed: r['Masqué (secret statistique)'],
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
      'Masqué (secret statistique)',
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
