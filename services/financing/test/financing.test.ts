import { buildDemoPlan, consumedMeasureMonths } from '@ash/demo';
import { frozenClock, migrate, type SubgraphServer } from '@ash/kit';
import {
  actorFor,
  clockOn,
  createTestDatabase,
  errorCode,
  postGraphQL,
  sqlCounter,
  type TestDatabase,
} from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, openOrm, seedFinancing } from '../src';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });
const social = actorFor('SOCIAL_MANAGER');
const admin = actorFor('ADMIN');
const evaluator = actorFor('EVALUATOR');
const first2015 = plan.conventions.find((c) => c.startYear === 2015)!;
const renewal = plan.conventions.find((c) => c.startYear !== 2015)!;
const [landlord, state, nationalFund] = plan.funders;
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  db = await createTestDatabase('financing');
  orm = await openOrm(db.url);
  await migrate(orm);
  await seedFinancing(orm, plan);
  server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(plan.today) });
});

afterAll(async () => {
  await server.stop();
  await orm.close();
  await db.drop();
});

// The server's clock reads noon on the plan's day, then ticks on.
const today = () => plan.today;

async function count(table: string): Promise<number> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute(`select count(*)::int as n from financing.${table}`);
  return rows[0].n;
}

async function counts() {
  return {
    conventions: await count('convention'),
    lines: await count('funding_line'),
    transitions: await count('funding_line_transition'),
  };
}

const CREATE_CONVENTION = `mutation($input: CreateConventionInput!) {
  createConvention(input: $input) {
    id name startYear endYear years plannedMeasureMonthsPerYear unitCostCents
  }
}`;
const ADD_LINE = `mutation($input: AddFundingLineInput!) {
  addFundingLine(input: $input) {
    id year sharePercent plannedCents requestedCents grantedCents paidCents status requestedAt
    convention { id } funder { name }
  }
}`;
const MOVE_LINE = `mutation($id: ID!, $to: FundingStatus!, $amountCents: Int, $note: String) {
  moveFundingLine(id: $id, to: $to, amountCents: $amountCents, note: $note) {
    id status grantedCents paidCents grantedAt paidAt
    transitions { from to at by note }
  }
}`;

