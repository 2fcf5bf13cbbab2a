import { buildDemoPlan } from '@ash/demo';
import { localDate, startOfLocalDay } from '@ash/kit';
import { actorFor, errorCode, postGraphQL, sqlCounter } from '@ash/testkit';
import {
  dataOf,
  type Subgraph,
  startSubgraph as startSeeded,
  stopSubgraph,
  UNKNOWN_ID,
  versionOf,
} from './support';

const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });
const rental = actorFor('RENTAL_MANAGER');
const social = actorFor('SOCIAL_MANAGER');
const admin = actorFor('ADMIN');
const supportWorker = actorFor('SUPPORT_WORKER');
const evaluator = actorFor('EVALUATOR');
const OPEN = (status: string) => status !== 'MOVED_IN' && status !== 'WITHDRAWN';

const startSubgraph = (label: string, onQuery?: (sql: string) => void) =>
  startSeeded(label, plan, { onQuery });

type Page<T> = {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

describe('households subgraph: reads', () => {
  let sub: Subgraph;
  const counter = sqlCounter();
  beforeAll(async () => {
    sub = await startSubgraph('households_reads', counter.onQuery);
  });
  afterAll(() => stopSubgraph(sub));

  async function allPages<T>(
    field: string,
    selection: string,
    filter: Record<string, unknown> | null = null,
    first = 7,
  ) {
    const nodes: T[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const result = await sub.server.execute(
        social,
        `query($after: String, $first: Int, $filter: ${field === 'households' ? 'HouseholdFilter' : 'ApplicationFilter'}) {
          ${field}(first: $first, after: $after, filter: $filter) {
            totalCount edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
        { after, first, filter },
      );
      expect(result.errors).toBeUndefined();
      const page = result.data?.[field] as Page<T>;
      totalCount = page.totalCount;
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { nodes, totalCount };
  }

  it('lists households by reference in keyset pages with totalCount', async () => {
    const { nodes, totalCount } = await allPages<{ reference: string }>('households', 'reference');
    expect(totalCount).toBe(plan.households.length);
    expect(nodes.map((n) => n.reference)).toEqual(plan.households.map((h) => h.reference).sort());
  });

  it('filters households by target public, single parent, DALO and open application', async () => {
    const open = new Set(plan.applications.filter((a) => OPEN(a.status)).map((a) => a.householdId));
    const cases: [Record<string, unknown>, (h: (typeof plan.households)[number]) => boolean][] = [
      [
        { targetPublics: ['LEAVING_PRISON', 'ISOLATED_TENANT'] },
        (h) => h.targetPublic === 'LEAVING_PRISON' || h.targetPublic === 'ISOLATED_TENANT',
      ],
      [{ singleParent: true }, (h) => h.singleParent],
      [{ dalo: true, singleParent: false }, (h) => h.dalo && !h.singleParent],
      [{ hasOpenApplication: true }, (h) => open.has(h.id)],
      [
        { hasOpenApplication: false, targetPublics: ['SINGLE_PARENT'] },
        (h) => !open.has(h.id) && h.targetPublic === 'SINGLE_PARENT',
      ],
    ];
    for (const [filter, keep] of cases) {
      const { nodes, totalCount } = await allPages<{ id: string }>('households', 'id', filter, 100);
      const expected = plan.households.filter(keep).map((h) => h.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(totalCount).toBe(expected.length);
      expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected));
    }
  });

  it('reads one household with its members, computed counts, consent and applications', async () => {
    const household = plan.households.find(
      (h) => h.members.some((m) => m.role === 'CHILD') && h.consentToShareDate,
    )!;
    const application = plan.applications.find((a) => a.householdId === household.id)!;
    const result = await sub.server.execute(
      social,
      `query($id: ID!) { household(id: $id) { id reference size adults children consentToShare consentToShareDate
        monthlyResourcesCents targetPublic members { id firstName role birthDate age household { id } }
        applications { registrationNumber status } } }`,
      { id: household.id },
    );
    expect(result.errors).toBeUndefined();
    const got = result.data?.household as {
      size: number;
      adults: number;
      children: number;
      consentToShare: boolean;
      members: { id: string; role: string; age: number; birthDate: string; household: { id: string } }[];
      applications: { registrationNumber: string; status: string }[];
    };
    const adults = household.members.filter((m) => m.role === 'ADULT').length;
    expect(got).toMatchObject({
      reference: household.reference,
      size: household.members.length,
      adults,
      children: household.members.length - adults,
      consentToShare: true,
      consentToShareDate: household.consentToShareDate,
      monthlyResourcesCents: household.monthlyResourcesCents,
      targetPublic: household.targetPublic,
      applications: [{ registrationNumber: application.registrationNumber, status: application.status }],
    });
    expect(got.members.map((m) => m.role)).toEqual([...household.members.map((m) => m.role)].sort());
    for (const member of got.members) {
      expect(member.household.id).toBe(household.id);
      const birth = new Date(member.birthDate);
      // Ages are on the server's day, the plan's.
      const years = (Date.parse(plan.today) - birth.getTime()) / (365.25 * 24 * 3600 * 1000);
      expect(Math.abs(member.age - years)).toBeLessThan(1);
    }
  });

  it('lists applications by submission date then id', async () => {
    const { nodes, totalCount } = await allPages<{ id: string; submittedAt: string }>(
      'applications',
      'id submittedAt',
    );
    expect(totalCount).toBe(plan.applications.length);
    const expected = [...plan.applications]
      .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id))
      .map((a) => a.id);
    expect(nodes.map((n) => n.id)).toEqual(expected);
  });

  it('filters applications by status, target public, commune and typology', async () => {
    const target = (a: (typeof plan.applications)[number]) =>
      plan.households.find((h) => h.id === a.householdId)?.targetPublic;
    const cases: [Record<string, unknown>, (a: (typeof plan.applications)[number]) => boolean][] = [
      [
        { statuses: ['READY_FOR_COMMISSION', 'SCHEDULED'] },
        (a) => ['READY_FOR_COMMISSION', 'SCHEDULED'].includes(a.status),
      ],
      [{ targetPublics: ['SINGLE_PARENT'] }, (a) => target(a) === 'SINGLE_PARENT'],
      [
        { communes: ['Sotteville-lès-Rouen', 'Elbeuf'] },
        (a) => a.desiredCommunes.some((c) => ['Sotteville-lès-Rouen', 'Elbeuf'].includes(c)),
      ],
      [{ typologies: ['T4'] }, (a) => a.desiredTypologies.includes('T4')],
      [
        { typologies: ['T1', 'T2'], communes: ['Rouen'] },
        (a) =>
          a.desiredCommunes.includes('Rouen') && a.desiredTypologies.some((t) => t === 'T1' || t === 'T2'),
      ],
    ];
    for (const [filter, keep] of cases) {
      const { nodes, totalCount } = await allPages<{ id: string }>('applications', 'id', filter, 100);
      const expected = plan.applications.filter(keep).map((a) => a.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(totalCount).toBe(expected.length);
      expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected));
    }
  });

  it('reads an application with its household, allocated dwelling and dated history', async () => {
    const application = plan.applications.find((a) => a.status === 'MOVED_IN' && a.dwellingId)!;
    const result = await sub.server.execute(
      social,
      `query($id: ID!) { application(id: $id) { registrationNumber status desiredTypologies desiredCommunes
        maxRentCents submittedAt statusChangedAt slidingLeaseProposed household { id } allocatedDwelling { id }
        transitions { from to at by note } } }`,
      { id: application.id },
    );
    expect(result.errors).toBeUndefined();
    const got = result.data?.application as {
      transitions: { from: string; to: string; at: string; by: string; note: string | null }[];
      statusChangedAt: string;
    };
    expect(got).toMatchObject({
      registrationNumber: application.registrationNumber,
      status: 'MOVED_IN',
      desiredTypologies: application.desiredTypologies,
      desiredCommunes: application.desiredCommunes,
      maxRentCents: application.maxRentCents,
      submittedAt: application.submittedAt,
      slidingLeaseProposed: application.slidingLease,
      household: { id: application.householdId },
      allocatedDwelling: { id: application.dwellingId },
    });
    const froms = ['RECEIVED', ...application.history.slice(0, -1).map((h) => h.to)];
    expect(got.transitions).toEqual(
      application.history.map((h, i) => ({
        from: froms[i],
        to: h.to,
        // The seed dates each step at the start of its day at the agency (Paris).
        at: startOfLocalDay(h.at).toISOString(),
        by: h.by,
        note: h.note,
      })),
    );
    expect(got.statusChangedAt).toBe(got.transitions.at(-1)?.at);
  });

  it('lists commissions latest first with their ranked candidacies', async () => {
    const result = await sub.server.execute(
      social,
      `{ commissions(first: 100) { totalCount edges { node { id sessionDate status
        candidacies { rank decision decisionReason insufficientDemand dwelling { id } application { id }
          commission { id } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const conn = result.data?.commissions as Page<{
      id: string;
      sessionDate: string;
      status: string;
      candidacies: {
        rank: number;
        decision: string | null;
        insufficientDemand: boolean;
        dwelling: { id: string };
        application: { id: string };
        commission: { id: string };
      }[];
    }>;
    expect(conn.totalCount).toBe(plan.commissions.length);
    const dates = conn.edges.map((e) => e.node.sessionDate);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const { node } of conn.edges) {
      const planned = plan.commissions.find((c) => c.id === node.id)!;
      expect(node.status).toBe(planned.sessionDate < plan.today ? 'HELD' : 'PLANNED');
      const expected = planned.items.flatMap((item) =>
        item.candidates.map((c) => ({
          dwellingId: item.dwellingId,
          applicationId: c.applicationId,
          rank: c.rank,
          decision: c.decision,
          insufficientDemand: item.insufficientDemand,
        })),
      );
      expect(
        node.candidacies.map((c) => ({
          dwellingId: c.dwelling.id,
          applicationId: c.application.id,
          rank: c.rank,
          decision: c.decision,
          insufficientDemand: c.insufficientDemand,
        })),
      ).toEqual(expected.sort((a, b) => a.dwellingId.localeCompare(b.dwellingId) || a.rank - b.rank));
      for (const candidacy of node.candidacies) expect(candidacy.commission.id).toBe(node.id);
    }
    expect(conn.edges.some((e) => e.node.status === 'PLANNED')).toBe(true);
    expect(conn.edges.some((e) => e.node.status === 'HELD')).toBe(true);
  });

  it('reads one commission by id', async () => {
    const commission = plan.commissions[0];
    const result = await sub.server.execute(social, `{ commission(id: "${commission.id}") { sessionDate } }`);
    expect(result.data?.commission).toEqual({ sessionDate: commission.sessionDate });
  });

  it('does not issue more SQL statements for a bigger page', async () => {
    const query = `query($first: Int) { households(first: $first) { edges { node { size adults children members { age }
      applications { transitions { to } allocatedDwelling { id } household { reference } } } } } }`;
    counter.reset();
    const small = await sub.server.execute(social, query, { first: 3 });
    expect(small.errors).toBeUndefined();
    const smallCount = counter.count;
    counter.reset();
    const big = await sub.server.execute(social, query, { first: 60 });
    expect(big.errors).toBeUndefined();
    expect(dataOf<Page<unknown>>(big, 'households').edges).toHaveLength(60);
    expect(counter.count).toBe(smallCount);

    const commissions = `{ commissions(first: 100) { edges { node { candidacies { application { household { size } } } } } } }`;
    counter.reset();
    expect((await sub.server.execute(social, commissions)).errors).toBeUndefined();
    // page + count, candidacies, applications, households, members
    expect(counter.count).toBeLessThanOrEqual(6);
  });

  it('resolves references of every owned entity type in one batch per type', async () => {
    const household = plan.households[0];
    const application = plan.applications.find((a) => a.dwellingId)!;
    const representations = [
      { __typename: 'Household', id: household.id },
      { __typename: 'Household', id: plan.households[1].id },
      { __typename: 'Person', id: household.members[0].id },
      { __typename: 'Application', id: application.id },
      { __typename: 'Commission', id: plan.commissions[0].id },
      { __typename: 'Dwelling', id: application.dwellingId },
      { __typename: 'Household', id: UNKNOWN_ID },
    ];
    counter.reset();
    const result = await sub.server.execute(
      rental,
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Household { reference size }
        ... on Person { firstName }
        ... on Application { registrationNumber allocatedDwelling { id } }
        ... on Commission { sessionDate }
        ... on Dwelling { id } } }`,
      { reps: representations },
    );
    // The unknown household: null, with NOT_FOUND at its place.
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', representations.length - 1], 'NOT_FOUND'],
    ]);
    expect(result.data?._entities).toEqual([
      { reference: household.reference, size: household.members.length },
      { reference: plan.households[1].reference, size: plan.households[1].members.length },
      { firstName: household.members[0].firstName },
      {
        registrationNumber: application.registrationNumber,
        allocatedDwelling: { id: application.dwellingId },
      },
      { sessionDate: plan.commissions[0].sessionDate },
      { id: application.dwellingId },
      null,
    ]);
    // households, persons, applications, commissions, then members of both households
    expect(counter.count).toBe(5);
  });

  it('keeps person-level data from evaluators, including through references', async () => {
    for (const query of [
      '{ households { totalCount } }',
      `{ household(id: "${plan.households[0].id}") { reference } }`,
      '{ applications { totalCount } }',
      `{ application(id: "${plan.applications[0].id}") { status } }`,
      '{ commissions { totalCount } }',
      `{ commission(id: "${plan.commissions[0].id}") { sessionDate } }`,
    ]) {
      expect(errorCode(await sub.server.execute(evaluator, query))).toBe('FORBIDDEN');
    }
    for (const [typename, id] of [
      ['Household', plan.households[0].id],
      ['Person', plan.households[0].members[0].id],
      ['Application', plan.applications[0].id],
      ['Commission', plan.commissions[0].id],
    ]) {
      const result = await sub.server.execute(
        evaluator,
        `query($reps: [_Any!]!) { _entities(representations: $reps) { __typename } }`,
        { reps: [{ __typename: typename, id }] },
      );
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    // Support workers read person data (their caseload is filtered in accompaniment).
    expect((await sub.server.execute(supportWorker, '{ households { totalCount } }')).errors).toBeUndefined();
  });

  it('answers NOT_FOUND for unknown or malformed ids', async () => {
    for (const field of ['household', 'application', 'commission']) {
      expect(errorCode(await sub.server.execute(social, `{ ${field}(id: "${UNKNOWN_ID}") { id } }`))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await sub.server.execute(social, `{ ${field}(id: "nope") { id } }`))).toBe(
        'NOT_FOUND',
      );
    }
  });

  it('refuses a page larger than 100 and a forged cursor', async () => {
    expect(errorCode(await sub.server.execute(social, '{ applications(first: 101) { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await sub.server.execute(social, '{ households(after: "garbage") { totalCount } }')),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('households subgraph: writes', () => {
  let sub: Subgraph;
  let serial = 0;
  beforeAll(async () => {
    sub = await startSubgraph('households_writes');
  });
  afterAll(() => stopSubgraph(sub));

  const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) {
    id reference size adults children consentToShare singleParent targetPublic members { firstName role } } }`;
  // Rental management records the target public but reads back only that there is one.
  const REGISTER_AS_RENTAL = REGISTER.replace('targetPublic', 'priorityPublic');
  const UPDATE = `mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) {
    monthlyResourcesCents housingBenefitCents dalo targetPublic consentToShare consentToShareDate } }`;
  const UPDATE_MEMBERS = `mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) {
    id size members { firstName } } }`;
  const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) {
    id status submittedAt desiredTypologies desiredCommunes household { id } transitions { to } } }`;
  const MOVE = `mutation($id: ID!, $to: ApplicationStatus!, $note: String) { moveApplication(id: $id, to: $to, note: $note) {
    status statusChangedAt allocatedDwelling { id } transitions { from to at by note } } }`;

  const householdInput = (overrides: Record<string, unknown> = {}) => ({
    reference: `TEST-${++serial}`,
    members: [
      { firstName: 'Amina', lastName: 'Diallo', birthDate: '1990-04-12', role: 'ADULT' },
      { firstName: 'Lina', lastName: 'Diallo', birthDate: '2019-09-01', role: 'CHILD' },
    ],
    singleParent: true,
    monthlyResourcesCents: 98_000,
    housingBenefitCents: 24_000,
    targetPublic: 'SINGLE_PARENT',
    consentToShareDate: '2026-10-01',
    ...overrides,
  });
  const applicationInput = (householdId: string, overrides: Record<string, unknown> = {}) => ({
    householdId,
    registrationNumber: `07626${String(9_000_000 + ++serial)}`,
    desiredTypologies: ['T3', 'T2', 'T3'],
    desiredCommunes: ['Rouen', 'Elbeuf'],
    maxRentCents: 40_000,
    ...overrides,
  });

  async function count(table: string): Promise<number> {
    const rows = await sub.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from households.${table}`);
    return rows[0].n;
  }

  async function newApplication(): Promise<{ householdId: string; applicationId: string }> {
    const household = await sub.server.execute(rental, REGISTER_AS_RENTAL, { input: householdInput() });
    expect(household.errors).toBeUndefined();
    const householdId = dataOf<{ id: string }>(household, 'registerHousehold').id;
    const application = await sub.server.execute(rental, SUBMIT, { input: applicationInput(householdId) });
    expect(application.errors).toBeUndefined();
    return { householdId, applicationId: dataOf<{ id: string }>(application, 'submitApplication').id };
  }

  async function move(actor: typeof social, id: string, to: string, note?: string) {
    return sub.server.execute(actor, MOVE, { id, to, note });
  }

  it('registers a household with its members and records who did it', async () => {
    const input = householdInput();
    const result = await sub.server.execute(rental, REGISTER_AS_RENTAL, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerHousehold).toMatchObject({
      reference: input.reference,
      size: 2,
      adults: 1,
      children: 1,
      consentToShare: true,
      singleParent: true,
      priorityPublic: true,
      members: [
        { firstName: 'Amina', role: 'ADULT' },
        { firstName: 'Lina', role: 'CHILD' },
      ],
    });
    const rows = await sub.orm.em
      .fork()
      .getConnection()
      .execute(
        `select h.created_by, h.updated_by, p.created_by as person_by, h.target_public
         from households.household h
         join households.person p on p.household_id = h.id where h.reference = ?`,
        [input.reference],
      );
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row).toEqual({
        created_by: rental.userId,
        updated_by: rental.userId,
        person_by: rental.userId,
        target_public: 'SINGLE_PARENT',
      });
  });

  it('refuses a duplicate household reference with CONFLICT', async () => {
    const result = await sub.server.execute(social, REGISTER, {
      input: householdInput({ reference: plan.households[0].reference }),
    });
    expect(errorCode(result)).toBe('CONFLICT');
  });

  it('rejects bad household input and writes nothing', async () => {
    const before = [await count('household'), await count('person')];
    const { monthlyResourcesCents: _omit, ...missing } = householdInput();
    const bad: Record<string, unknown>[] = [
      householdInput({ monthlyResourcesCents: -1 }),
      householdInput({ housingBenefitCents: -500 }),
      householdInput({ targetPublic: 'STUDENT' }),
      householdInput({ members: [] }),
      householdInput({
        members: [{ firstName: 'Lina', lastName: 'Diallo', birthDate: '2019-09-01', role: 'CHILD' }],
      }),
      householdInput({
        members: [{ firstName: 'Amina', lastName: 'Diallo', birthDate: '2999-01-01', role: 'ADULT' }],
      }),
      householdInput({
        members: [{ firstName: '', lastName: 'Diallo', birthDate: '1990-01-01', role: 'ADULT' }],
      }),
      householdInput({ consentToShareDate: 'yesterday' }),
      missing,
    ];
    for (const input of bad) {
      const result = await sub.server.execute(social, REGISTER, { input });
      expect({ input, code: errorCode(result) }).toEqual({ input, code: 'BAD_USER_INPUT' });
    }
    expect([await count('household'), await count('person')]).toEqual(before);
  });

  it('updates a household and withdraws consent with a null date', async () => {
    const household = plan.households.find((h) => h.consentToShareDate && h.targetPublic)!;
    const result = await sub.server.execute(social, UPDATE, {
      id: household.id,
      input: {
        version: await versionOf(sub, 'household', household.id),
        monthlyResourcesCents: 123_400,
        dalo: true,
        consentToShareDate: null,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateHousehold).toEqual({
      monthlyResourcesCents: 123_400,
      housingBenefitCents: household.housingBenefitCents,
      dalo: true,
      targetPublic: household.targetPublic,
      consentToShare: false,
      consentToShareDate: null,
    });
    const cleared = await sub.server.execute(admin, UPDATE, {
      id: household.id,
      input: { version: await versionOf(sub, 'household', household.id), targetPublic: null },
    });
    expect(cleared.data?.updateHousehold).toMatchObject({
      targetPublic: null,
      monthlyResourcesCents: 123_400,
    });
    const [row] = await sub.orm.em
      .fork()
      .getConnection()
      .execute('select updated_by from households.household where id = ?', [household.id]);
    expect(row.updated_by).toBe(admin.userId);
  });

  it('keeps both managers’ work: of two changes made on the same read, one is saved, the other is a CONFLICT', async () => {
    const household = plan.households[5];
    const read = await versionOf(sub, 'household', household.id);
    // Two tabs read the household, then each saves its own change at once.
    const [first, second] = await Promise.all([
      sub.server.execute(social, UPDATE, {
        id: household.id,
        input: { version: read, monthlyResourcesCents: 100_000 },
      }),
      sub.server.execute(admin, UPDATE, {
        id: household.id,
        input: { version: read, housingBenefitCents: 5_000 },
      }),
    ]);
    const codes = [errorCode(first), errorCode(second)];
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(1);
    const refused = [first, second].find((r) => errorCode(r) === 'CONFLICT');
    expect(refused?.errors?.[0].message).toMatch(/changed since you read it/);
    // What was saved is the winner's change alone; the loser reads again and saves on top of it.
    const [row] = await sub.sql<{
      version: number;
      monthly_resources_cents: number;
      housing_benefit_cents: number;
    }>(
      'select version, monthly_resources_cents, housing_benefit_cents from households.household where id = ?',
      [household.id],
    );
    expect(row.version).toBe(read + 1);
    const won = codes[0] === undefined ? 'first' : 'second';
    expect(row.monthly_resources_cents).toBe(won === 'first' ? 100_000 : household.monthlyResourcesCents);
    expect(row.housing_benefit_cents).toBe(won === 'second' ? 5_000 : household.housingBenefitCents);
    const again = await sub.server.execute(won === 'first' ? admin : social, UPDATE, {
      id: household.id,
      input: {
        version: row.version,
        ...(won === 'first' ? { housingBenefitCents: 5_000 } : { monthlyResourcesCents: 100_000 }),
      },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data?.updateHousehold).toMatchObject({
      monthlyResourcesCents: 100_000,
      housingBenefitCents: 5_000,
    });
  });

  it('changes, adds and removes members with the household, and refuses a composition without an adult', async () => {
    const registered = await sub.server.execute(social, REGISTER, { input: householdInput() });
    const householdId = dataOf<{ id: string }>(registered, 'registerHousehold').id;
    const MEMBERS = `query($id: ID!) { household(id: $id) { version size adults children
      members { id firstName lastName birthDate role } } }`;
    type Read = {
      version: number;
      size: number;
      members: { id: string; firstName: string; lastName: string; birthDate: string; role: string }[];
    };
    const read = async () =>
      dataOf<Read>(await sub.server.execute(social, MEMBERS, { id: householdId }), 'household');
    const before = await read();
    const [amina, lina] = before.members;
    // Amina's last name corrected, Lina leaves, a second adult joins.
    const result = await sub.server.execute(social, UPDATE_MEMBERS, {
      id: householdId,
      input: {
        version: before.version,
        members: [
          {
            id: amina.id,
            firstName: 'Amina',
            lastName: 'Diallo-Sow',
            birthDate: '1990-04-12',
            role: 'ADULT',
          },
          { firstName: 'Moussa', lastName: 'Sow', birthDate: '1988-02-03', role: 'ADULT' },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    const after = await read();
    expect(after).toMatchObject({ version: before.version + 1, size: 2 });
    // Adults first, oldest first: Moussa (1988) before Amina (1990).
    expect(after.members.map(({ firstName, lastName, role }) => [firstName, lastName, role])).toEqual([
      ['Moussa', 'Sow', 'ADULT'],
      ['Amina', 'Diallo-Sow', 'ADULT'],
    ]);
    expect(after.members.find((m) => m.firstName === 'Amina')?.id).toBe(amina.id);
    expect(after.members.some((m) => m.id === lina.id)).toBe(false);

    // Refused, nothing changed: no adult left, a member of another household, a birth in the future.
    const refusals: [Record<string, unknown>[], string][] = [
      [[{ firstName: 'Lina', lastName: 'Diallo', birthDate: '2019-09-01', role: 'CHILD' }], 'NO_ADULT'],
      [
        [{ id: UNKNOWN_ID, firstName: 'Amina', lastName: 'Diallo', birthDate: '1990-04-12', role: 'ADULT' }],
        'UNKNOWN_MEMBER',
      ],
      [
        [{ firstName: 'Amina', lastName: 'Diallo', birthDate: '2026-11-16', role: 'ADULT' }],
        'DATE_IN_FUTURE',
      ],
    ];
    for (const [members, reason] of refusals) {
      const refused = await sub.server.execute(social, UPDATE_MEMBERS, {
        id: householdId,
        input: { version: after.version, members },
      });
      expect({ reason, got: refused.errors?.[0]?.extensions?.reason }).toEqual({ reason, got: reason });
    }
    const empty = await sub.server.execute(social, UPDATE_MEMBERS, {
      id: householdId,
      input: { version: after.version, members: [] },
    });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(await read()).toEqual(after);
  });

  it('rejects a bad update and changes nothing', async () => {
    const household = plan.households[2];
    for (const input of [
      { housingBenefitCents: -1 },
      { targetPublic: 'NOBODY' },
      { consentToShareDate: '2999-01-01' },
    ]) {
      const version = await versionOf(sub, 'household', household.id);
      expect(
        errorCode(
          await sub.server.execute(social, UPDATE, { id: household.id, input: { version, ...input } }),
        ),
      ).toBe('BAD_USER_INPUT');
    }
    const [row] = await sub.orm.em
      .fork()
      .getConnection()
      .execute('select housing_benefit_cents, updated_by from households.household where id = ?', [
        household.id,
      ]);
    expect(row).toEqual({ housing_benefit_cents: household.housingBenefitCents, updated_by: 'seed' });
    expect(
      errorCode(
        await sub.server.execute(social, UPDATE, { id: UNKNOWN_ID, input: { version: 1, dalo: true } }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('submits an application and refuses a second open one for the household', async () => {
    const household = await sub.server.execute(social, REGISTER, { input: householdInput() });
    const householdId = dataOf<{ id: string }>(household, 'registerHousehold').id;
    const result = await sub.server.execute(social, SUBMIT, { input: applicationInput(householdId) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitApplication).toMatchObject({
      status: 'RECEIVED',
      submittedAt: plan.today,
      desiredTypologies: ['T3', 'T2'],
      desiredCommunes: ['Rouen', 'Elbeuf'],
      household: { id: householdId },
      transitions: [],
    });
    const before = await count('application');
    expect(
      errorCode(await sub.server.execute(social, SUBMIT, { input: applicationInput(householdId) })),
    ).toBe('CONFLICT');
    const seededOpen = plan.applications.find((a) => OPEN(a.status))!;
    expect(
      errorCode(
        await sub.server.execute(rental, SUBMIT, { input: applicationInput(seededOpen.householdId) }),
      ),
    ).toBe('CONFLICT');
    expect(await count('application')).toBe(before);
  });

  it('lets a household apply again once its application is closed', async () => {
    const closed = plan.applications.find((a) => a.status === 'WITHDRAWN')!;
    const result = await sub.server.execute(admin, SUBMIT, { input: applicationInput(closed.householdId) });
    expect(result.errors).toBeUndefined();
    const [row] = await sub.orm.em
      .fork()
      .getConnection()
      .execute('select created_by from households.application where id = ?', [
        dataOf<{ id: string }>(result, 'submitApplication').id,
      ]);
    expect(row.created_by).toBe(admin.userId);
  });

  it('rejects bad application input and writes nothing', async () => {
    const household = await sub.server.execute(social, REGISTER, { input: householdInput() });
    const householdId = dataOf<{ id: string }>(household, 'registerHousehold').id;
    const before = await count('application');
    const { maxRentCents: _omit, ...missing } = applicationInput(householdId);
    for (const input of [
      applicationInput(householdId, { maxRentCents: -1 }),
      applicationInput(householdId, { desiredTypologies: [] }),
      applicationInput(householdId, { desiredTypologies: ['T9'] }),
      applicationInput(householdId, { desiredCommunes: [] }),
      applicationInput(householdId, { registrationNumber: 'not a number' }),
      applicationInput('nope'),
      missing,
    ]) {
      const result = await sub.server.execute(social, SUBMIT, { input });
      expect({ input, code: errorCode(result) }).toEqual({ input, code: 'BAD_USER_INPUT' });
    }
    expect(errorCode(await sub.server.execute(social, SUBMIT, { input: applicationInput(UNKNOWN_ID) }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(
        await sub.server.execute(social, SUBMIT, {
          input: applicationInput(householdId, {
            registrationNumber: plan.applications[0].registrationNumber,
          }),
        }),
      ),
    ).toBe('CONFLICT');
    expect(await count('application')).toBe(before);
  });

  it('forbids household and application writes to support workers, evaluators and integrators', async () => {
    const before = [await count('household'), await count('application')];
    for (const role of ['SUPPORT_WORKER', 'EVALUATOR', 'INTEGRATOR'] as const) {
      const actor = actorFor(role);
      expect(errorCode(await sub.server.execute(actor, REGISTER, { input: householdInput() }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(
          await sub.server.execute(actor, UPDATE, {
            id: plan.households[0].id,
            input: { version: 1, dalo: true },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await sub.server.execute(actor, SUBMIT, { input: applicationInput(plan.households[0].id) }),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await move(actor, plan.applications[0].id, 'WITHDRAWN'))).toBe('FORBIDDEN');
    }
    expect([await count('household'), await count('application')]).toEqual(before);
  });

  it('moves an application through the pipeline and records every move', async () => {
    const { applicationId } = await newApplication();
    const oriented = await move(rental, applicationId, 'ORIENTED', 'Orientée vers la gestion sociale');
    expect(oriented.errors).toBeUndefined();
    for (const to of [
      'SHARED_REVIEW',
      'READY_FOR_COMMISSION',
      'SCHEDULED',
      'DECIDED',
      'LEASE_SIGNED',
      'MOVED_IN',
    ]) {
      const result = await move(social, applicationId, to);
      expect(result.errors).toBeUndefined();
    }
    const result = await sub.server.execute(
      social,
      `{ application(id: "${applicationId}") { status statusChangedAt transitions { from to at by note } } }`,
    );
    const got = result.data?.application as {
      status: string;
      statusChangedAt: string;
      transitions: { from: string; to: string; at: string; by: string; note: string | null }[];
    };
    expect(got.status).toBe('MOVED_IN');
    expect(got.transitions.map((t) => [t.from, t.to, t.by])).toEqual([
      ['RECEIVED', 'ORIENTED', rental.userId],
      ['ORIENTED', 'SHARED_REVIEW', social.userId],
      ['SHARED_REVIEW', 'READY_FOR_COMMISSION', social.userId],
      ['READY_FOR_COMMISSION', 'SCHEDULED', social.userId],
      ['SCHEDULED', 'DECIDED', social.userId],
      ['DECIDED', 'LEASE_SIGNED', social.userId],
      ['LEASE_SIGNED', 'MOVED_IN', social.userId],
    ]);
    expect(got.transitions[0].note).toBe('Orientée vers la gestion sociale');
    expect(got.statusChangedAt).toBe(got.transitions.at(-1)?.at);
    expect(localDate(new Date(got.statusChangedAt))).toBe(plan.today);
    // MOVED_IN is final.
    expect(errorCode(await move(admin, applicationId, 'WITHDRAWN'))).toBe('CONFLICT');
  });

  it('refuses moves the pipeline does not allow with CONFLICT, and records nothing', async () => {
    const { applicationId } = await newApplication();
    const before = await count('application_transition');
    expect(errorCode(await move(social, applicationId, 'SCHEDULED'))).toBe('CONFLICT');
    expect(errorCode(await move(social, applicationId, 'RECEIVED'))).toBe('CONFLICT');
    expect(await count('application_transition')).toBe(before);
    expect((await move(social, applicationId, 'WITHDRAWN', 'Relogée par ailleurs')).errors).toBeUndefined();
    expect(errorCode(await move(admin, applicationId, 'ORIENTED'))).toBe('CONFLICT');
    expect(await count('application_transition')).toBe(before + 1);
  });

  it('lets rental management only orient or withdraw', async () => {
    const { applicationId } = await newApplication();
    expect(errorCode(await move(rental, applicationId, 'SHARED_REVIEW'))).toBe('FORBIDDEN');
    expect((await move(rental, applicationId, 'ORIENTED')).errors).toBeUndefined();
    expect(errorCode(await move(rental, applicationId, 'SHARED_REVIEW'))).toBe('FORBIDDEN');
    expect((await move(social, applicationId, 'SHARED_REVIEW')).errors).toBeUndefined();
    // Back to orientation is social management's call.
    expect(errorCode(await move(rental, applicationId, 'ORIENTED'))).toBe('FORBIDDEN');
    const withdrawn = await move(rental, applicationId, 'WITHDRAWN', 'Le ménage a renoncé');
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data?.moveApplication).toMatchObject({ status: 'WITHDRAWN' });
  });

  it('tells each role the steps it may move an application to (nextStatuses)', async () => {
    const { applicationId } = await newApplication();
    const steps = async (actor: typeof social) => {
      const result = await sub.server.execute(
        actor,
        `query($id: ID!) { application(id: $id) { nextStatuses } }`,
        {
          id: applicationId,
        },
      );
      expect(result.errors).toBeUndefined();
      return dataOf<{ nextStatuses: string[] }>(result, 'application').nextStatuses;
    };
    // RECEIVED: the pipeline allows ORIENTED or WITHDRAWN, and rental management may do both.
    expect(await steps(rental)).toEqual(['ORIENTED', 'WITHDRAWN']);
    expect(await steps(social)).toEqual(['ORIENTED', 'WITHDRAWN']);
    expect((await move(rental, applicationId, 'ORIENTED')).errors).toBeUndefined();
    // ORIENTED: SHARED_REVIEW is social management's; rental management may only withdraw.
    expect(await steps(rental)).toEqual(['WITHDRAWN']);
    expect(await steps(admin)).toEqual(['SHARED_REVIEW', 'WITHDRAWN']);
    // MOVED_IN is final: no step for anyone.
    const movedIn = plan.applications.find((a) => a.status === 'MOVED_IN')!;
    const final = await sub.server.execute(
      admin,
      `query($id: ID!) { application(id: $id) { nextStatuses } }`,
      {
        id: movedIn.id,
      },
    );
    expect(dataOf<{ nextStatuses: string[] }>(final, 'application').nextStatuses).toEqual([]);
  });

  it('names the field and the reason of a refusal, for the forms to say it next to the field', async () => {
    const extensions = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => {
      const { code, field, reason } = result.errors?.[0]?.extensions ?? {};
      return { code, field, reason };
    };
    const taken = await sub.server.execute(social, REGISTER, {
      input: householdInput({ reference: plan.households[0].reference }),
    });
    expect(extensions(taken)).toEqual({ code: 'CONFLICT', field: 'reference', reason: 'REFERENCE_TAKEN' });
    const childOnly = await sub.server.execute(social, REGISTER, {
      input: householdInput({
        members: [{ firstName: 'Lina', lastName: 'Diallo', birthDate: '2019-09-01', role: 'CHILD' }],
      }),
    });
    expect(extensions(childOnly)).toEqual({ code: 'BAD_USER_INPUT', field: 'members', reason: 'NO_ADULT' });
    const { householdId } = await newApplication();
    const used = await sub.server.execute(social, REGISTER, { input: householdInput() });
    const otherId = dataOf<{ id: string }>(used, 'registerHousehold').id;
    const duplicate = await sub.server.execute(social, SUBMIT, {
      input: applicationInput(otherId, { registrationNumber: plan.applications[0].registrationNumber }),
    });
    expect(extensions(duplicate)).toEqual({
      code: 'CONFLICT',
      field: 'registrationNumber',
      reason: 'REGISTRATION_NUMBER_TAKEN',
    });
    const second = await sub.server.execute(social, SUBMIT, { input: applicationInput(householdId) });
    expect(extensions(second)).toEqual({ code: 'CONFLICT', field: undefined, reason: 'OPEN_APPLICATION' });
  });

  it('frees the allocated dwelling when a decided application goes back to the queue', async () => {
    const decided = plan.applications.find((a) => a.status === 'DECIDED' && a.dwellingId)!;
    const result = await move(social, decided.id, 'READY_FOR_COMMISSION', 'Refus du logement proposé');
    expect(result.errors).toBeUndefined();
    const got = result.data?.moveApplication as {
      status: string;
      allocatedDwelling: null;
      transitions: { from: string; to: string; by: string; note: string }[];
    };
    expect(got.status).toBe('READY_FOR_COMMISSION');
    expect(got.allocatedDwelling).toBeNull();
    expect(got.transitions.at(-1)).toMatchObject({
      from: 'DECIDED',
      to: 'READY_FOR_COMMISSION',
      by: social.userId,
      note: 'Refus du logement proposé',
    });
    expect(got.transitions).toHaveLength(decided.history.length + 1);
  });

  it('rejects an unknown target status, an unknown application and an over-long note', async () => {
    const { applicationId } = await newApplication();
    expect(errorCode(await move(social, applicationId, 'HOUSED'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await move(social, applicationId, 'ORIENTED', 'x'.repeat(2001)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await move(social, UNKNOWN_ID, 'ORIENTED'))).toBe('NOT_FOUND');
    const [row] = await sub.orm.em
      .fork()
      .getConnection()
      .execute('select status from households.application where id = ?', [applicationId]);
    expect(row.status).toBe('RECEIVED');
  });

  it('keeps the rules in the database too', async () => {
    const connection = sub.orm.em.fork().getConnection();
    const household = plan.households[0];
    const application = plan.applications[0];
    const statements = [
      `update households.household set monthly_resources_cents = -1 where id = '${household.id}'`,
      `update households.application set desired_typologies = '{T9}' where id = '${application.id}'`,
      `update households.application set desired_communes = '{}' where id = '${application.id}'`,
      `update households.application set max_rent_cents = -5 where id = '${application.id}'`,
      `update households.candidacy set rank = 0`,
      // A decision always has its reason; a withdrawn candidacy stays undecided.
      `update households.candidacy set decision_reason = null where decision is not null`,
      `update households.candidacy set withdrawn_at = now() where decision is not null`,
      `update households.candidacy set decision_reason = 'SOMETHING'`,
    ];
    for (const sql of statements)
      await expect(connection.execute(sql)).rejects.toMatchObject({ code: '23514' });
    const held = plan.commissions.find((c) => c.items.length > 0 && c.sessionDate < plan.today)!;
    const item = held.items[0];
    const other = plan.applications.find((a) => a.status === 'READY_FOR_COMMISSION')!;
    await expect(
      connection.execute(
        `insert into households.candidacy (id, created_by, updated_by, commission_id, dwelling_id, application_id, rank, decision, decision_reason)
         values (gen_random_uuid(), 't', 't', '${held.id}', '${item.dwellingId}', '${other.id}', 2, 'ALLOCATED_UNDER_CONDITION', 'CONDITION_SUPPORT_REQUIRED')`,
      ),
    ).rejects.toMatchObject({ code: '23505' });
  });
});

describe('households over HTTP', () => {
  let sub: Subgraph;
  let url: string;
  beforeAll(async () => {
    sub = await startSubgraph('households_http');
    url = (await sub.server.listen(0)).url;
  });
  afterAll(() => stopSubgraph(sub));

  it('refuses a caller without the gateway secret', async () => {
    expect(await postGraphQL(url, '{ households { totalCount } }')).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('answers the gateway with the forwarded actor', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-ash-gateway-secret': 'test-secret',
        'x-ash-actor': Buffer.from(JSON.stringify(social)).toString('base64url'),
      },
      body: JSON.stringify({ query: '{ households { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { data: { households: { totalCount: number } } }).data.households
        .totalCount,
    ).toBe(plan.households.length);
  });
});
