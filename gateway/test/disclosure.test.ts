import { buildDemoPlan, type DemoPlan, demoUser, type PlanHousehold, stableId } from '@ash/demo';
import { HOUSEHOLDS_POLICY } from '@ash/households';
import { HOUSING_POLICY } from '@ash/housing';
import { mayReadField, type SubgraphPolicy } from '@ash/kit';
import { actorFor } from '@ash/testkit';
import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { type Data, type GraphQLResponse, startSystem, type TestSystem } from './system';

/*
 * No answer may tell a protected value to a role that may not read it. The demo data gets twins:
 * households cloned with everything they hold in every subgraph (members, application, dwelling,
 * lease and rent account, accompaniment with its contacts, diagnostic and alerts), identical but for
 * one protected value: the target public (and so a justice status), the consent to share, the rent
 * arrears. For every role, the test walks the supergraph from the root fields that reach a twin, to
 * three levels below them, and records at every path whether the answer is a value, null, a list of
 * some length or an error with its code. For each role that may not read the protected value (as
 * the access policy says), the twins' records must be equal: a difference (an error on one twin
 * only, a null, a shorter list) would tell the value.
 */

const ROLES = [
  'RENTAL_MANAGER',
  'SOCIAL_MANAGER',
  'SUPPORT_WORKER',
  'EVALUATOR',
  'INTEGRATOR',
  'ADMIN',
] as const;
type RoleName = (typeof ROLES)[number];
const DEPTH = 3;
const today = '2026-11-15';
const worker = demoUser('SUPPORT_WORKER').userId;

// --- twins ---------------------------------------------------------------------------------------

const base = buildDemoPlan({ dwellings: 300, applications: 60, today });
const consented = (householdId: string) =>
  base.households.find((h) => h.id === householdId)?.consentToShareDate != null;
const runningLease = (householdId: string) =>
  base.leases.find((l) => l.householdId === householdId && l.endDate === null);
// The richest file of the worker's caseload: running accompaniment, consent, lease, application,
// contacts, a diagnostic and an alert; twins of it hold something at every level.
const model = base.accompaniments.find(
  (a) =>
    a.supportWorkerId === worker &&
    a.phase !== 'ENDED' &&
    consented(a.householdId) &&
    runningLease(a.householdId) &&
    base.applications.some((x) => x.householdId === a.householdId) &&
    a.contacts.length > 0 &&
    a.alerts.length > 0 &&
    a.diagnostic !== null,
);
if (!model)
  throw new Error('The demo plan has no caseload file with a lease, contacts, a diagnostic and an alert');

interface Twin {
  key: string;
  householdId: string;
  applicationId: string;
  dwellingId: string;
  leaseId: string;
  accompanimentId: string;
  alertId: string;
}

/** A copy of the model's file under new ids, with `change` applied to its household and lease. */
function addTwin(
  plan: DemoPlan,
  key: string,
  change: { household?: Partial<PlanHousehold>; unpaidMonths?: number },
): Twin {
  const id = (kind: string, n: string | number = 0) => stableId(`twin-${kind}`, `${key}-${n}`);
  const household = plan.households.find((h) => h.id === model?.householdId) as PlanHousehold;
  const application = plan.applications.find((a) => a.householdId === household.id);
  const lease = runningLease(household.id);
  const dwelling = plan.dwellings.find((d) => d.id === lease?.dwellingId);
  if (!model || !application || !lease || !dwelling) throw new Error('incomplete model');
  const twin: Twin = {
    key,
    householdId: id('household'),
    applicationId: id('application'),
    dwellingId: id('dwelling'),
    leaseId: id('lease'),
    accompanimentId: id('accompaniment'),
    alertId: id('alert'),
  };
  plan.households.push({
    ...household,
    ...change.household,
    id: twin.householdId,
    reference: `JUM-${key}`,
    members: household.members.map((m, i) => ({ ...m, id: id('person', i) })),
  });
  plan.dwellings.push({ ...dwelling, id: twin.dwellingId, reference: `${dwelling.reference}-${key}` });
  plan.applications.push({
    ...application,
    id: twin.applicationId,
    householdId: twin.householdId,
    registrationNumber: `${application.registrationNumber}-${key}`,
    dwellingId: application.dwellingId ? twin.dwellingId : null,
    commissionId: null,
  });
  const unpaidFrom = lease.rent.length - (change.unpaidMonths ?? 0);
  plan.leases.push({
    ...lease,
    id: twin.leaseId,
    dwellingId: twin.dwellingId,
    householdId: twin.householdId,
    rentAccountId: id('rent-account'),
    // Every month paid in full, but the last `unpaidMonths`, not paid at all.
    rent: lease.rent.map((m, i) => ({ ...m, paidCents: i >= unpaidFrom ? 0 : m.chargedCents })),
  });
  plan.accompaniments.push({
    ...model,
    id: twin.accompanimentId,
    householdId: twin.householdId,
    contacts: model.contacts.map((c, i) => ({ ...c, id: id('contact', i) })),
    alerts: model.alerts.map((a, i) => ({ ...a, id: i === 0 ? twin.alertId : id('alert', i) })),
    diagnostic: model.diagnostic && { ...model.diagnostic, id: id('diagnostic') },
  });
  return twin;
}

