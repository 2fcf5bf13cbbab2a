// Malformed input to every mutation of the supergraph, through the gateway. For each mutation the
// composed schema declares, fast-check builds arguments that are certainly invalid (a plausible value
// with one fault put in one place: a wrong type, a null, a missing or unknown field, an unknown enum
// value, an out-of-range number, a bad id or date, a NUL character, an over-long text or list) and sends
// them, mostly as variables and sometimes as literals, as a role allowed to run the mutation. Every answer
// must be a coded client error (never INTERNAL_SERVER_ERROR nor SERVICE_UNAVAILABLE, never an HTTP
// 5xx), and at the end no table of the database may have gained or lost a row.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { ACCOMPANIMENT_POLICY } from '@ash/accompaniment';
import { buildDemoPlan, DEMO_USERS } from '@ash/demo';
import { FINANCING_POLICY } from '@ash/financing';
import { HOUSEHOLDS_POLICY } from '@ash/households';
import { HOUSING_POLICY } from '@ash/housing';
import { addDays, Role, rolesOf } from '@ash/kit';
import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { type GraphQLResponse, startSystem, type TestSystem } from './system';

const SUPERGRAPH_PATH = path.resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql');
/** Fixed, so that a failure is reproducible (each mutation runs on this seed plus its name's hash). */
const SEED = 20_261_115;
const MIN_INPUTS = 2_000;
const today = '2026-11-15';
const plan = buildDemoPlan({ dwellings: 200, applications: 20, today });
/** Noon of `today` at the agency (Paris, UTC+1 in November), as the servers' clock reads it. */
const NOON = Date.parse(`${today}T12:00:00+01:00`);
/** The longest text any input of the domain accepts (an evaluation's free text): one more is too long. */
const LONGEST_TEXT = 10_000;
/** The longest list any input of the domain accepts (a follow-up committee's decisions). */
const LONGEST_LIST = 100;
/** Numbers that may be negative (a floor below ground); no other count, amount or version may. */
const SIGNED_FIELDS = new Set(['floor']);
/** ID fields that hold a user id (2 to 100 letters, digits or ._@-), not the UUID of an entity. */
const USER_ID_FIELDS = new Set(['userId']);
/** Text fields that hold the user id of a role: a plausible value is a demo user's of that role. */
const USER_TEXT_FIELDS: Record<string, Role> = {
  supportWorkerId: Role.SupportWorker,
  socialReferentId: Role.SocialManager,
};
/** Text fields with a format, for plausible values (the faults never rely on them). */
const TEXT_FORMATS: Record<string, RegExp> = {
  postalCode: /^\d{5}$/,
  registrationNumber: /^[0-9A-Z]{8,24}$/,
};
const FORBIDDEN_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

// The API schema (what clients see), so that a new mutation is covered without changing this file.
const api = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
const mutations = Object.values(api.getMutationType()?.getFields() ?? {});
const runsPerMutation = Math.ceil((MIN_INPUTS * 1.05) / Math.max(1, mutations.length));

const POLICIES = [HOUSING_POLICY, HOUSEHOLDS_POLICY, ACCOMPANIMENT_POLICY, FINANCING_POLICY];

/** A role the subgraph's policy allows to run `mutation`: ADMIN when it may, else the first one. */
function runnerOf(mutation: string): Role {
  const rule = POLICIES.map((policy) => policy.mutations[mutation]).find(Boolean);
  if (!rule) throw new Error(`No subgraph policy declares the mutation ${mutation}`);
  const roles = rolesOf(rule);
  return roles.includes(Role.Admin) ? Role.Admin : roles[0];
}

type Path = (string | number)[];
type Variables = Record<string, unknown>;
interface Fault {
  kind: string;
  path: Path;
  /** The value put at `path`, unless the fault removes what is there. */
  value?: unknown;
  remove?: boolean;
}
interface Case {
  base: Variables;
  fault: Fault;
  literal: boolean;
}
/** An argument or input field: a name, a type, maybe a default value. */
interface Slot {
  name: string;
  type: GraphQLInputType;
  defaultValue?: unknown;
}