let testConventions = 0;
/** A convention of the tests' own holder and far-away years, so seeded filters stay exact. */
async function createTestConvention(overrides: Record<string, unknown> = {}) {
  testConventions += 1;
  const result = await server.execute(social, CREATE_CONVENTION, {
    input: {
      programme: '10 000 logements HLM accompagnés',
      name: `Convention de test ${testConventions}`,
      holder: 'Bailleur de test',
      partner: 'Association de test',
      startYear: 2040,
      endYear: 2042,
      plannedHouseholdsPerYear: 30,
      annualCostCents: 45_000_00,
      ...overrides,
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data?.createConvention as { id: string; name: string };
}

function lineInput(conventionId: string, overrides: Record<string, unknown> = {}) {
  return {
    conventionId,
    funderId: landlord.id,
    year: 2040,
    sharePercent: 25,
    plannedCents: 11_250_00,
    requestedCents: 11_250_00,
    ...overrides,
  };
}

describe('financing queries', () => {
  it('lists conventions as a connection ordered by start year, with keyset pages', async () => {
    const page1 = await server.execute(
      evaluator,
      '{ conventions(first: 1, filter: { holder: "ICF Habitat Atlantique" }) { totalCount edges { cursor node { id startYear } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(page1.errors).toBeUndefined();
    const conn1 = page1.data?.conventions as {
      totalCount: number;
      edges: { node: { id: string; startYear: number } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    // 2015–2017, the previous convention (2022–2024), the renewal (2025–2027).
    expect(conn1.totalCount).toBe(3);
    expect(conn1.edges.map((e) => e.node.id)).toEqual([first2015.id]);
    expect(conn1.pageInfo.hasNextPage).toBe(true);
    const page2 = await server.execute(
      evaluator,
      'query($after: String) { conventions(first: 1, after: $after, filter: { holder: "ICF Habitat Atlantique" }) { edges { node { id startYear } } pageInfo { hasNextPage } } }',
      { after: conn1.pageInfo.endCursor },
    );
    const conn2 = page2.data?.conventions as {
      edges: { node: { id: string; startYear: number } }[];
      pageInfo: { hasNextPage: boolean };
    };
    const previous = plan.conventions[2];
    expect(conn2.edges.map((e) => e.node)).toEqual([{ id: previous.id, startYear: previous.startYear }]);
    expect(conn2.pageInfo.hasNextPage).toBe(true);
  });

  it('filters conventions by the year they cover and by holder', async () => {
    const ids = async (filter: string) => {
      const result = await server.execute(
        evaluator,
        `{ conventions(filter: ${filter}) { totalCount edges { node { id } } } }`,
      );
      expect(result.errors).toBeUndefined();
      return (result.data!.conventions as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    };
    expect(await ids('{ activeInYear: 2016 }')).toEqual([first2015.id]);
    expect(await ids('{ activeInYear: 2026 }')).toEqual([renewal.id]);
    expect(await ids('{ activeInYear: 2020 }')).toEqual([]);
    expect(await ids('{ holder: "Nobody" }')).toEqual([]);
    expect(await ids('{ activeInYear: 2017, holder: "ICF Habitat Atlantique" }')).toEqual([first2015.id]);
  });

  it('refuses a page larger than 100 and a malformed cursor', async () => {
    expect(errorCode(await server.execute(evaluator, '{ conventions(first: 101) { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await server.execute(evaluator, '{ conventions(after: "garbage") { totalCount } }')),
    ).toBe('BAD_USER_INPUT');
  });

  it('computes measure-months and unit cost of the 2015 convention: 360 a year at 125 €', async () => {
    const result = await server.execute(
      evaluator,
      `{ convention(id: "${first2015.id}") { name programme holder partner startYear endYear years plannedHouseholdsPerYear annualCostCents plannedMeasureMonthsPerYear unitCostCents } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.convention).toEqual({
      name: 'Ensemble… une vision partagée du logement accompagné',
      programme: '10 000 logements HLM accompagnés',
      holder: 'ICF Habitat Atlantique',
      partner: 'Association Ensemble',
      startYear: 2015,
      endYear: 2017,
      years: [2015, 2016, 2017],
      plannedHouseholdsPerYear: 30,
      annualCostCents: 45_000_00,
      plannedMeasureMonthsPerYear: 360,
      unitCostCents: 12_500,
    });
  });

  it('shows the seeded funding of a year: 50 % national fund, 25 % landlord, 25 % State, paid at what was due', async () => {
    // The plan's accompaniments of the 2015 convention count 212 measure-months in 2015.
    expect(consumedMeasureMonths(plan.accompaniments, first2015.id, 2015, plan.today)).toBe(212);
    const result = await server.execute(
      evaluator,
      `{ convention(id: "${first2015.id}") {
          all: fundingLines { year }
          fundingLines(year: 2015) {
            year sharePercent plannedCents requestedCents grantedCents paidCents status requestedAt grantedAt paidAt
            funder { name kind } convention { id } transitions { from to by }
            history { kind by reason statusBefore statusAfter grantedCentsBefore grantedCentsAfter paidCentsBefore paidCentsAfter }
          }
        } }`,
    );
    expect(result.errors).toBeUndefined();
    const convention = result.data?.convention as {
      all: { year: number }[];
      fundingLines: {
        sharePercent: number;
        plannedCents: number;
        grantedCents: number;
        paidCents: number;
        status: string;
        requestedAt: string;
        grantedAt: string;
        paidAt: string;
        funder: { kind: string };
        convention: { id: string };
        transitions: { from: string; to: string; by: string }[];
        history: Record<string, unknown>[];
      }[];
    };
    expect(convention.all.map((l) => l.year)).toEqual([2015, 2015, 2015, 2016, 2016, 2016, 2017, 2017, 2017]);
    const lines = convention.fundingLines;
    // 212 measure-months × 125 € = 26,500 € due in 2015: 50 % is 13,250 €, 25 % is 6,625 €. Each
    // funder paid its share of that, not the 45,000 € planned.
    expect(
      lines.map((l) => [l.funder.kind, l.sharePercent, l.plannedCents, l.grantedCents, l.paidCents]),
    ).toEqual([
      ['NATIONAL_FUND', 50, 22_500_00, 22_500_00, 13_250_00],
      ['LANDLORD', 25, 11_250_00, 11_250_00, 6_625_00],
      ['STATE_DEPARTMENT', 25, 11_250_00, 11_250_00, 6_625_00],
    ]);
    for (const line of lines) {
      expect(line).toMatchObject({
        status: 'PAID',
        requestedAt: '2015-01-15',
        paidAt: '2016-02-15',
        convention: { id: first2015.id },
      });
      expect(line.requestedAt <= line.grantedAt && line.grantedAt <= line.paidAt).toBe(true);
      expect(line.transitions).toEqual([
        { from: 'REQUESTED', to: 'GRANTED', by: 'sm-nadia-benali' },
        { from: 'GRANTED', to: 'PAID', by: 'sm-nadia-benali' },
      ]);
      expect(line.history.map((h) => [h.kind, h.statusBefore, h.statusAfter])).toEqual([
        ['MOVED', 'REQUESTED', 'GRANTED'],
        ['MOVED', 'GRANTED', 'PAID'],
      ]);
      expect(line.history[1]).toMatchObject({
        by: 'sm-nadia-benali',
        reason: 'Versement au vu des 212 mois-mesures consommés en 2015',
        grantedCentsBefore: line.plannedCents,
        grantedCentsAfter: line.plannedCents,
        paidCentsBefore: null,
        paidCentsAfter: line.paidCents,
      });
    }
    const [, landlordLine, stateLine] = lines;
    // The landlord committed its first year with the convention; the State validated its share.
    expect(landlordLine.grantedAt).toBe('2015-02-01');
    expect(landlordLine.history[0].reason).toBe(
      'Engagement du bailleur pour la première année de la convention',
    );
    expect(stateLine.grantedAt).toBe('2015-04-15');
    expect(stateLine.history[0].reason).toBe('Part départementale validée par la DDCS');
  });

  it("seeds the landlord's second and third years as to be reviewed, then granted when reviewed", async () => {
    const result = await server.execute(
      evaluator,
      `{ convention(id: "${first2015.id}") { fundingLines {
          year status plannedCents grantedCents paidCents funder { kind }
          history { kind at statusBefore statusAfter requestedCentsAfter grantedCentsAfter reason }
        } } }`,
    );
    expect(result.errors).toBeUndefined();
    const landlordLines = (
      result.data!.convention as {
        fundingLines: {
          year: number;
          grantedCents: number;
          paidCents: number;
          funder: { kind: string };
          history: { at: string; statusBefore: string; statusAfter: string; reason: string }[];
        }[];
      }
    ).fundingLines.filter((l) => l.funder.kind === 'LANDLORD');
    expect(landlordLines.map((l) => [l.year, l.grantedCents, l.paidCents])).toEqual([
      [2015, 11_250_00, 6_625_00],
      // 317 measure-months in 2016 × 125 € × 25 % = 9,906.25 €, down to the euro.
      [2016, 11_250_00, 9_906_00],
      // Reviewed down to 80 % of the 11,250 € planned: 9,000 €; 316 measure-months in 2017 make
      // 9,875 € due, so it pays what was granted.
      [2017, 9_000_00, 9_000_00],
    ]);
    for (const line of landlordLines.slice(1)) {
      expect(line.history.map((h) => [h.statusBefore, h.statusAfter, h.at.slice(0, 10)])).toEqual([
        ['REQUESTED', 'TO_BE_REVIEWED', '2015-02-01'],
        ['TO_BE_REVIEWED', 'GRANTED', `${line.year}-02-15`],
        ['GRANTED', 'PAID', `${line.year + 1}-02-15`],
      ]);
      expect(line.history[0].reason).toBe(
        `Participation engagée pour la première année seulement, à revoir pour ${line.year}`,
      );
    }
    expect(landlordLines[2].history[1].reason).toBe('Participation revue pour 2017 : ramenée à 80 % du plan');
  });

  it('seeds the renewal: a first year paid at the little it consumed, this year granted, the next requested or to be reviewed', async () => {
    const result = await server.execute(
      evaluator,
      `{ convention(id: "${renewal.id}") { years fundingLines { year status paidCents requestedAt grantedAt paidAt funder { kind } history { kind reason } } } }`,
    );
    const { years, fundingLines } = result.data!.convention as {
      years: number[];
      fundingLines: {
        year: number;
        status: string;
        paidCents: number | null;
        requestedAt: string;
        grantedAt: string | null;
        paidAt: string | null;
        funder: { kind: string };
        history: { kind: string; reason: string }[];
      }[];
    };
    expect(years).toEqual([2025, 2026, 2027]);
    // The renewal's thirty households are followed from 2026; in 2025 only the household carried
    // over from the previous convention, January to May: 5 measure-months, 5 × 125 € = 625 €.
    expect(consumedMeasureMonths(plan.accompaniments, renewal.id, 2025, plan.today)).toBe(5);
    const byYear = (year: number) =>
      fundingLines
        .filter((l) => l.year === year)
        .map((l) => `${l.funder.kind}:${l.status}`)
        .sort();
    expect(byYear(2025)).toEqual(['LANDLORD:PAID', 'NATIONAL_FUND:PAID', 'STATE_DEPARTMENT:PAID']);
    expect(byYear(2026)).toEqual(['LANDLORD:GRANTED', 'NATIONAL_FUND:GRANTED', 'STATE_DEPARTMENT:GRANTED']);
    expect(byYear(2027)).toEqual([
      'LANDLORD:TO_BE_REVIEWED',
      'NATIONAL_FUND:REQUESTED',
      'STATE_DEPARTMENT:REQUESTED',
    ]);
    // Each share of 625 €, down to the euro: 25 % = 156.25 → 156 €, 50 % = 312.50 → 312 €; paid in
    // February 2026.
    const paid = fundingLines
      .filter((l) => l.year === 2025)
      .map((l) => [l.funder.kind, l.paidCents, l.paidAt, l.history.at(-1)?.reason])
      .sort();
    const reason = 'Versement au vu des 5 mois-mesures consommés en 2025';
    expect(paid).toEqual([
      ['LANDLORD', 156_00, '2026-02-15', reason],
      ['NATIONAL_FUND', 312_00, '2026-02-15', reason],
      ['STATE_DEPARTMENT', 156_00, '2026-02-15', reason],
    ]);
    for (const line of fundingLines) {
      expect(line.requestedAt <= plan.today).toBe(true);
      if (line.year > 2025) expect(line.paidAt).toBeNull();
    }
    expect(fundingLines.filter((l) => l.year === 2027).every((l) => l.grantedAt === null)).toBe(true);
  });

  it("gives evaluators the department's and the region's opinions on the 2015 convention, in French", async () => {
    const result = await server.execute(
      evaluator,
      `{ convention(id: "${first2015.id}") { evaluations {
          level authorOrganisation date departmentOpinion relevance reproducibility regionalOpinion text convention { id }
        } } }`,
    );
    expect(result.errors).toBeUndefined();
    const [department, region] = (result.data!.convention as { evaluations: Record<string, unknown>[] })
      .evaluations;
    expect(department).toMatchObject({
      level: 'DEPARTMENT',
      authorOrganisation: 'DDCS 76',
      reproducibility: 'HIGH',
      regionalOpinion: null,
      convention: { id: first2015.id },
    });
    expect(department.relevance).toMatch(/appel à projets/);
    expect(department.departmentOpinion).toMatch(/^Avis favorable/);
    expect(department.text).toMatch(/^Conditions jugées nécessaires/);
    expect(region).toMatchObject({
      level: 'REGION',
      authorOrganisation: 'DREAL Normandie',
      regionalOpinion: 'FAVOURABLE',
      reproducibility: null,
      relevance: null,
    });
    expect(region.text).toMatch(/niveau régional/);
    const none = await server.execute(
      evaluator,
      `{ convention(id: "${renewal.id}") { evaluations { id } } }`,
    );
    expect(none.data?.convention).toEqual({ evaluations: [] });
  });

  it('lists the funders by name and reads one by id', async () => {
    const list = await server.execute(evaluator, '{ funders { id name kind } }');
    expect(list.errors).toBeUndefined();
    const funders = list.data?.funders as { id: string; name: string; kind: string }[];
    expect(funders.map((f) => f.name)).toEqual(
      plan.funders.map((f) => f.name).sort((a, b) => (a < b ? -1 : 1)),
    );
    expect(new Set(funders.map((f) => f.kind))).toEqual(
      new Set(['LANDLORD', 'STATE_DEPARTMENT', 'NATIONAL_FUND']),
    );
    const one = await server.execute(evaluator, `{ funder(id: "${state.id}") { name kind } }`);
    expect(one.data?.funder).toEqual({ name: state.name, kind: 'STATE_DEPARTMENT' });
  });

  const EVERYTHING = () =>
    `{ conventions(first: 5) { totalCount } funders { id } convention(id: "${first2015.id}") { fundingLines(year: 2016) { id } evaluations { id } } }`;

  it('lets every role read conventions, funders, funding lines and evaluations, integrators with the financing:read scope', async () => {
    for (const actor of [
      actorFor('RENTAL_MANAGER'),
      actorFor('SOCIAL_MANAGER'),
      actorFor('SUPPORT_WORKER'),
      actorFor('EVALUATOR'),
      actorFor('INTEGRATOR', { scopes: ['financing:read'] }),
      actorFor('ADMIN'),
    ]) {
      const result = await server.execute(actor, EVERYTHING());
      expect(result.errors).toBeUndefined();
      expect((result.data!.convention as { fundingLines: unknown[] }).fundingLines).toHaveLength(3);
    }
  });

  it('refuses an integrator without the financing:read scope, also through _entities', async () => {
    const integrator = actorFor('INTEGRATOR', { scopes: ['housing:read', 'households:read'] });
    expect(errorCode(await server.execute(integrator, EVERYTHING()))).toBe('FORBIDDEN');
    const entities = await server.execute(
      integrator,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Convention { id name } } }',
      { reps: [{ __typename: 'Convention', id: first2015.id }] },
    );
    expect(entities.data?._entities).toEqual([null]);
    expect(errorCode(entities)).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    for (const query of [
      `{ convention(id: "${MISSING_ID}") { id } }`,
      '{ convention(id: "nope") { id } }',
      `{ funder(id: "${MISSING_ID}") { id } }`,
      '{ funder(id: "nope") { id } }',
    ]) {
      expect(errorCode(await server.execute(evaluator, query))).toBe('NOT_FOUND');
    }
  });
});

describe('creating conventions', () => {
  it('creates a convention for social management and records who did it', async () => {
    const result = await server.execute(social, CREATE_CONVENTION, {
      input: {
        programme: '10 000 logements HLM accompagnés',
        name: 'Convention Elbeuf 2045',
        holder: 'Bailleur de test',
        partner: 'Association de test',
        startYear: 2045,
        endYear: 2046,
        plannedHouseholdsPerYear: 20,
        annualCostCents: 30_000_00,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createConvention).toMatchObject({
      name: 'Convention Elbeuf 2045',
      years: [2045, 2046],
      plannedMeasureMonthsPerYear: 240,
      unitCostCents: 12_500,
    });
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute(
        `select created_by, updated_by from financing.convention where name = 'Convention Elbeuf 2045'`,
      );
    expect(rows[0]).toEqual({ created_by: social.userId, updated_by: social.userId });
  });

  it('lets an admin create one too', async () => {
    const result = await server.execute(admin, CREATE_CONVENTION, {
      input: {
        programme: 'Programme',
        name: 'Convention admin',
        holder: 'Bailleur de test',
        partner: 'Association de test',
        startYear: 2050,
        endYear: 2050,
        plannedHouseholdsPerYear: 1,
        annualCostCents: 1_200,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createConvention).toMatchObject({ years: [2050], unitCostCents: 100 });
  });

  it('refuses a duplicate name with CONFLICT', async () => {
    const { name } = await createTestConvention();
    const before = await counts();
    const result = await server.execute(social, CREATE_CONVENTION, {
      input: {
        programme: 'Programme',
        name,
        holder: 'Bailleur de test',
        partner: 'Association de test',
        startYear: 2040,
        endYear: 2042,
        plannedHouseholdsPerYear: 30,
        annualCostCents: 45_000_00,
      },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('rejects an end before the start, years out of range, non-positive plans and a missing field, writing nothing', async () => {
    const base = {
      programme: 'Programme',
      name: 'Convention invalide',
      holder: 'Bailleur de test',
      partner: 'Association de test',
      startYear: 2040,
      endYear: 2042,
      plannedHouseholdsPerYear: 30,
      annualCostCents: 45_000_00,
    };
    const before = await counts();
    for (const input of [
      { ...base, endYear: 2039 },
      { ...base, startYear: 1999 },
      { ...base, endYear: 2101 },
      { ...base, plannedHouseholdsPerYear: 0 },
      { ...base, annualCostCents: -1 },
      { ...base, annualCostCents: 0 },
      { ...base, name: '' },
    ]) {
      expect(errorCode(await server.execute(social, CREATE_CONVENTION, { input }))).toBe('BAD_USER_INPUT');
    }
    const { holder: _omit, ...missing } = base;
    expect(errorCode(await server.execute(social, CREATE_CONVENTION, { input: missing }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await counts()).toEqual(before);
  });

  it('keeps the year rules in the database too', async () => {
    const insert = (start: number, end: number) =>
      orm.em
        .fork()
        .getConnection()
        .execute(
          `insert into financing.convention (id, created_by, updated_by, programme, name, holder, partner, start_year, end_year, planned_households_per_year, annual_cost_cents)
           values (gen_random_uuid(), 't', 't', 'P', 'raw ${start}-${end}', 'H', 'A', ${start}, ${end}, 30, 100)`,
        );
    await expect(insert(2041, 2040)).rejects.toThrow(/convention_end_after_start/);
    await expect(insert(1990, 1991)).rejects.toThrow(/convention_years_in_range/);
  });
});

describe('funding lines', () => {
  it('adds the three shares of a year up to 100 % and records who requested them, and when', async () => {
    const { id } = await createTestConvention();
    const shares: [string, number][] = [
      [nationalFund.id, 50],
      [landlord.id, 25],
      [state.id, 25],
    ];
    for (const [funderId, sharePercent] of shares) {
      const amount = (45_000_00 * sharePercent) / 100;
      const result = await server.execute(social, ADD_LINE, {
        input: lineInput(id, { funderId, sharePercent, plannedCents: amount, requestedCents: amount }),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.addFundingLine).toMatchObject({
        year: 2040,
        sharePercent,
        plannedCents: amount,
        requestedCents: amount,
        grantedCents: null,
        paidCents: null,
        status: 'REQUESTED',
        requestedAt: today(),
        convention: { id },
      });
    }
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute(
        `select created_by, sum(share_percent)::int as total from financing.funding_line where convention_id = ? group by created_by`,
        [id],
      );
    expect(rows).toEqual([{ created_by: social.userId, total: 100 }]);
  });

  it('refuses a share that would take the year above 100 % and writes nothing', async () => {
    const { id } = await createTestConvention();
    await server.execute(social, ADD_LINE, {
      input: lineInput(id, { funderId: nationalFund.id, sharePercent: 50 }),
    });
    await server.execute(social, ADD_LINE, {
      input: lineInput(id, { funderId: landlord.id, sharePercent: 25 }),
    });
    const before = await counts();
    const result = await server.execute(social, ADD_LINE, {
      input: lineInput(id, { funderId: state.id, sharePercent: 30 }),
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions).toMatchObject({ allocatedPercent: 75, availablePercent: 25 });
    expect(await counts()).toEqual(before);
    // Another year of the same convention has its own 100 %.
    const otherYear = await server.execute(social, ADD_LINE, {
      input: lineInput(id, { funderId: state.id, sharePercent: 30, year: 2041 }),
    });
    expect(otherYear.errors).toBeUndefined();
  });

  it('refuses the same funder twice for a convention and year with CONFLICT', async () => {
    const { id } = await createTestConvention();
    expect((await server.execute(social, ADD_LINE, { input: lineInput(id) })).errors).toBeUndefined();
    const before = await counts();
    const again = await server.execute(social, ADD_LINE, { input: lineInput(id, { sharePercent: 10 }) });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it("rejects a year outside the convention's years, bad amounts and shares, writing nothing", async () => {
    const { id } = await createTestConvention();
    const before = await counts();
    for (const overrides of [
      { year: 2039 },
      { year: 2043 },
      { plannedCents: -1 },
      { requestedCents: -100 },
      { sharePercent: 0 },
      { sharePercent: 101 },
      { conventionId: 'not-a-uuid' },
    ]) {
      expect(errorCode(await server.execute(social, ADD_LINE, { input: lineInput(id, overrides) }))).toBe(
        'BAD_USER_INPUT',
      );
    }
    const { year: _omit, ...missing } = lineInput(id);
    expect(errorCode(await server.execute(social, ADD_LINE, { input: missing }))).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown convention or funder', async () => {
    const { id } = await createTestConvention();
    expect(errorCode(await server.execute(social, ADD_LINE, { input: lineInput(MISSING_ID) }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(await server.execute(social, ADD_LINE, { input: lineInput(id, { funderId: MISSING_ID }) })),
    ).toBe('NOT_FOUND');
  });

  it('moves a line REQUESTED → GRANTED → PAID, recording each move with who, when and why', async () => {
    const { id } = await createTestConvention();
    const added = await server.execute(admin, ADD_LINE, { input: lineInput(id) });
    const lineId = (added.data!.addFundingLine as { id: string }).id;

    const granted = await server.execute(social, MOVE_LINE, {
      id: lineId,
      to: 'GRANTED',
      amountCents: 10_000_00,
      note: 'Notification de la DDCS',
    });
    expect(granted.errors).toBeUndefined();
    expect(granted.data?.moveFundingLine).toMatchObject({
      status: 'GRANTED',
      grantedCents: 10_000_00,
      grantedAt: today(),
      paidCents: null,
      transitions: [{ from: 'REQUESTED', to: 'GRANTED', by: social.userId, note: 'Notification de la DDCS' }],
    });

    const paid = await server.execute(admin, MOVE_LINE, { id: lineId, to: 'PAID', amountCents: 9_500_00 });
    expect(paid.errors).toBeUndefined();
    const line = paid.data?.moveFundingLine as {
      status: string;
      paidCents: number;
      paidAt: string;
      transitions: { from: string; to: string; by: string; note: string | null; at: string }[];
    };
    expect(line).toMatchObject({
      status: 'PAID',
      grantedCents: 10_000_00,
      paidCents: 9_500_00,
      paidAt: today(),
    });
    expect(line.transitions.map((t) => [t.from, t.to, t.by, t.note])).toEqual([
      ['REQUESTED', 'GRANTED', social.userId, 'Notification de la DDCS'],
      ['GRANTED', 'PAID', admin.userId, null],
    ]);
    expect(line.transitions[1].at.slice(0, 10)).toBe(plan.today);
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute('select updated_by from financing.funding_line where id = ?', [lineId]);
    expect(rows[0].updated_by).toBe(admin.userId);
  });

  it('refuses moves outside REQUESTED → GRANTED → PAID with CONFLICT, changing nothing', async () => {
    const { id } = await createTestConvention();
    const added = await server.execute(social, ADD_LINE, { input: lineInput(id) });
    const lineId = (added.data!.addFundingLine as { id: string }).id;
    const before = await counts();
    const skip = await server.execute(social, MOVE_LINE, { id: lineId, to: 'PAID', amountCents: 100 });
    expect(errorCode(skip)).toBe('CONFLICT');
    expect(skip.errors?.[0].extensions).toMatchObject({
      from: 'REQUESTED',
      to: 'PAID',
      allowed: ['TO_BE_REVIEWED', 'GRANTED'],
    });
    expect(errorCode(await server.execute(social, MOVE_LINE, { id: lineId, to: 'REQUESTED' }))).toBe(
      'CONFLICT',
    );
    expect(await counts()).toEqual(before);

    await server.execute(social, MOVE_LINE, { id: lineId, to: 'GRANTED', amountCents: 500 });
    expect(
      errorCode(await server.execute(social, MOVE_LINE, { id: lineId, to: 'GRANTED', amountCents: 600 })),
    ).toBe('CONFLICT');
    await server.execute(social, MOVE_LINE, { id: lineId, to: 'PAID', amountCents: 500 });
    for (const to of ['REQUESTED', 'GRANTED', 'PAID']) {
      expect(errorCode(await server.execute(social, MOVE_LINE, { id: lineId, to, amountCents: 1 }))).toBe(
        'CONFLICT',
      );
    }
  });

  it('needs an amount to grant or pay, and pays at most what was granted', async () => {
    const { id } = await createTestConvention();
    const added = await server.execute(social, ADD_LINE, { input: lineInput(id) });
    const lineId = (added.data!.addFundingLine as { id: string }).id;
    const before = await counts();
    expect(errorCode(await server.execute(social, MOVE_LINE, { id: lineId, to: 'GRANTED' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await server.execute(social, MOVE_LINE, { id: lineId, to: 'GRANTED', amountCents: -5 })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await server.execute(social, MOVE_LINE, { id: lineId, to: 'REFUNDED', amountCents: 5 })),
    ).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);

    await server.execute(social, MOVE_LINE, { id: lineId, to: 'GRANTED', amountCents: 1_000 });
    const tooMuch = await server.execute(social, MOVE_LINE, { id: lineId, to: 'PAID', amountCents: 1_001 });
    expect(errorCode(tooMuch)).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.execute(social, MOVE_LINE, { id: lineId, to: 'PAID' }))).toBe(
      'BAD_USER_INPUT',
    );
    const state = await orm.em
      .fork()
      .getConnection()
      .execute('select status, paid_cents from financing.funding_line where id = ?', [lineId]);
    expect(state[0]).toEqual({ status: 'GRANTED', paid_cents: null });
  });

  it('answers NOT_FOUND when moving an unknown or malformed line', async () => {
    for (const id of [MISSING_ID, 'nope']) {
      expect(errorCode(await server.execute(social, MOVE_LINE, { id, to: 'GRANTED', amountCents: 1 }))).toBe(
        'NOT_FOUND',
      );
    }
  });

  it('keeps the status rules in the database too', async () => {
    const line = first2015.fundingLines[0];
    await expect(
      orm.em
        .fork()
        .getConnection()
        .execute(`update financing.funding_line set paid_cents = null where id = '${line.id}'`),
    ).rejects.toThrow(/funding_line_paid_has_amount/);
    await expect(
      orm.em
        .fork()
        .getConnection()
        .execute(`update financing.funding_line set share_percent = 0 where id = '${line.id}'`),
    ).rejects.toThrow(/funding_line_share_range/);
  });
});

describe('revising and cancelling funding lines', () => {
  // A server whose clock stands still at 10:30 in Paris on the plan's day (CET: 09:30 UTC).
  const AT = '2026-11-15T09:30:00.000Z';
  let frozen: SubgraphServer;
  beforeAll(async () => {
    frozen = await createServer({ orm, gatewaySecret: 'test-secret', clock: frozenClock(AT) });
  });
  afterAll(async () => {
    await frozen.stop();
  });

  const HISTORY = `history {
    kind at by reason statusBefore statusAfter requestedCentsBefore requestedCentsAfter
    grantedCentsBefore grantedCentsAfter paidCentsBefore paidCentsAfter
  }`;
  const REVISE = `mutation($id: ID!, $requestedCents: Int, $grantedCents: Int, $reason: String!) {
    reviseFundingLine(id: $id, requestedCents: $requestedCents, grantedCents: $grantedCents, reason: $reason) {
      id status requestedCents grantedCents paidCents ${HISTORY}
    }
  }`;
  const CANCEL = `mutation($id: ID!, $reason: String!) {
    cancelFundingLine(id: $id, reason: $reason) { id status requestedCents grantedCents paidCents ${HISTORY} }
  }`;
  const MOVE = `mutation($id: ID!, $to: FundingStatus!, $amountCents: Int, $note: String) {
    moveFundingLine(id: $id, to: $to, amountCents: $amountCents, note: $note) { id status ${HISTORY} }
  }`;

  async function newLine(): Promise<string> {
    const { id } = await createTestConvention();
    const added = await frozen.execute(social, ADD_LINE, { input: lineInput(id) });
    expect(added.errors).toBeUndefined();
    return (added.data!.addFundingLine as { id: string }).id;
  }
  const changes = () => count('funding_line_change');

  it('revises the requested, then the granted amount, with who, when and why in the history', async () => {
    const id = await newLine();
    // Committed in principle at the 11,250 € requested, to be reviewed.
    const toReview = await frozen.execute(social, MOVE, {
      id,
      to: 'TO_BE_REVIEWED',
      note: 'À revoir en 2041',
    });
    expect(toReview.errors).toBeUndefined();
    const revised = await frozen.execute(social, REVISE, {
      id,
      requestedCents: 10_000_00,
      reason: '  Budget du bailleur revu  ',
    });
    expect(revised.errors).toBeUndefined();
    expect(revised.data?.reviseFundingLine).toMatchObject({
      status: 'TO_BE_REVIEWED',
      requestedCents: 10_000_00,
      grantedCents: null,
    });
    await frozen.execute(admin, MOVE, { id, to: 'GRANTED', amountCents: 9_000_00 });
    const regranted = await frozen.execute(admin, REVISE, {
      id,
      grantedCents: 9_500_00,
      reason: 'Complément accordé en commission',
    });
    expect(regranted.errors).toBeUndefined();
    const line = regranted.data?.reviseFundingLine as { grantedCents: number; history: unknown[] };
    expect(line.grantedCents).toBe(9_500_00);
    expect(line.history).toEqual([
      {
        kind: 'MOVED',
        at: AT,
        by: social.userId,
        reason: 'À revoir en 2041',
        statusBefore: 'REQUESTED',
        statusAfter: 'TO_BE_REVIEWED',
        requestedCentsBefore: 11_250_00,
        requestedCentsAfter: 11_250_00,
        grantedCentsBefore: null,
        grantedCentsAfter: null,
        paidCentsBefore: null,
        paidCentsAfter: null,
      },
      {
        kind: 'REVISED',
        at: AT,
        by: social.userId,
        reason: 'Budget du bailleur revu', // trimmed
        statusBefore: 'TO_BE_REVIEWED',
        statusAfter: 'TO_BE_REVIEWED',
        requestedCentsBefore: 11_250_00,
        requestedCentsAfter: 10_000_00,
        grantedCentsBefore: null,
        grantedCentsAfter: null,
        paidCentsBefore: null,
        paidCentsAfter: null,
      },
      {
        kind: 'MOVED',
        at: AT,
        by: admin.userId,
        reason: null,
        statusBefore: 'TO_BE_REVIEWED',
        statusAfter: 'GRANTED',
        requestedCentsBefore: 10_000_00,
        requestedCentsAfter: 10_000_00,
        grantedCentsBefore: null,
        grantedCentsAfter: 9_000_00,
        paidCentsBefore: null,
        paidCentsAfter: null,
      },
      {
        kind: 'REVISED',
        at: AT,
        by: admin.userId,
        reason: 'Complément accordé en commission',
        statusBefore: 'GRANTED',
        statusAfter: 'GRANTED',
        requestedCentsBefore: 10_000_00,
        requestedCentsAfter: 10_000_00,
        grantedCentsBefore: 9_000_00,
        grantedCentsAfter: 9_500_00,
        paidCentsBefore: null,
        paidCentsAfter: null,
      },
    ]);
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute('select updated_by, requested_cents, granted_cents from financing.funding_line where id = ?', [
        id,
      ]);
    expect(rows[0]).toEqual({
      updated_by: admin.userId,
      requested_cents: 10_000_00,
      granted_cents: 9_500_00,
    });
  });

  it('cancels a granted line with its reason, keeping its amounts', async () => {
    const id = await newLine();
    await frozen.execute(social, MOVE, { id, to: 'GRANTED', amountCents: 11_250_00 });
    const cancelled = await frozen.execute(social, CANCEL, { id, reason: 'Le bailleur se retire' });
    expect(cancelled.errors).toBeUndefined();
    const line = cancelled.data?.cancelFundingLine as {
      status: string;
      grantedCents: number;
      history: unknown[];
    };
    expect(line).toMatchObject({ status: 'CANCELLED', requestedCents: 11_250_00, grantedCents: 11_250_00 });
    expect(line.history.at(-1)).toEqual({
      kind: 'CANCELLED',
      at: AT,
      by: social.userId,
      reason: 'Le bailleur se retire',
      statusBefore: 'GRANTED',
      statusAfter: 'CANCELLED',
      requestedCentsBefore: 11_250_00,
      requestedCentsAfter: 11_250_00,
      grantedCentsBefore: 11_250_00,
      grantedCentsAfter: 11_250_00,
      paidCentsBefore: null,
      paidCentsAfter: null,
    });
  });

  it('refuses bad input with BAD_USER_INPUT, changing nothing', async () => {
    const id = await newLine();
    const before = { ...(await counts()), changes: await changes() };
    for (const variables of [
      { id, requestedCents: 5_000_00, reason: '' }, // no reason
      { id, requestedCents: 5_000_00, reason: '   ' }, // a blank one
      { id, requestedCents: 5_000_00, reason: 'x'.repeat(2001) }, // too long
      { id, reason: 'Rien' }, // no amount
      { id, requestedCents: -1, reason: 'Négatif' },
      { id, requestedCents: 11_250_00, reason: 'Le même montant' }, // changes nothing
      { id, grantedCents: 5_000_00, reason: 'Pas encore accordée' }, // a REQUESTED line has no grant
    ]) {
      expect(errorCode(await frozen.execute(social, REVISE, variables))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await frozen.execute(social, REVISE, { id, requestedCents: 1 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await frozen.execute(social, CANCEL, { id, reason: ' ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await frozen.execute(social, CANCEL, { id }))).toBe('BAD_USER_INPUT');
    const named = await frozen.execute(social, REVISE, {
      id,
      grantedCents: 1,
      reason: 'Pas encore accordée',
    });
    expect(named.errors?.[0].extensions).toMatchObject({ argument: 'grantedCents' });
    expect({ ...(await counts()), changes: await changes() }).toEqual(before);
  });

  it('refuses to cancel a paid line or to revise or cancel a cancelled one with CONFLICT', async () => {
    const paid = await newLine();
    await frozen.execute(social, MOVE, { id: paid, to: 'GRANTED', amountCents: 1_000_00 });
    await frozen.execute(social, MOVE, { id: paid, to: 'PAID', amountCents: 800_00 });
    const cancelled = await newLine();
    await frozen.execute(social, CANCEL, { id: cancelled, reason: 'Retrait' });
    const before = { ...(await counts()), changes: await changes() };
    expect(errorCode(await frozen.execute(social, CANCEL, { id: paid, reason: 'Trop tard' }))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(
        await frozen.execute(social, REVISE, { id: paid, grantedCents: 900_00, reason: 'Trop tard' }),
      ),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await frozen.execute(social, REVISE, { id: cancelled, requestedCents: 1, reason: 'Reprise' }),
      ),
    ).toBe('CONFLICT');
    expect(errorCode(await frozen.execute(social, CANCEL, { id: cancelled, reason: 'Encore' }))).toBe(
      'CONFLICT',
    );
    // Cancelling is its own mutation, with a reason: no move leads there.
    expect(
      errorCode(await frozen.execute(social, MOVE, { id: cancelled, to: 'GRANTED', amountCents: 1 })),
    ).toBe('CONFLICT');
    expect({ ...(await counts()), changes: await changes() }).toEqual(before);
    const row = await orm.em
      .fork()
      .getConnection()
      .execute('select status, paid_cents from financing.funding_line where id = ?', [paid]);
    expect(row[0]).toEqual({ status: 'PAID', paid_cents: 800_00 });
  });

  it('answers NOT_FOUND for an unknown or malformed line, and FORBIDDEN to who may not manage funding', async () => {
    for (const id of [MISSING_ID, 'nope']) {
      expect(
        errorCode(await frozen.execute(social, REVISE, { id, requestedCents: 1, reason: 'Inconnue' })),
      ).toBe('NOT_FOUND');
      expect(errorCode(await frozen.execute(social, CANCEL, { id, reason: 'Inconnue' }))).toBe('NOT_FOUND');
    }
    const id = await newLine();
    const before = await changes();
    for (const role of ['EVALUATOR', 'SUPPORT_WORKER', 'RENTAL_MANAGER'] as const) {
      const actor = actorFor(role);
      expect(errorCode(await frozen.execute(actor, REVISE, { id, requestedCents: 1, reason: 'Non' }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await frozen.execute(actor, CANCEL, { id, reason: 'Non' }))).toBe('FORBIDDEN');
    }
    expect(await changes()).toBe(before);
  });

  it('keeps the history rules in the database too', async () => {
    const id = await newLine();
    await frozen.execute(social, MOVE, { id, to: 'GRANTED', amountCents: 1_000_00 });
    await expect(
      orm.em
        .fork()
        .getConnection()
        .execute(`update financing.funding_line_change set reason = '  ' where funding_line_id = '${id}'`),
    ).rejects.toThrow(/funding_line_change_reason_not_blank/);
    await expect(
      orm.em
        .fork()
        .getConnection()
        .execute(`update financing.funding_line set status = 'ANNULÉE' where id = '${id}'`),
    ).rejects.toThrow(/funding_line_status_check/);
  });
});

describe('roles', () => {
  it('lets only social management and admins write; evaluators and others get FORBIDDEN', async () => {
    const { id } = await createTestConvention();
    const added = await server.execute(social, ADD_LINE, { input: lineInput(id) });
    const lineId = (added.data!.addFundingLine as { id: string }).id;
    const before = await counts();
    for (const role of ['EVALUATOR', 'SUPPORT_WORKER', 'RENTAL_MANAGER', 'INTEGRATOR'] as const) {
      const actor = actorFor(role);
      const create = await server.execute(actor, CREATE_CONVENTION, {
        input: {
          programme: 'Programme',
          name: `Convention ${role}`,
          holder: 'Bailleur de test',
          partner: 'Association de test',
          startYear: 2040,
          endYear: 2040,
          plannedHouseholdsPerYear: 1,
          annualCostCents: 100,
        },
      });
      expect(errorCode(create)).toBe('FORBIDDEN');
      expect(
        errorCode(await server.execute(actor, ADD_LINE, { input: lineInput(id, { funderId: state.id }) })),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await server.execute(actor, MOVE_LINE, { id: lineId, to: 'GRANTED', amountCents: 1 })),
      ).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('federation', () => {
  it('resolves Convention, Funder, FundingLine and Evaluation references, unknown ids as null with NOT_FOUND', async () => {
    const line = first2015.fundingLines[0];
    const evaluations = await orm.em
      .fork()
      .getConnection()
      .execute('select id from financing.evaluation order by date');
    const result = await server.execute(
      evaluator,
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        __typename
        ... on Convention { name unitCostCents }
        ... on Funder { name }
        ... on FundingLine { year status funder { kind } }
        ... on Evaluation { level }
      } }`,
      {
        reps: [
          { __typename: 'Convention', id: first2015.id },
          { __typename: 'Funder', id: landlord.id },
          { __typename: 'FundingLine', id: line.id },
          { __typename: 'Evaluation', id: evaluations[1].id },
          { __typename: 'Convention', id: MISSING_ID },
        ],
      },
    );
    // The unknown one: null, with NOT_FOUND at its place.
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 4], 'NOT_FOUND'],
    ]);
    expect(result.data?._entities).toEqual([
      { __typename: 'Convention', name: first2015.name, unitCostCents: 12_500 },
      { __typename: 'Funder', name: landlord.name },
      {
        __typename: 'FundingLine',
        year: line.year,
        status: 'PAID',
        funder: { kind: plan.funders.find((f) => f.id === line.funderId)?.kind },
      },
      { __typename: 'Evaluation', level: 'REGION' },
      null,
    ]);
  });

  it('answers with the same number of SQL statements whatever the page or batch size', async () => {
    const counter = sqlCounter();
    const countingOrm = await openOrm(db.url, counter.onQuery);
    const counting = await createServer({
      orm: countingOrm,
      gatewaySecret: 'test-secret',
      clock: clockOn(plan.today),
    });
    try {
      const page = `query($first: Int) { conventions(first: $first, filter: { holder: "ICF Habitat Atlantique" }) { edges { node {
        fundingLines { funder { name } transitions { to } convention { name } } evaluations { level convention { id } }
      } } } }`;
      const statementsFor = async (query: string, variables: Record<string, unknown>) => {
        counter.reset();
        const result = await counting.execute(evaluator, query, variables);
        expect(result.errors).toBeUndefined();
        return counter.count;
      };
      const one = await statementsFor(page, { first: 1 });
      const two = await statementsFor(page, { first: 2 });
      expect(two).toBe(one);

      const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on FundingLine { funder { name } } } }`;
      const lines = plan.conventions.flatMap((c) => c.fundingLines);
      const few = await statementsFor(entities, {
        reps: lines.slice(0, 1).map((l) => ({ __typename: 'FundingLine', id: l.id })),
      });
      const many = await statementsFor(entities, {
        reps: lines.map((l) => ({ __typename: 'FundingLine', id: l.id })),
      });
      expect(few).toBe(2);
      expect(many).toBe(few);
    } finally {
      await counting.stop();
      await countingOrm.close();
    }
  });
});

describe('financing over HTTP', () => {
  let url: string;
  beforeAll(async () => {
    url = (await server.listen(0)).url;
  });

  it('refuses a caller without the gateway secret', async () => {
    expect(await postGraphQL(url, '{ funders { id } }')).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('refuses a gateway call that names nobody', async () => {
    expect(await postGraphQL(url, '{ funders { id } }', { 'x-ash-gateway-secret': 'test-secret' })).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });
});