/**
 * A protected value, its twins, and whether a role may read it: on every twin, as the access policy
 * answers for each row. A role allowed on some values only is compared too: it is blind to the rest.
 */
interface Variation {
  name: string;
  twins: Twin[];
  reads: (role: RoleName) => boolean;
}

const plan: DemoPlan = structuredClone(base);
const readsOnEveryRow =
  (policy: SubgraphPolicy, type: string, field: string, rows: readonly object[]) => (role: RoleName) =>
    rows.every((row) => mayReadField(policy, actorFor(role), type, field, row));
const PUBLICS = ['LEAVING_PRISON', 'SINGLE_PARENT', 'ISOLATED_TENANT'] as const;
const VARIATIONS: Variation[] = [
  {
    // The target public, which tells a justice status when it is LEAVING_PRISON.
    name: 'target public',
    twins: PUBLICS.map((targetPublic) =>
      addTwin(plan, `public-${targetPublic}`, { household: { targetPublic } }),
    ),
    reads: readsOnEveryRow(
      HOUSEHOLDS_POLICY,
      'Household',
      'targetPublic',
      PUBLICS.map((targetPublic) => ({ targetPublic })),
    ),
  },
  {
    name: 'consent to share',
    twins: [
      addTwin(plan, 'consent-given', {}),
      addTwin(plan, 'consent-none', { household: { consentToShareDate: null } }),
    ],
    reads: readsOnEveryRow(HOUSEHOLDS_POLICY, 'Household', 'consentToShare', [
      { consentToShareDate: today },
      { consentToShareDate: null },
    ]),
  },
  {
    name: 'rent arrears',
    twins: [addTwin(plan, 'arrears-none', {}), addTwin(plan, 'arrears-three', { unpaidMonths: 3 })],
    reads: readsOnEveryRow(HOUSING_POLICY, 'RentAccount', 'arrearsCents', [
      { arrearsCents: 0 },
      { arrearsCents: 100_000 },
    ]),
  },
];

// --- the walk ------------------------------------------------------------------------------------

/** Arguments the walk can give below the roots: paging, and the plan's year and month. */
function argumentsFor(field: GraphQLField<unknown, unknown>): string | null {
  const given: string[] = [];
  for (const arg of field.args) {
    const value =
      arg.name === 'first'
        ? '20'
        : arg.name === 'year'
          ? today.slice(0, 4)
          : arg.name === 'month'
            ? JSON.stringify(today.slice(0, 7))
            : null;
    if (value !== null) given.push(`${arg.name}: ${value}`);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
  }
  return given.length ? `(${given.join(', ')})` : '';
}