const nullableOf = (type: GraphQLInputType) => (isNonNullType(type) ? type.ofType : type);
const isRequired = (slot: Slot) => isNonNullType(slot.type) && slot.defaultValue === undefined;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c, i) => `${i ? '_' : ''}${c.toLowerCase()}`);
const pad = (n: number) => String(n).padStart(2, '0');

// --- plausible values --------------------------------------------------------------------------

/** Ids of the seeded rows, by table name (`household`, `funding_line`…), for plausible references. */
let knownIds = new Map<string, string[]>();

function idArb(field: string, entity: string): fc.Arbitrary<unknown> {
  if (USER_ID_FIELDS.has(field)) return fc.constantFrom(...DEMO_USERS.map((user) => user.userId));
  // `id` names the entity the mutation returns; `householdId` a household…
  const known = knownIds.get(snakeCase(field === 'id' ? entity : field.replace(/Id$/, ''))) ?? [];
  const random = fc.uuid({ version: 4 });
  return known.length
    ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: random, weight: 1 })
    : random;
}

function intArb(field: string): fc.Arbitrary<number> {
  if (/year/i.test(field)) return fc.integer({ min: 2024, max: 2028 });
  if (/cents/i.test(field)) return fc.integer({ min: 0, max: 250_000 });
  // The seeded rows are at version 1.
  if (field === 'version')
    return fc.oneof({ arbitrary: fc.constant(1), weight: 4 }, fc.integer({ min: 2, max: 4 }));
  if (field === 'rank') return fc.integer({ min: 1, max: 3 });
  if (field === 'floor') return fc.integer({ min: -3, max: 12 });
  return fc.integer({ min: 0, max: 10 });
}

function textArb(field: string): fc.Arbitrary<string> {
  const role = USER_TEXT_FIELDS[field];
  if (role)
    return fc.constantFrom(...DEMO_USERS.filter((user) => user.role === role).map((user) => user.userId));
  if (TEXT_FORMATS[field]) return fc.stringMatching(TEXT_FORMATS[field]);
  return fc.oneof(
    fc.string({ minLength: 2, maxLength: 30 }),
    fc.string({ unit: 'grapheme', minLength: 2, maxLength: 20 }),
  );
}

function scalarArb(scalar: string, field: string, entity: string): fc.Arbitrary<unknown> {
  switch (scalar) {
    case 'ID':
      return idArb(field, entity);
    case 'Int':
      return intArb(field);
    case 'Float':
      return /sqm/i.test(field)
        ? fc.double({ min: 9, max: 150, noNaN: true })
        : fc.double({ min: 0.05, max: 1, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      // Some dates must be in the past (a contact), others not (a session); a month is its first day.
      return fc
        .oneof({ arbitrary: fc.integer({ min: -700, max: 0 }), weight: 3 }, fc.integer({ min: 1, max: 60 }))
        .map((days) => (field === 'month' ? `${addDays(today, days).slice(0, 8)}01` : addDays(today, days)));
    case 'DateTimeISO':
      return fc
        .integer({ min: 0, max: 24 * 400 })
        .map((hours) => new Date(NOON - hours * 3_600_000).toISOString());
    default:
      return textArb(field);
  }
}

/** A plausible value of `type` (often a valid one): the faults below make it certainly invalid. */
function valueArb(type: GraphQLInputType, field: string, entity: string): fc.Arbitrary<unknown> {
  const inner = nullableOf(type);
  if (isListType(inner))
    return fc.array(valueArb(inner.ofType, field, entity), { minLength: 1, maxLength: 3 });
  if (isInputObjectType(inner)) return slotsArb(Object.values(inner.getFields()), entity);
  if (isEnumType(inner)) return fc.constantFrom(...inner.getValues().map((value) => value.name));
  return scalarArb(inner.name, field, entity);
}

/** Values of arguments or input fields: the required ones always, the others sometimes. */
function slotsArb(slots: readonly Slot[], entity: string): fc.Arbitrary<Variables> {
  const model = Object.fromEntries(slots.map((slot) => [slot.name, valueArb(slot.type, slot.name, entity)]));
  return fc.record(model, { requiredKeys: slots.filter(isRequired).map((slot) => slot.name) });
}

// --- faults ------------------------------------------------------------------------------------

const anObject = fc.constant({});
const nonInteger = fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((x) => !Number.isInteger(x));
/** Values no coercion turns into the scalar (an integer is a valid ID, a single value a valid list). */
const WRONG_TYPE: Record<string, fc.Arbitrary<unknown>> = {
  String: fc.oneof(fc.integer(), fc.boolean(), anObject),
  ID: fc.oneof(fc.boolean(), nonInteger, anObject),
  Int: fc.oneof(fc.string({ maxLength: 10 }), fc.boolean(), anObject),
  Float: fc.oneof(fc.string({ maxLength: 10 }), fc.boolean(), anObject),
  Boolean: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), anObject),
  LocalDate: fc.oneof(fc.integer(), fc.boolean(), anObject),
  DateTimeISO: fc.oneof(fc.integer(), fc.boolean(), anObject),
};
const WRONG_ENUM = fc.oneof(fc.integer(), fc.boolean(), anObject);
const WRONG_OBJECT = fc.constantFrom<unknown>('x', 7, true);

