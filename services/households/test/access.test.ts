import { buildDemoPlan } from '@ash/demo';
import { entityTypeNames, Role, rolesOf } from '@ash/kit';
import { actorFor, errorCode } from '@ash/testkit';
import { buildSchema, HOUSEHOLDS_POLICY } from '../src';
import { dataOf, type Subgraph, startSubgraph, stopSubgraph } from './support';

const plan = buildDemoPlan({ dwellings: 200, applications: 40, today: '2026-11-15' });
const rental = actorFor('RENTAL_MANAGER');
const evaluator = actorFor('EVALUATOR');
const leavingPrison = plan.households.find((h) => h.targetPublic === 'LEAVING_PRISON')!;
const singleParent = plan.households.find((h) => h.targetPublic === 'SINGLE_PARENT')!;
const HOUSEHOLD = `query($id: ID!) { household(id: $id) { reference size targetPublic } }`;
const ENTITIES = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on TYPE { id } } }';
const problems = (result: {
  errors?: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}) => result.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]);

/** A field of a response that may carry field errors (FORBIDDEN on some rows). */
function dataOrFail<T>(result: { data?: Record<string, unknown> | null }, field: string): T {
  const value = result.data?.[field];
  if (!value) throw new Error(`no ${field} in the response`);
  return value as T;
}

let sub: Subgraph;
beforeAll(async () => {
  sub = await startSubgraph('households_access', plan);
});
afterAll(() => stopSubgraph(sub));

describe('households access policy', () => {
  // Observation 1 of issue 11: the rule used to refuse the target public on the households leaving
  // prison only, so the rows refused told exactly those households apart.
  it('refuses rental management the target public of every household alike, and says only whether it is a priority public', async () => {
    const QUERY = `query($id: ID!) { household(id: $id) { reference size targetPublic priorityPublic } }`;
    for (const household of [leavingPrison, singleParent]) {
      const answer = await sub.server.execute(rental, QUERY, { id: household.id });
      expect(answer.data?.household).toEqual({
        reference: household.reference,
        size: household.members.length,
        targetPublic: null,
        priorityPublic: true,
      });
      expect(problems(answer)).toEqual([['household.targetPublic', 'FORBIDDEN']]);
    }
    const social = await sub.server.execute(actorFor('SOCIAL_MANAGER'), HOUSEHOLD, { id: leavingPrison.id });
    expect(dataOf(social, 'household')).toMatchObject({ targetPublic: 'LEAVING_PRISON' });
  });

  it('answers a list and _entities the same way on every row, whatever its target public', async () => {
    const page = await sub.server.execute(
      rental,
      '{ households(first: 100) { edges { node { id targetPublic } } } }',
    );
    const nodes = dataOrFail<{ edges: { node: { id: string; targetPublic: string | null } }[] }>(
      page,
      'households',
    ).edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    // One FORBIDDEN per row, every row null: nothing tells one household from another.
    expect(nodes.every((n) => n.targetPublic === null)).toBe(true);
    expect((page.errors ?? []).map((e) => e.path?.[2]).sort((a, b) => Number(a) - Number(b))).toEqual(
      nodes.map((_, index) => index),
    );
    expect(new Set((page.errors ?? []).map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));

    const entities = await sub.server.execute(
      rental,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { targetPublic } } }',
      { reps: [leavingPrison, singleParent].map((h) => ({ __typename: 'Household', id: h.id })) },
    );
    expect(entities.data?._entities).toEqual([{ targetPublic: null }, { targetPublic: null }]);
    expect(problems(entities)).toEqual([
      ['_entities.0.targetPublic', 'FORBIDDEN'],
      ['_entities.1.targetPublic', 'FORBIDDEN'],
    ]);
  });

  it('refuses rental management any filter on the target public, which would tell what the field hides', async () => {
    for (const query of [
      '{ households(filter: { targetPublics: [LEAVING_PRISON] }) { totalCount } }',
      '{ households(filter: { targetPublics: [SINGLE_PARENT] }) { totalCount } }',
      '{ applications(filter: { targetPublics: [SINGLE_PARENT, LEAVING_PRISON] }) { totalCount } }',
    ]) {
      expect(errorCode(await sub.server.execute(rental, query))).toBe('FORBIDDEN');
    }
    const allowed = await sub.server.execute(
      actorFor('SOCIAL_MANAGER'),
      '{ households(filter: { targetPublics: [LEAVING_PRISON] }) { totalCount } }',
    );
    expect(allowed.errors).toBeUndefined();
  });

  it('refuses evaluators every person-level entity through _entities', async () => {
    const one = async (table: string) =>
      (await sub.sql<{ id: string }>(`select id from households.${table} order by id limit 1`))[0].id;
    const ids: Record<string, string> = {
      Household: leavingPrison.id,
      Person: leavingPrison.members[0].id,
      Application: plan.applications[0].id,
      ApplicationTransition: await one('application_transition'),
      Commission: plan.commissions[0].id,
      Candidacy: await one('candidacy'),
      SubjectAccessExport: leavingPrison.id,
    };
    const personLevel = entityTypeNames(await buildSchema()).filter(
      (name) => !rolesOf(HOUSEHOLDS_POLICY.types[name].read).includes(Role.Evaluator),
    );
    expect(personLevel.sort()).toEqual(Object.keys(ids).sort());
    for (const [typename, id] of Object.entries(ids)) {
      // The subject access export is keyed by the household id.
      const key = typename === 'SubjectAccessExport' ? 'householdId' : 'id';
      const result = await sub.server.execute(
        evaluator,
        ENTITIES.replace('TYPE', typename).replace('{ id }', `{ ${key} }`),
        {
          reps: [{ __typename: typename, [key]: id }],
        },
      );
      expect(result.data?._entities).toEqual([null]);
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
  });

  it('shows evaluators a dwelling, as housing does, but not its candidates', async () => {
    const result = await sub.server.execute(
      evaluator,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Dwelling { id candidates { score } } } }',
      { reps: [{ __typename: 'Dwelling', id: plan.dwellings[0].id, matchingProfile: null }] },
    );
    expect(result.data?._entities).toEqual([{ id: plan.dwellings[0].id, candidates: null }]);
    expect(problems(result)).toEqual([['_entities.0.candidates', 'FORBIDDEN']]);
  });

  it('lets an integrator read households with the households:read scope, never the target public', async () => {
    const granted = await sub.server.execute(
      actorFor('INTEGRATOR', { scopes: ['households:read'] }),
      HOUSEHOLD,
      {
        id: singleParent.id,
      },
    );
    expect(granted.data?.household).toEqual({
      reference: singleParent.reference,
      size: singleParent.members.length,
      targetPublic: null,
    });
    expect(problems(granted)).toEqual([['household.targetPublic', 'FORBIDDEN']]);
    const without = actorFor('INTEGRATOR', { scopes: ['housing:read'] });
    expect(errorCode(await sub.server.execute(without, HOUSEHOLD, { id: singleParent.id }))).toBe(
      'FORBIDDEN',
    );
    const filtered = await sub.server.execute(
      actorFor('INTEGRATOR', { scopes: ['households:read'] }),
      '{ households(filter: { targetPublics: [SINGLE_PARENT] }) { totalCount } }',
    );
    expect(errorCode(filtered)).toBe('FORBIDDEN');
  });
});
