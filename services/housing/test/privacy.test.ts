import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { applyOnce, type EventEnvelope, type SubgraphServer } from '@ash/kit';
import { actorFor, errorCode, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { eventHandlers } from '../src';
import { demoHouseholdNeeds } from '../src/modules/matching/household-needs.projection';
import { startHousing, stopHousing } from './support';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });
const [awaiting, other] = demoHouseholdNeeds(plan);

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  orm.em.fork().getConnection().execute(query, params) as Promise<T[]>;

const householdErased = (householdId: string): EventEnvelope<'HouseholdErased'> => ({
  id: randomUUID(),
  type: 'HouseholdErased',
  payload: { householdId, erasedAt: new Date().toISOString() },
  actor: 'sm-thomas-leroy',
  occurredAt: new Date().toISOString(),
});

const EXPORT = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on SubjectAccessExport { householdId housing } } }`;

beforeAll(async () => {
  ({ db, orm, server } = await startHousing('housing_privacy', plan));
});

afterAll(() => stopHousing({ db, orm, server }));

describe('HouseholdErased in housing', () => {
  it("removes the household's needs projection, keeps leases and rent accounts, once", async () => {
    const tenant = (await sql<{ household_id: string }>('select household_id from housing.lease limit 1'))[0]
      .household_id;
    const leases = () =>
      sql(
        'select l.*, ra.arrears_cents from housing.lease l left join housing.rent_account ra on ra.lease_id = l.id order by l.id',
      );
    const before = await leases();
    const event = householdErased(awaiting.householdId);

    expect(await applyOnce(orm, eventHandlers, event)).toBe(true);
    expect(
      await sql('select 1 from housing.household_needs where household_id = ?', [awaiting.householdId]),
    ).toEqual([]);
    expect(
      await sql('select 1 from housing.household_needs where household_id = ?', [other.householdId]),
    ).toHaveLength(1);
    expect(await applyOnce(orm, eventHandlers, event)).toBe(false);
    expect(await applyOnce(orm, eventHandlers, householdErased(tenant))).toBe(true);
    expect(await leases()).toEqual(before);
  });
});

describe('subject access export in housing', () => {
  it('returns the leases with their rent accounts and the needs projection', async () => {
    const [lease] = await sql<{ id: string; household_id: string }>(
      'select l.id, l.household_id from housing.lease l join housing.rent_account ra on ra.lease_id = l.id limit 1',
    );
    const reps = [lease.household_id, other.householdId].map((householdId) => ({
      __typename: 'SubjectAccessExport',
      householdId,
    }));
    const result = await server.execute(actorFor('SOCIAL_MANAGER'), EXPORT, { reps });
    expect(result.errors).toBeUndefined();
    const [tenant, applicant] = (result.data?._entities ?? []) as {
      householdId: string;
      housing: {
        leases: { id: string; dwellingReference: string; rentAccount: { entries: unknown[] } | null }[];
        matchingProjection: { householdId: string } | null;
      };
    }[];
    const exported = tenant.housing.leases.find((l) => l.id === lease.id);
    expect(exported?.dwellingReference).toEqual(expect.any(String));
    expect(exported?.rentAccount).not.toBeNull();
    expect(applicant.housing.matchingProjection?.householdId).toBe(other.householdId);
  });

  it.each(['RENTAL_MANAGER', 'SUPPORT_WORKER', 'EVALUATOR'] as const)('refuses it to %s', async (role) => {
    const reps = [{ __typename: 'SubjectAccessExport', householdId: other.householdId }];
    expect(errorCode(await server.execute(actorFor(role), EXPORT, { reps }))).toBe('FORBIDDEN');
  });
});
