import { buildDemoPlan, demoUser, type PlanConvention } from '@ash/demo';
import {
  buildClientSchema,
  type DocumentNode,
  type GraphQLObjectType,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  type IntrospectionQuery,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  print,
} from 'graphql';
import { type GraphQLResponse, startSystem, type TestSystem } from './system';

/*
 * No view of the dashboard gets `data: null` (or a whole list nulled) on the full demo data, whatever
 * the role. The queries are the dashboard's own, taken from its generated documents (client/src/gql),
 * so a new view's query is covered as soon as it is generated: each is sent as its view sends it for
 * each role, with the view's flags (`@include(if: $withX)`, set from client/src/auth/permissions.ts)
 * and variables built from the demo plan, or skipped when the role may not open the view. An error
 * on a row may null that row's field; FORBIDDEN means the view asks for a field its role may not
 * read (a wrong flag in the dashboard). Then the API's own lists, every field of their rows, for each
 * role: a list is refused whole or answered, never nulled by what a row holds.
 */

type Role = 'RENTAL_MANAGER' | 'SOCIAL_MANAGER' | 'SUPPORT_WORKER' | 'EVALUATOR' | 'INTEGRATOR' | 'ADMIN';
type Variables = Record<string, unknown>;

// The client is an ES module outside the gateway's rootDir, which `tsc` will not import into this
// CommonJS project; Jest compiles its TypeScript like ours, so it is required at run time instead.
const documents: Record<string, unknown> = require('../../client/src/gql/graphql');
const { ROLES, can }: { ROLES: readonly Role[]; can: (role: Role, capability: string) => boolean } =
  require('../../client/src/auth/permissions');

// Counted by hand in client/src/gql/graphql.ts: the query documents (mutations are left out).
const QUERY_COUNT = 43;

// The full demo the dashboard ships with, on a fixed day; the servers run at noon that day, and the
// dashboard's "today" is the servers'.
const today = '2026-11-15';
const plan = buildDemoPlan({ today });
const thisYear = Number(today.slice(0, 4));
const thisMonth = today.slice(0, 7);

// A support worker's caseload: running accompaniments of theirs, of households that consented.
const worker = demoUser('SUPPORT_WORKER');
const consented = (householdId: string) =>
  plan.households.find((h) => h.id === householdId)?.consentToShareDate != null;
const caseload = plan.accompaniments.filter(
  (a) => a.supportWorkerId === worker.userId && a.phase !== 'ENDED' && consented(a.householdId),
);
const inCaseload = (householdId: string) => caseload.some((a) => a.householdId === householdId);
const currentLease = (householdId: string) =>
  plan.leases.find((l) => l.householdId === householdId && !l.endDate);
const communeOf = (residenceId: string) => plan.residences.find((r) => r.id === residenceId)?.commune ?? '';

// Households of the caseload, so that every role opening household views may read them: one housed
// and followed (the household file), one whose application awaits the commission (the awaiting
// list links it to the match check).
const housed = caseload.find((a) => currentLease(a.householdId));
const awaiting = plan.applications.find(
  (a) => a.status === 'READY_FOR_COMMISSION' && inCaseload(a.householdId),
);
const vacant = plan.dwellings.filter((d) => d.status === 'VACANT');
/** How many applications awaiting the commission want and afford a dwelling. */
const demand = (dwelling: (typeof vacant)[number]) =>
  plan.applications.filter(
    (a) =>
      a.status === 'READY_FOR_COMMISSION' &&
      a.desiredTypologies.includes(dwelling.typology) &&
      a.desiredCommunes.includes(communeOf(dwelling.residenceId)) &&
      dwelling.rentCents + dwelling.serviceChargesCents <= a.maxRentCents,
  ).length;
// The match check's dwelling: a vacant one the household wants. The dwelling page's candidates: the
// vacant dwelling most wanted, so that the panel has rows (households of another subgraph).
const wanted =
  vacant.find(
    (d) =>
      awaiting?.desiredTypologies.includes(d.typology) &&
      awaiting.desiredCommunes.includes(communeOf(d.residenceId)),
  ) ?? vacant[0];
const toLet = [...vacant].sort((a, b) => demand(b) - demand(a))[0];
// The session the commission view opens on (the next one), and one already held.
const upcoming = plan.commissions
  .filter((c) => c.sessionDate >= today)
  .sort((a, b) => a.sessionDate.localeCompare(b.sessionDate))[0];
const held = plan.commissions.find((c) => c.sessionDate < today);

