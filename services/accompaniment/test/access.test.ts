import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { entityTypeNames, migrate, Role, rolesOf, type SubgraphServer } from '@ash/kit';
import { actorFor, clockOn, createTestDatabase, errorCode, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ACCOMPANIMENT_POLICY, buildSchema, createServer, openOrm, seedAccompaniment } from '../src';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const plan = buildDemoPlan({ dwellings: 200, applications: 20, today: '2026-11-15' });
const followed = plan.accompaniments.find(
  (a) => a.diagnostic && a.alerts.length > 0 && a.contacts.length > 0,
)!;
const rental = actorFor('RENTAL_MANAGER');
const evaluator = actorFor('EVALUATOR');
const ENTITIES = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on TYPE { id } } }';
const FILE = `query($id: ID!) { accompaniment(id: $id) {
  phase diagnostics { areas { area needs } }
  contacts(first: 1) { kind note }
  alerts { status triageDeadline description signs }
} }`;

type Result = Awaited<ReturnType<SubgraphServer['execute']>>;
const problems = (result: Result) =>
  result.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort();

beforeAll(async () => {
  db = await createTestDatabase('accompaniment_access');
  orm = await openOrm(db.url);
  await migrate(orm);
  await seedAccompaniment(orm, plan);
  server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(plan.today) });
});

afterAll(async () => {
  await server.stop();
  await orm.close();
  await db.drop();
});

describe('accompaniment access policy', () => {
  it('shows rental management an accompaniment and its alerts, without diagnostics, contact notes or alert details', async () => {
    const result = await server.execute(rental, FILE, { id: followed.id });
    const accompaniment = result.data?.accompaniment as {
      phase: string;
      diagnostics: null;
      contacts: { kind: string; note: null }[];
      alerts: { status: string; triageDeadline: string; description: null; signs: null }[];
    };
    expect(accompaniment.phase).toBe(followed.phase);
    expect(accompaniment.diagnostics).toBeNull();
    expect(accompaniment.contacts[0]).toEqual({ kind: expect.any(String), note: null });
    expect(accompaniment.alerts).toHaveLength(followed.alerts.length);
    for (const alert of accompaniment.alerts) {
      expect(alert).toEqual({
        status: expect.any(String),
        triageDeadline: expect.any(String),
        description: null,
        signs: null,
      });
    }
    expect(problems(result)).toEqual(
      [
        ['accompaniment.diagnostics', 'FORBIDDEN'],
        ['accompaniment.contacts.0.note', 'FORBIDDEN'],
        ...followed.alerts.flatMap((_, i) => [
          [`accompaniment.alerts.${i}.description`, 'FORBIDDEN'],
          [`accompaniment.alerts.${i}.signs`, 'FORBIDDEN'],
        ]),
      ].sort(),
    );

    const social = await server.execute(actorFor('SOCIAL_MANAGER'), FILE, { id: followed.id });
    expect(social.errors).toBeUndefined();
    expect(social.data?.accompaniment).toMatchObject({ diagnostics: [expect.anything()] });
  });

  it('refuses rental management a diagnostic, even by reference', async () => {
    const result = await server.execute(
      rental,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Diagnostic { date areas { area } } } }',
      { reps: [{ __typename: 'Diagnostic', id: followed.diagnostic?.id }] },
    );
    expect(result.data?._entities).toEqual([null]);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('refuses evaluators every person-level entity through _entities, and gives them measure-months', async () => {
    const ids: Record<string, string | undefined> = {
      Accompaniment: followed.id,
      Alert: followed.alerts[0].id,
      Contact: followed.contacts[0].id,
      Diagnostic: followed.diagnostic?.id,
      // The demo seeds none: refused before any lookup all the same.
      Review: randomUUID(),
      FollowUpCommittee: randomUUID(),
      Household: followed.householdId,
      SubjectAccessExport: followed.householdId,
    };
    const personLevel = entityTypeNames(await buildSchema()).filter(
      (name) => !rolesOf(ACCOMPANIMENT_POLICY.types[name].read).includes(Role.Evaluator),
    );
    expect(personLevel.sort()).toEqual(Object.keys(ids).sort());
    for (const [typename, id] of Object.entries(ids)) {
      // The subject access export is keyed by the household id.
      const key = typename === 'SubjectAccessExport' ? 'householdId' : 'id';
      const result = await server.execute(
        evaluator,
        ENTITIES.replace('TYPE', typename).replace('{ id }', `{ ${key} }`),
        {
          reps: [{ __typename: typename, [key]: id }],
        },
      );
      expect(result.data?._entities).toEqual([null]);
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    const measures = await server.execute(
      evaluator,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Convention { measureMonths(year: 2016) { total } } } }',
      { reps: [{ __typename: 'Convention', id: followed.conventionId }] },
    );
    expect(measures.errors).toBeUndefined();
  });

  it('lets an integrator read accompaniments with the accompaniment:read scope, never what is sensitive', async () => {
    const granted = await server.execute(actorFor('INTEGRATOR', { scopes: ['accompaniment:read'] }), FILE, {
      id: followed.id,
    });
    expect(granted.data?.accompaniment).toMatchObject({ phase: followed.phase });
    expect(problems(granted)).toContainEqual(['accompaniment.diagnostics', 'FORBIDDEN']);
    expect(problems(granted)).toContainEqual(['accompaniment.contacts.0.note', 'FORBIDDEN']);
    expect(problems(granted)).toContainEqual(['accompaniment.alerts.0.description', 'FORBIDDEN']);
    const without = actorFor('INTEGRATOR', { scopes: ['housing:read', 'households:read'] });
    expect(errorCode(await server.execute(without, FILE, { id: followed.id }))).toBe('FORBIDDEN');
  });
});