/** Every field of `type` the walk can ask for, `depth` levels down. */
function selection(schema: GraphQLSchema, typeName: string, depth: number): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const args = argumentsFor(field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else if (depth > 1) parts.push(`${field.name}${args} ${selection(schema, named.name, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** What the answer holds at each path: a value, null, an object, a list and its length, an error. */
function pattern(response: GraphQLResponse): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (value === null || value === undefined) out[path] = 'null';
    else if (Array.isArray(value)) {
      out[path] = `list of ${value.length}`;
      for (const [i, item] of value.entries()) walk(item, `${path}.${i}`);
    } else if (typeof value === 'object') {
      out[path] = 'object';
      for (const [key, inner] of Object.entries(value as Data)) walk(inner, `${path}.${key}`);
    } else out[path] = 'value';
  };
  walk(response.data, 'data');
  for (const error of response.errors ?? []) {
    const at = `error at ${(error.path ?? []).join('.') || '(no path)'}`;
    out[at] = [out[at], error.extensions?.code ?? 'no code'].filter(Boolean).join(', ');
  }
  return out;
}

/** The root fields that reach a twin, each with its arguments. */
function roots(twin: Twin): { field: string; args: string }[] {
  const household = JSON.stringify(twin.householdId);
  return [
    { field: 'auditTrail', args: `(entityId: ${household}, first: 20)` },
    { field: 'household', args: `(id: ${household})` },
    { field: 'subjectAccessExport', args: `(householdId: ${household})` },
    { field: 'application', args: `(id: ${JSON.stringify(twin.applicationId)})` },
    { field: 'dwelling', args: `(id: ${JSON.stringify(twin.dwellingId)})` },
    { field: 'lease', args: `(id: ${JSON.stringify(twin.leaseId)})` },
    { field: 'accompaniment', args: `(id: ${JSON.stringify(twin.accompanimentId)})` },
    { field: 'accompaniments', args: `(filter: { householdId: ${household} }, first: 20)` },
    { field: 'alert', args: `(id: ${JSON.stringify(twin.alertId)})` },
    { field: 'alerts', args: `(filter: { householdId: ${household} }, first: 20)` },
  ];
}

/** The ids a role finds in the lists of households and applications, every page. */
async function listed(role: RoleName, list: 'households' | 'applications'): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  do {
    const answer: GraphQLResponse = await system.as(role)(
      `query($after: String) { ${list}(first: 100, after: $after) { edges { node { id ${
        list === 'applications' ? 'household { id }' : ''
      } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const connection = answer.data?.[list];
    if (!connection) return ids;
    for (const { node } of connection.edges) ids.add(list === 'applications' ? node.household?.id : node.id);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

let system: TestSystem;
let schema: GraphQLSchema;

beforeAll(async () => {
  system = await startSystem(plan, {
    gatewayEnv: { GATEWAY_RATE_LIMIT_PER_SECOND: '100000', GATEWAY_RATE_LIMIT_BURST: '100000' },
  });
  const introspection = await system.as('ADMIN')(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data as unknown as IntrospectionQuery);
}, 120_000);

afterAll(() => system?.stop());

/** The twin's answers to every root, for one role, as one record, and whether the lists hold it. */
async function walk(role: RoleName, twin: Twin): Promise<Record<string, string>> {
  const query = schema.getQueryType();
  if (!query) throw new Error('no Query type');
  const record: Record<string, string> = {};
  for (const root of roots(twin)) {
    const field = query.getFields()[root.field];
    const text = `{ ${root.field}${root.args} ${selection(schema, getNamedType(field.type).name, DEPTH)} }`;
    const answer = await system.as(role)(text);
    // A query the gateway refuses whole (its limits) would compare nothing: the walk must fit them.
    const unanswered = (answer.errors ?? []).find((e) => !e.path);
    if (unanswered) throw new Error(`${root.field} for ${role}: ${unanswered.message}`);
    for (const [path, kind] of Object.entries(pattern(answer))) record[`${root.field}: ${path}`] = kind;
  }
  for (const list of ['households', 'applications'] as const)
    record[`${list}: listed`] = String((await listed(role, list)).has(twin.householdId));
  return record;
}

describe('answers that could tell a protected value', () => {
  it('walks something of every twin for every role', async () => {
    // The social manager reads everything of the twins: a walk that reached nothing would compare
    // empty records. Every root answers, with its own fields, three levels down.
    const record = await walk('SOCIAL_MANAGER', VARIATIONS[0].twins[0]);
    for (const root of roots(VARIATIONS[0].twins[0]))
      expect(record[`${root.field}: data.${root.field}`]).toMatch(/object|list/);
    expect(record['households: listed']).toBe('true');
    expect(record['applications: listed']).toBe('true');
    expect(Object.keys(record).length).toBeGreaterThan(300);
    console.log(`paths walked for one twin, social manager: ${Object.keys(record).length}`);
  });

  for (const variation of VARIATIONS) {
    it(`gives the twins that differ only in their ${variation.name} the same answers, for every role that may not read it`, async () => {
      const blind = ROLES.filter((role) => !variation.reads(role));
      expect(blind.length).toBeGreaterThan(0);
      for (const role of blind) {
        const [first, ...others] = await Promise.all(variation.twins.map((twin) => walk(role, twin)));
        for (const other of others) expect({ role, record: other }).toEqual({ role, record: first });
      }
      console.log(`${variation.name}: compared for ${blind.join(', ')}; read by the others`);
    }, 120_000);
  }
});
