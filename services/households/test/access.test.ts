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
  it('hides from rental management the target public of a household leaving prison, and only that one', async () => {
    const hidden = await sub.server.execute(rental, HOUSEHOLD, { id: leavingPrison.id });
    expect(hidden.data?.household).toEqual({
      reference: leavingPrison.reference,
      size: leavingPrison.members.length,
      targetPublic: null,
    });
    expect(problems(hidden)).toEqual([['household.targetPublic', 'FORBIDDEN']]);
    const shown = await sub.server.execute(rental, HOUSEHOLD, { id: singleParent.id });
    expect(dataOf(shown, 'household')).toMatchObject({ targetPublic: 'SINGLE_PARENT' });
    const social = await sub.server.execute(actorFor('SOCIAL_MANAGER'), HOUSEHOLD, { id: leavingPrison.id });
    expect(dataOf(social, 'household')).toMatchObject({ targetPublic: 'LEAVING_PRISON' });
  });

  it('applies the same rule in a list and through _entities', async () => {
    const page = await sub.server.execute(
      rental,
      '{ households(first: 100) { edges { node { id targetPublic } } } }',
    );
    const nodes = dataOrFail<{ edges: { node: { id: string; targetPublic: string | null } }[] }>(
      page,
      'households',
    ).edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.some((n) => n.targetPublic === 'LEAVING_PRISON')).toBe(false);
    const forbidden = (page.errors ?? []).map((e) => nodes[e.path?.[2] as number].id);
    expect(forbidden.length).toBeGreaterThan(0);
    for (const id of forbidden)
      expect(plan.households.find((h) => h.id === id)?.targetPublic).toBe('LEAVING_PRISON');

    const entities = await sub.server.execute(
      rental,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { targetPublic } } }',
      { reps: [leavingPrison, singleParent].map((h) => ({ __typename: 'Household', id: h.id })) },
    );
    expect(entities.data?._entities).toEqual([{ targetPublic: null }, { targetPublic: 'SINGLE_PARENT' }]);
    expect(problems(entities)).toEqual([['_entities.0.targetPublic', 'FORBIDDEN']]);
  });

  it('refuses rental management a filter on LEAVING_PRISON, which would tell what the field hides', async () => {
    for (const query of [
      '{ households(filter: { targetPublics: [LEAVING_PRISON] }) { totalCount } }',
      '{ applications(filter: { targetPublics: [SINGLE_PARENT, LEAVING_PRISON] }) { totalCount } }',
    ]) {
      expect(errorCode(await sub.server.execute(rental, query))).toBe('FORBIDDEN');
    }
    const allowed = await sub.server.execute(
      rental,
      '{ households(filter: { targetPublics: [SINGLE_PARENT] }) { totalCount } }',
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