const beyond32Bits = fc
  .tuple(fc.bigInt({ min: 2n ** 31n, max: 2n ** 53n - 1n }), fc.boolean())
  .map(([n, negative]) => (negative ? -Number(n) - 1 : Number(n)));
const negativeInt = fc.integer({ min: -(2 ** 31), max: -1 });
const negativeFloat = fc.double({ min: -1e9, max: -0.001, noNaN: true });
/**
 * Not a UUID in any spelling PostgreSQL accepts (braces and hyphens aside, 32 hex digits), nor an
 * integer (a valid GraphQL ID, read as its digits).
 */
const notUuid = fc.oneof(
  fc.nat(),
  fc
    .oneof(
      fc.string({ maxLength: 40 }),
      fc.nat().map(String),
      fc.uuid({ version: 4 }).map((uuid) => uuid.slice(0, 35)),
      fc.uuid({ version: 4 }).map((uuid) => `${uuid}0`),
    )
    .filter((s) => !/^[0-9a-f]{32}$/i.test(s.replace(/[{}-]/g, ''))),
);
/** Random: certainly no row's (the seeded ids are stable version-5 UUIDs). */
const unknownUuid = fc.uuid({ version: 4 });
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** Not a day (impossible) or not a plausible one (the domain's dates are from 1900 to 2100). */
const badDate = fc.oneof(
  fc.constantFrom(
    '2027-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    'not-a-date',
    '15/11/2026',
    '2026-11-15T12:00:00Z',
    '',
    '9999-12-31',
    '0001-01-01',
    '1899-12-31',
    '2101-01-01',
  ),
  fc
    .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => `${year}-${pad(month)}-${pad(daysIn(year, month) + 1)}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 13, max: 99 }))
    .map(([year, month]) => `${year}-${month}-01`),
  fc
    .oneof(fc.integer({ min: 0, max: 1899 }), fc.integer({ min: 2101, max: 9999 }))
    .map((year) => `${String(year).padStart(4, '0')}-06-15`),
);
const badInstant = fc.constantFrom(
  'not-a-date',
  '2027-02-30T10:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-11-15T25:00:00Z',
  '2026-11-15',
  '9999-12-31T23:59:59Z',
  '0001-01-01T00:00:00Z',
  '1899-12-31T12:00:00Z',
);
const withNul = fc
  .tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }))
  .map(([before, after]) => `${before}\u0000${after}`);
const overLong = fc
  .tuple(
    fc.integer({ min: LONGEST_TEXT + 1, max: LONGEST_TEXT + 2_000 }),
    fc.constantFrom('a', 'é', '7', 'Z '),
  )
  .map(([length, unit]) => unit.repeat(length).slice(0, length));

/** A place of the arguments where a fault can go: an argument, an input field, a list item. */
interface Site {
  path: Path;
  type: GraphQLInputType;
  name: string;
  required: boolean;
  value: unknown;
}

function sitesOf(slot: Slot, value: unknown, path: Path, sites: Site[], item = false): void {
  // An item removed from a list leaves a shorter list, not a missing value.
  sites.push({ path, type: slot.type, name: slot.name, required: !item && isRequired(slot), value });
  const inner = nullableOf(slot.type);
  if (isListType(inner) && Array.isArray(value)) {
    value.forEach((item, index) => {
      sitesOf({ name: slot.name, type: inner.ofType }, item, [...path, index], sites, true);
    });
  } else if (isInputObjectType(inner) && isRecord(value)) {
    for (const field of Object.values(inner.getFields())) {
      sitesOf(field, value[field.name], [...path, field.name], sites);
    }
  }
}

/** Every fault that certainly makes the arguments invalid at `site`, as arbitraries. */
function faultsAt(site: Site): fc.Arbitrary<Fault>[] {
  const { path, type, name } = site;
  const put = (kind: string, value: fc.Arbitrary<unknown>) =>
    value.map((v): Fault => ({ kind, path, value: v }));
  const faults: fc.Arbitrary<Fault>[] = [];
  if (isNonNullType(type)) faults.push(put('null for a non-null', fc.constant(null)));
  if (site.required && site.value !== undefined) {
    faults.push(fc.constant<Fault>({ kind: 'missing required', path, remove: true }));
  }
  const inner = nullableOf(type);
  const named = getNamedType(type);
  if (isInputObjectType(inner)) {
    faults.push(put('wrong type', WRONG_OBJECT));
    if (isRecord(site.value)) {
      const fields = inner.getFields();
      const unknownKey = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,15}$/).filter((key) => !(key in fields));
      const anything = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
      faults.push(
        fc
          .tuple(unknownKey, anything)
          .map(([key, v]): Fault => ({ kind: 'unknown field', path: [...path, key], value: v })),
      );
    }
    return faults;
  }
  if (isListType(inner)) {
    if (Array.isArray(site.value) && site.value.length > 0) {
      const items = site.value;
      const tooMany = fc
        .integer({ min: LONGEST_LIST + 1, max: LONGEST_LIST + 50 })
        .map((length) => Array.from({ length }, (_, i) => items[i % items.length]));
      faults.push(put('over-long list', tooMany));
    }
    // A single value stands for a list of one: a wrong item is a wrong list.
    const wrong = isInputObjectType(named)
      ? WRONG_OBJECT
      : isEnumType(named)
        ? WRONG_ENUM
        : WRONG_TYPE[named.name];
    if (wrong) faults.push(put('wrong type', wrong));
    return faults;
  }
  if (isEnumType(inner)) {
    const values = inner.getValues().map((value) => value.name);
    const unknown = fc
      .oneof(
        fc.stringMatching(/^[A-Z][A-Z_]{1,20}$/),
        fc.constantFrom(...values.map((value) => value.toLowerCase())),
        fc.string({ maxLength: 12 }),
      )
      .filter((value) => !values.includes(value));
    return [...faults, put('wrong type', WRONG_ENUM), put('unknown enum value', unknown)];
  }
  const wrong = WRONG_TYPE[inner.name];
  if (wrong) faults.push(put('wrong type', wrong));
  const signed = SIGNED_FIELDS.has(name);
  switch (inner.name) {
    case 'Int':
      faults.push(put('Int beyond 32 bits', beyond32Bits), put('float for an Int', nonInteger));
      if (!signed) faults.push(put('negative number', negativeInt));
      break;
    case 'Float':
      if (!signed) faults.push(put('negative number', negativeFloat));
      break;
    case 'ID':
      faults.push(put('NUL character', withNul), put('over-long text', overLong));
      if (!USER_ID_FIELDS.has(name))
        faults.push(put('not a UUID', notUuid), put('unknown UUID', unknownUuid));
      break;
    case 'String':
      faults.push(put('NUL character', withNul), put('over-long text', overLong));
      break;
    case 'LocalDate':
      faults.push(put('impossible date', badDate));
      break;
    case 'DateTimeISO':
      faults.push(put('impossible instant', badInstant));
      break;
  }
  return faults;
}

function caseArb(mutation: GraphQLField<unknown, unknown>): fc.Arbitrary<Case> {
  const entity = getNamedType(mutation.type).name;
  return fc.tuple(slotsArb(mutation.args, entity), fc.integer({ min: 0, max: 9 })).chain(([base, dice]) => {
    const sites: Site[] = [];
    for (const arg of mutation.args) sitesOf(arg, base[arg.name], [arg.name], sites);
    const faults = sites.flatMap(faultsAt);
    if (faults.length === 0) throw new Error(`No fault can be put in the arguments of ${mutation.name}`);
    // One request in ten writes its arguments as literals.
    return fc.oneof(...faults).map((fault): Case => ({ base, fault, literal: dice === 0 }));
  });
}

function withFault(base: Variables, fault: Fault): Variables {
  const variables = structuredClone(base);
  const parent = fault.path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (node, key) => node[key] as Record<string | number, unknown>,
      variables as Record<string | number, unknown>,
    );
  const last = fault.path[fault.path.length - 1];
  if (fault.remove) delete parent[last];
  else parent[last] = fault.value;
  return variables;
}

// --- requests ----------------------------------------------------------------------------------

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const KEYWORDS = new Set(['true', 'false', 'null']);

/** `value` written as a GraphQL literal for `type` (enum values bare, other strings quoted). */
function literalOf(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type && nullableOf(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    return `[${value.map((item) => literalOf(item, inner && isListType(inner) ? inner.ofType : undefined)).join(', ')}]`;
  }
  if (inner && isListType(inner)) return literalOf(value, inner.ofType);
  if (isRecord(value)) {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{${Object.entries(value)
      .map(([key, v]) => `${key}: ${literalOf(v, fields[key]?.type)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') {
    const bare = inner && isEnumType(inner) && GRAPHQL_NAME.test(value) && !KEYWORDS.has(value);
    return bare ? value : JSON.stringify(value);
  }
  return String(value);
}

function requestOf(mutation: GraphQLField<unknown, unknown>, variables: Variables, literal: boolean) {
  if (literal) {
    const args = mutation.args
      .filter((arg) => variables[arg.name] !== undefined)
      .map((arg) => `${arg.name}: ${literalOf(variables[arg.name], arg.type)}`);
    const call = args.length ? `${mutation.name}(${args.join(', ')})` : mutation.name;
    return { query: `mutation Malformed { ${call} { __typename } }`, variables: {} };
  }
  const declared = mutation.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    query: `mutation Malformed(${declared}) { ${mutation.name}(${passed}) { __typename } }`,
    variables,
  };
}

