import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { applyOnce, type EventEnvelope, type SubgraphServer } from '@ash/kit';
import { actorFor, errorCode, knowReferences, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { eventHandlers } from '../src';
import { startHousing, stopHousing } from './support';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });
const rental = actorFor('RENTAL_MANAGER');
const social = actorFor('SOCIAL_MANAGER');

beforeAll(async () => {
  ({ db, orm, server } = await startHousing('lease', plan));
});

afterAll(() => stopHousing({ db, orm, server }));

const SIGN = `mutation($input: SignLeaseInput!) { signLease(input: $input) { id kind startDate intermediaryAssociation dwelling { status } rentAccount { arrearsCents } } }`;
const INSPECT = `mutation($input: RecordMoveInInspectionInput!) { recordMoveInInspection(input: $input) { moveInInspectionDate inspectionSocialManagerPresent inspectionSupportWorkerPresent } }`;

const sql = (query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute(query, params);
// The pipeline's events; TenancyChanged, written in the same transaction as LeaseSigned, is read apart.
const outbox = async () =>
  (await sql(
    "select type, payload from housing.outbox where type not in ('AuditRecorded', 'TenancyChanged') order by occurred_at",
  )) as {
    type: string;
    payload: Record<string, unknown>;
  }[];

function allocation(dwellingId: string, householdId: string): EventEnvelope<'ApplicationAllocated'> {
  return {
    id: randomUUID(),
    type: 'ApplicationAllocated',
    payload: {
      applicationId: randomUUID(),
      householdId,
      dwellingId,
      commissionId: randomUUID(),
      decision: 'ALLOCATED',
    },
    actor: social.userId,
    occurredAt: new Date().toISOString(),
  };
}

const status = async (dwellingId: string) =>
  (
    (await sql('select status, offered_to_household_id from housing.dwelling where id = ?', [
      dwellingId,
    ])) as { status: string; offered_to_household_id: string | null }[]
  )[0];

describe('an allocation reaching housing', () => {
  it('offers the dwelling to the household, once, however often the event is delivered', async () => {
    const dwelling = plan.dwellings.find((d) => d.status === 'VACANT')!;
    const householdId = randomUUID();
    const event = allocation(dwelling.id, householdId);
    expect(await applyOnce(orm, eventHandlers, event)).toBe(true);
    expect(await applyOnce(orm, eventHandlers, event)).toBe(false);
    expect(await status(dwelling.id)).toEqual({ status: 'OFFERED', offered_to_household_id: householdId });
  });

  it('leaves an occupied dwelling as it is', async () => {
    const dwelling = plan.dwellings.find((d) => d.status === 'OCCUPIED')!;
    await applyOnce(orm, eventHandlers, allocation(dwelling.id, randomUUID()));
    expect((await status(dwelling.id)).status).toBe('OCCUPIED');
  });
});

describe('signing a lease and the move-in inspection', () => {
  const vacant = plan.dwellings.filter((d) => d.status === 'VACANT');
  const householdId = randomUUID();
  let leaseId: string;
  // A household registered a moment ago, as households would announce it.
  beforeAll(() => knowReferences(orm, 'Household', [householdId]));

  it('refuses a dwelling that was not allocated, and writes nothing', async () => {
    const before = (await outbox()).length;
    const result = await server.execute(rental, SIGN, {
      input: { dwellingId: vacant[1].id, householdId, startDate: '2026-11-12', kind: 'ORDINARY' },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    expect((await outbox()).length).toBe(before);
  });

  it('refuses a household other than the one the dwelling was allocated to', async () => {
    await applyOnce(orm, eventHandlers, allocation(vacant[1].id, householdId));
    // Another household that exists, just not the one the commission chose.
    const other = plan.households.find((h) => h.id !== householdId)!.id;
    const result = await server.execute(rental, SIGN, {
      input: {
        dwellingId: vacant[1].id,
        householdId: other,
        startDate: '2026-11-12',
        kind: 'ORDINARY',
      },
    });
    expect(errorCode(result)).toBe('CONFLICT');
  });

  it('refuses a sliding lease without its association and handover date', async () => {
    const result = await server.execute(rental, SIGN, {
      input: { dwellingId: vacant[1].id, householdId, startDate: '2026-11-12', kind: 'SLIDING' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('forbids evaluators and support workers', async () => {
    for (const role of ['EVALUATOR', 'SUPPORT_WORKER'] as const) {
      const result = await server.execute(actorFor(role), SIGN, {
        input: { dwellingId: vacant[1].id, householdId, startDate: '2026-11-12', kind: 'ORDINARY' },
      });
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
  });

  it('signs a sliding lease: the dwelling is occupied, a rent account opens, LeaseSigned waits in the outbox', async () => {
    const result = await server.execute(rental, SIGN, {
      input: {
        dwellingId: vacant[1].id,
        householdId,
        startDate: '2026-11-12',
        kind: 'SLIDING',
        intermediaryAssociation: 'AGL',
        plannedHandoverDate: '2028-05-20',
      },
    });
    expect(result.errors).toBeUndefined();
    const lease = result.data?.signLease as {
      id: string;
      dwelling: { status: string };
      rentAccount: { arrearsCents: number };
    };
    expect(lease).toMatchObject({
      kind: 'SLIDING',
      intermediaryAssociation: 'AGL',
      dwelling: { status: 'OCCUPIED' },
      rentAccount: { arrearsCents: 0 },
    });
    leaseId = lease.id;
    const events = await outbox();
    expect(events.at(-1)).toEqual({
      type: 'LeaseSigned',
      payload: { leaseId, householdId, dwellingId: vacant[1].id, kind: 'SLIDING', startDate: '2026-11-12' },
    });
  });

  it('tells households, in the same transaction, that the household now has a running lease', async () => {
    const events = await sql(
      "select payload, actor from housing.outbox where type = 'TenancyChanged' and payload->>'householdId' = ?",
      [householdId],
    );
    expect(events).toEqual([{ payload: { householdId, runningLease: true }, actor: rental.userId }]);
  });

  it('sends no TenancyChanged when the signature is refused (a second running lease)', async () => {
    const before = await sql("select 1 from housing.outbox where type = 'TenancyChanged'");
    await applyOnce(orm, eventHandlers, allocation(vacant[2].id, householdId));
    const result = await server.execute(rental, SIGN, {
      input: { dwellingId: vacant[2].id, householdId, startDate: '2026-11-12', kind: 'ORDINARY' },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0].message).toMatch(/already has a running lease/);
    expect(await sql("select 1 from housing.outbox where type = 'TenancyChanged'")).toHaveLength(
      before.length,
    );
  });

  it('records the move-in inspection once, with who was present, and emits MoveInRecorded', async () => {
    const early = await server.execute(social, INSPECT, {
      input: { leaseId, date: '2026-11-11', socialManagerPresent: true, supportWorkerPresent: true },
    });
    expect(errorCode(early)).toBe('BAD_USER_INPUT');
    const result = await server.execute(social, INSPECT, {
      input: { leaseId, date: '2026-11-12', socialManagerPresent: true, supportWorkerPresent: false },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordMoveInInspection).toEqual({
      moveInInspectionDate: '2026-11-12',
      inspectionSocialManagerPresent: true,
      inspectionSupportWorkerPresent: false,
    });
    expect((await outbox()).at(-1)).toEqual({
      type: 'MoveInRecorded',
      payload: {
        leaseId,
        householdId,
        dwellingId: vacant[1].id,
        date: '2026-11-12',
        socialManagerPresent: true,
        supportWorkerPresent: false,
      },
    });
    const again = await server.execute(social, INSPECT, {
      input: { leaseId, date: '2026-11-13', socialManagerPresent: true, supportWorkerPresent: true },
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });
});