/** As ConventionDetails: this year when the convention covers it, else its nearest year. */
function defaultYear(convention: PlanConvention): number {
  if (convention.startYear <= thisYear && thisYear <= convention.endYear) return thisYear;
  return thisYear > convention.endYear ? convention.endYear : convention.startYear;
}

/** As ConventionDetails: the indicators' default period, the whole calendar year. */
function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** As OutreachView's default period: from the day after today a year ago, to today. */
function lastTwelveMonths(): { from: string; to: string } {
  const start = new Date(`${thisYear - 1}${today.slice(4)}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** Where the dashboard sends a query, and how. */
interface Use {
  /** The view (under client/src/views) whose `graphql(...)` call holds the query. */
  view: string;
  /** What a role needs for the view to send it: the route's capability, then the panel's if any. */
  capabilities: string[];
  /** The variables the view sets for a role, one set per page visited (none: no variables). */
  variables?: (role: Role) => Variables[];
}

const home: Use = { view: 'home/HomeView', capabilities: ['view.home'] };
const matchCheck = (variables: Use['variables']): Use => ({
  view: 'awaiting/MatchCheckView',
  capabilities: ['view.awaitingCommission'],
  variables,
});

/** Every query of the dashboard, by operation name. */
const USES: Record<string, Use> = {
  HomeApplications: home,
  HomeDwellings: home,
  HomeAccompaniments: home,
  AwaitingCommissionList: {
    view: 'awaiting/AwaitingCommissionView',
    capabilities: ['view.awaitingCommission'],
    variables: (role) => [
      {
        filter: { statuses: ['READY_FOR_COMMISSION'] },
        first: 20,
        withTargetPublic: can(role, 'household.targetPublic'),
      },
    ],
  },
  AwaitingCommissionCommunes: {
    view: 'awaiting/AwaitingCommissionView',
    capabilities: ['view.awaitingCommission'],
  },
  MatchCheckRules: matchCheck(() => [{ householdId: awaiting?.householdId, dwellingId: wanted?.id }]),
  MatchCheckHousehold: matchCheck((role) => [
    { householdId: awaiting?.householdId, withTargetPublic: can(role, 'household.targetPublic') },
  ]),
  MatchCheckDwelling: matchCheck(() => [{ dwellingId: wanted?.id }]),
  MatchCheckOtherDwellings: matchCheck(() => [
    { filter: { statuses: ['VACANT', 'NOTICE_GIVEN'], communes: awaiting?.desiredCommunes } },
  ]),
  CommissionPreparationSessions: {
    view: 'commission/CommissionPreparationView',
    capabilities: ['view.commissionPreparation'],
  },
  CommissionPreparationSession: {
    view: 'commission/CommissionPreparationView',
    capabilities: ['view.commissionPreparation'],
    variables: (role) => [
      { id: upcoming?.id, withTargetPublic: can(role, 'household.targetPublic') },
      { id: held?.id, withTargetPublic: can(role, 'household.targetPublic') },
    ],
  },
  CommissionPreparationVacant: {
    view: 'commission/VacantPanel',
    capabilities: ['view.commissionPreparation'],
    variables: () => [{ filter: { statuses: ['VACANT'] }, first: 10 }],
  },
  CommissionPreparationCommunes: {
    view: 'commission/VacantPanel',
    capabilities: ['view.commissionPreparation'],
  },
  DwellingsList: {
    view: 'dwellings/DwellingsView',
    capabilities: ['view.dwellings'],
    variables: () => [{ filter: {}, first: 20, after: null }],
  },
  DwellingsCommunes: { view: 'dwellings/DwellingsView', capabilities: ['view.dwellings'] },
  DwellingDetail: {
    view: 'dwellings/DwellingView',
    capabilities: ['view.dwellings'],
    // The followed household's home, and a dwelling to let.
    variables: () => [{ id: housed && currentLease(housed.householdId)?.dwellingId }, { id: toLet?.id }],
  },
  DwellingCandidates: {
    view: 'dwellings/DwellingView (its Candidates panel, for a dwelling to let)',
    capabilities: ['view.dwellings', 'view.commissionPreparation'],
    variables: () => [{ id: toLet?.id, first: 5 }],
  },
  HouseholdFile: {
    view: 'household/HouseholdView',
    capabilities: ['view.household'],
    variables: (role) => [
      {
        id: housed?.householdId,
        withTargetPublic: can(role, 'household.targetPublic'),
        withPriorityPublic: can(role, 'household.priorityPublic') && !can(role, 'household.targetPublic'),
        withRent: can(role, 'rent.read'),
      },
    ],
  },
  HouseholdAccompaniment: {
    view: 'household/HouseholdView',
    capabilities: ['view.household'],
    variables: (role) => [
      { householdId: housed?.householdId, details: can(role, 'accompaniment.details'), month: thisMonth },
    ],
  },
  AccompanimentRecord: {
    view: 'household/accompaniment/AccompanimentRecord (in each accompaniment card of the file)',
    capabilities: ['view.household', 'accompaniment.details'],
    variables: () => [{ id: housed?.id }],
  },
  // A support worker's own caseload; social management's and operators' for the demo's support worker.
  MyHouseholds: {
    view: 'my-households/CaseloadTable (MyHouseholdsView)',
    capabilities: ['view.myHouseholds'],
    variables: (role) => [
      {
        supportWorker: role === 'SUPPORT_WORKER' ? undefined : worker.userId,
        first: 20,
        orderBy: 'PRIORITY',
        direction: 'ASC',
      },
    ],
  },
  MyHouseholdsSupportWorkers: {
    view: 'my-households/MyHouseholdsView',
    capabilities: ['view.myHouseholds'],
  },
  HouseholdForEdit: {
    view: 'household/forms/HouseholdActions',
    capabilities: ['view.household', 'household.update'],
    variables: (role) => [{ id: housed?.householdId, withTargetPublic: can(role, 'household.targetPublic') }],
  },
  ApplicationSteps: {
    view: 'household/forms/ApplicationSteps',
    capabilities: ['view.household', 'application.move'],
    variables: () => [{ id: awaiting?.id }],
  },
  FollowUpBelowFrequency: {
    view: 'follow-up/FollowUpView',
    capabilities: ['view.followUp'],
    variables: () => [{ month: thisMonth, first: 100 }],
  },
  FollowUpInspections: {
    view: 'follow-up/FollowUpView',
    capabilities: ['view.followUp'],
    variables: () => [{ first: 100 }],
  },
  AlertsInbox: {
    view: 'alerts/AlertsView',
    capabilities: ['view.alerts'],
    variables: (role) => {
      const details = can(role, 'accompaniment.details');
      return [
        {
          statuses: ['NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED'],
          sources: null,
          overdueOnly: false,
          details,
          arrearsAmount: details && can(role, 'rent.read'),
          overdueFirst: 100,
          first: 50,
        },
      ];
    },
  },
  OutreachEffectiveness: {
    view: 'outreach/OutreachView',
    capabilities: ['view.outreach'],
    variables: () => [lastTwelveMonths()],
  },
  ConventionsList: {
    view: 'conventions/ConventionsView',
    capabilities: ['view.conventions'],
    variables: () => [{ first: 50 }],
  },
  // Every convention of the demo, in its default year (the running one is also shown in the list).
  ConventionDetail: {
    view: 'conventions/ConventionDetails (ConventionView, and ConventionsView for the running one)',
    capabilities: ['view.conventions'],
    variables: () => plan.conventions.map((c) => ({ id: c.id })),
  },
  MatchingSettingsPanel: {
    view: 'matching/MatchingSettingsPanel',
    capabilities: ['view.awaitingCommission'],
  },
  MatchingSettingsImpact: {
    view: 'matching/MatchingSettingsForm (its preview)',
    capabilities: ['view.awaitingCommission', 'matching.settings'],
    variables: () => [
      {
        settings: {
          effortRateCeiling: 0.35,
          horizonDays: 120,
          typologiesBySize: [
            ['T1', 'T2'],
            ['T2', 'T3'],
            ['T3', 'T4'],
            ['T4', 'T5'],
            ['T5', 'T6'],
          ],
        },
      },
    ],
  },
  StockResidences: {
    view: 'stock/CreateDwellingForm',
    capabilities: ['view.dwellings', 'stock.manage'],
  },
  StockDwelling: {
    view: 'stock/UpdateDwellingForm',
    capabilities: ['view.dwellings', 'stock.manage'],
    variables: () => [{ id: toLet?.id }],
  },
  FinancingFunders: {
    view: 'funding/AddFundingLineForm',
    capabilities: ['view.conventions', 'funding.manage'],
  },
  ConventionYear: {
    view: 'conventions/ConventionDetails (ConsumptionPanel)',
    capabilities: ['view.conventions'],
    variables: () => plan.conventions.map((c) => ({ id: c.id, year: defaultYear(c) })),
  },
  ConventionIndicators: {
    view: 'conventions/ConventionDetails (IndicatorsPanel)',
    capabilities: ['view.conventions', 'indicators.read'],
    variables: () => plan.conventions.map((c) => ({ id: c.id, ...yearPeriod(defaultYear(c)) })),
  },
  OpenAccompanimentChoices: {
    view: 'household/OpenAccompanimentForm',
    capabilities: ['view.household', 'accompaniment.open'],
    variables: () => [{ year: thisYear }],
  },
  CarryOverState: {
    view: 'conventions/CarryOverPanel',
    capabilities: ['view.conventions', 'accompaniment.open'],
    // Asked only once a convention has ended: the 2015–2017 one, for 2018.
    variables: () => [{ conventionId: plan.conventions[0].id, nextYear: plan.conventions[0].endYear + 1 }],
  },
  Directory: { view: 'people/DirectoryView', capabilities: ['view.directory'] },
  SignedInAs: {
    view: 'app/Layout (the header, through components/PersonName)',
    capabilities: ['directory.me'],
  },
  EvaluationLevel: {
    view: 'conventions/EvaluationForm',
    capabilities: ['indicators.read', 'evaluation.record'],
  },
  // The header's search (app/HeaderSearch, on every page): a followed household's last name.
  HeaderSearch: {
    view: 'app/HeaderSearch (in the layout)',
    capabilities: ['search.households'],
    variables: (role) => [
      {
        text: plan.households.find((h) => h.id === housed?.householdId)?.members[0].lastName,
        first: 8,
        households: can(role, 'search.households'),
        dwellings: can(role, 'search.dwellings'),
      },
    ],
  },
};

interface Query {
  name: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** The exported `...Document` objects whose operation is a query, by name. */
function dashboardQueries(): Query[] {
  const queries: Query[] = [];
  for (const [exported, value] of Object.entries(documents)) {
    if (!exported.endsWith('Document')) continue;
    const document = value as DocumentNode;
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (operation?.operation !== 'query') continue;
    queries.push({ name: operation.name?.value ?? exported, document, operation });
  }
  return queries.sort((a, b) => (a.name < b.name ? -1 : 1));
}

const queries = dashboardQueries();
const opens = (role: Role, use: Use) => use.capabilities.every((capability) => can(role, capability));
const variableSets = (role: Role, use: Use) => use.variables?.(role) ?? [{}];

/** An error's path with the rows' indices as `*`: one line for the same error on every row. */
const pathOf = (error: NonNullable<GraphQLResponse['errors']>[number]) =>
  error.path?.map((key) => (typeof key === 'number' ? '*' : key)).join('.') ?? '(root)';

/** What is wrong with an answer: its data or a root field null, a field the view may not ask for. */
function problems(query: Query, body: GraphQLResponse): string[] {
  const found: string[] = [];
  if (body.data == null) found.push('data is null');
  else {
    for (const selection of query.operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const key = selection.alias?.value ?? selection.name.value;
      if (key in body.data && body.data[key] === null) found.push(`${key} is null`);
    }
  }
  for (const error of body.errors ?? []) {
    if (error.extensions?.code === 'FORBIDDEN')
      found.push(`the view asks for what its role may not read: ${pathOf(error)}: ${error.message}`);
  }
  return [...new Set(found)];
}

const codesOf = (body: GraphQLResponse) => (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
/** A table's cell: 'ok', or the number of errors with their codes. */
const cell = (codes: string[]) =>
  codes.length ? `${codes.length} err: ${[...new Set(codes)].join(',')}` : 'ok';

let system: TestSystem;
/** Operation (or API list) → role → 'ok', 'skipped' / 'refused', or errors with their codes. */
const dashboardTable = new Map<string, Map<Role, string>>();
const apiTable = new Map<string, Map<Role, string>>();
const errorLines = new Set<string>();

function printTable(title: string, table: Map<string, Map<Role, string>>): string {
  const width = Math.max(title.length, ...[...table.keys()].map((name) => name.length));
  const column = 17;
  return [
    [title.padEnd(width), ...ROLES.map((role) => role.padEnd(column))].join(' | '),
    ...[...table.entries()].map(([name, row]) =>
      [name.padEnd(width), ...ROLES.map((role) => (row.get(role) ?? '').padEnd(column))].join(' | '),
    ),
  ].join('\n');
}

beforeAll(async () => {
  system = await startSystem(plan, {
    events: true,
    gatewayEnv: { GATEWAY_RATE_LIMIT_PER_SECOND: '100000', GATEWAY_RATE_LIMIT_BURST: '100000' },
  });
}, 120_000);

afterAll(async () => {
  await system?.stop();
  const sections = [printTable('dashboard query', dashboardTable), printTable('API list', apiTable)];
  sections.push(
    errorLines.size ? `Errors:\n${[...errorLines].join('\n')}` : 'No error on the dashboard’s queries.',
  );
  console.log(sections.join('\n\n'));
});

describe('the dashboard’s queries', () => {
  it('are found in the generated documents, each mapped to its view and given its variables', () => {
    expect(queries).toHaveLength(QUERY_COUNT);
    // A new view's query must say where it is sent from and with which variables.
    expect(queries.map((q) => q.name)).toEqual(Object.keys(USES).sort((a, b) => (a < b ? -1 : 1)));
    const mismatches: string[] = [];
    for (const query of queries) {
      const definitions = query.operation.variableDefinitions ?? [];
      const declared = definitions.map((d) => d.variable.name.value);
      const required = definitions
        .filter((d) => d.type.kind === Kind.NON_NULL_TYPE && !d.defaultValue)
        .map((d) => d.variable.name.value);
      for (const role of ROLES.filter((r) => opens(r, USES[query.name]))) {
        for (const variables of variableSets(role, USES[query.name])) {
          for (const name of required)
            if (variables[name] == null) mismatches.push(`${query.name} as ${role}: $${name} is not set`);
          for (const name of Object.keys(variables))
            if (!declared.includes(name)) mismatches.push(`${query.name}: $${name} is not declared`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe.each(ROLES)('as %s', (role) => {
  it('answers every query its dashboard sends with data, no list nulled', async () => {
    const failures: string[] = [];
    for (const query of queries) {
      const use = USES[query.name];
      const row = dashboardTable.get(query.name) ?? new Map<Role, string>();
      dashboardTable.set(query.name, row);
      if (!use || !opens(role, use)) {
        row.set(role, 'skipped');
        continue;
      }
      const codes: string[] = [];
      for (const variables of variableSets(role, use)) {
        const body = await system.as(role)(print(query.document), variables);
        codes.push(...codesOf(body));
        for (const error of body.errors ?? [])
          errorLines.add(
            `${role} ${query.name} ${error.extensions?.code} at ${pathOf(error)}: ${error.message}`,
          );
        for (const problem of problems(query, body))
          failures.push(`${query.name} ${JSON.stringify(variables)}: ${problem}`);
      }
      row.set(role, cell(codes));
    }
    expect(failures).toEqual([]);
  });
});

/** The scalar fields of a type, and those of its objects `depth` levels down (no connections). */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0 && isObjectType(named) && !named.name.endsWith('Connection'))
      parts.push(`${field.name} { ${selectionOf(named, depth - 1)} }`);
  }
  return parts.join(' ');
}

describe('the API’s lists', () => {
  it('answers each root list with every field of its rows, or refuses it whole, for every role', async () => {
    const introspection = await system.as('ADMIN')(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.data as IntrospectionQuery);
    const lists: { name: string; query: string }[] = [];
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const type = getNullableType(field.type);
      if (isObjectType(type) && type.name.endsWith('Connection')) {
        const edge = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
        const node = getNamedType(edge.getFields().node.type) as GraphQLObjectType;
        // Small pages keep the widest rows under the gateway's cost limit.
        lists.push({
          name: field.name,
          query: `{ ${field.name}(first: 5) { totalCount edges { node { ${selectionOf(node, 1)} } } } }`,
        });
      } else if (isListType(type) && isObjectType(getNamedType(type))) {
        const item = getNamedType(type) as GraphQLObjectType;
        lists.push({ name: field.name, query: `{ ${field.name} { ${selectionOf(item, 1)} } }` });
      }
    }
    expect(lists.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const { name, query } of lists) {
      const row = new Map<Role, string>();
      apiTable.set(name, row);
      for (const role of ROLES) {
        const body = await system.as(role)(query);
        // Refused or out of reach at its root, the list is the answer; a row's error may null a field.
        const refused = body.errors?.find((e) => e.path?.length === 1 && e.path[0] === name);
        if (refused) row.set(role, `refused ${refused.extensions?.code}`);
        else {
          row.set(role, cell(codesOf(body)));
          if (body.data?.[name] == null)
            failures.push(
              `${name} as ${role}: nulled by ${[...new Set(body.errors?.map((e) => `${e.extensions?.code} at ${pathOf(e)}`))].join(', ')}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