/** For a failure's message: long texts cut short. */
const shown = (value: unknown) =>
  JSON.stringify(value, (_key, v) =>
    typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length})` : v,
  );

// --- the system --------------------------------------------------------------------------------

let system: TestSystem;
let countsBefore: Record<string, number>;
const sentByMutation = new Map<string, number>();
const answersByCode = new Map<string, number>();
const answersByStatus = new Map<string, number>();
const inputsByFault = new Map<string, number>();
let literals = 0;

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

async function sql<T>(query: string): Promise<T[]> {
  return (await system.orms.housing.em.fork().getConnection().execute(query)) as T[];
}

const USER_SCHEMAS = "table_schema not in ('pg_catalog', 'information_schema')";

/**
 * Rows of every table of every schema of the test database, by `schema.table`. None is left out: the
 * outboxes and the audit log only grow with an accepted write, and nothing here reads a sensitive field.
 */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_type = 'BASE TABLE' and ${USER_SCHEMAS} order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const { schema, name } of tables) {
    const [row] = await sql<{ n: number }>(`select count(*)::int as n from "${schema}"."${name}"`);
    counts[`${schema}.${name}`] = row.n;
  }
  return counts;
}

/** Some ids of every table keyed by a UUID `id`, in a stable order (the seeded ids are stable). */
async function seededIds(): Promise<Map<string, string[]>> {
  const tables = await sql<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.columns
     where column_name = 'id' and data_type = 'uuid' and ${USER_SCHEMAS} order by 1, 2`,
  );
  const ids = new Map<string, string[]>();
  for (const { schema, name } of tables) {
    const rows = await sql<{ id: string }>(`select id from "${schema}"."${name}" order by id limit 50`);
    ids.set(name, [...(ids.get(name) ?? []), ...rows.map((row) => row.id)]);
  }
  return ids;
}

