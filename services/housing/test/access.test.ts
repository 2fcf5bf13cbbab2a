import { buildDemoPlan } from '@ash/demo';
import { entityTypeNames, Role, rolesOf, type SubgraphServer } from '@ash/kit';
import { actorFor, errorCode, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { buildSchema, HOUSING_POLICY } from '../src';
import { startHousing, stopHousing } from './support';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const plan = buildDemoPlan({ dwellings: 200, applications: 20, today: '2026-11-15' });
const lease = plan.leases.find((l) => !l.endDate)!;
const worker = actorFor('SUPPORT_WORKER');
/** A running lease of a household the demo support worker follows, which consented to share. */
const caseloadLease = plan.leases.find(
  (l) =>
    !l.endDate &&
    plan.households.find((h) => h.id === l.householdId)?.consentToShareDate &&
    plan.accompaniments.some(
      (a) => a.householdId === l.householdId && a.phase !== 'ENDED' && a.supportWorkerId === worker.userId,
    ),
)!;
const evaluator = actorFor('EVALUATOR');
const ENTITIES = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on TYPE { id } } }';

beforeAll(async () => {
  ({ db, orm, server } = await startHousing('housing_access', plan));
});

afterAll(() => stopHousing({ db, orm, server }));

describe('housing access policy', () => {
  it('gives evaluators the stock but no lease, from a dwelling or by id', async () => {
    const dwelling = await server.execute(
      evaluator,
      `{ dwelling(id: "${lease.dwellingId}") { reference status residence { commune } currentLease { id } } }`,
    );
    expect(dwelling.data?.dwelling).toMatchObject({
      currentLease: null,
      residence: { commune: expect.any(String) },
    });
    expect(dwelling.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['dwelling.currentLease', 'FORBIDDEN'],
    ]);
    expect(errorCode(await server.execute(evaluator, `{ lease(id: "${lease.id}") { id } }`))).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses evaluators every person-level entity through _entities', async () => {
    const ids: Record<string, string> = {
      Lease: lease.id,
      RentAccount: lease.rentAccountId,
      Household: lease.householdId,
      SubjectAccessExport: lease.householdId,
    };
    const personLevel = entityTypeNames(await buildSchema()).filter(
      (name) => !rolesOf(HOUSING_POLICY.types[name].read).includes(Role.Evaluator),
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
  });

  it('keeps arrears from roles outside rental and social management', async () => {
    // The support worker's own caseload: another household's lease is not even found.
    const query = `{ lease(id: "${caseloadLease.id}") { kind rentAccount { arrearsCents monthsInArrears entries(months: 1) { paidCents } } } }`;
    const rental = await server.execute(actorFor('RENTAL_MANAGER'), query);
    expect(rental.errors).toBeUndefined();
    for (const actor of [worker, actorFor('INTEGRATOR', { scopes: ['housing:read'] })]) {
      const result = await server.execute(actor, query);
      expect(result.data?.lease).toEqual({ kind: caseloadLease.kind, rentAccount: null });
      expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
        ['lease.rentAccount', 'FORBIDDEN'],
      ]);
    }
  });

  it('lets an integrator read housing with the housing:read scope only', async () => {
    const query = `{ dwellings(first: 1) { totalCount } lease(id: "${lease.id}") { startDate } }`;
    const granted = await server.execute(actorFor('INTEGRATOR', { scopes: ['housing:read'] }), query);
    expect(granted.errors).toBeUndefined();
    expect(granted.data?.lease).toEqual({ startDate: lease.startDate });
    const without = actorFor('INTEGRATOR', { scopes: ['households:read'] });
    expect(errorCode(await server.execute(without, query))).toBe('FORBIDDEN');
    const entities = await server.execute(without, ENTITIES.replace('TYPE', 'Dwelling'), {
      reps: [{ __typename: 'Dwelling', id: lease.dwellingId }],
    });
    expect(entities.data?._entities).toEqual([null]);
    expect(errorCode(entities)).toBe('FORBIDDEN');
  });
});