beforeAll(async () => {
  system = await startSystem(plan, {
    gatewayEnv: { GATEWAY_RATE_LIMIT_PER_SECOND: '100000', GATEWAY_RATE_LIMIT_BURST: '100000' },
  });
  knownIds = await seededIds();
  countsBefore = await rowCounts();
}, 60_000);

afterAll(async () => {
  await system?.stop();
});

/** The answer must be a refusal with a client error code: anything else is a bug. */
function checkRefused(
  mutation: string,
  request: { query: string; variables: Variables },
  answer: { status: number; body: GraphQLResponse },
): void {
  const codes = answer.body.errors?.map((error) => error.extensions?.code) ?? [];
  const problem =
    answer.status >= 500
      ? `HTTP ${answer.status}`
      : answer.body.data?.[mutation] != null
        ? 'accepted'
        : codes.length === 0
          ? 'no error'
          : codes.some((code) => typeof code !== 'string')
            ? 'an error without a code'
            : codes.some((code) => FORBIDDEN_CODES.has(code as string))
              ? `answered ${codes.join(', ')}`
              : undefined;
  if (problem) {
    throw new Error(`${mutation}: ${problem}\nrequest: ${shown(request)}\nanswer: ${shown(answer)}`);
  }
}

describe('every mutation refuses malformed input with a client error, and changes nothing', () => {
  it('finds the mutations in the supergraph, each with a role allowed to run it', () => {
    expect(mutations.length).toBeGreaterThan(0);
    for (const mutation of mutations) expect(Object.values(Role)).toContain(runnerOf(mutation.name));
  });

  it.each(mutations.map((mutation) => [mutation.name, mutation] as const))(
    'refuses malformed input to %s',
    async (name, mutation) => {
      const token = await system.token(runnerOf(name));
      const seed = SEED + [...name].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) % 1_000_003, 0);
      await fc.assert(
        fc.asyncProperty(caseArb(mutation), async ({ base, fault, literal }) => {
          const request = requestOf(mutation, withFault(base, fault), literal);
          const answer = await system.post(request.query, request.variables, token);
          bump(sentByMutation, name);
          bump(inputsByFault, fault.kind);
          if (literal) literals++;
          bump(answersByCode, String(answer.body.errors?.[0]?.extensions?.code ?? 'none'));
          bump(answersByStatus, `HTTP ${answer.status}`);
          checkRefused(name, request, answer);
        }),
        { seed, numRuns: runsPerMutation },
      );
    },
    60_000,
  );

  it('sent at least 2,000 malformed inputs and left every table with the rows it had', async () => {
    const total = [...sentByMutation.values()].reduce((sum, n) => sum + n, 0);
    const table = (map: Map<string, number>) =>
      [...map.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, n]) => `  ${key}: ${n}`)
        .join('\n');
    console.log(
      [
        `Malformed inputs per mutation (seed ${SEED}):`,
        table(sentByMutation),
        `Total: ${total} inputs (${literals} as literals) across ${sentByMutation.size} mutations`,
        'Inputs per fault:',
        table(inputsByFault),
        'Answers per error code (first error):',
        table(answersByCode),
        'Answers per HTTP status:',
        table(answersByStatus),
      ].join('\n'),
    );
    expect(sentByMutation.size).toBe(mutations.length);
    expect(total).toBeGreaterThanOrEqual(MIN_INPUTS);
    expect(await rowCounts()).toEqual(countsBefore);
  });
});
